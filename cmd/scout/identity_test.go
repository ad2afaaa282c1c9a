package main

import (
	"cmp"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler/fixtureweb"
	"github.com/scout-oss/scout/store"
	"github.com/scout-oss/scout/target"
)

// TestIdentitySampleWeb crawls the sample web and checks identity
// resolution end to end: Maya Okafor's profile and blog, which link each
// other with rel="me" and sameAs, become one creator with the evidence;
// the two Alex Kims, who share only a name, stay two; a split holds over a
// re-crawl, and a manual merge joins them again.
func TestIdentitySampleWeb(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end crawl skipped in -short mode")
	}
	ctx := context.Background()
	web := fixtureweb.MustStart(t, scout.SampleWeb())
	seeds, err := web.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	seedFile := filepath.Join(t.TempDir(), "seeds.txt")
	if err := os.WriteFile(seedFile, []byte(strings.Join(seeds, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	mayaSocialURL, mayaBlogURL := web.Rewrite("http://social.example/@mayaruns"), web.Rewrite("http://trailmaya.example/")
	crawl := func() {
		t.Helper()
		if code, _, errOut := run(t, ctx, nil, "crawl", "--seeds", seedFile, "--data", data, "--rate", "50", "--timeout", "3s"); code != exitOK {
			t.Fatalf("crawl exit %d: %s", code, errOut)
		}
	}
	crawl()

	// creatorOf returns the creator holding the account at url, and that
	// account's id.
	creatorOf := func(url string) (*scout.Creator, string) {
		t.Helper()
		db, err := store.Open(ctx, data)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		cs, _, err := db.FindCreators(ctx, scout.CreatorFilter{})
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cs {
			for _, a := range c.Accounts {
				if target.LinkKey(a.URL) == target.LinkKey(url) {
					return c, a.ID
				}
			}
		}
		t.Fatalf("no creator has an account at %s", url)
		return nil, ""
	}

	maya, mayaSocial := creatorOf(mayaSocialURL)
	_, mayaBlog := creatorOf(mayaBlogURL)
	t.Run("MayaMergedWithEvidence", func(t *testing.T) {
		// Maya has three accounts in the sample web: her social profile
		// and her blog link each other with rel="me"/sameAs, and her
		// Mastodon account's verified field and her blog link each other.
		for _, u := range []string{mayaBlogURL, web.Rewrite("http://toot.example/@mayaruns")} {
			if c, _ := creatorOf(u); c.ID != maya.ID {
				t.Errorf("%s is creator %s, her profile %s", u, c.ID, maya.ID)
			}
		}
		var kinds []string
		for _, e := range maya.Identity {
			kinds = append(kinds, e.Kind+" "+e.From+"→"+e.To)
			if e.URL == "" || e.SeenOn == "" || e.SeenAt.IsZero() {
				t.Errorf("evidence lacks its link, page or time: %+v", e)
			}
		}
		for _, w := range []string{"rel_me " + mayaBlog + "→" + mayaSocial, "rel_me " + mayaSocial + "→" + mayaBlog} {
			if !slices.Contains(kinds, w) {
				t.Errorf("identity %q lacks %q", kinds, w)
			}
		}
		if len(maya.MergedFrom) != len(maya.Accounts)-1 || len(maya.Accounts) != 3 {
			t.Errorf("%d accounts, merged_from %q; want 3 accounts, 2 merged-away ids", len(maya.Accounts), maya.MergedFrom)
		}
	})
	t.Run("NamesakesStayApart", func(t *testing.T) {
		a, _ := creatorOf(web.Rewrite("http://social.example/@alexkim"))
		b, _ := creatorOf(web.Rewrite("http://alexkimwoodshop.example/"))
		if a.ID == b.ID {
			t.Errorf("the two Alex Kims were merged into %s", a.ID)
		}
	})

	var blogCreator string
	t.Run("SplitHoldsOverRecrawl", func(t *testing.T) {
		code, out, errOut := run(t, ctx, nil, "split", maya.ID, mayaBlog, "--data", data)
		if code != exitOK || !strings.Contains(out, "split "+mayaBlog) {
			t.Fatalf("split exit %d: %s%s", code, out, errOut)
		}
		crawl()
		a, _ := creatorOf(mayaSocialURL)
		b, _ := creatorOf(mayaBlogURL)
		if a.ID == b.ID {
			t.Errorf("re-crawl merged the split blog back into %s", a.ID)
		}
		blogCreator = b.ID
	})
	t.Run("ManualMerge", func(t *testing.T) {
		if blogCreator == "" {
			t.Skip("the split failed")
		}
		if code, _, _ := run(t, ctx, nil, "merge", maya.ID, blogCreator, "--data", data); code != exitUsage {
			t.Errorf("merge without --reason: exit %d, want usage error", code)
		}
		code, out, errOut := run(t, ctx, nil, "merge", maya.ID, blogCreator, "--reason", "same person: confirmed by e-mail", "--data", data)
		if code != exitOK {
			t.Fatalf("merge exit %d: %s%s", code, out, errOut)
		}
		c, _ := creatorOf(mayaBlogURL)
		if social, _ := creatorOf(mayaSocialURL); c.ID != social.ID || !slices.ContainsFunc(c.Identity, func(e scout.IdentityEvidence) bool {
			return e.Kind == scout.EvidenceManual && e.Reason == "same person: confirmed by e-mail"
		}) {
			t.Errorf("after manual merge: creator %s, identity %+v", c.ID, c.Identity)
		}
		// The merged-away id still answers, with the survivor; search
		// shows Maya once.
		names := searchNames(t, ctx, data, "Maya", "--per-page", "100")
		n := 0
		for _, name := range names {
			if strings.Contains(name, "Maya") {
				n++
			}
		}
		if n != 1 {
			t.Errorf("search for Maya: %q, want one creator", names)
		}
	})
}

// samplePersons counts the people of the sample web: accounts of one person
// are merged into one creator when they link each other verifiably, which
// every multi-account person of the sample web does.
func samplePersons(tb testing.TB) int {
	tb.Helper()
	raw, err := fs.ReadFile(scout.SampleWeb(), "expected.json")
	if err != nil {
		tb.Fatal(err)
	}
	var want fixtureweb.Expected
	if err := json.Unmarshal(raw, &want); err != nil {
		tb.Fatal(err)
	}
	persons := map[string]bool{}
	for _, c := range want.Creators {
		persons[cmp.Or(c.Person, c.Key)] = true
	}
	return len(persons)
}

// accountData returns the posts and snapshots of one account of c.
func accountData(c *scout.Creator, accountID string) (posts, snapshots int) {
	for _, p := range c.Posts {
		if p.AccountID == accountID {
			posts++
		}
	}
	for _, s := range c.Snapshots {
		if s.AccountID == accountID {
			snapshots++
		}
	}
	return posts, snapshots
}
