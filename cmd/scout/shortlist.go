package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/store"
	"github.com/scout-oss/scout/target"
)

var shortlistCommand = &command{
	name:  "shortlist",
	usage: "create NAME | list | show ID | add ID TARGET... | stage ID CREATOR STAGE | note ID CREATOR TEXT | rm ID [CREATOR]",
	summary: `keep shortlists of creators with a stage, note and tags (same as /api/v1/shortlists)

  create NAME               new shortlist; prints its id
  list                      every shortlist with its entry count
  show ID                   the entries (--pending: only the targets waiting for a crawl, one per line)
  add ID TARGET...          add creators by id, account URL or PLATFORM:HANDLE (--file F, or - for stdin,
                            adds one target per line); unknown accounts wait for a crawl
  stage ID CREATOR STAGE    move an entry to candidate, contacted, negotiating, booked or rejected
  note ID CREATOR TEXT      replace an entry's note
  rm ID [CREATOR]           remove an entry, or the whole shortlist`,
	run: runShortlist,
}

var hiddenCommand = &command{
	name:    "hidden",
	usage:   "list | add CREATOR [--reason R] | rm CREATOR",
	summary: `the "hide this creator" list that search and search exports leave out (same as /api/v1/hidden)`,
	run:     runHidden,
}

// apiClient runs the CLI's shortlist and hide-list commands through the
// API: over HTTP with --server, or in-process on the data directory, so
// both modes share the API's validation, messages and JSON.
type apiClient struct {
	rc    *remote
	close func() error
}

// openAPIClient returns a client for --server when given, else an
// in-process server on the store in dataDir with its creators,
// shortlists and hide list. With mustExist, a data directory without a
// store is refused rather than created.
func (m *Main) openAPIClient(ctx context.Context, server, dataDir string, mustExist bool) (*apiClient, error) {
	return m.localAPIClient(ctx, server, dataDir, mustExist, wireShortlists)
}

// localAPIClient is openAPIClient with the in-process server's services
// given by wire (besides the store's creators).
func (m *Main) localAPIClient(ctx context.Context, server, dataDir string, mustExist bool, wire func(*api.Server, *store.DB)) (*apiClient, error) {
	rc, err := m.remote(server)
	if err != nil {
		return nil, err
	}
	if rc != nil {
		return &apiClient{rc: rc, close: func() error { return nil }}, nil
	}
	db, err := m.dataStore(ctx, dataDir, mustExist)
	if err != nil {
		return nil, err
	}
	srv := api.NewServer()
	srv.Creators = db
	wire(srv, db)
	srv.NoAuth, srv.RateLimit = true, 0 // the user owns the data directory
	base, _ := url.Parse("http://scout.local")
	rc = &remote{base: base, client: &http.Client{Transport: handlerTransport{srv.Handler()}}}
	return &apiClient{rc: rc, close: db.Close}, nil
}

// wireShortlists gives a server the store's shortlist, hide-list and
// target services (serve and the CLI's in-process server share it).
func wireShortlists(srv *api.Server, db *store.DB) {
	srv.Shortlists, srv.Hidden, srv.Targets = db, db, db
}

// handlerTransport answers requests with an http.Handler in-process.
type handlerTransport struct{ h http.Handler }

func (t handlerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	rec := httptest.NewRecorder()
	t.h.ServeHTTP(rec, r)
	return rec.Result(), nil
}

func runShortlist(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	server := m.serverFlag(fs)
	asJSON := fs.Bool("json", false, "print the API's JSON")
	stage := fs.String("stage", "", "add: the stage of the added entries (default candidate)")
	note := fs.String("note", "", "add: the note of the added entries")
	tags := fs.String("tags", "", "add: comma-separated tags of the added entries")
	desc := fs.String("description", "", "create: a description")
	file := fs.String("file", "", "add: read targets from this file, one per line (- for stdin)")
	pending := fs.Bool("pending", false, "show: print only the targets waiting for a crawl")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("give a subcommand: create, list, show, add, stage, note or rm")
	}
	sub, pos := pos[0], pos[1:]
	nargs := map[string][2]int{"create": {1, 1}, "list": {0, 0}, "show": {1, 1}, "add": {1, -1},
		"stage": {3, 3}, "note": {3, 3}, "rm": {1, 2}}
	n, ok := nargs[sub]
	if !ok {
		return usagef("unknown subcommand %q", sub)
	}
	if len(pos) < n[0] || (n[1] >= 0 && len(pos) > n[1]) {
		return usagef("shortlist %s takes %s", sub, argsWord(n))
	}
	var lines []string
	if sub == "add" {
		lines = pos[1:]
		if *file != "" {
			more, err := readLines(m, *file)
			if err != nil {
				return err
			}
			lines = append(lines, more...)
		}
		if len(lines) == 0 {
			return usagef("shortlist add needs targets: creator ids, account URLs or PLATFORM:HANDLE (or --file)")
		}
	}
	c, err := m.openAPIClient(ctx, *server, *data, sub != "create" && sub != "add")
	if err != nil {
		return err
	}
	defer c.close()
	out := func(v any) error {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	base := "/api/v1/shortlists"
	switch sub {
	case "create":
		var sl scout.Shortlist
		if err := c.rc.do(ctx, "POST", base, nil, map[string]string{"name": pos[0], "description": *desc}, &sl); err != nil {
			return err
		}
		if *asJSON {
			return out(sl)
		}
		fmt.Fprintln(m.Stdout, sl.ID)
		return nil
	case "list":
		return listShortlists(ctx, m, c, *asJSON)
	case "show":
		var sl api.ShortlistResponse
		if err := c.rc.do(ctx, "GET", base+"/"+url.PathEscape(pos[0]), nil, nil, &sl); err != nil {
			return err
		}
		switch {
		case *pending:
			for _, e := range sl.Entries {
				if e.CreatorID == "" {
					fmt.Fprintln(m.Stdout, e.Target)
				}
			}
			return nil
		case *asJSON:
			return out(sl)
		}
		printEntries(m.Stdout, sl.Name, sl.Entries)
		return nil
	case "add":
		return addToShortlist(ctx, m, c, pos[0], lines, scout.Stage(*stage), *note, splitList(*tags), *asJSON)
	case "stage", "note":
		body := map[string]string{sub: pos[2]}
		var e api.EntryItem
		if err := c.rc.do(ctx, "PATCH", base+"/"+url.PathEscape(pos[0])+"/entries/"+url.PathEscape(pos[1]), nil, body, &e); err != nil {
			return err
		}
		if *asJSON {
			return out(e)
		}
		fmt.Fprintf(m.Stdout, "%s is %s\n", entryName(e), e.Stage)
		return nil
	case "rm":
		path := base + "/" + url.PathEscape(pos[0])
		if len(pos) == 2 {
			path += "/entries/" + url.PathEscape(pos[1])
		}
		if err := c.rc.do(ctx, "DELETE", path, nil, nil, nil); err != nil {
			return err
		}
		fmt.Fprintf(m.Stderr, "removed %s\n", strings.Join(pos, " "))
		return nil
	}
	return nil
}

func argsWord(n [2]int) string {
	switch {
	case n[1] < 0:
		return fmt.Sprintf("at least %d arguments", n[0]+1)
	case n[0] == n[1]:
		return plural(n[0], "argument")
	}
	return fmt.Sprintf("%d or %d arguments", n[0], n[1])
}

func listShortlists(ctx context.Context, m *Main, c *apiClient, asJSON bool) error {
	var all []*scout.Shortlist
	for page := 1; ; page++ {
		var list api.ShortlistList
		q := url.Values{"page": {strconv.Itoa(page)}, "per_page": {"100"}}
		if err := c.rc.do(ctx, "GET", "/api/v1/shortlists", q, nil, &list); err != nil {
			return err
		}
		all = append(all, list.Shortlists...)
		if len(list.Shortlists) < list.PerPage || len(all) >= list.Total {
			break
		}
	}
	if asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		if all == nil {
			all = []*scout.Shortlist{}
		}
		return enc.Encode(all)
	}
	tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tNAME\tENTRIES\tUPDATED")
	for _, sl := range all {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", sl.ID, sl.Name, sl.EntryCount, sl.UpdatedAt.Format("2006-01-02 15:04"))
	}
	return tw.Flush()
}

func addToShortlist(ctx context.Context, m *Main, c *apiClient, id string, lines []string, stage scout.Stage, note string, tags []string, asJSON bool) error {
	// Creator ids ("c…" without a colon) are added by id, the rest as
	// pasted targets in one request.
	var targets []string
	var resp api.AddEntriesResponse
	path := "/api/v1/shortlists/" + url.PathEscape(id) + "/entries"
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if _, ok := target.Key(l); ok {
			targets = append(targets, l)
			continue
		}
		var one api.AddEntriesResponse
		body := api.AddEntriesRequest{CreatorID: l, Stage: stage, Note: note, Tags: tags}
		if err := c.rc.do(ctx, "POST", path, nil, body, &one); err != nil {
			return err
		}
		resp.Added, resp.Existing = append(resp.Added, one.Added...), append(resp.Existing, one.Existing...)
	}
	for start := 0; start < len(targets); start += scout.MaxTargetsPerAdd {
		var part api.AddEntriesResponse
		body := api.AddEntriesRequest{Targets: targets[start:min(start+scout.MaxTargetsPerAdd, len(targets))], Stage: stage, Note: note, Tags: tags}
		if err := c.rc.do(ctx, "POST", path, nil, body, &part); err != nil {
			return err
		}
		resp.Added, resp.Existing = append(resp.Added, part.Added...), append(resp.Existing, part.Existing...)
		resp.Pending += part.Pending
		resp.CrawlJobID, resp.CrawlMessage = cmpStr(part.CrawlJobID, resp.CrawlJobID), cmpStr(part.CrawlMessage, resp.CrawlMessage)
	}
	if asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(resp)
	}
	fmt.Fprintf(m.Stdout, "added %d, already on the list %d, waiting for a crawl %d\n", len(resp.Added), len(resp.Existing), resp.Pending)
	if resp.CrawlJobID != "" {
		fmt.Fprintf(m.Stdout, "crawl job %s queued for the unknown accounts\n", resp.CrawlJobID)
	} else if resp.Pending > 0 {
		fmt.Fprintf(m.Stdout, "crawl them with: scout crawl $(scout shortlist show %s --pending)\n", id)
	}
	return nil
}

func cmpStr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func entryName(e api.EntryItem) string {
	if e.Creator != nil {
		return e.Creator.Name
	}
	if e.CreatorID != "" {
		return e.CreatorID
	}
	return e.Target
}

func printEntries(w io.Writer, name string, entries []api.EntryItem) {
	word := "entries"
	if len(entries) == 1 {
		word = "entry"
	}
	fmt.Fprintf(w, "%s: %d %s\n", name, len(entries), word)
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CREATOR\tNAME\tSTAGE\tFOLLOWERS\tOVERALL\tTAGS\tNOTE")
	for _, e := range entries {
		id, name, followers, overall := e.CreatorID, entryName(e), "-", "-"
		if id == "" {
			id, name = "(pending)", e.Target
		}
		if c := e.Creator; c != nil {
			if c.Followers != nil {
				followers = strconv.FormatInt(*c.Followers, 10)
			}
			if v, ok := c.Scores["overall"]; ok {
				overall = "needs data"
				if v != nil {
					overall = strconv.FormatFloat(*v, 'f', 0, 64)
				}
			}
		}
		if e.Hidden {
			name += " (hidden)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", id, oneLine(name), e.Stage, followers, overall,
			strings.Join(e.Tags, ","), oneLine(e.Note))
	}
	_ = tw.Flush()
}

// oneLine keeps a table cell on one line and short.
func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:59]) + "…"
	}
	return s
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// readLines reads a targets file ("-" is stdin), one target per line.
func readLines(m *Main, name string) ([]string, error) {
	var r io.Reader
	if name == "-" {
		r = os.Stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, usagef("%v", err)
		}
		defer f.Close()
		r = f
	}
	var out []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}

func runHidden(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	server := m.serverFlag(fs)
	reason := fs.String("reason", "", "add: why the creator is hidden")
	asJSON := fs.Bool("json", false, "print the API's JSON")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		pos = []string{"list"}
	}
	switch {
	case pos[0] == "list" && len(pos) == 1:
	case (pos[0] == "add" || pos[0] == "rm") && len(pos) == 2:
	default:
		return usagef("use: hidden list | hidden add CREATOR [--reason R] | hidden rm CREATOR")
	}
	c, err := m.openAPIClient(ctx, *server, *data, true)
	if err != nil {
		return err
	}
	defer c.close()
	switch pos[0] {
	case "add":
		var h scout.HiddenCreator
		if err := c.rc.do(ctx, "POST", "/api/v1/hidden", nil, map[string]string{"creator_id": pos[1], "reason": *reason}, &h); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "%s is hidden from search\n", h.CreatorID)
		return nil
	case "rm":
		if err := c.rc.do(ctx, "DELETE", "/api/v1/hidden/"+url.PathEscape(pos[1]), nil, nil, nil); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "%s shows in search again\n", pos[1])
		return nil
	}
	var list api.HiddenList
	if err := c.rc.do(ctx, "GET", "/api/v1/hidden", nil, nil, &list); err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	}
	tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "CREATOR\tNAME\tHIDDEN\tREASON")
	for _, h := range list.Hidden {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", h.CreatorID, oneLine(h.Name), h.HiddenAt.Format("2006-01-02"), oneLine(h.Reason))
	}
	return tw.Flush()
}
