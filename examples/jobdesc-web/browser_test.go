package main

import (
	"bufio"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/sfiakit/sfiakit/internal/chromiumtest"
	"github.com/sfiakit/sfiakit/sfia"
)

// screenshotDir returns the folder the screenshots go to:
// $JOBDESC_WEB_SCREENSHOT_DIR (.ci/run sets .ci/artifacts), or else the
// test's artifact folder, which go test keeps with -artifacts (under
// -outputdir) and removes otherwise.
func screenshotDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("JOBDESC_WEB_SCREENSHOT_DIR")
	if dir == "" {
		return t.ArtifactDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// A readBack is what the test reads from the page the browser shows, as
// a person sees it.
type readBack struct {
	URL      string
	Lang     string // <html lang>
	Dir      string // <html dir>
	Sections []sectionText
	Links    []string // the formats' links' words
}

// A sectionText is one section of the description in the browser: its
// lang and dir attributes, the direction the browser computed, and its
// heading and description as the browser renders them (innerText).
type sectionText struct {
	Lang, Dir, Direction string
	Heading, Description string
}

// readBackJS collects a readBack in the page.
const readBackJS = `JSON.stringify({
  URL: location.pathname + location.search,
  Lang: document.documentElement.getAttribute("lang"),
  Dir: document.documentElement.getAttribute("dir"),
  Sections: [...document.querySelectorAll("section.sfia-section")].map(s => ({
    Lang: s.getAttribute("lang"),
    Dir: s.getAttribute("dir"),
    Direction: getComputedStyle(s).direction,
    Heading: s.querySelector("h2").innerText,
    Description: s.querySelector(".sfia-description").innerText,
  })),
  Links: [...document.querySelectorAll("nav.formats a")].map(a => a.innerText),
})`

// TestBrowser uses the page in headless Chromium as a person would, with
// the browser's language set to Arabic and then Italian (--lang and
// --accept-lang): it opens the page, which comes in the browser's
// language, clicks skill CSMG and levels 3 and 4 in the form and the
// button, and reads back the description's text and direction (rtl for
// Arabic, ltr for Italian) as the browser renders them. It keeps a
// screenshot of each page: see screenshotDir.
func TestBrowser(t *testing.T) {
	bin := chromiumtest.Path(t)
	dir := screenshotDir(t)
	for _, tt := range []struct{ lang, dir string }{{"ar", "rtl"}, {"it", "ltr"}} {
		t.Run(tt.lang, func(t *testing.T) {
			var mu sync.Mutex
			var accept []string // the Accept-Language of each request
			h := registry()
			ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				accept = append(accept, r.URL.RequestURI()+" "+r.Header.Get("Accept-Language"))
				mu.Unlock()
				h.ServeHTTP(w, r)
			}))
			defer ts.Close()

			form, got, png := browse(t, bin, tt.lang, ts.URL+"/")

			mu.Lock()
			for _, a := range accept {
				if uri, al, _ := strings.Cut(a, " "); uri != "/favicon.ico" && !strings.HasPrefix(al, tt.lang) {
					t.Errorf("%s: Accept-Language %q, want the browser's language %s first", uri, al, tt.lang)
				}
			}
			t.Logf("requests and their Accept-Language: %q", accept)
			mu.Unlock()
			if form.Lang != tt.lang || form.Dir != tt.dir || len(form.Sections) != 0 {
				t.Errorf("the form: <html lang=%q dir=%q>, %d sections; want lang=%q dir=%q and none", form.Lang, form.Dir, len(form.Sections), tt.lang, tt.dir)
			}
			want := readBack{URL: "/?skill=CSMG&level=3&level=4&lang=", Lang: tt.lang, Dir: tt.dir, Links: []string{"Markdown", "JSON", "CSV"}}
			for _, s := range build(t, tt.lang, sfia.Level3, sfia.Level4).Sections {
				want.Sections = append(want.Sections, sectionText{
					Lang: tt.lang, Dir: tt.dir, Direction: tt.dir,
					Heading: s.Heading() + " (" + s.GuidingWords + ")", Description: s.Description,
				})
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("the page after the form (-want +got):\n%s", diff)
			}
			file := filepath.Join(dir, "jobdesc-web-"+tt.lang+".png")
			if err := os.WriteFile(file, png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d sections, %s, read back; screenshot: %s", tt.lang, len(got.Sections), tt.dir, file)
		})
	}
}

// browse runs headless Chromium with language lang, opens url, and, as a
// person would, clicks skill CSMG, levels 3 and 4 and the button of the
// form; it returns what it reads from the form and from the page the
// form leads to, and a screenshot of that page. A Chromium that crashes
// is started again (chromiumtest.Retry); any other failure fails the
// test at once.
func browse(t *testing.T, bin, lang, url string) (form, page readBack, png []byte) {
	t.Helper()
	chromiumtest.Retry(t, t.TempDir(), func(profile string) error {
		var err error
		form, page, png, err = session(t.Context(), bin, lang, profile, url)
		if err != nil {
			return fmt.Errorf("%s: %w", bin, err)
		}
		return nil
	})
	return form, page, png
}

// session is one run of Chromium for browse, driven through the Chrome
// DevTools protocol on a pipe (--remote-debugging-pipe: Chromium reads
// commands from file descriptor 3 and writes answers and events to 4,
// each a JSON message ended by a NUL byte).
func session(ctx context.Context, bin, lang, profile, url string) (form, page readBack, png []byte, err error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	toChrome, ourEnd, err := os.Pipe()
	if err != nil {
		return form, page, nil, err
	}
	fromChrome, chromeEnd, err := os.Pipe()
	if err != nil {
		return form, page, nil, err
	}
	cmd := exec.CommandContext(ctx, bin, chromiumtest.Args(profile,
		"--lang="+lang, "--accept-lang="+lang, "--window-size=1200,1400", "--hide-scrollbars",
		"--remote-debugging-pipe", "about:blank")...)
	cmd.ExtraFiles = []*os.File{toChrome, chromeEnd}
	var stderr lockedBuffer // written by exec's copying goroutine until Wait returns
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return form, page, nil, err
	}
	toChrome.Close()
	chromeEnd.Close()
	c := newCDP(ourEnd, fromChrome)
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		ourEnd.Close() // Chromium exits when its pipe closes
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
		fromChrome.Close()
	}()
	// A failure while Chromium has died on a signal is a crash.
	fail := func(err error) (readBack, readBack, []byte, error) {
		select {
		case werr := <-exited:
			exited <- werr
			if crash := chromiumtest.Crash(ctx, werr); crash != nil {
				return form, page, nil, crash
			}
			err = fmt.Errorf("%w (chromium: %v)", err, werr)
		case <-time.After(time.Second):
		}
		return form, page, nil, fmt.Errorf("%w\nchromium's stderr:\n%s", err, stderr.String())
	}

	var target struct{ TargetID string }
	if err := c.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		return fail(err)
	}
	var attached struct{ SessionID string }
	if err := c.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached); err != nil {
		return fail(err)
	}
	s := attached.SessionID
	if err := c.call(ctx, s, "Page.enable", nil, nil); err != nil {
		return fail(err)
	}

	// Open the page, as from the address bar.
	loaded := c.expect(s, "Page.loadEventFired")
	if err := c.call(ctx, s, "Page.navigate", map[string]any{"url": url}, nil); err != nil {
		return fail(err)
	}
	if err := c.wait(ctx, loaded); err != nil {
		return fail(fmt.Errorf("opening %s: %w", url, err))
	}
	if err := c.eval(ctx, s, readBackJS, &form); err != nil {
		return fail(err)
	}

	// Pick skill CSMG and levels 3 and 4, and press the button, with the
	// mouse.
	for _, sel := range []string{`#skill option[value="CSMG"]`, `input[name="level"][value="3"]`, `input[name="level"][value="4"]`} {
		if err := c.click(ctx, s, sel); err != nil {
			return fail(err)
		}
	}
	var picked string
	if err := c.eval(ctx, s, `JSON.stringify(new URLSearchParams(new FormData(document.getElementById("jobdesc-form"))).toString())`, &picked); err != nil {
		return fail(err)
	}
	if picked != "skill=CSMG&level=3&level=4&lang=" {
		return fail(fmt.Errorf("after the clicks the form holds %q, want skill=CSMG&level=3&level=4&lang=", picked))
	}
	loaded = c.expect(s, "Page.loadEventFired")
	if err := c.click(ctx, s, "#show"); err != nil {
		return fail(err)
	}
	if err := c.wait(ctx, loaded); err != nil {
		return fail(fmt.Errorf("submitting the form: %w", err))
	}
	if err := c.eval(ctx, s, readBackJS, &page); err != nil {
		return fail(err)
	}
	// The window (--window-size) holds the whole page. (With
	// captureBeyondViewport, Chromium 148 draws a right-to-left page
	// shifted to the right, cut off at its edge.)
	var shot struct{ Data string }
	if err := c.call(ctx, s, "Page.captureScreenshot", map[string]any{"format": "png"}, &shot); err != nil {
		return fail(err)
	}
	png, err = base64.StdEncoding.DecodeString(shot.Data)
	if err != nil {
		return fail(err)
	}
	return form, page, png, nil
}

// A lockedBuffer is a strings.Builder safe for concurrent use.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

// Write appends p.
func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

// String returns what was written so far.
func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// A cdp is a client of the Chrome DevTools protocol on a pipe.
type cdp struct {
	w io.Writer

	mu      sync.Mutex
	next    int
	calls   map[int]chan cdpMessage
	waiters map[string][]chan cdpMessage // by session and method
	err     error                        // why reading stopped
}

// A cdpMessage is an answer (ID set) or an event (Method set).
type cdpMessage struct {
	ID        int             `json:"id,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// newCDP returns a client writing commands to w and reading answers and
// events from r until r ends.
func newCDP(w io.Writer, r io.Reader) *cdp {
	c := &cdp{w: w, calls: map[int]chan cdpMessage{}, waiters: map[string][]chan cdpMessage{}}
	go c.read(bufio.NewReader(r))
	return c
}

// read hands each message from r to the call or the expect that waits
// for it, until r ends; then it closes every channel still waited on.
func (c *cdp) read(r *bufio.Reader) {
	for {
		b, err := r.ReadBytes(0)
		if err != nil {
			c.mu.Lock()
			c.err = fmt.Errorf("reading from chromium: %w", err)
			for _, ch := range c.calls {
				close(ch)
			}
			for _, ws := range c.waiters {
				for _, ch := range ws {
					close(ch)
				}
			}
			c.calls, c.waiters = nil, nil
			c.mu.Unlock()
			return
		}
		var m cdpMessage
		if err := json.Unmarshal(b[:len(b)-1], &m); err != nil {
			continue
		}
		c.mu.Lock()
		if m.ID != 0 {
			if ch, ok := c.calls[m.ID]; ok {
				delete(c.calls, m.ID)
				ch <- m
			}
		} else {
			key := m.SessionID + " " + m.Method
			for _, ch := range c.waiters[key] {
				ch <- m
			}
			delete(c.waiters, key)
		}
		c.mu.Unlock()
	}
}

// call sends method with params to session ("" for the browser) and
// decodes its result into result, where not nil.
func (c *cdp) call(ctx context.Context, session, method string, params, result any) error {
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return c.err
	}
	c.next++
	id := c.next
	ch := make(chan cdpMessage, 1)
	c.calls[id] = ch
	c.mu.Unlock()
	msg := map[string]any{"id": id, "method": method, "params": params}
	if session != "" {
		msg["sessionId"] = session
	}
	b, err := json.Marshal(msg)
	if err != nil {
		return err
	}
	if _, err := c.w.Write(append(b, 0)); err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m, ok := <-ch:
		if !ok {
			c.mu.Lock()
			defer c.mu.Unlock()
			return fmt.Errorf("%s: %w", method, c.err)
		}
		if m.Error != nil {
			return fmt.Errorf("%s: %s (%d)", method, m.Error.Message, m.Error.Code)
		}
		if result != nil {
			return json.Unmarshal(m.Result, result)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// expect returns a channel that gets the next event method of session,
// registered before the command that causes it is sent.
func (c *cdp) expect(session, method string) chan cdpMessage {
	ch := make(chan cdpMessage, 1)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.waiters == nil {
		close(ch)
		return ch
	}
	key := session + " " + method
	c.waiters[key] = append(c.waiters[key], ch)
	return ch
}

// wait waits for the event expect returned the channel of.
func (c *cdp) wait(ctx context.Context, ch chan cdpMessage) error {
	select {
	case _, ok := <-ch:
		if !ok {
			c.mu.Lock()
			defer c.mu.Unlock()
			return c.err
		}
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// eval evaluates the JavaScript expression expr, which returns a JSON
// string, in session's page, and decodes that JSON into v.
func (c *cdp) eval(ctx context.Context, session, expr string, v any) error {
	var res struct {
		Result struct {
			Type  string
			Value json.RawMessage
		}
		ExceptionDetails *struct{ Text string }
	}
	if err := c.call(ctx, session, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true}, &res); err != nil {
		return err
	}
	if res.ExceptionDetails != nil {
		return fmt.Errorf("evaluating %.60q: %s", expr, res.ExceptionDetails.Text)
	}
	var s string
	if err := json.Unmarshal(res.Result.Value, &s); err != nil {
		return fmt.Errorf("evaluating %.60q: a %s, not a JSON string: %s", expr, res.Result.Type, res.Result.Value)
	}
	return json.Unmarshal([]byte(s), v)
}

// click clicks the middle of the element selector picks, with the left
// mouse button, as a person would.
func (c *cdp) click(ctx context.Context, session, selector string) error {
	var box struct{ X, Y, W, H float64 }
	js := `(() => { const e = document.querySelector(` + strconvQuote(selector) + `); if (!e) return "null";
  e.scrollIntoView({block: "center"}); const r = e.getBoundingClientRect();
  return JSON.stringify({X: r.x, Y: r.y, W: r.width, H: r.height}); })()`
	if err := c.eval(ctx, session, js, &box); err != nil {
		return err
	}
	if box.W <= 0 || box.H <= 0 {
		return fmt.Errorf("%s: no such element on the page, or not shown", selector)
	}
	x, y := box.X+box.W/2, box.Y+box.H/2
	for _, typ := range []string{"mouseMoved", "mousePressed", "mouseReleased"} {
		p := map[string]any{"type": typ, "x": x, "y": y}
		if typ != "mouseMoved" {
			p["button"], p["clickCount"] = "left", 1
		}
		if err := c.call(ctx, session, "Input.dispatchMouseEvent", p, nil); err != nil {
			return fmt.Errorf("clicking %s: %w", selector, err)
		}
	}
	return nil
}

// strconvQuote quotes s as a JavaScript string.
func strconvQuote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
