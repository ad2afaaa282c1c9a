package main

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/fixtureweb"
	"github.com/scout-oss/scout/store"
)

// TestCrawlSampleWebPlatforms crawls the whole sample web, its Bluesky,
// Mastodon, PeerTube and YouTube hosts included, through `scout crawl`
// with the base-URL flags pointed at the fixture hosts, as the README's
// real-world command does against the real platforms. Every expected
// account must be stored under its platform with its published counts and
// posts; accounts of one person joined on verifiable evidence; namesakes
// kept apart.
func TestCrawlSampleWebPlatforms(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end crawl skipped in -short mode")
	}
	ctx := context.Background()
	web := fixtureweb.MustStart(t, scout.SampleWeb())
	want, err := web.Expected()
	if err != nil {
		t.Fatal(err)
	}
	seeds, err := web.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	seedFile := filepath.Join(t.TempDir(), "seeds.txt")
	if err := os.WriteFile(seedFile, []byte(strings.Join(seeds, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	args := []string{"crawl", "--seeds", seedFile, "--data", data, "--rate", "50", "--timeout", "3s"}
	args = append(args, demoPlatformArgs(web)...)
	code, out, errOut := run(t, ctx, nil, args...)
	if code != exitOK {
		t.Fatalf("crawl exit %d: %s", code, errOut)
	}
	if n := len(want.Creators); !strings.Contains(out, plural(n, "profile")) {
		t.Errorf("summary does not report %d profiles: %s", n, out)
	}

	db, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{WithPosts: true, PostLimit: 200})
	if err != nil {
		t.Fatal(err)
	}
	type found struct {
		c *scout.Creator
		a scout.Account
	}
	byURL := map[string]found{}
	for _, c := range cs {
		for _, a := range c.Accounts {
			byURL[strings.TrimSuffix(a.URL, "/")] = found{c, a}
		}
	}
	creatorOf := map[string]*scout.Creator{} // by expected key
	t.Run("EveryAccountFound", func(t *testing.T) {
		for _, e := range want.Creators {
			f, ok := byURL[strings.TrimSuffix(e.URL, "/")]
			if !ok {
				t.Errorf("%s: no account with URL %s", e.Key, e.URL)
				continue
			}
			creatorOf[e.Key] = f.c
			if string(f.a.Platform) != e.Platform {
				t.Errorf("%s: platform %q, want %q", e.Key, f.a.Platform, e.Platform)
			}
			if !sameCount(f.a.Followers, e.Followers) {
				t.Errorf("%s: followers %v, want %v", e.Key, show(f.a.Followers), show(e.Followers))
			}
			if e.Platform != "web" && !sameCount(f.a.PostsCount, e.PostsCount) {
				t.Errorf("%s: posts_count %v, want %v", e.Key, show(f.a.PostsCount), show(e.PostsCount))
			}
			posts := 0
			for _, p := range f.c.Posts {
				if p.AccountID == f.a.ID {
					posts++
				}
			}
			if posts != e.Posts {
				t.Errorf("%s: %d posts of the account, want %d", e.Key, posts, e.Posts)
			}
		}
	})

	t.Run("NewSourceKinds", func(t *testing.T) {
		// The podcast given by its feed: the owner's address is a published
		// contact that says where it was seen.
		if c := creatorOf["fieldandfork"]; c == nil || !slices.ContainsFunc(c.Contacts, func(k scout.Contact) bool {
			return k.Value == "ilse@fieldandfork.invalid" && k.SeenIn == "field:itunes:owner"
		}) {
			t.Errorf("fieldandfork: contacts %+v, want the itunes:owner e-mail", contactsOf(c))
		}
		// The Telegram preview and the link page, read by their site rules.
		if f := byURL[strings.TrimSuffix(web.Rewrite("http://tg.example/s/wrenskies"), "/")]; f.a.Handle != "wrenskies" ||
			f.a.DisplayName != "Night Sky Notes" || !slices.Equal(f.a.Approximate, []string{"followers"}) {
			t.Errorf("wrenskies: %q %q approximate %v", f.a.Handle, f.a.DisplayName, f.a.Approximate)
		}
		if f := byURL[strings.TrimSuffix(web.Rewrite("http://links.example/kirimakes"), "/")]; f.a.Handle != "kirimakes" ||
			!slices.Contains(f.a.Links, "https://kirimakes.invalid/shop") {
			t.Errorf("kirimakes: %q links %v", f.a.Handle, f.a.Links)
		}
		// The /c/ page was read as a page, and the host asked once.
		nodeinfo := 0
		for _, r := range web.Requests() {
			if r.Host == "crafts.example" && strings.HasPrefix(r.Path, "/video-channels/") {
				t.Errorf("crafts.example: requested %s, a PeerTube path", r.Path)
			}
			if r.Host == "crafts.example" && r.Path == "/.well-known/nodeinfo" {
				nodeinfo++
			}
		}
		if nodeinfo != 1 {
			t.Errorf("crafts.example: NodeInfo asked %d times, want once", nodeinfo)
		}
	})

	t.Run("MergedOnEvidence", func(t *testing.T) {
		merged := false
		for _, c := range cs {
			merged = merged || len(c.Accounts) > 1
		}
		if !merged {
			t.Skip("identity merging not built yet")
		}
		for _, m := range want.Merges {
			first := creatorOf[m.Keys[0]]
			for _, k := range m.Keys[1:] {
				if c := creatorOf[k]; first == nil || c == nil || c.ID != first.ID {
					t.Errorf("%s: %s and %s are not one creator (%s)", m.Person, m.Keys[0], k, m.Evidence)
				}
			}
			if first != nil && len(first.Identity) == 0 {
				t.Errorf("%s: merged creator records no identity evidence", m.Person)
			}
		}
	})

	t.Run("NamesakesApart", func(t *testing.T) {
		for _, n := range want.Namesakes {
			a, b := creatorOf[n[0]], creatorOf[n[1]]
			if a == nil || b == nil || a.ID == b.ID {
				t.Errorf("namesakes %v merged or missing", n)
			}
		}
	})
}

// contactsOf lists c's contacts for a failure message.
func contactsOf(c *scout.Creator) []scout.Contact {
	if c == nil {
		return nil
	}
	return c.Contacts
}
