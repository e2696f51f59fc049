package sheet

import "testing"

func TestColumnName(t *testing.T) {
	tests := []struct {
		c    int
		want string
	}{
		{0, "A"}, {1, "B"}, {25, "Z"}, {26, "AA"}, {27, "AB"}, {51, "AZ"}, {52, "BA"},
		{701, "ZZ"}, {702, "AAA"}, {16383, "XFD"},
	}
	for _, tt := range tests {
		if got := ColumnName(tt.c); got != tt.want {
			t.Errorf("ColumnName(%d) = %q, want %q", tt.c, got, tt.want)
		}
	}
}

func TestPosWhere(t *testing.T) {
	book := &Table{File: "w.xlsx", Sheet: "Levels of responsibility", Rows: []Row{
		{Cells: []string{"", "Autonomy"}, N: 1},
		{Cells: []string{"1 - "}, N: 3},
	}}
	csv := &Table{File: "s.csv", Rows: []Row{
		{Cells: []string{"Code", "Skill"}, N: 1, Lines: []int{1, 1}, Cols: []int{1, 6}},
		{Cells: []string{"FLOB", "Flob\nbing", "Zap"}, N: 2, Lines: []int{2, 2, 3}, Cols: []int{1, 6, 7}},
	}}
	empty := &Table{File: "e.csv"}
	tests := []struct {
		t          *Table
		r, c       int
		pos, where string
	}{
		{book, 0, 1, "w.xlsx:Levels of responsibility!B1", "w.xlsx:Levels of responsibility!1"},
		{book, 1, 27, "w.xlsx:Levels of responsibility!AB3", "w.xlsx:Levels of responsibility!3"},
		// Beyond the last row, numbers count on from it.
		{book, 3, 0, "w.xlsx:Levels of responsibility!A5", "w.xlsx:Levels of responsibility!5"},
		{csv, 0, 1, "s.csv:1:6", "s.csv:1"},
		{csv, 1, 2, "s.csv:3:7", "s.csv:2"},
		// A cell beyond its row is named by the row.
		{csv, 1, 3, "s.csv:2", "s.csv:2"},
		{csv, 2, 0, "s.csv:3", "s.csv:3"},
		{empty, 0, 0, "e.csv:1", "e.csv:1"},
	}
	for _, tt := range tests {
		if got := tt.t.Pos(tt.r, tt.c); got != tt.pos {
			t.Errorf("%s Pos(%d, %d) = %q, want %q", tt.t.File, tt.r, tt.c, got, tt.pos)
		}
		if got := tt.t.Where(tt.r); got != tt.where {
			t.Errorf("%s Where(%d) = %q, want %q", tt.t.File, tt.r, got, tt.where)
		}
	}
}

func TestCell(t *testing.T) {
	tab := &Table{Rows: []Row{{Cells: []string{"a", "b"}}, {}}}
	tests := []struct {
		r, c int
		want string
	}{{0, 0, "a"}, {0, 1, "b"}, {0, 2, ""}, {1, 0, ""}, {2, 0, ""}, {-1, 0, ""}, {0, -1, ""}}
	for _, tt := range tests {
		if got := tab.Cell(tt.r, tt.c); got != tt.want {
			t.Errorf("Cell(%d, %d) = %q, want %q", tt.r, tt.c, got, tt.want)
		}
	}
}

// TestCellRefRowRef checks the names of cells and rows within their file,
// which the model's Where fields hold: Pos and Where without "FILE:".
func TestCellRefRowRef(t *testing.T) {
	book := &Table{File: "w.xlsx", Sheet: "Skills", Rows: []Row{
		{Cells: []string{"Code"}, N: 1},
		{Cells: []string{"FLOB"}, N: 12},
	}}
	csv := &Table{File: "s.csv", Rows: []Row{
		{Cells: []string{"Code", "Skill"}, N: 1, Lines: []int{1, 1}, Cols: []int{1, 6}},
		{Cells: []string{"FLOB", "Flob\nbing", "Zap"}, N: 2, Lines: []int{2, 2, 3}, Cols: []int{1, 6, 7}},
	}}
	tests := []struct {
		t         *Table
		r, c      int
		cell, row string
	}{
		{book, 1, 15, "Skills!P12", "Skills!12"},
		{book, 2, 0, "Skills!A13", "Skills!13"},
		{csv, 1, 2, "3:7", "2"},
		{csv, 1, 3, "2", "2"},
		{csv, 2, 0, "3", "3"},
	}
	for _, tt := range tests {
		if got := tt.t.CellRef(tt.r, tt.c); got != tt.cell {
			t.Errorf("%s CellRef(%d, %d) = %q, want %q", tt.t.File, tt.r, tt.c, got, tt.cell)
		}
		if got := tt.t.RowRef(tt.r); got != tt.row {
			t.Errorf("%s RowRef(%d) = %q, want %q", tt.t.File, tt.r, got, tt.row)
		}
		if got, want := tt.t.Pos(tt.r, tt.c), tt.t.File+":"+tt.cell; got != want {
			t.Errorf("%s Pos(%d, %d) = %q, want %q", tt.t.File, tt.r, tt.c, got, want)
		}
	}
}
