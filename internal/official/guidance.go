package official

import (
	"fmt"
	"strings"
)

// splitGuidance splits the cleaned lines of a "Guidance notes" cell ("" for
// a blank line) into guidance paragraphs, the line introducing the
// activities and the activities. The official layout is: the guidance
// paragraph(s), the line introducing the activities, an empty line, one
// activity per line (no bullet). The rule:
//
//  1. Blank lines at the start and end of the cell are dropped, and the
//     rest is cut into blocks: runs of non-blank lines between blank
//     lines (one or more).
//  2. If there are two blocks or more and the last line of the
//     next-to-last block ends with a colon (":" or "："), that line is the
//     activities intro, every line of the last block is one activity, and
//     every other non-blank line before the intro is a guidance paragraph.
//  3. Otherwise the cell has no activities, and every non-blank line is a
//     guidance paragraph. But a line ending with a colon then means an
//     intro out of the layout, and rather than merge activities into the
//     guidance this is an error: an intro followed directly by text (no
//     empty line), an intro at the end of the cell, or activities with an
//     empty line among them or text after them.
//
// A guidance paragraph is one line: Excel keeps only the line breaks
// typed into a cell, and a page copy, which the skill's text is checked
// against, also has one paragraph per line. The error names the line of
// the cell, counted from 1.
func splitGuidance(lines []string) (guidance []string, intro string, activities []string, err error) {
	type block struct{ start, end int } // lines[start:end]
	var blocks []block
	for i := 0; i < len(lines); {
		if lines[i] == "" {
			i++
			continue
		}
		j := i
		for j < len(lines) && lines[j] != "" {
			j++
		}
		blocks = append(blocks, block{i, j})
		i = j
	}
	n := len(blocks)
	if n >= 2 && endsColon(lines[blocks[n-2].end-1]) {
		for _, b := range blocks[:n-1] {
			guidance = append(guidance, lines[b.start:b.end]...)
		}
		intro = guidance[len(guidance)-1]
		guidance = guidance[:len(guidance)-1]
		if len(guidance) == 0 {
			guidance = nil
		}
		last := blocks[n-1]
		activities = append([]string(nil), lines[last.start:last.end]...)
		return guidance, intro, activities, nil
	}
	for bi, b := range blocks {
		for i := b.start; i < b.end; i++ {
			if !endsColon(lines[i]) {
				continue
			}
			switch {
			case i+1 < b.end:
				return nil, "", nil, fmt.Errorf("expected an empty line after the line introducing the activities (line %d of the cell: %q), found %q on line %d", i+1, lines[i], lines[i+1], i+2)
			case bi == n-1:
				return nil, "", nil, fmt.Errorf("expected the activities after the line introducing them (line %d of the cell: %q), found the end of the cell", i+1, lines[i])
			default:
				// bi < n-2: the block after the intro is followed by a
				// blank line and more text.
				return nil, "", nil, fmt.Errorf("expected one activity per line from the line introducing them (line %d of the cell: %q) to the end of the cell, found an empty line on line %d and text after it", i+1, lines[i], blocks[bi+1].end+1)
			}
		}
		guidance = append(guidance, lines[b.start:b.end]...)
	}
	return guidance, "", nil, nil
}

func endsColon(s string) bool {
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "：")
}
