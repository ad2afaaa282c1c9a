// Package scoring rates creators for brand teams: how their audience
// engages, whether that engagement looks real, whether their content is safe
// for a brand, and how well they fit a brief. It implements scout.Scorer.
//
// Scoring is pure and deterministic: no I/O, no clock (the caller passes
// now), no dependence on map iteration order. The same creator, the same
// engine version and the same now always give the same scout.Assessment, so
// the output is golden-tested in testdata/golden.
//
// # Engagement (v0)
//
// The engagement window is the Window (default 12, as HypeAuditor's
// Instagram ER; market.md §3) newest posts of the creator's primary account
// (scout.Creator.PrimaryAccount, the account with the most followers) that
//
//   - are not pinned (a pinned post is old and unrepresentative),
//   - were published at or before now (a clock-skewed future post would make
//     re-scoring with an older clock differ), and
//   - are usable: at least one of likes and comments is known. A post with
//     neither known tells nothing about engagement and is skipped rather than
//     counted as zero (Post says unknown counts are nil, never 0). When only
//     one of likes and comments is known, the other counts as 0, and an
//     unknown shares count counts as 0, because many sources (feeds, the
//     fediverse without boosts) publish no shares at all.
//
// Posts are ordered newest first by PublishedAt, ties broken by ID. Posts
// whose AccountID is empty are treated as the primary account's (fixtures
// and single-account imports often leave it unset); posts of other accounts
// are ignored, because dividing them by the primary account's followers
// would mix audiences.
//
// With e_i = likes_i + comments_i + shares_i over the window:
//
//	rate_by_followers = median_i( e_i / followers )      followers of the primary account; nil when unknown or 0
//	rate_by_views     = median_i( e_i / views_i )        over window posts with views > 0; nil when none
//
// The median (not the mean) keeps one viral post from moving the rate
// (market.md §3: HypeAuditor and Modash use the median; scoring.md §3.4).
// Both are nil when no post is usable.
package scoring
