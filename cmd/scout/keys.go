package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"text/tabwriter"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/store"
)

var keysCommand = &command{
	name:    "keys",
	usage:   "create --role viewer|editor|admin --name NAME | list | revoke ID",
	summary: "manage API keys: create (prints the key once), list, revoke",
	run:     runKeys,
}

func runKeys(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	server := m.serverFlag(fs)
	role := fs.String("role", "", "create: viewer (search and read), editor (+ shortlists, briefs, reviews, alerts) or admin (+ crawls, schedules, erasure, keys)")
	name := fs.String("name", "", "create: who or what will use the key")
	asJSON := fs.Bool("json", false, "list: print JSON")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef("say create, list or revoke")
	}
	action, rest := rest[0], rest[1:]
	switch action {
	case "create":
		if len(rest) > 0 {
			return usagef("keys create takes no arguments; got %q", rest)
		}
		r, err := scout.ParseRole(*role)
		if err != nil {
			return usagef("--role: %s", describe(err))
		}
		if *name == "" {
			return usagef("--name is required: who or what will use the key")
		}
		return withKeys(ctx, m, *data, *server, false, func(ks keyClient) error {
			k, secret, err := ks.create(ctx, *name, r)
			if err != nil {
				return err
			}
			fmt.Fprintf(m.Stderr, "created %s key %s (%s); it is shown once, store it now:\n", k.Role, k.ID, k.Name)
			fmt.Fprintln(m.Stdout, secret)
			return nil
		})
	case "list":
		if len(rest) > 0 {
			return usagef("keys list takes no arguments; got %q", rest)
		}
		return withKeys(ctx, m, *data, *server, true, func(ks keyClient) error {
			keys, err := ks.list(ctx)
			if err != nil {
				return err
			}
			if *asJSON {
				if keys == nil {
					keys = []*scout.APIKey{}
				}
				enc := json.NewEncoder(m.Stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(keys)
			}
			tw := tabwriter.NewWriter(m.Stdout, 2, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tNAME\tROLE\tCREATED\tLAST USED\tREVOKED")
			for _, k := range keys {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", k.ID, k.Name, k.Role, k.CreatedAt.UTC().Format(time.RFC3339), when(k.LastUsedAt), when(k.RevokedAt))
			}
			return tw.Flush()
		})
	case "revoke":
		if len(rest) != 1 {
			return usagef("keys revoke takes one key id; got %q", rest)
		}
		return withKeys(ctx, m, *data, *server, true, func(ks keyClient) error {
			if err := ks.revoke(ctx, rest[0]); err != nil {
				return err
			}
			fmt.Fprintf(m.Stderr, "revoked key %s\n", rest[0])
			return nil
		})
	}
	return usagef("unknown keys action %q: say create, list or revoke", action)
}

func when(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.UTC().Format(time.RFC3339)
}

// keyClient is the key operations, local (the store) or remote (the API).
type keyClient struct {
	create func(ctx context.Context, name string, role scout.Role) (*scout.APIKey, string, error)
	list   func(ctx context.Context) ([]*scout.APIKey, error)
	revoke func(ctx context.Context, id string) error
}

// withKeys runs fn against the server's API when --server is set, else
// against the store in the data directory (opening only the store: keys
// need no index). Only creating a key may create the data directory
// (keys come before the first serve); listing and revoking need a store.
func withKeys(ctx context.Context, m *Main, data, server string, mustExist bool, fn func(keyClient) error) error {
	rc, err := m.remote(server)
	if err != nil {
		return err
	}
	if rc != nil {
		return fn(keyClient{
			create: func(ctx context.Context, name string, role scout.Role) (*scout.APIKey, string, error) {
				var out struct {
					scout.APIKey
					Secret string `json:"secret"`
				}
				err := rc.do(ctx, "POST", "/api/v1/keys", nil, map[string]string{"name": name, "role": string(role)}, &out)
				return &out.APIKey, out.Secret, err
			},
			list: func(ctx context.Context) ([]*scout.APIKey, error) {
				var out struct {
					Keys []*scout.APIKey `json:"keys"`
				}
				err := rc.do(ctx, "GET", "/api/v1/keys", nil, nil, &out)
				return out.Keys, err
			},
			revoke: func(ctx context.Context, id string) error {
				return rc.do(ctx, "DELETE", "/api/v1/keys/"+url.PathEscape(id), nil, nil, nil)
			},
		})
	}
	open := m.openStore
	if mustExist {
		open = func(ctx context.Context, dir string) (*store.DB, error) { return m.readStore(ctx, dir, true) }
	}
	db, err := open(ctx, data)
	if err != nil {
		return err
	}
	defer db.Close()
	return fn(keyClient{create: db.CreateKey, list: db.FindKeys, revoke: db.RevokeKey})
}
