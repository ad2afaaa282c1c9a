package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
	"github.com/scout-oss/scout/store"
)

var exportCommand = &command{
	name:  "export",
	usage: "--shortlist ID | --query TEXT [--filter PARAMS] [--format csv|xlsx|json|jsonl] [--out FILE]",
	summary: `export a shortlist, or every match of a search, as CSV, XLSX, JSON or JSON lines
(the same files as GET /api/v1/shortlists/{id}/export and /api/v1/creators/export)`,
	run: runExport,
}

func runExport(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	server := m.serverFlag(fs)
	shortlist := fs.String("shortlist", "", "export this shortlist")
	query := fs.String("query", "", "export every creator matching this search text (\"\" with --all for everyone)")
	all := fs.Bool("all", false, "export every creator (with --filter, every match of the filters)")
	filter := fs.String("filter", "", "search parameters as in the API's query string, e.g. 'platform=bluesky&min_followers=10000'")
	stage := fs.String("stage", "", "with --shortlist: only entries in these stages (comma-separated)")
	format := fs.String("format", "", "csv, xlsx, json or jsonl (default: from --out's extension, else csv)")
	out := fs.String("out", "-", "file to write (- for standard output); written whole or not at all")
	bom := fs.Bool("bom", false, "start CSV with a UTF-8 byte order mark, for Excel")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef("export takes no arguments; got %q (quote the --query text)", rest)
	}
	search := *query != "" || *filter != "" || *all
	if (*shortlist != "") == search {
		return usagef("give either --shortlist ID or a search (--query, --filter or --all)")
	}
	if *stage != "" && *shortlist == "" {
		return usagef("--stage applies to --shortlist exports")
	}
	f := strings.ToLower(*format)
	if f == "" {
		f = strings.TrimPrefix(strings.ToLower(filepath.Ext(*out)), ".")
		if _, err := api.ParseExportFormat(f); err != nil || *out == "-" {
			f = api.ExportCSV
		}
	}
	if _, err := api.ParseExportFormat(f); err != nil {
		return usagef("%s", describe(err))
	}
	params, err := url.ParseQuery(*filter)
	if err != nil {
		return usagef("--filter is not a query string: %v", err)
	}
	if *query != "" {
		params.Set("q", *query)
	}
	if *stage != "" {
		params.Set("stage", *stage)
	}
	params.Set("format", f)
	if *bom {
		params.Set("bom", "true")
	}

	w, commit, err := outputFile(m, *out)
	if err != nil {
		return err
	}
	n, err := m.export(ctx, *server, *data, *shortlist, params, w)
	if err = errors.Join(err, commit(err == nil)); err != nil {
		return err
	}
	if n >= 0 {
		fmt.Fprintf(m.Stderr, "exported %s\n", plural(n, "creator"))
	}
	return nil
}

// export writes the export to w: through the server's API with --server,
// else from the data directory. It returns the number of records (-1 when
// the server did not say).
func (m *Main) export(ctx context.Context, server, data, shortlist string, params url.Values, w io.Writer) (int, error) {
	rc, err := m.remote(server)
	if err != nil {
		return 0, err
	}
	path := "/api/v1/creators/export"
	if shortlist != "" {
		path = "/api/v1/shortlists/" + url.PathEscape(shortlist) + "/export"
	}
	if rc != nil {
		return -1, rc.download(ctx, path, params, w)
	}
	opts := api.ExportOptions{Format: params.Get("format"), BOM: params.Get("bom") == "true", Version: Version}
	params.Del("format")
	params.Del("bom")
	open := func() (api.ExportWriter, error) { return api.NewExportWriter(w, opts) }
	if shortlist != "" {
		// The shortlist export needs the store only, so it also works
		// while another process holds the index.
		db, err := m.readStore(ctx, data, true)
		if err != nil {
			return 0, err
		}
		defer db.Close()
		sl, err := db.FindShortlistByID(ctx, shortlist)
		if err != nil {
			return 0, err
		}
		if err := api.ResolvePending(ctx, db, db, sl); err != nil {
			return 0, err
		}
		if st := params.Get("stage"); st != "" {
			var keep []scout.Stage
			for _, k := range splitList(st) {
				if err := scout.ValidateStage(scout.Stage(k)); err != nil {
					return 0, usagef("%s", describe(err))
				}
				keep = append(keep, scout.Stage(k))
			}
			sl.Entries = slices.DeleteFunc(sl.Entries, func(e scout.ShortlistEntry) bool { return !slices.Contains(keep, e.Stage) })
		}
		return api.ExportShortlist(ctx, db, sl, open)
	}
	q, err := api.ParseSearchQuery(params)
	if err != nil {
		return 0, usagef("%s", describe(err))
	}
	a, err := m.readApp(ctx, data, true)
	if err != nil {
		return 0, err
	}
	defer a.Close()
	if err := excludeHidden(ctx, a.db, q); err != nil {
		return 0, err
	}
	return api.ExportSearch(ctx, a.db, a.idx, q, open)
}

// excludeHidden leaves the hide list out of a local search, as the API's
// search does (api.Server.ExcludeHidden).
func excludeHidden(ctx context.Context, db *store.DB, q *scout.SearchQuery) error {
	hidden, err := db.HiddenIDs(ctx)
	if err != nil {
		return err
	}
	for id := range hidden {
		q.ExcludeIDs = append(q.ExcludeIDs, id)
	}
	slices.Sort(q.ExcludeIDs)
	return nil
}

// outputFile opens the destination. A file is written beside its final
// name and renamed into place by commit(true), so a failed export never
// leaves half a file behind; commit(false) removes it.
func outputFile(m *Main, name string) (io.Writer, func(ok bool) error, error) {
	if name == "-" {
		return m.Stdout, func(bool) error { return nil }, nil
	}
	tmp, err := createShared(filepath.Dir(name), "."+filepath.Base(name))
	if err != nil {
		return nil, nil, fmt.Errorf("export: %w", err)
	}
	return tmp, func(ok bool) error {
		err := tmp.Close()
		if ok && err == nil {
			err = os.Rename(tmp.Name(), name)
		}
		if !ok || err != nil {
			_ = os.Remove(tmp.Name())
		}
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		return nil
	}, nil
}

// createShared creates a new temporary file in dir for a file people
// share (an export): mode 0666 less the umask, so 0644 under the usual
// umask 022, like any file a program writes; os.CreateTemp would make it
// 0600, readable by its owner only.
func createShared(dir, prefix string) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, prefix+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("create a temporary file in %s: too many name collisions", dir)
}

// download streams GET path?query to w, for exports through --server. An
// API error comes back as the *scout.Error the server described.
func (r *remote) download(ctx context.Context, path string, query url.Values, w io.Writer) error {
	u := *r.base
	u.Path += path
	u.RawQuery = query.Encode()
	req, err := http.NewRequestWithContext(ctx, "GET", u.String(), nil)
	if err != nil {
		return err
	}
	req.Header.Set("User-Agent", "scout-cli/"+Version)
	if r.key != "" {
		req.Header.Set("Authorization", "Bearer "+r.key)
	}
	// Exports run as long as they need; the client's time-out is for
	// ordinary calls.
	client := *r.client
	client.Timeout = 0
	resp, err := client.Do(req)
	if err != nil {
		return &scout.Error{Code: scout.EUNAVAILABLE, Message: fmt.Sprintf("cannot reach %s", r.base), Err: err}
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		var e struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		raw, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		if json.Unmarshal(raw, &e) == nil && e.Error.Code != "" {
			return &scout.Error{Code: e.Error.Code, Message: e.Error.Message}
		}
		return fmt.Errorf("GET %s: %s", path, resp.Status)
	}
	if _, err := io.Copy(w, resp.Body); err != nil {
		return fmt.Errorf("download %s: %w (the export is incomplete)", path, err)
	}
	return nil
}
