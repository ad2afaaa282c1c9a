package scout

// Platform names where an account lives. The values appear in the JSON and
// in search filters, so they never change once published.
type Platform string

// Platforms Scout knows by name. Imported accounts may carry other names
// (instagram, tiktok, ...).
const (
	PlatformWeb       Platform = "web"       // a personal site or blog read by the generic extractor
	PlatformBluesky   Platform = "bluesky"   // AT Protocol AppView
	PlatformMastodon  Platform = "mastodon"  // Mastodon REST API
	PlatformFediverse Platform = "fediverse" // other ActivityPub servers
	PlatformYouTube   Platform = "youtube"
	PlatformPixelfed  Platform = "pixelfed" // Pixelfed servers (fediverse photo sharing)
	PlatformLemmy     Platform = "lemmy"    // Lemmy users, through the Lemmy API
	PlatformThreads   Platform = "threads"  // Threads accounts shared to the fediverse, read over ActivityPub
	PlatformTwitch    Platform = "twitch"   // Twitch channels, through the Helix API
)

// Tier is a follower-count band. Scoring compares engagement within a
// platform × tier cohort and search facets on it, so the bands are fixed.
type Tier string

// Tiers as HypeAuditor defines them (nano < 10k, micro < 50k, mid < 500k,
// macro < 1M, mega ≥ 1M); see ../shared/research/market.md.
const (
	TierNano  Tier = "nano"
	TierMicro Tier = "micro"
	TierMid   Tier = "mid"
	TierMacro Tier = "macro"
	TierMega  Tier = "mega"
)

// Tiers lists every tier from smallest to largest.
var Tiers = []Tier{TierNano, TierMicro, TierMid, TierMacro, TierMega}

// TierOf returns the tier of a follower count.
func TierOf(followers int64) Tier {
	switch {
	case followers < 10_000:
		return TierNano
	case followers < 50_000:
		return TierMicro
	case followers < 500_000:
		return TierMid
	case followers < 1_000_000:
		return TierMacro
	default:
		return TierMega
	}
}

// ValidTier reports whether s names a tier.
func ValidTier(s string) bool {
	for _, t := range Tiers {
		if string(t) == s {
			return true
		}
	}
	return false
}
