"""Scenario catalogue of the holdout-au batch: one spec per case, grouped by
the flag the case is mainly about. Labels are set per case from what the
generated data shows (see README.md)."""
import datetime as dt
from engine import D

PL = {"instagram": "Instagram", "tiktok": "TikTok", "youtube": "YouTube", "x": "X", "bluesky": "Bluesky",
      "mastodon": "Mastodon", "threads": "Threads", "pixelfed": "Pixelfed", "twitch": "Twitch"}

SPECS = []


def add(platform, lang, followers, classes, why, true=(), **kw):
    s = dict(platform=platform, lang=lang, followers=followers, classes=list(classes) + list(kw.pop("extra_classes", [])), why=why, true=list(true))
    s.update(kw)
    SPECS.append(s)
    return s


def big_account(platform, handle):
    import hashlib
    h = hashlib.sha256(handle.encode()).hexdigest()
    if platform == "bluesky":
        return dict(handle=handle + ".bsky.social", author_id="bluesky:did:plc:" + "".join("abcdefghijklmnopqrstuvwxyz234567"[int(h[i:i+2], 16) % 32] for i in range(0, 48, 2)))
    if platform == "mastodon":
        return dict(handle=handle + "@mastodon.social", author_id="mastodon:https://mastodon.social/users/" + handle)
    if platform == "youtube":
        return dict(handle=handle, author_id="youtube:UC" + h[:22])
    if platform == "tiktok":
        return dict(handle=handle, author_id="tiktok:" + str(int(h[:15], 16))[:19])
    if platform == "x":
        return dict(handle=handle, author_id="x:" + str(int(h[:10], 16))[:10])
    return dict(handle=handle, author_id=platform + ":" + str(int(h[:10], 16))[:11])


# ======================= engagement_below_tier =======================
F = "engagement_below_tier"
for pl, lg, fol, rate, kind, extra in [
    ("instagram", "es", 85_000, 0.13, "inactive_audience", {}),
    ("instagram", "en", 240_000, 0.08, "inactive_audience", {"us": True}),
    ("instagram", "it", 32_000, 0.10, "inactive_audience", {}),
    ("tiktok", "pt", 310_000, 0.07, "inactive_audience", {}),
    ("tiktok", "de", 58_000, 0.05, "inactive_audience", {}),
    ("x", "en", 120_000, 0.03, "inactive_audience", {}),
    ("youtube", "fr", 450_000, 0.025, "inactive_audience", {}),
    ("mastodon", "de", 18_000, 0.012, "inactive_audience", {}),
    ("threads", "es", 150_000, 0.05, "inactive_audience", {}),
    ("instagram", "fr", 15_500, 0.11, "borderline_clear", {}),
    ("instagram", "pt", 1_400_000, 0.12, "mega_inactive", {}),
    ("tiktok", "en", 2_100_000, 0.05, "mega_inactive", {"us": True}),
    ("bluesky", "it", 42_000, 0.02, "inactive_audience", {}),
]:
    add(pl, lg, fol, [f"positive:{F}:{kind}"],
        "{F} subscribers on YouTube, yet a typical video gets only about {MV} views and {ML} likes, a small fraction of what channels of this size get." if pl == "youtube" else
        "{F} followers on {P}, yet a typical recent post gets about {ML} likes ({RATE} of followers), a small fraction of what accounts of this size usually get.",
        true=[F], rate=rate, **extra)

for pl, lg, fol, rate, kind, why, extra in [
    ("instagram", "en", 2_800_000, 1.0, "large_account_natural", "A mega account with about {ML} likes per post ({RATE}): a low rate, but normal for Instagram accounts of several million.", {}),
    ("instagram", "it", 650_000, 0.9, "large_account_natural", "A macro account at about {RATE} per post, in line with Instagram accounts of this size.", {}),
    ("x", "en", 3_500_000, 1.0, "large_account_natural", "An X account with 3.5M followers and about {ML} likes per post ({RATE}); tiny in relative terms, typical for X at this size.", {"us": True}),
    ("x", "fr", 900_000, 0.8, "news_outlet_x", "A regional news outlet posting headlines on X: about {ML} likes per post ({RATE}), typical for news accounts on X.", {"bio": "Actualité régionale, en continu. Rédaction à Nantes.", "name": "Ouest Matin", "handle": "ouestmatin_info"}),
    ("youtube", "es", 380_000, 1.0, "platform_norm_youtube_views", "YouTube channel whose videos get about {MV} views and {ML} likes: likes per subscriber look low, but views per subscriber and likes per view are normal for YouTube.", {}),
    ("youtube", "de", 1_200_000, 0.9, "platform_norm_youtube_views", "A large YouTube channel: likes are under 1% of subscribers, but each video reaches about {MV} views with a normal like-to-view rate.", {}),
    ("twitch", "en", 220_000, 1.0, "platform_norm_twitch", "A Twitch streamer: Twitch publishes no likes or comments on broadcasts, and VOD views of about {MV} are normal for 220k followers.", {"us": True}),
    ("twitch", "pt", 45_000, 1.0, "platform_norm_twitch", "Twitch channel with VOD views only (no likes or comments exist); about {MV} views per broadcast is ordinary for its size.", {}),
    ("mastodon", "en", 60_000, 1.0, "fediverse_norm", "A large Mastodon science account with about {ML} favourites per post ({RATE}), a normal level for the fediverse at this size.", {}),
    ("bluesky", "es", 180_000, 0.9, "large_account_natural", "Bluesky account with 180k followers and about {ML} likes per post ({RATE}), ordinary for a large account.", {}),
    ("tiktok", "fr", 5_000_000, 0.9, "large_account_natural", "TikTok mega creator with about {ML} likes per video ({RATE}); normal for five million followers.", {}),
    ("instagram", "de", 40_000, 0.55, "below_average_within_range", "Micro account at about {RATE} per post: below the average for its size, but within the usual spread, not an inactive audience.", {}),
    ("threads", "pt", 900_000, 0.9, "large_account_natural", "A Threads account of 900k followers with about {ML} likes per post ({RATE}), typical for large Threads accounts.", {}),
]:
    add(pl, lg, fol, [f"hard_negative:{F}:{kind}"], why, rate=rate, **extra)

# ======================= engagement_above_tier =======================
F = "engagement_above_tier"
for pl, lg, fol, target, kind, extra in [
    ("instagram", "en", 95_000, 0.22, "bought_engagement", {"ig_vpl": (1.4, 2.6)}),
    ("instagram", "es", 420_000, 0.20, "bought_engagement", {"ig_vpl": (1.3, 2.2)}),
    ("instagram", "de", 12_000, 0.40, "bought_engagement", {"video_share": 0.0}),
    ("x", "en", 9_000, 0.21, "bought_engagement", {"x_vpl": (1.3, 2.4), "us": True}),
    ("bluesky", "fr", 3_800, 0.37, "bought_engagement", {}),
    ("threads", "it", 25_000, 0.36, "bought_engagement", {}),
    ("youtube", "pt", 30_000, None, "likes_exceed_plausible_views", {"likes_med": 9_000, "lpv": 0.72, "extra_true": ["comment_like_ratio_outlier"], "extra_classes": ["positive:comment_like_ratio_outlier:likes_without_comments"]}),
    ("mastodon", "es", 2_200, 0.41, "bought_engagement", {}),
    ("tiktok", "de", 14_000, 1.35, "likes_exceed_plausible_views", {"lpv": 0.85}),
    ("instagram", "it", 1_100_000, 0.38, "bought_engagement", {"ig_vpl": (1.2, 2.0)}),
    ("pixelfed", "fr", 1_500, 0.47, "bought_engagement", {}),
    ("instagram", "pt", 55_000, 0.16, "borderline_clear", {"ig_vpl": (1.8, 3.0)}),
    ("x", "es", 140_000, 0.27, "bought_engagement", {"x_vpl": (1.5, 3.0)}),
]:
    kw = dict(extra)
    if target is not None:
        kw["likes_med"] = fol * target
    why = "{F} followers on {P}, and ordinary everyday posts get about {ML} likes each ({RATE} of followers), with no viral post, giveaway or matching reach to explain it."
    if pl == "youtube":
        why = "{F} subscribers; every video gets about {ML} likes on only {MV} views, a like-to-view share no real audience gives, while comments stay at the level the views imply (so comments per like are far below normal too)."
    elif pl == "tiktok":
        why = "{F} followers on TikTok; videos get about {ML} likes on only {MV} views, far more likes per view and per follower than real audiences give, with no viral video or giveaway."
    elif kw.get("ig_vpl"):
        why = "{F} followers on Instagram; posts get about {ML} likes ({RATE} of followers) while reels reach only about twice that many views, engagement no real audience of this size gives, and no viral post or giveaway explains it."
    add(pl, lg, fol, [f"positive:{F}:{kind}"], why,
        true=[F] + kw.pop("extra_true", []), sigma=0.22, **kw)

add("instagram", "en", 850, [f"hard_negative:{F}:small_niche"], "A hobby potter with 850 followers whose posts get about {ML} likes ({RATE}); high but usual for a tiny account followed by friends and fellow makers.", likes_med=95)
add("mastodon", "de", 400, [f"hard_negative:{F}:small_niche"], "A small Mastodon account of a birdwatcher; about {ML} favourites per post ({RATE}) is normal for a tight fediverse niche.", likes_med=40)
add("bluesky", "en", 1_200, [f"hard_negative:{F}:small_niche"], "Bluesky account of a letterpress printer with 1,200 followers and about {ML} likes per post, high but normal for a small engaged niche.", likes_med=110, us=True)
add("pixelfed", "it", 600, [f"hard_negative:{F}:small_niche"], "A Pixelfed film photographer with 600 followers and about {ML} likes per photo, normal for a small community.", likes_med=70)
add("instagram", "es", 18_000, [f"hard_negative:{F}:engaged_community"], "A crochet-pattern designer at about {RATE} per post: high for the account size but steady, with real pattern questions in the replies.", likes_med=18_000 * 0.065, reply_frac=0.7)
add("bluesky", "de", 2_500, [f"hard_negative:{F}:small_niche"], "A geology lecturer on Bluesky with 2,500 followers and about {ML} likes per post, plausible for a small specialist audience.", likes_med=150)
add("tiktok", "en", 8_000, [f"hard_negative:{F}:platform_norm_tiktok_reach"], "TikTok videos get about {ML} likes on {MV} views, many times the follower count; on TikTok the For You feed delivers non-followers, and the like-to-view rate is normal.", likes_med=5_000, us=True)
add("youtube", "fr", 5_000, [f"hard_negative:{F}:platform_norm_youtube_views"], "Small YouTube channel whose videos reach about {MV} views; likes are high per subscriber but a normal share of views.", likes_med=40_000, lpv=0.04)
add("instagram", "pt", 22_000, [f"hard_negative:{F}:collab_post"], "One post made together with a much larger creator has several times the usual likes; every other post is at a normal rate.",
    specials=[dict(date=D("2026-10-14", 17), mult=9, text="COLLAB", collab="pt_big")])

# ======================= comment_like_ratio_outlier =======================
F = "comment_like_ratio_outlier"


def low_comments(r, i, lk):
    return r.choice([0, 0, 0, 1, 1, 2, 3])


def tiny_comments(r, i, lk):
    return r.choice([0, 0, 1, 1, 2, 4, 5])


def high_comments(r, i, lk):
    return lk * r.uniform(1.4, 3.2)


for pl, lg, fol, fn, kind, why, extra in [
    ("instagram", "en", 60_000, low_comments, "likes_without_comments", "Posts get around {ML} likes but almost never a comment (median {MC}), on nearly every post: the likes look bought.", {}),
    ("instagram", "fr", 210_000, tiny_comments, "likes_without_comments", "About {ML} likes per post with a handful of comments at most (median {MC}), post after post.", {}),
    ("tiktok", "es", 90_000, low_comments, "likes_without_comments", "TikTok videos with about {ML} likes and 0–3 comments each, far below the usual comments per like.", {}),
    ("instagram", "de", 22_000, low_comments, "likes_without_comments", "Around {ML} likes per post but zero or one comment on most posts.", {}),
    ("x", "it", 40_000, low_comments, "likes_without_comments", "X posts with about {ML} likes each and almost no replies on any of them.", {}),
    ("bluesky", "pt", 9_000, low_comments, "likes_without_comments", "Bluesky posts with about {ML} likes and nearly no replies across the whole recent history.", {}),
    ("threads", "en", 35_000, low_comments, "likes_without_comments", "Threads posts with about {ML} likes each and zero to three replies, consistently.", {"us": True}),
    ("instagram", "es", 780_000, tiny_comments, "likes_without_comments", "A large account whose posts get about {ML} likes but only a few comments each, a comments-per-like far below normal on every post.", {}),
    ("instagram", "it", 8_000, low_comments, "borderline_clear", "Around {ML} likes per post on a small account, yet most posts have no comment at all.", {}),
    ("instagram", "pt", 14_000, high_comments, "comments_exceed_likes", "Posts get more comments than likes (about {MC} comments on {ML} likes), on almost every post.", {"replies": "none"}),
    ("instagram", "en", 45_000, high_comments, "comments_exceed_likes", "Comments outnumber likes on nearly every post (median {MC} comments vs {ML} likes).", {"replies": "none", "us": True}),
    ("tiktok", "fr", 30_000, high_comments, "comments_exceed_likes", "TikTok videos with more comments than likes (about {MC} vs {ML}) on most posts, far from any normal ratio.", {"replies": "none"}),
    ("youtube", "de", 80_000, None, "comments_exceed_likes", "Videos get more comments than likes (about {MC} comments on {ML} likes), on most uploads.", {"replies": "none"}),
]:
    kw = dict(extra)
    if fn is not None:
        kw["comments_fn"] = fn
    else:
        kw["comments_fn"] = high_comments
    add(pl, lg, fol, [f"positive:{F}:{kind}"], why, true=[F], **kw)

add("instagram", "es", 26_000, [f"hard_negative:{F}:giveaway_single_post", f"hard_negative:engagement_above_tier:giveaway_explained", "hard_negative:generic_comments:giveaway_mentions"],
    "One giveaway post asks people to comment and tag friends and has far more comments than likes, full of mention-only replies; every other post has normal counts and real comments.",
    specials=[dict(date=D("2026-10-20", 18), mult=6, cm_over_likes=2.6, text="GIVEAWAY", reply_kind="mentions")], reply_frac=0.5)
add("instagram", "de", 16_000, [f"hard_negative:{F}:qa_post"], "One Q&A post invited questions and got more comments than likes; the rest have ordinary comments per like.",
    specials=[dict(date=D("2026-09-18", 19), mult=1.2, cm_over_likes=1.6, text="QA", reply_kind="questions")])
add("youtube", "en", 140_000, [f"hard_negative:{F}:platform_norm_youtube"], "A repair-tutorial channel where viewers ask many questions: comments run at about {CPL} of likes, which is normal for how-to videos on YouTube.",
    comments_fn=lambda r, i, lk: lk * r.uniform(0.12, 0.22), us=True)
add("mastodon", "fr", 3_200, [f"hard_negative:{F}:fediverse_conversation"], "A conversational Mastodon account that asks its followers questions: replies run near half the favourites, a normal pattern for fediverse discussion.",
    cratio=0.45)
add("instagram", "it", 48_000, [f"hard_negative:{F}:comments_disabled_few"], "Comments were switched off on two posts, which show 0; the other posts have a normal comments per like.",
    zero_comments=lambda r, i: i in (3, 9), replies="none")
add("instagram", "en", 300_000, [f"hard_negative:{F}:meme_page_low_comments"], "A meme page with about {CPL} comments per like: on the low side, as usual for meme accounts, but not far from normal.",
    cratio=0.009, replies="none", name="Daily Dog Memes", handle="dailydogmemes")
add("x", "es", 12_000, [f"hard_negative:{F}:single_controversial_post"], "One post about a referee decision drew more replies than likes; the rest of the X posts have normal reply counts.",
    specials=[dict(date=D("2026-10-05", 21), mult=3, cm_over_likes=1.8, text="El penalti de anoche no era. Lo he visto veinte veces y sigo sin entender la decisión.", reply_kind="debate")])
add("bluesky", "en", 6_000, [f"hard_negative:{F}:question_posts"], "Three of the posts are 'what are you reading?' questions that got more replies than likes; the others have normal reply rates.",
    specials=[dict(idx=2, mult=0.8, cm_over_likes=1.7, text="What are you all reading this week? Tell me one book.", reply_kind="answers"),
              dict(idx=7, mult=0.9, cm_over_likes=1.5, text="Favourite autumn soup? Need new ideas.", reply_kind="answers"),
              dict(idx=12, mult=0.8, cm_over_likes=1.9, text="Which walk near you should I do next?", reply_kind="answers")], us=True)
add("twitch", "es", 30_000, [f"hard_negative:{F}:platform_norm_twitch"], "A Twitch channel: broadcasts publish views only, no likes or comments, so there is no ratio to judge.")
add("tiktok", "it", 70_000, [f"hard_negative:{F}:within_range_high"], "TikTok videos with comments at about {CPL} of likes, somewhat high because the creator asks questions, but within the normal range.",
    cratio=0.045)
add("pixelfed", "de", 350, [f"hard_negative:{F}:small_counts"], "A tiny Pixelfed account with about {ML} likes per photo; several posts have no comment, which is normal at these counts.",
    cratio=0.05)
add("mastodon", "pt", 280, [f"hard_negative:{F}:small_counts"], "A small Mastodon account; posts get a few favourites and often no reply, normal for these numbers.",
    cratio=0.08)
add("youtube", "it", 600_000, [f"hard_negative:{F}:platform_norm_youtube"], "Music videos with comments near {CPL} of likes: low, but typical for music uploads on YouTube.",
    comments_fn=lambda r, i, lk: lk * r.uniform(0.025, 0.045))

# ======================= flat_engagement =======================
F = "flat_engagement"
for pl, lg, fol, flat, kind, why, extra in [
    ("instagram", "en", 45_000, 0.012, "automated_likes", "Every post gets {LRANGE} likes and {CRANGE} comments, whatever the content: nearly identical counts as automation produces.", {"video_share": 0.0}),
    ("instagram", "es", 120_000, 0.008, "automated_likes", "Likes stay within {LRANGE} and comments within {CRANGE} on every post over six months.", {"video_share": 0.0}),
    ("tiktok", "de", 70_000, 0.01, "flat_despite_views", "Likes are {LRANGE} on every video while views swing widely ({VRANGE}): the likes are delivered, not earned.", {"views_fn": "wide"}),
    ("x", "fr", 25_000, 0.015, "automated_likes", "Every X post gets {LRANGE} likes and {CRANGE} replies, with no variation by topic.", {}),
    ("instagram", "it", 9_000, 0.012, "automated_likes", "Each post gets {LRANGE} likes and {CRANGE} comments, a near-constant pattern.", {"video_share": 0.0}),
    ("bluesky", "pt", 15_000, 0.01, "automated_likes", "Bluesky posts all sit at {LRANGE} likes and {CRANGE} replies.", {}),
    ("youtube", "en", 60_000, 0.0, "flat_despite_views", "Likes sit at {LRANGE} on every video while views range {VRANGE}.", {"yt_likes_flat": 1000, "us": True}),
    ("threads", "es", 18_000, 0.012, "automated_likes", "Threads posts all get {LRANGE} likes and {CRANGE} replies.", {}),
    ("instagram", "fr", 300_000, 0.008, "automated_likes", "A large account where every post lands between {LRANGE} likes and {CRANGE} comments.", {"video_share": 0.0}),
    ("tiktok", "en", 400_000, 0.007, "flat_despite_views", "TikTok likes fixed at {LRANGE} per video while views range {VRANGE}.", {"views_fn": "wide"}),
    ("pixelfed", "de", 5_000, 0.012, "automated_likes", "Pixelfed photos all get {LRANGE} likes and {CRANGE} comments.", {}),
    ("instagram", "pt", 60_000, 0.022, "borderline_clear", "Likes stay within {LRANGE} across {N} posts, and comments within {CRANGE}: too even for a real audience.", {"video_share": 0.0}),
    ("x", "it", 80_000, 0.01, "automated_likes", "X posts each get {LRANGE} likes and {CRANGE} replies regardless of content.", {}),
]:
    kw = dict(extra)
    if kw.get("views_fn") == "wide":
        kw["views_fn"] = lambda r, i, _f=fol: int(_f * r.choice([0.3, 0.5, 0.8, 1.2, 2.0, 3.5, 0.4, 1.0]) * r.uniform(0.8, 1.2))
    if pl == "youtube":
        kw["flat"] = 0.0
        kw["comments_fn"] = lambda r, i, lk: 40 + r.randint(-1, 1)
    else:
        kw["flat"] = flat
    add(pl, lg, fol, [f"positive:{F}:{kind}"], why, true=[F], n=kw.pop("n", 18), **kw)

for pl, lg, fol, sigma, kind, why, extra in [
    ("instagram", "en", 40_000, 0.16, "consistent_natural", "A steady creator: likes cluster around {ML} but range {LRANGE} and comments vary widely ({CRANGE}), normal variation for a loyal audience.", {}),
    ("mastodon", "en", 300, 0.3, "small_counts", "A tiny Mastodon account whose posts get {LRANGE} favourites; at counts this small repeats are expected, and the spread is what chance gives, nothing uniform.", {}),
    ("bluesky", "fr", 500, 0.25, "small_counts", "Small Bluesky account with {LRANGE} likes per post; small counts with an ordinary spread, nothing uniform.", {}),
    ("youtube", "es", 90_000, 0.3, "views_correlated", "Likes vary with views ({VRANGE} views, {LRANGE} likes), as real audiences do.", {}),
    ("instagram", "de", 75_000, 0.14, "daily_series", "A daily comic strip with a loyal audience: likes {LRANGE}, comments {CRANGE}; consistent but naturally varying.", {"n": 28}),
    ("tiktok", "it", 50_000, 0.18, "views_correlated", "Likes track the views of each video ({VRANGE} views, {LRANGE} likes).", {}),
    ("x", "pt", 4_000, 0.35, "small_counts", "A small X account with {LRANGE} likes per post; small counts with natural spread.", {}),
    ("pixelfed", "es", 900, 0.28, "small_counts", "Pixelfed photos with {LRANGE} likes, normal small-number variation.", {}),
    ("twitch", "de", 60_000, 0.25, "platform_norm_twitch", "Twitch broadcasts with only views published; views vary ({VRANGE}) and there are no likes or comments to be flat.", {}),
    ("instagram", "fr", 2_000_000, 0.13, "large_account_consistent", "A mega account whose posts get {LRANGE} likes: steady in relative terms but varying by thousands, with comments from {CRANGE}.", {}),
    ("threads", "en", 20_000, 0.2, "consistent_natural", "Threads posts with {LRANGE} likes and {CRANGE} replies, steady but not uniform.", {"us": True}),
    ("bluesky", "it", 12_000, 0.17, "consistent_natural", "Likes between {LRANGE} and replies {CRANGE}: a consistent audience, with normal spread.", {}),
    ("instagram", "pt", 28_000, 0.15, "consistent_natural", "A consistent recipe account: likes {LRANGE}, comments {CRANGE}; the variation is organic.", {}),
]:
    add(pl, lg, fol, [f"hard_negative:{F}:{kind}"], why, sigma=sigma, **extra)

# ======================= follower_spike =======================
F = "follower_spike"
for pl, lg, fol, jump, date, kind, extra in [
    ("instagram", "en", 40_000, 14_000, "2026-10-09", "bought", {}),
    ("tiktok", "es", 120_000, 40_000, "2026-10-21", "bought", {}),
    ("x", "de", 22_000, 10_000, "2026-09-30", "bought", {}),
    ("bluesky", "fr", 11_000, 6_000, "2026-10-15", "bought", {}),
    ("youtube", "it", 65_000, 25_000, "2026-11-03", "bought", {}),
    ("threads", "pt", 16_000, 7_000, "2026-10-02", "bought", {}),
    ("instagram", "es", 9_200, 5_000, "2026-11-10", "bought_small_account", {}),
    ("mastodon", "en", 5_100, 3_000, "2026-10-26", "bought", {}),
    ("instagram", "it", 390_000, 90_000, "2026-10-11", "bought_weekly_crawl", {"snap": {"mode": "weekly"}}),
    ("tiktok", "fr", 24_000, 9_000, "2026-09-24", "bought", {}),
    ("instagram", "pt", 72_000, 12_000, "2026-10-17", "borderline_clear", {}),
]:
    add(pl, lg, fol, [f"positive:{F}:{kind}"],
        "Steady slow growth, then +{JUMP} followers between two crawls around {JDATE}; no post near the jump stands out and nothing shows a mention by a larger account.",
        true=[F], base_followers=fol - jump, rate=min(1.6, max(1.0, 0.7 * fol / (fol - jump))), snap=extra.get("snap", {"mode": "daily"}) | {"events": [dict(date=D(date, 6), amount=jump)]},
        **{k: v for k, v in extra.items() if k != "snap"})
add("instagram", "de", 210_000, [f"positive:{F}:two_step"], "Two unexplained jumps on consecutive crawls (+{JUMP} in total) around {JDATE}, with ordinary posts and no mention.",
    true=[F], base_followers=150_000, rate=1.1, snap={"mode": "daily", "events": [dict(date=D("2026-10-23", 6), amount=32_000), dict(date=D("2026-10-24", 6), amount=28_000)]})
add("instagram", "en", 48_000, [f"positive:{F}:spike_then_purge", "positive:follower_drop:spike_then_purge"],
    "+{JUMP} followers overnight in early October with nothing to explain it, then most of them vanish in one crawl four weeks later, as when the platform removes fake followers.",
    true=[F, "follower_drop"], base_followers=43_000,
    snap={"mode": "daily", "events": [dict(date=D("2026-10-04", 6), amount=30_000), dict(date=D("2026-11-02", 6), amount=-25_000)]}, us=True)

# hard negatives: viral, collaboration, mention, steady fast growth
for pl, lg, fol, jump, date, mult, views, kind, extra in [
    ("instagram", "en", 95_000, 38_000, "2026-10-12", 35, 3_100_000, "genuine_viral", {}),
    ("tiktok", "pt", 160_000, 110_000, "2026-09-27", 60, 8_200_000, "genuine_viral", {}),
    ("youtube", "de", 70_000, 45_000, "2026-10-19", 40, 2_000_000, "genuine_viral", {}),
    ("x", "es", 30_000, 19_000, "2026-11-05", 80, 15_000_000, "genuine_viral", {}),
    ("bluesky", "en", 14_000, 9_000, "2026-10-08", 120, None, "genuine_viral", {"us": True}),
    ("threads", "it", 12_000, 6_500, "2026-09-21", 45, None, "genuine_viral", {}),
    ("tiktok", "en", 20_000, 6_000, "2026-10-29", 90, 2_400_000, "genuine_viral", {"extra_classes": ["hard_negative:engagement_above_tier:single_viral_post"]}),
]:
    sp = dict(date=D(date, 17) - dt.timedelta(days=1), mult=mult, text="VIRAL")
    if views:
        sp["views"] = views
    classes = [f"hard_negative:{F}:{kind}"] + extra.pop("extra_classes", [])
    add(pl, lg, fol, classes,
        "Followers jump by {JUMP} around {JDATE}, right after a post that got {SPMULT} times the usual engagement{SPVIEWS}; the growth is explained by that viral post.",
        base_followers=fol - jump // 2, specials=[sp],
        snap={"mode": "daily", "events": [dict(date=D(date, 6), amount=jump, tail=4)]}, **extra)

for pl, lg, fol, jump, date, big, bigf, kind, extra in [
    ("instagram", "fr", 34_000, 15_000, "2026-10-16", "chef.margaux.officiel", "1.9M", "collab_larger_creator", {}),
    ("youtube", "en", 48_000, 22_000, "2026-09-29", "TheBigWorkshop", "3.2M", "collab_larger_creator", {"us": True}),
    ("tiktok", "de", 26_000, 14_000, "2026-11-08", "kochmitkarl", "2.4M", "collab_larger_creator", {}),
    ("bluesky", "es", 6_500, 3_000, "2026-10-22", "ciencia-con-ana", "310k", "mention_by_larger_account", {}),
    ("mastodon", "de", 3_000, 1_400, "2026-10-01", "bigscience", "180k", "mention_by_larger_account", {}),
    ("instagram", "pt", 15_000, 8_000, "2026-11-12", "rita.cozinha", "1.1M", "mention_by_larger_account", {}),
]:
    b = big_account(pl, big)
    if kind.startswith("collab"):
        sp = dict(date=D(date, 16) - dt.timedelta(days=1), mult=7, text="COLLAB", collab_handle=b["handle"], reply_kind="big", big_author=b, big_text="🙌🙌 so fun")
    else:
        sp = dict(date=D(date, 16) - dt.timedelta(hours=20), mult=5, text="THANKS", collab_handle=b["handle"], reply_kind="big", big_author=b, big_text="❤️")
    add(pl, lg, fol, [f"hard_negative:{F}:{kind}"],
        "+{JUMP} followers around {JDATE}, right when a larger account (@%s, %s followers) %s; that post has several times the usual engagement." % (b["handle"], bigf, "made a collaboration post with this creator" if kind.startswith("collab") else "mentioned this creator, as the found-via record and the thank-you post show"),
        base_followers=fol - jump // 2, specials=[sp],
        found_via=[dict(kind="mention", by=b["author_id"], at="%sT09:00:00Z" % date)],
        snap={"mode": "daily", "events": [dict(date=D(date, 6), amount=jump, tail=3)]}, **extra)

add("tiktok", "es", 60_000, [f"hard_negative:{F}:steady_fast_growth"], "Grows fast but evenly, a few percent a week with no single jump; steady growth is not a spike.",
    snap={"mode": "daily", "growth": 0.045, "noise": 0.2})

# ======================= follower_drop =======================
F = "follower_drop"
for pl, lg, fol, drop, date, kind, extra in [
    ("instagram", "es", 58_000, 22_000, "2026-10-14", "platform_purge", {}),
    ("instagram", "en", 150_000, 50_000, "2026-09-22", "platform_purge", {}),
    ("tiktok", "it", 31_000, 14_000, "2026-11-06", "platform_purge", {}),
    ("x", "de", 19_000, 11_000, "2026-10-03", "platform_purge", {}),
    ("bluesky", "pt", 7_000, 5_000, "2026-10-27", "platform_purge", {}),
    ("youtube", "fr", 70_000, 20_000, "2026-11-15", "platform_purge", {}),
    ("threads", "en", 14_000, 6_000, "2026-10-09", "platform_purge", {"us": True}),
    ("instagram", "de", 6_500, 2_500, "2026-09-17", "platform_purge", {}),
    ("instagram", "it", 430_000, 70_000, "2026-10-30", "borderline_clear", {}),
    ("tiktok", "es", 1_100_000, 400_000, "2026-10-18", "platform_purge", {}),
    ("x", "fr", 3_800, 2_200, "2026-11-19", "platform_purge", {}),
    ("instagram", "pt", 24_000, 9_000, "2026-10-11", "platform_purge_weekly_crawl", {"snap": {"mode": "weekly"}}),
]:
    add(pl, lg, fol, [f"positive:{F}:{kind}"],
        "The follower count loses {DROP} between two crawls around {DDATE}, a sudden loss of about {DPCT} such as a platform purge of fake followers causes.",
        true=[F], snap=extra.get("snap", {"mode": "daily"}) | {"events": [dict(date=D(date, 6), amount=-drop)]},
        **{k: v for k, v in extra.items() if k != "snap"})

add("instagram", "en", 41_000, [f"hard_negative:{F}:seasonal_gradual"], "A surf school account that slowly loses followers after the summer season, a fraction of a percent a week; gradual, not sudden.",
    bio="Surf lessons & board hire | Newquay", snap={"mode": "weekly", "decline": (D("2026-09-01"), 0.006)})
add("instagram", "it", 23_000, [f"hard_negative:{F}:seasonal_gradual"], "A beach-festival page that sheds followers a little every week once the season ends; a slow seasonal decline.",
    snap={"mode": "weekly", "decline": (D("2026-09-10"), 0.008)})
add("tiktok", "de", 52_000, [f"hard_negative:{F}:seasonal_gradual"], "A ski-instructor TikTok that drifts down slowly through summer and autumn, a fraction of a percent a week; no sudden loss.",
    bio="Skilehrer am Arlberg ⛷️", snap={"mode": "weekly", "decline": (D("2026-07-20"), 0.004)})
add("instagram", "fr", 18_000, [f"hard_negative:{F}:creator_break"], "The creator paused posting for six weeks and lost followers slowly during the break; a gradual loss, not a purge.",
    post_end=D("2026-09-30", 18), snap={"mode": "weekly", "decline": (D("2026-10-01"), 0.005)})
add("bluesky", "es", 9_000, [f"hard_negative:{F}:missing_snapshot"], "One crawl could not read the follower count (null); the series before and after is continuous, so there is no drop.",
    snap={"mode": "daily", "null_at": [30]})
add("youtube", "pt", 110_000, [f"hard_negative:{F}:missing_snapshot"], "Two crawls have no subscriber count (null), not zero; the counts around them are continuous.",
    snap={"mode": "daily", "null_at": [18, 47]})
add("x", "en", 64_000, [f"hard_negative:{F}:small_dips"], "The series wobbles by a few hundred followers up and down around a flat line; ordinary churn, no large loss.",
    snap={"mode": "daily", "growth": 0.0, "wobble": 0.003}, us=True)
add("instagram", "es", 33_000, [f"hard_negative:{F}:post_giveaway_churn"], "A giveaway in early September brings a step of new followers, explained by the giveaway post with several times the usual engagement; afterwards the account slowly loses some of them over weeks, never suddenly.",
    snap={"mode": "weekly", "events": [dict(date=D("2026-09-08"), amount=2_500)], "decline": (D("2026-09-20"), 0.006)},
    specials=[dict(date=D("2026-09-06", 18), mult=4, cm_over_likes=2.4, text="GIVEAWAY", reply_kind="mentions")],
    extra_classes=["hard_negative:comment_like_ratio_outlier:giveaway_single_post", "hard_negative:generic_comments:giveaway_mentions", "hard_negative:follower_spike:giveaway_post"])
add("mastodon", "fr", 320, [f"hard_negative:{F}:small_absolute"], "A tiny Mastodon account whose count moves by a handful of followers at a time; no large loss.",
    snap={"mode": "weekly", "growth": 0.004, "wobble": 0.02})
add("x", "it", 220_000, [f"hard_negative:{F}:platform_exodus_gradual"], "An X account that loses followers steadily week after week as users leave the platform; gradual over months, never sudden.",
    snap={"mode": "weekly", "decline": (D("2026-07-01"), 0.004)})
add("mastodon", "en", 8_000, [f"hard_negative:{F}:seasonal_gradual"], "A university course account that loses followers slowly after term ends; a gentle decline.",
    bio="Intro to Astronomy course account. Term posts, star charts, observing nights.", snap={"mode": "weekly", "decline": (D("2026-07-01"), 0.003)})
add("instagram", "de", 140_000, [f"hard_negative:{F}:small_dips"], "A one-crawl dip of under one percent, recovered within days; not a large loss.",
    snap={"mode": "daily", "events": [dict(date=D("2026-10-20", 6), amount=-900), dict(date=D("2026-10-24", 6), amount=700)]})

# ======================= mass_following =======================
F = "mass_following"
for pl, lg, fol, following, kind, extra in [
    ("instagram", "en", 2_100, 7_450, "follow_for_follow", {"bio": "f4f"}),
    ("instagram", "es", 3_900, 7_500, "follow_for_follow", {"snap": {"mode": "weekly", "churn": (5_200, 7_500)}}),
    ("tiktok", "pt", 1_500, 9_800, "follow_for_follow", {"bio": "f4f"}),
    ("x", "de", 1_400, 4_990, "follow_for_follow", {}),
    ("bluesky", "fr", 800, 12_000, "follow_for_follow", {}),
    ("threads", "it", 3_000, 7_200, "follow_for_follow", {}),
    ("instagram", "it", 2_600, 7_500, "follow_unfollow_churn", {"snap": {"mode": "daily", "churn": (4_100, 7_500)}}),
    ("mastodon", "es", 300, 6_000, "follow_for_follow", {"bio": "f4f"}),
    ("pixelfed", "en", 500, 4_800, "follow_for_follow", {}),
    ("instagram", "fr", 4_000, 7_400, "borderline_clear", {"snap": {"mode": "weekly", "churn": (6_100, 7_400)}}),
    ("tiktok", "en", 6_000, 10_000, "follow_for_follow", {"bio": "f4f", "us": True}),
    ("x", "pt", 2_600, 8_900, "follow_for_follow", {}),
    ("bluesky", "de", 1_900, 15_500, "follow_for_follow", {}),
]:
    kw = dict(extra)
    if kw.get("bio") == "f4f":
        kw["bio"] = "F4F"
    add(pl, lg, fol, [f"positive:{F}:{kind}"],
        "Follows {FOLLOWING} accounts with only {F} followers{CHURN}: follow-for-follow behaviour, not an audience.",
        true=[F], following=following, **kw)

for pl, lg, fol, following, kind, why, extra in [
    ("bluesky", "en", 2_400, 9_000, "community_curator", "Follows 9,000 accounts with 2,400 followers, but the account runs the #FediArt custom feed and follows every artist who posts there; its posts are roundups and reposts.", {"bio": "CURATOR:#FediArt", "us": True}),
    ("mastodon", "fr", 1_700, 5_200, "community_curator", "A Lyon events account that follows every local venue, club and association to boost their announcements; the follows serve the curation.", {"bio": "Agenda culturel de Lyon. Je suis tous les lieux, assos et collectifs pour relayer leurs annonces.", "name": "Agenda Lyon", "handle": "agendalyon"}),
    ("bluesky", "de", 3_100, 8_400, "community_curator", "Maintains the German science starter packs and follows every researcher added; curation explains the follows.", {"bio": "CURATOR:#WissenschaftDE"}),
    ("bluesky", "es", 80, 600, "new_account_onboarding", "A brand-new account following 600 to build a timeline, with 80 followers so far; ordinary onboarding, not mass following.", {"created": D("2026-11-04", 5), "posts_count": 14, "n": 14, "post_start": D("2026-11-02", 9), "snap": {"mode": "daily", "start": D("2026-11-04", 3), "growth": 0.12}}),
    ("instagram", "en", 400_000, 3_500, "large_absolute_small_relative", "Follows 3,500 accounts, a large number in absolute terms but tiny against 400k followers.", {}),
    ("x", "es", 60_000, 4_800, "journalist_sources", "A journalist who follows 4,800 sources and colleagues; against 60k followers that is ordinary.", {"bio": "Periodista de datos en Madrid. Sigo fuentes, no me lo toméis como aval."}),
    ("mastodon", "de", 700, 1_500, "fediverse_norm", "Follows about twice as many accounts as follow back, which is common and modest on Mastodon.", {}),
    ("pixelfed", "it", 400, 900, "fediverse_norm", "A Pixelfed photographer following 900 fellow photographers with 400 followers, a normal ratio for small accounts.", {}),
    ("bluesky", "pt", 5_000, 2_000, "research_group", "A university lab account that follows 2,000 researchers in its field with 5,000 followers; nothing unusual.", {"bio": "Laboratório de ecologia marinha · Universidade do Porto", "name": "EcoMar Lab", "handle": "ecomarlab"}),
    ("threads", "en", 1_200, 1_800, "local_business", "A local bookshop following 1,800 local authors and customers with 1,200 followers; a plausible reason, modest numbers.", {"bio": "Independent bookshop on Mill Street. Events, signed copies, coffee.", "name": "Mill Street Books", "handle": "millstreetbooks"}),
    ("tiktok", "it", 2_000_000, 3_000, "large_absolute_small_relative", "Follows 3,000 accounts against two million followers.", {}),
    ("instagram", "pt", 900, 1_100, "local_business", "A neighbourhood bakery following its customers back; 1,100 follows against 900 followers is normal for a local shop.", {"bio": "Padaria de bairro em Braga · pão de fermento todos os dias", "name": "Padaria do Largo", "handle": "padariadolargo"}),
    ("mastodon", "en", 4_200, 7_800, "community_curator", "Runs a regional news-boost account on Mastodon and follows every local outlet and council account it relays; curation, not follow-for-follow.", {"bio": "CURATOR:#YorkshireNews"}),
]:
    kw = dict(extra)
    if kw.get("bio", "").startswith("CURATOR:"):
        tag = kw["bio"].split(":", 1)[1]
        kw["bio"] = "CURATOR:" + tag
    add(pl, lg, fol, [f"hard_negative:{F}:{kind}"], why, following=following, **kw)

# ======================= suspicious_followers =======================
F = "suspicious_followers"
for pl, lg, fol, fake, style, kind, extra in [
    ("bluesky", "en", 25_000, 0.55, "random", "bought_followers", {"us": True}),
    ("bluesky", "es", 8_000, 0.45, "namedigits", "bought_followers", {}),
    ("mastodon", "de", 5_000, 0.42, "random", "spam_instance", {"fake_instance": "mstdn-social.top"}),
    ("bluesky", "it", 30_000, 0.5, "seq", "batch_created", {}),
    ("pixelfed", "fr", 2_000, 0.38, "random", "bought_followers", {}),
    ("bluesky", "pt", 60_000, 0.6, "namedigits", "bought_followers", {}),
    ("bluesky", "fr", 3_000, 0.3, "random", "borderline_clear", {}),
    ("mastodon", "en", 2_400, 0.48, "seq", "spam_instance", {"fake_instance": "social-boost.xyz"}),
    ("bluesky", "de", 14_000, 0.4, "random", "language_mismatch", {"fake_lang": "en", "fake_country": "VN"}),
    ("pixelfed", "es", 1_100, 0.5, "seq", "batch_created", {}),
    ("bluesky", "en", 45_000, 0.36, "namedigits", "bought_followers", {}),
    ("mastodon", "it", 1_800, 0.4, "random", "spam_instance", {"fake_instance": "fastfollow.club"}),
    ("bluesky", "pt", 5_500, 0.47, "seq", "batch_created", {}),
]:
    smp = dict(fake=fake, fake_style=style, lurker=0.1, birth=0.05)
    for k in ("fake_instance", "fake_lang", "fake_country"):
        if k in extra:
            smp[k] = extra.pop(k)
    add(pl, lg, fol, [f"positive:{F}:{kind}"],
        "{FAKEN} of {SAMPLEN} sampled followers have no avatar, no bio and no posts, follow thousands of accounts and have almost no followers themselves{FAKEDETAIL}.",
        true=[F], sample=smp, base_followers=int(fol * (1 - fake)), rate=1.3, **extra)

for pl, lg, fol, smp, kind, why, extra in [
    ("bluesky", "en", 12_000, dict(lurker=0.38, birth=0.08), "lurker_audience", "Over a third of sampled followers are lurkers without avatar or posts, but they follow modest numbers of accounts and look like ordinary readers; no other sign of fakes.", {}),
    ("mastodon", "de", 4_000, dict(lurker=0.35, birth=0.1), "lurker_audience", "Many sampled followers never post and have no avatar, as is common on Mastodon; their follow counts are small and their handles ordinary.", {}),
    ("bluesky", "es", 7_000, dict(lurker=0.1, birth=0.42), "birth_year_handles", "Many followers' handles contain birth years, but they have avatars, bios, posts and normal follow counts: real people.", {}),
    ("pixelfed", "it", 1_500, dict(lurker=0.3, birth=0.25), "lurkers_and_birth_years", "Lurkers and birth-year handles make up half of the sample, yet none show the other signs of fakes (mass following, zero followers, random names).", {}),
    ("bluesky", "pt", 20_000, dict(newcomer=0.55, lurker=0.1), "migration_wave", "Half of the sampled followers joined recently and have few posts, typical of a migration wave; they have avatars, bios and normal follow counts.", {}),
    ("bluesky", "fr", 9_500, dict(fake=0.06, lurker=0.15, birth=0.08), "few_fakes_among_real", "A few sampled followers look fake, but they are a small minority; the rest are ordinary accounts.", {}),
    ("mastodon", "es", 2_200, dict(lurker=0.4, birth=0.05), "lurker_audience", "A large share of lurkers without avatars or posts, common on the fediverse; nothing else suggests fakes.", {}),
    ("bluesky", "de", 3_500, dict(lurker=0.2, birth=0.35), "lurkers_and_birth_years", "Birth-year handles and some lurkers, but with normal follow counts and real profiles; not a fake audience.", {}),
    ("mastodon", "en", 15_000, dict(newcomer=0.5, lurker=0.15), "migration_wave", "Many recent joiners with few posts after a wave of sign-ups on the creator's server; they have avatars and modest follow counts.", {"us": True}),
    ("pixelfed", "pt", 800, dict(lurker=0.33, birth=0.12), "lurker_audience", "A third of the sample are silent lurkers, normal for a photo platform; follow counts and handles are ordinary.", {}),
    ("bluesky", "it", 28_000, dict(fake=0.07, lurker=0.2, birth=0.12), "few_fakes_among_real", "Three or four bot-like followers in the sample among many real ones: not a sizeable share.", {}),
    ("bluesky", "en", 4_800, dict(lurker=0.3, birth=0.3), "lurkers_and_birth_years", "Lurkers and birth-year handles together make up most of the sample, yet each profile looks like an ordinary person.", {}),
    ("mastodon", "fr", 6_000, dict(lurker=0.36, birth=0.1), "lurker_audience", "Over a third of sampled followers have never posted, the usual silent readers of a news-curation account.", {}),
]:
    add(pl, lg, fol, [f"hard_negative:{F}:{kind}"], why, sample=smp, **extra)

# ======================= generic_comments =======================
F = "generic_comments"
for pl, lg, fol, share, kind, extra in [
    ("instagram", "en", 35_000, 0.8, "comment_service", {}),
    ("instagram", "es", 70_000, 0.75, "comment_service", {}),
    ("tiktok", "de", 45_000, 0.8, "comment_service", {}),
    ("instagram", "fr", 22_000, 0.7, "comment_service", {}),
    ("youtube", "it", 90_000, 0.72, "comment_service", {}),
    ("x", "pt", 28_000, 0.78, "comment_service", {}),
    ("threads", "en", 40_000, 0.8, "comment_service", {"us": True}),
    ("instagram", "pt", 16_000, 0.85, "english_generic_on_local_account", {"generic_pool": ["Nice pic!", "Amazing 😍", "Great post!", "Love it ❤️", "Awesome content", "Beautiful 😍😍", "Cool 👍", "Wow 🔥"]}),
    ("instagram", "it", 120_000, 0.66, "borderline_clear", {}),
    ("tiktok", "es", 15_000, 0.82, "emoji_only", {"generic_pool": ["🔥🔥🔥", "😍😍", "👏👏👏", "💯💯", "❤️❤️❤️", "🙌", "😍🔥"]}),
    ("bluesky", "de", 9_000, 0.75, "comment_service", {}),
    ("instagram", "en", 55_000, 0.78, "mention_only_and_emoji", {"generic_pool": ["🔥🔥", "😍", "👏👏", "Nice!", "💯"]}),
    ("youtube", "fr", 40_000, 0.76, "comment_service", {}),
]:
    add(pl, lg, fol, [f"positive:{F}:{kind}"],
        "{GEN} of {REPN} sampled replies are generic ('{GEX}', emoji-only, bare mentions), mostly from one-off accounts, across almost every post.",
        true=[F], replies="generic", generic_share=share, cratio=0.03 if pl != "youtube" else None, **extra)

add("instagram", "it", 24_000, [f"hard_negative:{F}:giveaway_mentions", "hard_negative:comment_like_ratio_outlier:giveaway_single_post"],
    "Only the giveaway post is full of bare friend mentions, as its rules ask; every other post has specific, on-topic replies.",
    specials=[dict(date=D("2026-11-02", 18), mult=3, cm_over_likes=2.0, text="GIVEAWAY", reply_kind="mentions")], reply_frac=0.6)
add("instagram", "en", 12_000, [f"hard_negative:{F}:celebration_congrats"], "Short congratulations fill the birthday post, which is what friends write there; the other posts have specific replies.",
    specials=[dict(idx=4, mult=2.0, cmult=3, text="BDAY", reply_kind="celebrate")], reply_frac=0.6)
add("instagram", "es", 8_000, [f"hard_negative:{F}:celebration_congrats"], "A wedding post collects '¡Enhorabuena!' replies from friends; the rest of the replies are about the content.",
    specials=[dict(idx=6, mult=2.2, cmult=3, text="Nos casamos 💍 Gracias a todos por acompañarnos en este día.", reply_kind="celebrate")], reply_frac=0.6)
add("tiktok", "fr", 30_000, [f"hard_negative:{F}:short_but_specific"], "Replies are short but refer to what is in each video (questions about the flour, the glue, the path); not generic.",
    reply_frac=0.9)
add("instagram", "de", 40_000, [f"hard_negative:{F}:minority_generic"], "A few emoji replies appear, as on any account, but most sampled replies are specific to the post.",
    replies="generic", generic_share=0.14)
add("youtube", "pt", 150_000, [f"hard_negative:{F}:minority_generic"], "Some replies are emoji or 'top', but most discuss the video; a minority of generic replies is normal.",
    replies="generic", generic_share=0.18)
add("bluesky", "en", 7_000, [f"hard_negative:{F}:qa_post"], "One question post got a burst of short answers; they answer the question, and the other replies are conversational.",
    specials=[dict(idx=3, mult=1.2, cmult=4, text="What are you cooking tonight? One word answers welcome.", reply_kind="answers")], reply_frac=0.6, us=True)
add("mastodon", "it", 2_500, [f"hard_negative:{F}:short_but_specific"], "Mastodon replies are brief but respond to the post (tips, questions, corrections); nothing comment-service-like.",
    reply_frac=0.8)
add("instagram", "fr", 64_000, [f"hard_negative:{F}:celebration_congrats"], "The announcement of a first book draws a wave of 'Félicitations !' from followers; every other post has specific replies.",
    specials=[dict(idx=2, mult=2.5, cmult=3, text="Mon premier livre sort aujourd'hui. Merci à vous d'avoir cru en ce projet.", reply_kind="celebrate")], reply_frac=0.6)
add("x", "de", 18_000, [f"hard_negative:{F}:short_but_specific"], "X replies are short but specific to each post's content.", reply_frac=0.8)
add("threads", "pt", 11_000, [f"hard_negative:{F}:minority_generic"], "About one reply in seven is an emoji; the rest are real comments about the posts.",
    replies="generic", generic_share=0.15)
add("tiktok", "en", 260_000, [f"hard_negative:{F}:celebration_congrats"], "A milestone video ('we hit 250k!') collects short congratulations; other videos have specific replies.",
    specials=[dict(idx=5, mult=1.5, cmult=3, text="We just hit 250k. Thank you, genuinely.", reply_kind="celebrate")], reply_frac=0.6, us=True)

# ======================= engagement_pod =======================
F = "engagement_pod"
for pl, lg, fol, size, kind, extra in [
    ("instagram", "en", 60_000, 12, "comment_pod", {}),
    ("instagram", "es", 35_000, 10, "comment_pod", {}),
    ("instagram", "de", 90_000, 14, "comment_pod", {}),
    ("tiktok", "fr", 40_000, 11, "comment_pod", {}),
    ("threads", "it", 25_000, 9, "comment_pod", {}),
    ("x", "pt", 18_000, 10, "comment_pod", {}),
    ("bluesky", "en", 15_000, 8, "comment_pod", {"us": True}),
    ("instagram", "it", 140_000, 13, "comment_pod", {}),
    ("instagram", "pt", 48_000, 9, "comment_pod", {}),
    ("instagram", "fr", 22_000, 8, "borderline_clear", {"pod_cover": 0.75, "pod_each": 0.8}),
    ("tiktok", "es", 80_000, 12, "comment_pod", {}),
    ("instagram", "de", 30_000, 11, "comment_pod", {}),
    ("youtube", "en", 50_000, 10, "comment_pod", {}),
]:
    add(pl, lg, fol, [f"positive:{F}:{kind}"],
        "The same {PODN} accounts reply to {PODCOV} posts, one after another within minutes of publishing, and make up most of the sampled replies on a {F}-follower account.",
        true=[F], replies="pod", pod_size=size, **extra)

for pl, lg, fol, mode, kind, why, extra in [
    ("instagram", "en", 1_100, "friends", "small_friend_group", "A small account where four friends comment on most posts over the following hours; a handful of friends is normal.", {"friends_n": 4}),
    ("instagram", "es", 600, "friends", "family", "Mum, a sister and two cousins reply to most posts of this 600-follower account, at different times of day.", {"friends_n": 4}),
    ("instagram", "de", 2_300, "friends", "band_members", "The other members of the creator's band comment on the posts, spread over hours; a small circle, not a pod.", {"friends_n": 3}),
    ("instagram", "it", 850_000, "superfans", "superfans_large_account", "A few loyal fans show up often among many different commenters, at all hours; nothing closed or synchronised.", {}),
    ("mastodon", "fr", 1_400, "community", "instance_community", "The same handful of people from the creator's small Mastodon server reply to many posts in slow conversations over hours.", {}),
    ("bluesky", "pt", 900, "friends", "small_friend_group", "Three friends reply to most posts of a 900-follower account, hours apart.", {"friends_n": 3}),
    ("threads", "es", 2_000, "friends", "book_club", "Members of a local book club comment on most reading posts over a day or two; normal for a small account.", {"friends_n": 5}),
    ("pixelfed", "de", 500, "community", "photo_walk_group", "A photo-walk group comments on most pictures, spread over hours; a small circle on a small account.", {}),
    ("x", "en", 1_800, "friends", "small_friend_group", "Four running-club friends reply to most posts, hours apart.", {"friends_n": 4, "us": True}),
    ("tiktok", "pt", 3_000, "friends", "small_friend_group", "A few classmates comment on most videos of this 3,000-follower account at scattered times.", {"friends_n": 4}),
    ("youtube", "fr", 320_000, "superfans", "superfans_large_account", "Regular viewers appear often in the comments but among many one-off commenters and across days.", {}),
    ("instagram", "pt", 1_600, "friends", "small_friend_group", "Five friends from a pottery class comment on most posts over the day; normal for 1,600 followers.", {"friends_n": 5}),
    ("mastodon", "it", 2_600, "community", "instance_community", "A small regional instance where the same people reply to each other's posts throughout the day.", {}),
]:
    add(pl, lg, fol, [f"hard_negative:{F}:{kind}"], why, replies=mode, **extra)

# extra engagement_above_tier hard negatives (added after counting)
F = "engagement_above_tier"
add("tiktok", "es", 12_000, [f"hard_negative:{F}:giveaway_explained", "hard_negative:comment_like_ratio_outlier:giveaway_single_post"],
    "One giveaway video drew many times the usual likes and comments; every other video is at a normal level for the account.",
    specials=[dict(date=D("2026-10-26", 18), mult=7, cm_over_likes=0.9, text="GIVEAWAY", reply_kind="mentions")])
add("x", "en", 1_800, [f"hard_negative:{F}:single_viral_post"], "One X thread about a lost dog found by strangers went viral{SPVIEWS}; the median post is ordinary for 1,800 followers.",
    specials=[dict(date=D("2026-09-14", 15), mult=400, views=6_500_000, text="Thread: how forty strangers and one bakery found our lost dog in a city of two million. 🧵")], us=True)
add("instagram", "fr", 65_000, [f"hard_negative:{F}:single_viral_post"], "One reel reached millions of views and got many times the usual likes; the typical post is at a normal rate.",
    specials=[dict(date=D("2026-08-21", 18), mult=30, views=4_800_000, text="VIRAL")])
