package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/api"
)

// remote is a running Scout server that a command acts through instead of
// opening the data directory (which `scout serve` holds).
type remote struct {
	base   *url.URL
	key    string
	client *http.Client
}

// serverFlag declares --server URL; env SCOUT_SERVER. The key comes from
// SCOUT_API_KEY only, never a flag, so it stays out of shell history and
// process lists.
func (m *Main) serverFlag(fs *flag.FlagSet) *string {
	return fs.String("server", m.Getenv("SCOUT_SERVER"),
		"act through the API of a running server at URL instead of opening --data (key from env SCOUT_API_KEY); env SCOUT_SERVER")
}

// remote returns the client for --server, or nil when it is not set.
func (m *Main) remote(server string) (*remote, error) {
	if server == "" {
		return nil, nil
	}
	u, err := url.Parse(strings.TrimRight(server, "/"))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, usagef("--server must be an http:// or https:// URL; got %q", server)
	}
	return &remote{base: u, key: m.Getenv("SCOUT_API_KEY"), client: &http.Client{Timeout: 60 * time.Second}}, nil
}

// do calls method path?query with an optional JSON body and decodes a
// 2xx JSON answer into out (when not nil). An API error comes back as the
// *scout.Error the server described, so the CLI prints the same message.
func (r *remote) do(ctx context.Context, method, path string, query url.Values, body, out any) error {
	u := *r.base
	u.Path += path
	u.RawQuery = query.Encode()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), rd)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "scout-cli/"+Version)
	if r.key != "" {
		req.Header.Set("Authorization", "Bearer "+r.key)
	}
	resp, err := r.client.Do(req)
	if err != nil {
		return &scout.Error{Code: scout.EUNAVAILABLE, Message: fmt.Sprintf("cannot reach %s", r.base), Err: err}
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 256<<20))
	if err != nil {
		return fmt.Errorf("read %s %s: %w", method, path, err)
	}
	if resp.StatusCode >= 300 {
		var e struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		if json.Unmarshal(raw, &e) == nil && e.Error.Code != "" {
			msg := e.Error.Message
			if e.Error.Code == scout.EUNAUTHORIZED && r.key == "" {
				msg += " (set SCOUT_API_KEY)"
			}
			return &scout.Error{Code: e.Error.Code, Message: msg}
		}
		return fmt.Errorf("%s %s: %s", method, path, resp.Status)
	}
	if out == nil || len(raw) == 0 {
		return nil
	}
	if err := json.Unmarshal(raw, out); err != nil {
		return fmt.Errorf("decode %s %s: %w", method, path, err)
	}
	return nil
}

// remoteSearch runs the search with parameters v on the server named by
// --server; it returns nil, nil when --server is not set.
func (m *Main) remoteSearch(ctx context.Context, server string, v url.Values) (*api.SearchResponse, error) {
	rc, err := m.remote(server)
	if err != nil || rc == nil {
		return nil, err
	}
	resp := &api.SearchResponse{}
	if err := rc.do(ctx, "GET", "/api/v1/creators", v, nil, resp); err != nil {
		return nil, err
	}
	return resp, nil
}
