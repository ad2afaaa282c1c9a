package twitch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/scout-oss/scout"
	"github.com/scout-oss/scout/crawler"
	"github.com/scout-oss/scout/crawler/source"
)

// Defaults of the Twitch adapter.
const (
	// DefaultAPI is the Helix API.
	DefaultAPI = "https://api.twitch.tv/helix"
	// DefaultAuth is the OAuth token endpoint of the client-credentials
	// grant.
	DefaultAuth = "https://id.twitch.tv/oauth2/token"
	// DefaultRate is the request rate: Helix allows an app 800 points a
	// minute (about 13 requests a second); Scout stays well below.
	DefaultRate = 5.0
	// DefaultVideos is how many recent videos are read (one call; Helix
	// pages hold up to 100).
	DefaultVideos = 30
)

// ErrNoCredentials means no Helix client id and secret are configured.
var ErrNoCredentials = errors.New("twitch: reading Twitch needs a Helix client id and secret (--twitch-client-id and --twitch-client-secret, or SCOUT_TWITCH_CLIENT_ID and SCOUT_TWITCH_CLIENT_SECRET); without them Twitch channels are skipped, as twitch.tv's pages carry no data")

// Config configures the adapter. Zero fields take the defaults above.
type Config struct {
	// API is the Helix base URL (--twitch-api); tests point it at a
	// fixture server.
	API string
	// Auth is the OAuth token endpoint.
	Auth string
	// ClientID and ClientSecret are the application's credentials from
	// the Twitch developer console. Both or neither.
	ClientID, ClientSecret string
	// MaxVideos bounds the recent videos read (at most 100).
	MaxVideos int
	// Now is the clock: fetch times and token expiry.
	Now func() time.Time
}

// Adapter reads Twitch channels through Helix. Accounts are keyed by the
// Twitch user id (twitch:ID), never by login.
type Adapter struct {
	api, auth        string
	apiHost          string
	clientID, secret string
	maxVideos        int
	now              func() time.Time

	mu      sync.Mutex
	token   string
	expires time.Time
}

var _ crawler.Adapter = (*Adapter)(nil)

// New builds the adapter from cfg.
func New(cfg Config) *Adapter {
	a := &Adapter{
		api:       strings.TrimRight(source.FirstNonEmpty(cfg.API, DefaultAPI), "/"),
		auth:      source.FirstNonEmpty(cfg.Auth, DefaultAuth),
		clientID:  strings.TrimSpace(cfg.ClientID),
		secret:    strings.TrimSpace(cfg.ClientSecret),
		maxVideos: min(source.OrDefault(cfg.MaxVideos, DefaultVideos), 100),
		now:       cfg.Now,
	}
	if a.now == nil {
		a.now = time.Now
	}
	if u, err := url.Parse(a.api); err == nil {
		a.apiHost = crawler.HostKey(u)
	}
	return a
}

// Platform returns scout.PlatformTwitch.
func (a *Adapter) Platform() scout.Platform { return scout.PlatformTwitch }

// Configured reports whether the adapter has credentials, so cmd/scout can
// say at start-up that Twitch targets will be skipped.
func (a *Adapter) Configured() bool { return a.clientID != "" && a.secret != "" }

var (
	// reLogin is a Twitch login.
	reLogin = regexp.MustCompile(`^[A-Za-z0-9_]{3,25}$`)
	// twitchHosts are the hosts of Twitch channel pages.
	twitchHosts = map[string]bool{"twitch.tv": true, "www.twitch.tv": true, "m.twitch.tv": true}
	// reserved are first path segments of Twitch's own pages.
	reserved = map[string]bool{
		"directory": true, "videos": true, "p": true, "settings": true, "downloads": true, "jobs": true, "turbo": true,
		"search": true, "subscriptions": true, "inventory": true, "wallet": true, "drops": true, "friends": true,
		"messages": true, "bits": true, "prime": true, "store": true, "login": true, "signup": true, "following": true,
		"moderator": true, "popout": true, "embed": true, "team": true, "collections": true,
	}
	// channelTabs are the second path segments of a channel's own pages.
	channelTabs = map[string]bool{"videos": true, "about": true, "schedule": true, "clips": true, "home": true}
)

// login reads twitch:LOGIN and https://www.twitch.tv/LOGIN (also /videos,
// /about, ... of the channel).
func login(raw string) (string, bool) {
	raw = strings.TrimSpace(raw)
	if len(raw) > len("twitch:") && strings.EqualFold(raw[:len("twitch:")], "twitch:") {
		l := strings.TrimPrefix(raw[len("twitch:"):], "@")
		return strings.ToLower(l), reLogin.MatchString(l)
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !twitchHosts[strings.ToLower(u.Host)] {
		return "", false
	}
	segs := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if len(segs) == 0 || len(segs) > 2 || reserved[strings.ToLower(segs[0])] || len(segs) == 2 && !channelTabs[segs[1]] {
		return "", false
	}
	return strings.ToLower(segs[0]), reLogin.MatchString(segs[0])
}

// Match claims twitch:LOGIN and Twitch channel URLs, with or without
// credentials (without, Fetch records why they are skipped); the host key
// is the API's.
func (a *Adapter) Match(raw string) (string, bool) {
	if _, ok := login(raw); !ok {
		return "", false
	}
	return a.apiHost, true
}

// Fetch reads the user, then the follower total, the channel and the
// recent videos. Only the user decides the result; the other calls failing
// are warnings.
func (a *Adapter) Fetch(ctx context.Context, client *http.Client, raw string) *scout.CrawlResult {
	res := &scout.CrawlResult{URL: raw, FetchedAt: a.now()}
	name, ok := login(raw)
	if !ok {
		return crawler.Failed(res, scout.FailBlocked, fmt.Errorf("twitch: %q is not a Twitch channel", raw))
	}
	if !a.Configured() {
		return crawler.Failed(res, scout.FailAuth, ErrNoCredentials)
	}
	ctx = crawler.WithAPI(ctx, DefaultRate)
	var users struct {
		Data []user `json:"data"`
	}
	if err := a.get(ctx, client, a.api+"/users?"+url.Values{"login": {name}}.Encode(), &users); err != nil {
		return crawler.APIFailure(res, err)
	}
	res.Status = http.StatusOK
	if len(users.Data) == 0 || users.Data[0].ID == "" {
		return crawler.Failed(res, scout.FailNotFound, fmt.Errorf("twitch: no user %q (renamed, suspended or deleted)", name))
	}
	u := users.Data[0]
	p := &scout.Profile{Account: u.account(res.FetchedAt), FetchedAt: res.FetchedAt}
	p.SourceURL = p.Account.URL
	id := url.Values{"broadcaster_id": {u.ID}}

	var followers struct {
		Total *int64 `json:"total"`
	}
	if err := a.get(ctx, client, a.api+"/channels/followers?"+id.Encode()+"&first=1", &followers); err != nil {
		res.Warnings = append(res.Warnings, crawler.APIWarning(err))
	} else {
		p.Account.Followers = source.SaneCount(followers.Total)
	}
	var channels struct {
		Data []channel `json:"data"`
	}
	if err := a.get(ctx, client, a.api+"/channels?"+id.Encode(), &channels); err != nil {
		res.Warnings = append(res.Warnings, crawler.APIWarning(err))
	} else if len(channels.Data) > 0 {
		channels.Data[0].fill(&p.Account)
	}
	if readPosts, _ := crawler.TierReads(ctx); readPosts {
		var videos struct {
			Data []video `json:"data"`
		}
		q := url.Values{"user_id": {u.ID}, "first": {fmt.Sprint(a.maxVideos)}, "type": {"all"}, "sort": {"time"}}
		if err := a.get(ctx, client, a.api+"/videos?"+q.Encode(), &videos); err != nil {
			res.Warnings = append(res.Warnings, crawler.APIWarning(err))
		}
		for _, v := range videos.Data {
			if post, ok := v.post(p.Account.ID); ok {
				p.Posts = append(p.Posts, post)
			}
		}
	}
	res.Profile = p
	return res
}

// get calls Helix with the app access token. A 401 answer means the token
// ran out early: it is renewed once and the call repeated.
func (a *Adapter) get(ctx context.Context, client *http.Client, u string, v any) error {
	for attempt := 0; ; attempt++ {
		token, err := a.appToken(ctx, client)
		if err != nil {
			return err
		}
		err = a.getWith(ctx, client, u, token, v)
		var ae *crawler.APIError
		if attempt == 0 && errors.As(err, &ae) && ae.Status == http.StatusUnauthorized {
			a.dropToken(token)
			continue
		}
		return err
	}
}

// getWith is one Helix GET; failures are *crawler.APIError with the kind
// the crawl records, and never carry the credentials.
func (a *Adapter) getWith(ctx context.Context, client *http.Client, u, token string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return &crawler.APIError{URL: u, Kind: scout.FailBlocked, Err: err}
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Client-Id", a.clientID)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := client.Do(req)
	if err != nil {
		return &crawler.APIError{URL: u, Kind: crawler.Classify(err, 0), Err: err}
	}
	defer resp.Body.Close()
	if kind := crawler.Classify(nil, resp.StatusCode); kind != "" {
		return helixError(u, resp, kind)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		return &crawler.APIError{URL: u, Status: resp.StatusCode, Kind: scout.FailParse, Err: fmt.Errorf("decode: %w", err)}
	}
	return nil
}

// helixError reads Helix's error body ({"error", "status", "message"}).
func helixError(u string, resp *http.Response, kind string) *crawler.APIError {
	e := &crawler.APIError{URL: u, Status: resp.StatusCode, Kind: kind}
	var body struct {
		Error   string `json:"error"`
		Message string `json:"message"`
	}
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 16<<10))
	if json.Unmarshal(b, &body) == nil {
		e.Code = source.CleanText(body.Error, 200)
		e.Message = source.CleanText(body.Message, 500)
	}
	if ra := resp.Header.Get("Ratelimit-Reset"); kind == scout.FailRateLimit && ra != "" {
		e.Message = strings.TrimSpace(e.Message + " (Ratelimit-Reset " + source.CleanText(ra, 40) + ")")
	}
	return e
}

// appToken returns a live app access token, asking the token endpoint for
// one (client-credentials grant) when there is none or it has expired.
func (a *Adapter) appToken(ctx context.Context, client *http.Client) (string, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.token != "" && a.now().Before(a.expires) {
		return a.token, nil
	}
	form := url.Values{"client_id": {a.clientID}, "client_secret": {a.secret}, "grant_type": {"client_credentials"}}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.auth, strings.NewReader(form.Encode()))
	if err != nil {
		return "", &crawler.APIError{URL: a.auth, Kind: scout.FailBlocked, Err: err}
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Accept", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return "", &crawler.APIError{URL: a.auth, Kind: crawler.Classify(err, 0), Err: err}
	}
	defer resp.Body.Close()
	if kind := crawler.Classify(nil, resp.StatusCode); kind != "" {
		e := helixError(a.auth, resp, kind)
		if resp.StatusCode == http.StatusBadRequest || resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden {
			e.Kind = scout.FailAuth
			e.Message = strings.TrimSpace("the client id or secret was refused " + e.Message)
		}
		return "", e
	}
	var tok struct {
		AccessToken string `json:"access_token"`
		ExpiresIn   int64  `json:"expires_in"`
		TokenType   string `json:"token_type"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&tok); err != nil || tok.AccessToken == "" {
		return "", &crawler.APIError{URL: a.auth, Status: resp.StatusCode, Kind: scout.FailParse, Message: "no access token in the answer"}
	}
	a.token = tok.AccessToken
	// Renew a minute early, so no call goes out with a dying token.
	a.expires = a.now().Add(time.Duration(max(tok.ExpiresIn-60, 0)) * time.Second)
	return a.token, nil
}

// dropToken forgets token if it is still the current one.
func (a *Adapter) dropToken(token string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.token == token {
		a.token = ""
	}
}
