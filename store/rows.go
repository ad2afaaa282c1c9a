package store

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/scout-oss/scout"
	bolt "go.etcd.io/bbolt"
)

// rowRecord is the part of a stored creator that a CSV or XLSX export row
// shows. Decoding into it skips the rest of the record (bio, links,
// evidence, identity, score inputs and reasons, per-account engagement)
// without allocating for it, so a spreadsheet export of every creator
// makes a fraction of the garbage a full read makes.
type rowRecord struct {
	ID         string               `json:"id"`
	AccountIDs []string             `json:"account_ids"`
	Name       string               `json:"name"`
	Language   *string              `json:"language"`
	Country    *string              `json:"country"`
	Followers  *int64               `json:"followers"`
	Engagement scout.Engagement     `json:"engagement"`
	Scores     map[string]*rowScore `json:"scores"`
	Flags      []rowFlag            `json:"flags"`
	DataAsOf   *time.Time           `json:"data_as_of"`
	Contacts   []rowContact         `json:"contacts"`
	Topics     []rowTopic           `json:"topics"`
}

type rowScore struct {
	Value      *float64 `json:"value"`
	Version    string   `json:"version"`
	Confidence float64  `json:"confidence"`
	Formula    string   `json:"formula"`
	Missing    []string `json:"missing"`
}

type rowFlag struct {
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Level    string `json:"level"`
	Evidence []struct {
		URL string `json:"url"`
	} `json:"evidence"`
}

type rowContact struct {
	Type  string `json:"type"`
	Value string `json:"value"`
}

type rowTopic struct {
	Slug  string  `json:"slug"`
	Share float64 `json:"share"`
}

// rowAccount is the part of a stored account an export row shows, plus
// what orders the accounts (followers, id).
type rowAccount struct {
	ID         string         `json:"id"`
	Platform   scout.Platform `json:"platform"`
	Handle     string         `json:"handle"`
	URL        string         `json:"url"`
	Followers  *int64         `json:"followers"`
	Following  *int64         `json:"following"`
	PostsCount *int64         `json:"posts_count"`
}

// FindCreatorRows returns the creators of ids in that order (unknown and
// repeated ids skipped, a merged-away id read as its survivor) with only
// the fields a CSV or XLSX export row shows filled: id, name, accounts
// (id, platform, handle, URL and counts, most followers first), contacts
// (type and value), language, country, followers, engagement, scores
// (value, version, confidence, formula, missing), flags (code, severity,
// level, evidence URLs), data_as_of and topics (slug and share). Every
// other field is left empty: the result is for rendering rows, never for
// saving back.
func (d *DB) FindCreatorRows(ctx context.Context, ids []string) ([]*scout.Creator, error) {
	const op = "store.FindCreatorRows"
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", op, err)
	}
	var out []*scout.Creator
	err := d.bolt.View(func(tx *bolt.Tx) error {
		keys, _ := pickIDs(tx, ids, 0, 0)
		out = make([]*scout.Creator, 0, len(keys))
		creators, accounts := tx.Bucket(bucketCreators), tx.Bucket(bucketAccounts)
		for _, k := range keys {
			var r rowRecord
			if ok, err := getJSON(creators, k, &r); err != nil || !ok {
				if err != nil {
					return err
				}
				continue
			}
			c, err := r.creator(accounts)
			if err != nil {
				return err
			}
			out = append(out, c)
		}
		return nil
	})
	if err != nil {
		return nil, formatError(op, err)
	}
	return out, nil
}

// creator builds the row's creator, reading its accounts from b.
func (r *rowRecord) creator(b *bolt.Bucket) (*scout.Creator, error) {
	accounts := make([]scout.Account, 0, len(r.AccountIDs))
	for _, id := range r.AccountIDs {
		var a rowAccount
		ok, err := getJSON(b, []byte(id), &a)
		if err != nil {
			return nil, err
		}
		if ok {
			accounts = append(accounts, scout.Account{ID: a.ID, CreatorID: r.ID, Platform: a.Platform, Handle: a.Handle, URL: a.URL,
				Followers: a.Followers, Following: a.Following, PostsCount: a.PostsCount})
		}
	}
	// The order loadAccounts gives, so rows list accounts as full reads do.
	slices.SortFunc(accounts, func(a, b scout.Account) int {
		if c := cmp.Compare(followers(b.Followers), followers(a.Followers)); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	c := &scout.Creator{ID: r.ID, Name: r.Name, Accounts: accounts, Language: r.Language, Country: r.Country,
		Followers: r.Followers, Engagement: r.Engagement, DataAsOf: r.DataAsOf}
	if r.Scores != nil {
		c.Scores = make(map[string]*scout.Score, len(r.Scores))
		for name, s := range r.Scores {
			if s == nil {
				c.Scores[name] = nil
				continue
			}
			c.Scores[name] = &scout.Score{Value: s.Value, Version: s.Version, Confidence: s.Confidence, Formula: s.Formula, Missing: s.Missing}
		}
	}
	if len(r.Flags) > 0 {
		c.Flags = make([]scout.Flag, len(r.Flags))
		for i, f := range r.Flags {
			c.Flags[i] = scout.Flag{Code: f.Code, Severity: f.Severity, Level: f.Level}
			if len(f.Evidence) > 0 {
				c.Flags[i].Evidence = make([]scout.Evidence, len(f.Evidence))
				for j, e := range f.Evidence {
					c.Flags[i].Evidence[j].URL = e.URL
				}
			}
		}
	}
	if len(r.Contacts) > 0 {
		c.Contacts = make([]scout.Contact, len(r.Contacts))
		for i, ct := range r.Contacts {
			c.Contacts[i] = scout.Contact{Type: ct.Type, Value: ct.Value}
		}
	}
	if len(r.Topics) > 0 {
		c.Topics = make([]scout.CreatorTopic, len(r.Topics))
		for i, t := range r.Topics {
			c.Topics[i] = scout.CreatorTopic{Slug: t.Slug, Share: t.Share}
		}
	}
	return c, nil
}
