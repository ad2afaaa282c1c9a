package main

import (
	"context"
	"flag"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/target"
)

var mergeCommand = &command{
	name:    "merge",
	usage:   "ID ID --reason TEXT [flags]",
	summary: "merge the second creator into the first by hand; the reason is recorded as the evidence",
	run:     runMerge,
}

var splitCommand = &command{
	name:    "split",
	usage:   "ID PLATFORM:HANDLE|URL|ACCOUNT-ID [flags]",
	summary: "move one account out of a creator into a creator of its own; the pair is never merged again automatically",
	run:     runSplit,
}

func runMerge(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	reason := fs.String("reason", "", "why the two creators are one person (required; recorded in identity[] as the evidence)")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 2 {
		return usagef("merge takes two creator ids; got %q", rest)
	}
	if strings.TrimSpace(*reason) == "" {
		return usagef("merge needs --reason: say what shows the two creators are one person")
	}
	a, err := m.readApp(ctx, *data, false)
	if err != nil {
		return err
	}
	defer a.Close()
	into, err := a.db.FindCreatorByID(ctx, rest[0])
	if err != nil {
		return err
	}
	from, err := a.db.FindCreatorByID(ctx, rest[1])
	if err != nil {
		return err
	}
	if into.ID == from.ID {
		return scout.Errorf(scout.EINVALID, "%s and %s are already one creator (%s)", rest[0], rest[1], into.ID)
	}
	ev := scout.IdentityEvidence{Kind: scout.EvidenceManual, SeenAt: time.Now().UTC(), Reason: strings.TrimSpace(*reason)}
	if p := into.PrimaryAccount(); p != nil {
		ev.From = p.ID
	}
	if p := from.PrimaryAccount(); p != nil {
		ev.To = p.ID
	}
	c, err := a.db.MergeCreators(ctx, into.ID, from.ID, []scout.IdentityEvidence{ev})
	if err != nil {
		return err
	}
	if err := a.ing.Forget(ctx, from.ID); err != nil {
		return err
	}
	if err := refreshAll(ctx, a, c.ID); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "merged %s into %s (%s, %s); %s now answers with %s\n",
		from.ID, c.ID, c.Name, plural(len(c.Accounts), "account"), from.ID, c.ID)
	return nil
}

func runSplit(ctx context.Context, m *Main, fs *flag.FlagSet, args []string) error {
	data := m.dataFlag(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 2 {
		return usagef("split takes a creator id and an account (PLATFORM:HANDLE, profile URL or account id); got %q", rest)
	}
	a, err := m.readApp(ctx, *data, false)
	if err != nil {
		return err
	}
	defer a.Close()
	c, err := a.db.FindCreatorByID(ctx, rest[0])
	if err != nil {
		return err
	}
	acc, err := findAccount(c, rest[1])
	if err != nil {
		return err
	}
	fresh, err := a.db.SplitAccount(ctx, c.ID, acc.ID)
	if err != nil {
		return err
	}
	if err := refreshAll(ctx, a, c.ID, fresh.ID); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "split %s out of %s into %s (%s); they will not be merged again automatically\n",
		acc.ID, c.ID, fresh.ID, fresh.Name)
	return nil
}

// refreshAll re-derives, re-scores and re-indexes the creators.
func refreshAll(ctx context.Context, a *app, ids ...string) error {
	for _, id := range ids {
		if err := a.ing.Refresh(ctx, id); err != nil {
			return err
		}
	}
	return a.ing.Flush(ctx)
}

// findAccount picks the creator's account named by ref: its account id, a
// URL it lives at (any canonical profile URL form), or PLATFORM:HANDLE
// (bluesky:alice.bsky.social, mastodon:@alice@example.social,
// youtube:@alice, web:URL).
func findAccount(c *scout.Creator, ref string) (*scout.Account, error) {
	ref = strings.TrimSpace(ref)
	for i := range c.Accounts {
		if accountMatches(&c.Accounts[i], ref) {
			return &c.Accounts[i], nil
		}
	}
	var have []string
	for _, a := range c.Accounts {
		have = append(have, handleRef(&a))
	}
	return nil, scout.Errorf(scout.ENOTFOUND, "creator %s has no account %s (it has %s)", c.ID, ref, strings.Join(have, ", "))
}

func accountMatches(a *scout.Account, ref string) bool {
	if a.ID == ref || strings.EqualFold(handleRef(a), ref) {
		return true
	}
	keys := target.ProfileKeys(scout.IdentityAccountOf(a))
	if k := target.LinkKey(ref); k != "" && strings.Contains(ref, "/") && slices.Contains(keys, k) {
		return true
	}
	platform, handle, ok := strings.Cut(ref, ":")
	if !ok {
		return false
	}
	switch p := scout.Platform(strings.ToLower(platform)); p {
	case scout.PlatformWeb:
		return slices.Contains(keys, target.LinkKey(handle))
	case scout.PlatformMastodon, scout.PlatformFediverse:
		if a.Platform != scout.PlatformMastodon && a.Platform != scout.PlatformFediverse {
			return false
		}
		user, instance, _ := strings.Cut(strings.TrimPrefix(handle, "@"), "@")
		mine, _, _ := strings.Cut(strings.TrimPrefix(a.Handle, "@"), "@")
		u, err := url.Parse(a.URL)
		return err == nil && strings.EqualFold(user, mine) && (instance == "" || strings.EqualFold(instance, u.Host))
	default:
		if p != a.Platform {
			return false
		}
		h := strings.TrimPrefix(handle, "@")
		stable, _ := strings.CutPrefix(a.ID, string(a.Platform)+":")
		return strings.EqualFold(h, strings.TrimPrefix(a.Handle, "@")) || h == stable
	}
}

// handleRef is the PLATFORM:HANDLE an operator would type for a.
func handleRef(a *scout.Account) string {
	h := strings.TrimPrefix(a.Handle, "@")
	switch {
	case a.Platform == scout.PlatformWeb || h == "":
		return string(a.Platform) + ":" + a.URL
	case a.Platform == scout.PlatformMastodon || a.Platform == scout.PlatformFediverse:
		if u, err := url.Parse(a.URL); err == nil && u.Host != "" && !strings.Contains(h, "@") {
			return string(a.Platform) + ":@" + h + "@" + u.Host
		}
		return string(a.Platform) + ":@" + h
	case a.Platform == scout.PlatformYouTube:
		return "youtube:@" + h
	}
	return string(a.Platform) + ":" + h
}
