// Package scoring rates creators for brand teams: how their audience
// engages, whether that engagement looks real, whether their content is safe
// for a brand and honestly disclosed, and how well they fit a brief. Engine
// implements scout.Scorer; Engine.ScoreBrief adds a brief; Engine.Partnerships
// profiles a creator's commercial work; RankBrief and BriefRanker rank many
// creators against one brief (rank.go).
//
// Scoring is pure and deterministic: no I/O, no clock (the caller passes
// now), no dependence on map iteration order. The same creator, the same
// engine version and the same now always give the same scout.Assessment, so
// the output is golden-tested in testdata/golden, and the flags are measured
// against a labelled set in testdata/labelled (precision and recall per flag).
// Every score carries a version (eq-, bs-, af-, ov-), a confidence, its
// formula, its inputs (with the benchmark cohort and its source) and
// plain-words reasons; every flag carries evidence (post id, URL, time,
// excerpt, matched term or label, rule and lexicon version). Sources are
// the research notes ../shared/research/scoring.md and market.md, cited by
// section beside each constant.
//
// # Engagement
//
// The window is the Window (default 12: HypeAuditor's Instagram ER, market.md
// §3) newest posts of the primary account (the one with most followers) that
// are not pinned, were published by now, and are usable: at least one of
// likes and comments is known. A post with neither is skipped, not counted
// as 0 (unknown counts are nil); when one of them is known the other counts
// 0, and unknown shares count 0 (many sources publish none). Posts of other
// accounts are ignored (their audience differs); posts without an account
// id count as the primary's. Order: newest PublishedAt first, ties by ID.
// With e_i = likes_i + comments_i + shares_i:
//
//	rate_by_followers = median_i(e_i / followers)     nil when followers unknown or 0
//	rate_by_views     = median_i(e_i / views_i)       over window posts with views; nil when none
//
// The median keeps one viral post from moving the rate.
//
// # engagement_quality (eq-)
//
// The basis is views for video (YouTube, TikTok, or a window mostly of video
// posts, when at least half have views), else followers. The cohort is the
// platform × follower band × basis row of DefaultCohorts (Modash Instagram
// and YouTube, influencertools TikTok by views, CreatorDB YouTube by views,
// Influencer Hero TikTok by followers; Bluesky, Mastodon, fediverse and web
// borrow the Instagram prior with doubled spread and halved confidence) or
// of Calibrate's own percentiles. With a split spread (below/above the
// median) fitted so that the published Low and High lines sit at z = ∓2.24:
//
//	z    = 0.6745 · (ln ER − ln median_cohort) / MAD_cohort      (Iglewicz–Hoaglin)
//	perf = 1 / (1 + e^(−z));  z > 3.5 scores as z = 0 (abnormally high is not rewarded)
//	EQ   = max(5, 100 · perf · Π_k (1 − penalty_k)),  penalty warn 0.10, red 0.35
//	confidence = min(1, posts/12), halved for a borrowed cohort
//
// Checks (each reports value, threshold, status ok/warn/red/skipped, source).
// A flag says what was observed, then "signs of …" with a confidence; it
// never asserts a purchase:
//
//   - er_vs_tier: z < −2.24 warn, < −3.5 red; z > 3.5 abnormally high.
//     engagement_below_tier when the median post and three in four posts
//     are below the warn line, or, for video judged by views, when the
//     rate by followers is below its line and a typical video reaches
//     under 2% of the followers. engagement_above_tier when the median and
//     three in four posts are beyond the red line, or, for video, likes
//     per view and per follower are both beyond the warn line; under
//     10,000 followers another sign must agree (few comments per like,
//     flat counts, generic comments, a pod, automated-looking followers)
//     unless the rate is over 10× the cohort median.
//   - comment_like_ratio: pooled Σcomments/Σlikes (busiest post dropped) vs
//     a heuristic prior (3%; 35% with a wider spread on conversational
//     platforms, where threads are conversations), ln-space MAD 0.6 (0.8):
//     |z| > 2.24 warn, > 3.5 red → comment_like_ratio_outlier.
//   - flat_engagement: robust CV 1.4826·MAD/median of per-post likes, views
//     or engagement (the flattest, median ≥ 20) < 0.05 over ≥ 12 posts →
//     warn.
//   - follower_spike: per-interval daily growth from snapshots, robust z >
//     3.5 against the creator's own intervals and excess ≥ max(200, 2% of
//     followers) or > 5,000/day, or a round 1,000s jump; explained (not
//     flagged) only by measured reach: a post from 3 days before the jump
//     to its end whose engagement or views are ≥ 3× the creator's median.
//     Words in captions ("interview", "podcast", "giveaway") explain
//     nothing. Red; confidence min(1, intervals/20), halved when no post
//     falls near the jump. follower_drop: z < −3.5 and loss ≥ max(100, 1%)
//     → warn.
//   - mass_following: following > 1,500 and following/followers > 1 warn,
//     > 2 red; following ≥ 5,000 and ratio > 0.5, or following > 1,500
//     rising and falling in waves between snapshots (≥ 2 rises and 2 falls
//     of max(200, 5%)), warn. Clubs, shops and fediverse accounts that
//     follow their people back stay below.
//   - suspicious_followers: share of sampled followers with ≥ 2 of 3
//     independent signs: an empty profile (no avatar and no posts), a
//     generated handle (≥ 5 digits, or 4 that are not a birth year, or two
//     digit runs adding up to 4, or more digits than letters), mass
//     following without an audience (following > 1,500, under 1 follower
//     per 20 followed). Lurkers and birth-year handles alone never count.
//     The Wilson 95% lower bound > 15% warn, > 30% red; n ≥ 30.
//   - generic_comments: share of sampled replies that are emoji-only,
//     mention-only or ≤ 3 generic words: ≥ 35% warn, ≥ 50% red; ≥ 20
//     replies; under 10,000 followers they must come from ≥ 10 accounts.
//   - engagement_pod: regulars are accounts replying on ≥ 50% of the
//     sampled posts; a pod is at least 6 of them (10 under 10,000
//     followers), at least 3 replying within 60 minutes of publication on
//     at least half the posts, writing > 30% (warn) or > 50% (red) of the
//     replies; ≥ 4 posts with replies, and reply times known.
//
// # brand_safety (bs-)
//
// The newest 50 posts of all accounts (content warning, title and text) and
// the bios are read for the 12 GARM categories (adult, arms, crime,
// death_injury, piracy, hate, profanity, drugs_alcohol, spam, terrorism,
// sensitive_issues, misinformation) with the lexicon in lexicon/ (data files
// per language and category, each naming its source and licence): one
// Aho–Corasick pass per post over the normalized words (case, accents,
// zero-width characters, homoglyphs, leetspeak; spaced, repeated and masked
// letters recovered), Snowball stemming at match time in the word's own
// language (inflections only), pattern families (lexicon/rules.txt) over the
// concepts found in a post: each concept from its own words and a different
// phrase, all within a window of words, none negated just before (a
// price is never negated); a bio that sells lends its selling concepts to
// posts about goods it names, an activist's bio its stance to posts on the
// issue it names, and a bio's shock framing ("uncensored", "the hardest
// knockouts") to posts about a real violent event, never to a floor rule. A
// promotion cue keeps a hit's level; quoting, reporting,
// teaching, warning or debunking cues cap it at low, fiction and games at
// low (medium for graphic violence), and so does a creator's professional
// context (a role in the bio with supporting posts; not a bio that declares
// a cause or says what doctors hide); a slur addressed to a person (a
// mention, "you", a demonstrative right before it) is floor.
// Coded hints (@hint_<category>, weak ones @hintweak_<category>) are read
// per creator (safety_hints.go): two distinct hints, one strong, in two
// texts that neither report nor review raise the category to high, three
// in three raise terrorism and hate to floor. Profanity is low for one
// strong term, medium for two in a post or strong language in three
// posts. Bluesky labels map directly
// (porn high, sexual medium, nudity low, graphic-media/gore high, !hide
// floor).
//
//	w_post      = 0.5^(age_days/180)
//	n_{c,l}     = Σ w over posts whose level in category c is l
//	penalty_c   = tol · (50·(1−e^(−n_{c,high+floor})) + 20·(1−e^(−n_{c,medium})) + 4·(1−e^(−n_{c,low})))
//	BS          = max(0, 100 − Σ_c penalty_c − D − F)
//
// tol is 2 / 1 / 0.5 for the limited / standard / expanded preset. A
// confirmed floor (two posts at floor in one category, one beside a high
// post, one unambiguous case, one raised by a structure of concepts — a
// sale with a contact, link or price, a scam's bait and claim step, hints
// across posts — that another text of the category supports or that comes
// from a creator without a professional context, fewer than a quarter of
// whose posts report, teach or review, or a !hide label)
// gives BS 0 and the ineligible flag; another single floor hit caps BS at
// 40 for human review. brand_safety:<category> flags (level = the highest) are
// raised from medium up (medium only when recency weight ≥ 0.25): red at
// high/floor, warn at medium. F = 15 × the highest confidence among the red
// follower_spike, suspicious_followers and engagement_pod checks: signs of
// inauthentic influence, never a proven purchase.
//
// # Disclosure (dc-)
//
// A post is likely sponsored when 1 − Π(1 − w_i) ≥ 0.6 over its signals:
// platform paid-partnership label 1.0, affiliate host 0.8 (amzn.to, rstyle.me,
// ...), affiliate parameter 0.6 (Amazon tag=, irclickid, awc, an
// associate-style tag=name-20, a referral parameter on a partner subdomain
// or carrying the creator's handle), discount code 0.6, "% off" 0.4, a gift
// from a named @brand 0.6 (gifting words in en, es, de, fr, it, pt: "thanks
// @brand for sending me", "PR package", "me lo regalaron", "hat mir …
// geschickt", "nous a offert", "me l'hanno regalato", "me enviaram", an
// invitation), gifting words alone 0.5, @brand with a call to action 0.3,
// a brand the creator disclosed before 0.3. A code, a sale or a call to
// action with no third party (no @brand, no brand's site, no link outside
// the creator's own bio links) is the creator's own shop or product and
// counts 0. A mention introduced as a friend or family member ("mi amiga
// @x") is not a brand. A clear label makes a post sponsored; an ambiguous
// one (#sp, #collab, #partner) only beside something commercial, and not
// when the word is the creator's ordinary vocabulary ("il mio partner",
// "SP" for São Paulo in the bio).
//
// The status under the region's rules (us default, uk, eu) is clear (an
// accepted label before the fold and not only in a trailing cluster of ≥ 4
// hashtags: ad/#ad/#publi, advertisement, the platform's label or its text
// in the post's language — Paid partnership, Colaboración pagada,
// Bezahlte Partnerschaft, Partenariat rémunéré, Partnership retribuita,
// Parceria paga — and the national words Werbung, Anzeige, publicidad,
// publicité, "pub" in French, collaboration commerciale, pubblicità,
// publicidade), weak (an ambiguous label like #sp, #spon, #sponso, #collab,
// #gifted, #parceria, #partenaire, #kooperation, "sponsored" in the UK, the
// platform tool alone in the US, a lone trailing "ad", or a clear label
// buried) or none. none → undisclosed_sponsorship (red), weak →
// weak_disclosure (warn). D = 25·(1 − clear/sponsored) when ≥ 2 posts are
// sponsored, + 10 per undisclosed post, at most 30.
//
// # audience_fit (af-, only with a brief)
//
//	s      = Σ_terms tf·(k1+1)/(tf+k1)     over bio×2 + recent posts, k1 = 1.2 (BM25 without pool IDF)
//	Topic  = 0.6·s/(s+1) + 0.4·coverage   coverage = share of posts with a brief term
//	AF     = 100 · (0.50·Topic + 0.15·Lang + 0.20·Geo + 0.15·Tier) · (0.5 if excluded terms in ≥ 10% of posts or the bio)
//
// Lang and Geo are shares from the follower sample when ≥ 50 sampled
// followers carry a language/country (with a Wilson interval), else from the
// creator's posts' languages / own country, else neutral 0.5 and undecided
// (needs data); the inputs state the basis. Gates (one unsuitable flag, a
// reason each): language share < 0.5, market share < 0.3, no account on
// the brief's platforms, followers outside the range, median ER under the
// minimum (unknown followers or ER: undecided), a must-have term never used
// in ≥ 3 posts, a brand-safety level the
// preset excludes (limited: ≥ low in adult, drugs_alcohol, hate, profanity,
// sensitive_issues, misinformation and ≥ medium elsewhere; standard ≥
// medium; expanded ≥ high) in a post with recency weight ≥ 0.25.
//
// # Evidence: unknown scores and shrinkage (evidence.go)
//
// The scorers compute raw values; the engine then applies one rule to every
// post-derived score (engagement_quality, brand_safety, audience_fit), in
// one place (settle), after each scorer. With n analysed posts (scanned
// posts; for engagement_quality the window's posts with counts):
//
//	n < 3:       Value = nil (JSON null), Missing = ["posts: n analysed, 3 needed"], confidence 0
//	3 ≤ n < 12:  v = w·raw + (1−w)·prior,  w = n/12   (brand_safety: v = min(raw, v))
//	n ≥ 12:      v = raw
//
// Priors are per platform × tier cohort: engagement_quality 50 (the
// cohort's median creator, z = 0, published or calibrated), brand_safety
// 80 (a documented constant for every cohort: the safe band's edge),
// audience_fit 50 (in range, no topic evidence). engagement_quality is
// also unknown without a rate (no counts, no followers, no benchmark).
// inputs.evidence records n, w, raw and the prior.
//
// # overall (ov-)
//
//	overall = null if n < 3; else 0 if ineligible, unsuitable or off topic;
//	          else null while a weighted score or a brief gate is unknown;
//	          else 100 · Π_k (score_k/100)^(w_k/Σw)
//
// weights AF 0.40, EQ 0.30, BS 0.30 (scoring.md §6.4) or the brief's;
// without a brief EQ and BS weigh equally. Missing lists each unknown part.
//
// # Brief matching
//
// Keywords, must-have and excluded terms are matched per word after NFC,
// lower-casing and splitting at non-letters, with the Snowball stemmer of
// every language in play (the brief's, the creator's and its posts'; all
// of en, es, de, fr, it, pt when none is known) on the accented word,
// accents folded from the stem, plus a language-agnostic form (accents
// folded, plural -s dropped). A creator with no keyword in the bio and ≥ 3
// posts is off topic (flag off_topic, overall 0). A gate the data cannot
// decide (unknown followers or rate, no language or country evidence, a
// must-have absent from fewer than 3 posts) leaves overall unknown.
//
// # Brief ranking
//
// The Brief type and its Validate are vocabulary and live in the root;
// ranking lives here. BriefRanker scores each creator against the brief
// once and files it as an exclusion when a gate fails (an unsuitable,
// off_topic or ineligible flag), each reason once in plain words; as
// needing data when its overall is unknown, with what is missing; else as
// a match. Matches are ordered by overall, best first, ties by id;
// exclusions and needs-data by id. With a Limit it keeps only the best
// Limit of each, so a whole store can be streamed through it.
//
// # Topics (tp-)
//
// Engine.Topics (topics.go; the Ingester calls it beside Score) assigns
// topics of scout.TopicList from the term lists in topics/<lang>.txt,
// matched with the same Snowball stemmers, accents folded, "=word" exact.
// Texts are the name, the bio and the 30 newest original posts, each read
// once in its language plus English (all six when unknown):
//
//	share = (posts naming it + 2·[name or bio names it]) / (posts read + 2·[has a bio])
//
// kept when share ≥ 0.15 and the bio names it, or ≥ 2 posts and share ≥
// 0.25; at most 5, highest share first, each with its evidence (bio, or up
// to 5 posts with the words as written). A brief's topics make the topic
// relevance the best one's share (the higher of that and the keywords');
// with no keywords, a creator with none of them is off topic.
// TopicLexicon answers which topics a search word names, for the index.
package scoring
