#!/usr/bin/env python3
"""Generates the labelled set: synthetic creators, each with the flags it
must and must not get and why. Deterministic (fixed seeds). Run from this
directory: python3 gen.py. Labels were written before the engine was tuned;
change a label only with a reason in the commit message.

Each output file is {"name","why","region"?, "brief"?, "creator", "labels":[{"flag","expect","why"}]}.
Flags a creator gets that are not labelled count as false positives."""
import json, math, random, datetime, os, glob

NOW = datetime.datetime(2026, 11, 1, 12, 0, 0)
def ts(days):
    return (NOW - datetime.timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")

OUT = {}

def rnd(seed): return random.Random(seed)

CLEAN_TEXT = {
 "en": ["Morning run by the river, legs finally feel fresh again",
        "Testing a new focaccia recipe with rosemary and sea salt",
        "Sunday reset: plants watered, notes written, coffee brewed",
        "Three things I learned from a month of cold showers",
        "Trail day with friends, muddy shoes and big smiles",
        "My desk setup for long writing sessions",
        "Quick stretch routine I do before every climb",
        "Weekend market haul: tomatoes, peaches and fresh basil"],
 "es": ["Ruta por la sierra esta mañana, qué vistas tan bonitas",
        "Probando una receta nueva de pan de masa madre",
        "Domingo tranquilo: café, libros y plantas",
        "Mi rutina de estiramientos antes de correr"],
 "de": ["Morgenlauf am Fluss, die Beine fühlen sich endlich frisch an",
        "Neues Rezept ausprobiert: Roggenbrot mit Sauerteig",
        "Sonntag: Kaffee, Bücher und Pflanzen gießen",
        "Meine Dehnroutine vor jedem Training"],
 "it": ["Corsa mattutina lungo il fiume, che bella giornata",
        "Provo una nuova ricetta di focaccia con rosmarino",
        "Domenica tranquilla: caffè, libri e piante"],
 "fr": ["Course matinale au bord de la rivière, quelle belle lumière",
        "J'essaie une nouvelle recette de pain au levain",
        "Dimanche tranquille : café, livres et plantes"],
}

def make_creator(cid, platform="instagram", followers=25000, following=600,
                 n_posts=20, er=0.010, clr=0.04, sigma=0.30, lang="en",
                 country="US", seed=1, bio=None, every=3, video=False,
                 view_rate=None, texts=None, start=1):
    r = rnd(seed)
    acc_id = f"{platform}:{cid}"
    posts = []
    texts = texts or CLEAN_TEXT[lang]
    for i in range(n_posts):
        eng = followers * er * math.exp(r.gauss(0, sigma))
        likes = int(round(eng / (1 + clr)))
        comments = int(round(likes * clr * math.exp(r.gauss(0, 0.2))))
        p = {"id": f"{cid}-p{i:02d}", "account_id": acc_id,
             "url": f"https://{platform}.example/{cid}/p/{i:02d}",
             "published_at": ts(start + i * every), "text": texts[i % len(texts)],
             "likes": likes, "comments": comments, "shares": None, "views": None,
             "pinned": False, "language": lang}
        if video:
            p["media_kind"] = "video"
            vr = view_rate or 0.07
            p["views"] = int(round(likes * (1 + clr) / (vr * math.exp(r.gauss(0, 0.15)))))
        posts.append(p)
    acc = {"id": acc_id, "creator_id": cid, "platform": platform, "handle": cid,
           "url": f"https://{platform}.example/{cid}", "display_name": cid.title(),
           "bio": bio if bio is not None else "Runner, baker, slow living.",
           "links": [], "followers": followers, "following": following,
           "posts_count": 400, "data_as_of": ts(0)}
    snaps = []
    for d in range(60, -1, -4):
        snaps.append({"account_id": acc_id, "at": ts(d), "followers": int(followers - d * followers * 0.0004 + r.randint(-3, 3)),
                      "following": following, "posts_count": 400 - d // 3})
    snaps[-1]["followers"] = followers
    return {"id": cid, "name": cid.title(), "accounts": [acc], "bio": acc["bio"], "links": [],
            "language": lang, "country": country, "followers": followers,
            "engagement": {"rate_by_followers": None, "rate_by_views": None, "posts_analyzed": 0, "window": 0, "formula": ""},
            "scores": {}, "flags": [], "data_as_of": ts(0), "created_at": ts(90), "updated_at": ts(0),
            "posts": posts, "snapshots": snaps}

def L(flag, expect, why): return {"flag": flag, "expect": expect, "why": why}

def emit(name, why, creator, labels, region=None, brief=None):
    d = {"name": name, "why": why}
    if region: d["region"] = region
    if brief: d["brief"] = brief
    d["creator"] = creator
    d["labels"] = labels
    assert name not in OUT, name
    OUT[name] = d

# ---------------------------------------------------------------- clean
for i, (plat, f, er, lang, country) in enumerate([
        ("instagram", 25000, 0.010, "en", "US"), ("instagram", 3000, 0.038, "es", "ES"),
        ("instagram", 7000, 0.014, "de", "DE"), ("instagram", 250000, 0.010, "it", "IT"),
        ("instagram", 2_000_000, 0.011, "fr", "FR"), ("bluesky", 12000, 0.012, "en", "GB")]):
    c = make_creator(f"clean{i}", plat, f, er=er, lang=lang, country=country, seed=100 + i)
    emit(f"clean_{i}_{plat}_{lang}", "On-topic creator with typical engagement for its tier, steady growth, no sponsorships, clean content.", c,
         [L("engagement_below_tier", False, f"median ER {er:.1%} is inside the typical band for its tier"),
          L("engagement_above_tier", False, "ER is typical, not abnormally high"),
          L("follower_spike", False, "steady organic growth in snapshots"),
          L("flat_engagement", False, "per-post engagement varies naturally (sigma 0.30 log)"),
          L("undisclosed_sponsorship", False, "no sponsorship signal at all")])

# ---------------------------------------------------------------- ER vs tier
below = [("instagram", 25000, 0.0015, "IG 10-50k at 0.15%, far under Modash Low 0.39%"),
         ("instagram", 3000, 0.005, "IG 1-5k at 0.5%, far under Modash Low 1.72%"),
         ("instagram", 300000, 0.0012, "IG 100-500k at 0.12%, under Modash Low 0.41%"),
         ("instagram", 1_500_000, 0.0014, "IG >1M at 0.14%, under Modash Low 0.57%"),
         ("instagram", 8000, 0.0015, "IG 5-10k at 0.15%, under Modash Low 0.62%"),
         ("bluesky", 20000, 0.0008, "Bluesky 20k at 0.08%: far under even the borrowed IG prior")]
for i, (plat, f, er, why) in enumerate(below):
    c = make_creator(f"lower{i}", plat, f, er=er, seed=200 + i)
    emit(f"er_below_{i}", "Engagement far below what the tier typically gets (bought followers or dead audience).", c,
         [L("engagement_below_tier", True, why), L("engagement_above_tier", False, "ER is low, not high")])
notbelow = [("instagram", 25000, 0.0075, "IG 10-50k at 0.75%: under the average band but well above Modash Low 0.39%"),
            ("instagram", 3000, 0.025, "IG 1-5k at 2.5%: under average 3.4-4.4% but above Low 1.72%"),
            ("instagram", 1_500_000, 0.009, "IG >1M at 0.9%: slightly under the band, above Low 0.57%"),
            ("instagram", 600000, 0.008, "IG 500k-1M at 0.8%, inside typical range"),
            ("instagram", 60000, 0.006, "IG 50-100k at 0.6%, above Low 0.32%")]
for i, (plat, f, er, why) in enumerate(notbelow):
    c = make_creator(f"lowish{i}", plat, f, er=er, seed=220 + i)
    emit(f"er_lowish_{i}", "Lower-than-average but normal engagement: must not be called below tier.", c,
         [L("engagement_below_tier", False, why)])
# video: low by followers, fine by views -> basis is views
for i, (plat, f, vr) in enumerate([("tiktok", 40000, 0.075), ("tiktok", 400000, 0.065), ("youtube", 80000, 0.045), ("youtube", 2_000_000, 0.04), ("tiktok", 5000, 0.08)]):
    c = make_creator(f"video{i}", plat, f, er=0.0025, video=True, view_rate=vr, seed=240 + i)
    emit(f"video_ok_{i}", "Video creator: follower ER is low as usual for video, but views-based ER is typical; benchmark must use views.", c,
         [L("engagement_below_tier", False, f"views ER {vr:.1%} is typical for {plat} (TikTok 5-10% band; YouTube ~4% CreatorDB)"),
          L("engagement_above_tier", False, "views ER typical")])
for i, (plat, f, vr) in enumerate([("tiktok", 40000, 0.012), ("youtube", 80000, 0.003), ("tiktok", 400000, 0.01), ("youtube", 500000, 0.002), ("tiktok", 3000, 0.009)]):
    c = make_creator(f"vlow{i}", plat, f, er=0.001, video=True, view_rate=vr, seed=260 + i)
    emit(f"video_low_{i}", "Video creator whose views-based ER is far below the platform band (bought views).", c,
         [L("engagement_below_tier", True, f"views ER {vr:.1%} far below {plat} typical")])
above = [("instagram", 30000, 0.12, "IG 10-50k at 12%: 10x the band, Modash High is 2.6%"),
         ("instagram", 200000, 0.09, "IG 100-500k at 9%"),
         ("instagram", 1_200_000, 0.08, "IG >1M at 8%"),
         ("instagram", 70000, 0.10, "IG 50-100k at 10%"),
         ("instagram", 7000, 0.25, "IG 5-10k at 25%")]
for i, (plat, f, er, why) in enumerate(above):
    c = make_creator(f"upper{i}", plat, f, er=er, seed=280 + i)
    emit(f"er_above_{i}", "Engagement abnormally high for the tier (bought likes or engagement groups).", c,
         [L("engagement_above_tier", True, why), L("engagement_below_tier", False, "ER is high")])
notabove = [("instagram", 2000, 0.07, "IG 1-5k at 7%: high but inside Modash High 7.97%"),
            ("instagram", 30000, 0.022, "IG 10-50k at 2.2%: good, under Modash High 2.6%"),
            ("instagram", 800000, 0.02, "IG 500k-1M at 2.0%"),
            ("instagram", 8000, 0.03, "IG 5-10k at 3%: under High 3.54%"),
            ("tiktok", 50000, 0.09, "TikTok views ER 9%, inside the 5.3-9.2% band")]
for i, (plat, f, er, why) in enumerate(notabove):
    vid = plat == "tiktok"
    c = make_creator(f"good{i}", plat, f, er=er if not vid else 0.004, video=vid, view_rate=er if vid else None, seed=300 + i)
    emit(f"er_high_ok_{i}", "Strong but plausible engagement: must not be called abnormal.", c,
         [L("engagement_above_tier", False, why)])

# ---------------------------------------------------------------- comment/like ratio
for i, (clr, why) in enumerate([(0.0008, "0.08% comments per like: likes bought without comments"),
                                (0.001, "0.1% comments per like"), (0.6, "60% comments per like: comment pod or giveaway farming"),
                                (0.9, "90% comments per like"), (0.0005, "0.05% comments per like")]):
    c = make_creator(f"clr{i}", "instagram", 20000 + i * 5000, er=0.011, clr=clr, seed=320 + i)
    # give enough likes that the ratio is measurable
    emit(f"clr_outlier_{i}", "Comment/like ratio far outside what real audiences produce.", c,
         [L("comment_like_ratio_outlier", True, why)])
for i, (plat, clr, why) in enumerate([("instagram", 0.01, "1% comments per like is ordinary"), ("instagram", 0.08, "8% is chatty but normal"),
                                      ("bluesky", 0.15, "15% replies per like is normal conversation on Bluesky"),
                                      ("instagram", 0.02, "2%"), ("mastodon", 0.2, "20% replies per favourite on Mastodon is conversation")]):
    c = make_creator(f"clrok{i}", plat, 15000, er=0.012, clr=clr, seed=340 + i)
    emit(f"clr_ok_{i}", "Comment/like ratio inside the normal range (incl. conversational platforms).", c,
         [L("comment_like_ratio_outlier", False, why)])

# ---------------------------------------------------------------- flat engagement
for i in range(5):
    c = make_creator(f"flat{i}", "instagram", 20000 + 3000 * i, er=0.012, sigma=0.008 + 0.004 * i, n_posts=16, seed=360 + i)
    emit(f"flat_{i}", "Per-post engagement nearly identical over 16 posts (robust CV < 0.05): automated likes.", c,
         [L("flat_engagement", True, f"log-sigma {0.008 + 0.004 * i:.3f} gives a robust CV well under 0.05")])
for i, (n, sigma, why) in enumerate([(8, 0.01, "only 8 posts: too few to judge flatness (needs 12)"),
                                     (16, 0.15, "sigma 0.15: moderately consistent, still organic"),
                                     (20, 0.3, "typical variation"), (14, 0.12, "consistent creator, CV above 0.05"),
                                     (16, 0.5, "spiky engagement")]):
    c = make_creator(f"notflat{i}", "instagram", 18000, er=0.011, sigma=sigma, n_posts=n, seed=380 + i)
    emit(f"notflat_{i}", "Consistent but organic engagement, or too few posts.", c, [L("flat_engagement", False, why)])

# ---------------------------------------------------------------- follower spikes
def spike_snaps(c, base, per_day, spike_day=None, jump=0, seed=0, drop_day=None, drop=0, every=2, days=60, noise=0.15, round_vals=False):
    r = rnd(seed)
    acc = c["accounts"][0]
    snaps = []
    f = base
    for d in range(days, -1, -every):
        if d != days:
            f += int(per_day * every * (1 + r.gauss(0, noise)))
            if spike_day is not None and d == spike_day:
                f += jump
            if drop_day is not None and d == drop_day:
                f -= drop
        snaps.append({"account_id": acc["id"], "at": ts(d), "followers": f, "following": acc["following"], "posts_count": 400})
    c["snapshots"] = snaps
    for p in c["posts"]:  # engagement follows the final follower count
        p["likes"] = int(p["likes"] * f / base)
        p["comments"] = int(p["comments"] * f / base)
    acc["followers"] = f
    c["followers"] = f
    return c

spikes = [(20000, 30, 20, 9137, "+9,137 in two days against ~60 every two days, no viral post or giveaway near day 20"),
          (50000, 80, 30, 25000, "round +25,000 jump (plus noise) with nothing posted that explains it"),
          (4000, 8, 14, 3100, "nano account gains 3,100 overnight (+77%), posts are ordinary"),
          (900000, 600, 40, 60000, "mega +60,000 in two days, far over the ~5k/day ad-growth ceiling, no viral post"),
          (120000, 100, 10, 7013, "+7,013 vs ~200 per interval; all posts ordinary")]
for i, (base, per_day, day, jump, why) in enumerate(spikes):
    c = make_creator(f"spike{i}", "instagram", base, er=0.01, seed=400 + i)
    spike_snaps(c, base, per_day, day, jump, seed=410 + i)
    emit(f"spike_{i}", "Bought followers: an unexplained step in the follower series.", c,
         [L("follower_spike", True, why), L("follower_drop", False, "no drop")])
for i, (base, per_day, day, jump, kind) in enumerate([(20000, 30, 20, 9000, "viral"), (50000, 80, 30, 25000, "viral"),
                                                       (8000, 10, 16, 4000, "giveaway"), (120000, 100, 10, 7000, "viral"),
                                                       (30000, 40, 24, 6000, "press")]):
    c = make_creator(f"viral{i}", "instagram", base, er=0.01, seed=430 + i)
    spike_snaps(c, base, per_day, day, jump, seed=440 + i)
    # a post published just before the jump explains it
    target = None
    for p in c["posts"]:
        age = (NOW - datetime.datetime.strptime(p["published_at"], "%Y-%m-%dT%H:%M:%SZ")).days
        if day + 1 <= age <= day + 3:
            target = p; break
    if kind == "viral":
        target["likes"] *= 30; target["comments"] *= 25
        target["text"] = "This one blew up overnight, thank you all for sharing it!"
        why = "a post published right before the jump got ~30x the usual engagement: a legitimate viral spike"
    elif kind == "giveaway":
        # A giveaway brings followers by drawing entries: the post's own
        # engagement shows it.
        target["likes"] *= 6; target["comments"] *= 20
        target["text"] = "GIVEAWAY! Follow me and tag two friends to win a stand mixer"
        why = "a giveaway post right before the jump drew ~6x the usual engagement: measured reach explains the new followers"
    else:
        # Changed with the rule that only measured reach explains a jump:
        # the caption claims a TV feature, but the post drew ordinary
        # engagement, and words in a caption explain nothing.
        target["text"] = "So proud: I was featured on BBC Breakfast this morning! Welcome new friends"
        emit(f"viral_{i}", "A caption claims press, but no post reached beyond the usual audience: words explain nothing.", c,
             [L("follower_spike", True, "the 'TV feature' post drew ordinary engagement; nothing measured explains the jump")])
        continue
    emit(f"viral_{i}", "Legitimate spike explained by a viral post or a giveaway that drew entries: must NOT be follower_spike.", c,
         [L("follower_spike", False, why)])
for i, (base, per_day) in enumerate([(40000, 900), (10000, 5), (300000, 2500)]):
    c = make_creator(f"steady{i}", "instagram", base, er=0.01, seed=460 + i)
    spike_snaps(c, base, per_day, seed=470 + i, noise=0.25)
    emit(f"steady_{i}", "Fast or slow but steady growth, no step: not a spike.", c,
         [L("follower_spike", False, f"steady growth of ~{per_day}/day with noise, no step"), L("follower_drop", False, "no drop")])
drops = [(20000, 30, 20, 2200), (100000, 100, 30, 9000), (5000, 5, 12, 700), (60000, 50, 40, 6000), (400000, 300, 16, 30000)]
for i, (base, per_day, day, drop) in enumerate(drops):
    c = make_creator(f"drop{i}", "instagram", base, er=0.01, seed=480 + i)
    spike_snaps(c, base, per_day, drop_day=day, drop=drop, seed=490 + i)
    extra = []
    if i == 2:
        # Added after the first run (not a tuning change): the generator gave this
        # 4.6k Instagram account a 1.0% ER, which is under Modash's Low line (1.72%)
        # for 1-5k, so the engine is right to flag it.
        extra = [L("engagement_below_tier", True, "incidental: 1.0% ER for a 4.6k Instagram account is under Modash Low 1.72% (1-5k)")]
    emit(f"drop_{i}", "Sudden loss of followers: a platform purge of fake accounts is the usual cause.", c,
         [L("follower_drop", True, f"-{drop} in one interval against steady growth of ~{per_day}/day"), L("follower_spike", False, "drop, not a spike")] + extra)
for i, (base, per_day) in enumerate([(20000, -8), (8000, -2)]):
    c = make_creator(f"decline{i}", "instagram", base, er=0.01, seed=500 + i)
    spike_snaps(c, base, per_day, seed=505 + i, noise=0.3)
    emit(f"decline_{i}", "Slow steady decline (unfollows): not a drop event.", c,
         [L("follower_drop", False, "gradual decline, no single-interval drop")])

# ---------------------------------------------------------------- mass following
for i, (f, fol, why) in enumerate([(4945, 31769, "follows 31,769 vs 4,945 followers (follow-for-follow; bsky fixture)"),
                                   (3000, 7500, "follows 7,500, 2.5x its followers"),
                                   (12000, 9000, "follows 9,000, 0.75x its followers and far over 1,500"),
                                   (2000, 2400, "follows 2,400, above 1,500 and 1.2x followers"),
                                   (40000, 25000, "follows 25,000: automation")]):
    c = make_creator(f"massf{i}", "bluesky", f, following=fol, er=0.012, seed=520 + i)
    emit(f"mass_following_{i}", "Follows far more accounts than the 1,500 mass-follower line and a large share of its followers.", c,
         [L("mass_following", True, why)])
for i, (f, fol, why) in enumerate([(900, 1400, "follows 1,400: under HypeAuditor's 1,500 line"),
                                   (50000, 3000, "follows 3,000 but that is 6% of 50k followers"),
                                   (200000, 7500, "follows 7,500 vs 200k followers: ratio 0.04"),
                                   (5000, 1499, "1,499: just under the line"),
                                   (30000, 2000, "follows 2,000 vs 30k: ratio 0.07")]):
    c = make_creator(f"follok{i}", "bluesky", f, following=fol, er=0.012, seed=540 + i)
    emit(f"following_ok_{i}", "Following count normal for its size.", c, [L("mass_following", False, why)])

# ---------------------------------------------------------------- follower sample
def sample(n, susp_share, seed, lang="en", country="US", lang_share=1.0, country_share=1.0):
    r = rnd(seed)
    out = []
    for k in range(n):
        sus = r.random() < susp_share
        if sus:
            h = f"user{r.randint(10000000, 99999999)}"
            fs = {"id": f"f{seed}-{k}", "handle": h, "avatar_url": "", "followers": r.randint(0, 5),
                  "following": r.randint(1600, 7000), "posts_count": 0}
        else:
            h = r.choice(["anna", "marco", "lea", "tom", "sofia", "jules", "kai", "nina"]) + r.choice(["_runs", ".bakes", "dev", "art", "", "_m"]) + str(r.randint(0, 99) if r.random() < 0.3 else "")
            fs = {"id": f"f{seed}-{k}", "handle": h, "avatar_url": f"https://cdn.example/a/{k}.jpg" if r.random() > 0.15 else "",
                  "followers": int(math.exp(r.gauss(5, 1.5))), "following": int(math.exp(r.gauss(5.5, 1))), "posts_count": r.randint(0 if r.random() < 0.1 else 3, 900)}
        fs["language"] = lang if r.random() < lang_share else "pt"
        fs["country"] = country if r.random() < country_share else "BR"
        out.append(fs)
    return out
for i, (n, s) in enumerate([(300, 0.45), (400, 0.6), (300, 0.35), (200, 0.5), (350, 0.40)]):
    c = make_creator(f"fakeaud{i}", "bluesky", 15000, er=0.01, seed=560 + i)
    c["accounts"][0]["follower_sample"] = sample(n, s, 570 + i)
    emit(f"suspicious_sample_{i}", "Follower sample full of no-avatar, no-post, digit-handle mass followers.", c,
         [L("suspicious_followers", True, f"{s:.0%} of {n} sampled followers have 2+ bot signals")])
for i, (n, s, why) in enumerate([(300, 0.05, "5% suspicious is normal background"), (400, 0.08, "8%"),
                                 (30, 0.4, "only 30 sampled: too small to conclude (lower CI bound under threshold)"),
                                 (300, 0.10, "10%, under the 15% warn line"), (250, 0.0, "clean sample with many lurkers that lack avatars but post")]):
    c = make_creator(f"realaud{i}", "bluesky", 15000, er=0.01, seed=580 + i)
    c["accounts"][0]["follower_sample"] = sample(n, s, 590 + i)
    emit(f"real_sample_{i}", "Follower sample of real people (or too small to judge).", c, [L("suspicious_followers", False, why)])

# ---------------------------------------------------------------- replies: generic and pods
GENERIC = ["nice", "wow 🔥", "😍😍😍", "cool", "amazing!", "love it", "great pic", "👏👏", "🔥", "beautiful", "super", "top", "bravo", "@friend", "nice post"]
SUBST = ["what flour do you use for this one?", "the river path near the bridge is closed btw",
         "I tried this yesterday and the crust came out too dark, any tips?",
         "how long do you proof it in the fridge?", "we ran the same loop last week, the hill is brutal",
         "¿qué harina usas para esta masa?", "welche Schuhe trägst du da?", "ma quanto tempo la lasci lievitare?",
         "tu utilises quelle farine ?", "that light in the second photo is unreal, which lens?"]
def add_replies(c, per_post, generic_share, seed, pod=None, pod_share=0.0, fans=0):
    r = rnd(seed)
    pool = [f"u{seed}_{k}" for k in range(400)]
    for p in c["posts"][:12]:
        reps = []
        t0 = datetime.datetime.strptime(p["published_at"], "%Y-%m-%dT%H:%M:%SZ")
        n = per_post
        if pod:
            for k, a in enumerate(pod):
                reps.append({"author_id": a, "text": r.choice(["love this so much, great content", "this is so inspiring keep going", "amazing post, saved it for later", "wow great tips as always"]), "published_at": (t0 + datetime.timedelta(minutes=2 + k)).strftime("%Y-%m-%dT%H:%M:%SZ")})
            n = int(len(pod) * (1 - pod_share) / pod_share) if pod_share else per_post
        for k in range(fans):
            reps.append({"author_id": f"fan{seed}_{k}", "text": r.choice(SUBST), "published_at": (t0 + datetime.timedelta(hours=2 + k)).strftime("%Y-%m-%dT%H:%M:%SZ")})
        for k in range(n):
            txt = r.choice(GENERIC) if r.random() < generic_share else r.choice(SUBST)
            reps.append({"author_id": r.choice(pool), "text": txt, "published_at": (t0 + datetime.timedelta(hours=1 + r.random() * 30)).strftime("%Y-%m-%dT%H:%M:%SZ")})
        p["replies"] = reps
    return c
for i, g in enumerate([0.6, 0.75, 0.55, 0.9, 0.65]):
    c = add_replies(make_creator(f"generic{i}", "bluesky", 15000, er=0.012, clr=0.1, seed=600 + i), 10, g, 610 + i)
    emit(f"generic_{i}", "Most replies are emoji-only or one-word generic praise.", c,
         [L("generic_comments", True, f"{g:.0%} of replies generic (HypeAuditor alarm at 50%)"), L("engagement_pod", False, "commenters are varied")])
for i, g in enumerate([0.1, 0.2, 0.05, 0.25, 0.3]):
    c = add_replies(make_creator(f"subst{i}", "bluesky", 15000, er=0.012, clr=0.1, seed=620 + i, lang=["en", "es", "de", "it", "fr"][i]), 10, g, 630 + i)
    emit(f"substantive_{i}", "Mostly specific questions and comments (several languages): a real conversation.", c,
         [L("generic_comments", False, f"only {g:.0%} generic replies; 1-3 of 20 is normal"), L("engagement_pod", False, "varied commenters")])
for i, (size, share) in enumerate([(10, 0.7), (15, 0.6), (8, 0.8), (12, 0.55), (20, 0.65)]):
    pod = [f"pod{i}_{k}" for k in range(size)]
    c = add_replies(make_creator(f"pod{i}", "instagram", 18000, er=0.011, clr=0.05, seed=650 + i), 6, 0.1, 660 + i, pod=pod, pod_share=share)
    emit(f"pod_{i}", "The same small circle comments on every post within minutes with 3+ word template praise.", c,
         [L("engagement_pod", True, f"{size} accounts write ~{share:.0%} of all replies, on every post"), L("generic_comments", False, "pod comments are 3+ words, not generic one-worders")])
for i, fans in enumerate([3, 2, 4, 1, 3]):
    c = add_replies(make_creator(f"fans{i}", "instagram", 18000, er=0.011, clr=0.05, seed=680 + i), 12, 0.15, 690 + i, fans=fans)
    emit(f"loyal_fans_{i}", "A few loyal fans reply to most posts among many other commenters: community, not a pod.", c,
         [L("engagement_pod", False, f"{fans} regulars write under a quarter of replies"), L("generic_comments", False, "mostly substantive")])

# ---------------------------------------------------------------- disclosure
def spons_creator(cid, texts, region_lang="en", seed=0, links=None, paid=None, platform="instagram"):
    c = make_creator(cid, platform, 30000, er=0.01, seed=seed, lang=region_lang)
    for k, t in enumerate(texts):
        c["posts"][k]["text"] = t
        if links and links[k]:
            c["posts"][k]["links"] = links[k]
        if paid and paid[k]:
            c["posts"][k]["paid_partnership"] = True
    return c
undisclosed = [
  ("us", ["Morning routine with @glowco serum, use code GLOW20 for 20% off! amzn.to/3xYz"], None, "discount code + % off + amzn.to link, no disclosure"),
  ("us", ["shop my look https://www.amazon.com/dp/B000111?tag=lenastyle-20"], None, "Amazon Associates tag link with no disclosure"),
  ("us", ["Obsessed with this dress from @mayhouse, linked here", "Cozy fall outfit"], [["https://rstyle.me/+abc123"], None], "LTK/rewardStyle link, no disclosure"),
  ("uk", ["Loving my new trainers from @runfast! Use my code RUN15 for 15% off"], None, "UK: discount code, no label (CMA: codes alone are not sufficient)"),
  ("eu", ["Mi crema favorita de @solbeauty, usa mi código SOL10 para un 10% de descuento"], None, "Spanish: código + % descuento, no 'publicidad'"),
  ("eu", ["Meine neue Lieblingscreme von @hautnah, mit dem Code HAUT15 gibt es 15% Rabatt"], None, "German: Rabattcode, no 'Werbung'/'Anzeige'"),
]
for i, (region, texts, links, why) in enumerate(undisclosed):
    c = spons_creator(f"undis{i}", texts, seed=700 + i, links=links, region_lang={"us": "en", "uk": "en", "eu": ["es", "de"][i % 2]}[region])
    emit(f"undisclosed_{i}_{region}", "Likely sponsored (affiliate link or code) with no disclosure at all.", c,
         [L("undisclosed_sponsorship", True, why), L("weak_disclosure", False, "there is no disclosure, not a weak one")], region=region)
disclosed = [
  ("us", ["#ad Loving my new @glowco serum! Use code GLOW20 for 20% off"], None, None, "US: #ad at the start is clear"),
  ("us", ["Thanks to @acme for the free product! This blender changed my smoothie game"], None, None, "US: 'thanks to X for the free product' is enough per FTC Disclosures 101"),
  ("us", ["Sponsored by @trailco: my honest take on their new shoes, code TRAIL10 saves 10%"], None, None, "US: 'Sponsored' up front"),
  ("uk", ["Ad | My new trainers from @runfast, code RUN15 for 15% off"], None, None, "UK: 'Ad' at the start (ASA accepted label)"),
  ("uk", ["Comfiest hoodie from @knitco, code KNIT10"], None, [True], "UK: platform paid-partnership tool, which CMA accepts"),
  ("eu", ["Werbung | Mein neues Lieblingsserum von @hautnah, Code HAUT15"], None, None, "DE/EU: 'Werbung' at the start"),
  ("eu", ["Publicidad: mi crema favorita de @solbeauty, código SOL10"], None, None, "ES/EU: 'Publicidad' at the start"),
  ("us", ["I debugged this with code from the docs, ship it", "Enter the code from your email to log in, they said. It never arrived.", "My grandmother's Amazon review habit is legendary"], None, None, "no sponsorship at all: 'code' in programming/login context"),
  ("us", ["Finally read the new novel everyone talks about https://www.amazon.com/dp/B0CXYZ"], None, None, "plain Amazon product link without an affiliate tag: not a sponsorship signal"),
]
for i, (region, texts, links, paid, why) in enumerate(disclosed):
    lang = "de" if "Werbung" in texts[0] else ("es" if "Publicidad" in texts[0] else "en")
    c = spons_creator(f"discl{i}", texts, seed=720 + i, links=links, paid=paid, region_lang=lang)
    emit(f"disclosed_{i}_{region}", "Properly disclosed under the region's rules, or not sponsored at all.", c,
         [L("undisclosed_sponsorship", False, why), L("weak_disclosure", False, why)], region=region)
weak = [
  ("us", ["So good 😍 code GLOW20 #sp #skincare"], None, "US: #sp is named by the FTC as not clear"),
  ("us", ["New favourite bag @mayhouse, use code MAY10 #collab"], None, "US: #collab is vague"),
  ("uk", ["Thanks @glowco for the gifted serum! #gifted"], None, "UK: #gifted alone is ambiguous (CMA)"),
  ("uk", ["Sponsored: trying @trailco shoes, code TRAIL10"], None, "UK: 'sponsored' is risky per ASA; ad/advert required"),
  ("us", ["new in! use code GLOW20 #skincare #glow #beauty #selfcare #routine #ad"], None, "#ad buried in a trailing cluster of 5 hashtags"),
  ("us", ["Long story about my week, the hike, the rain, the bakery that sold out of croissants, the train that was late again, the friend who visited, the film we watched, the book I finished, and finally this: use code GLOW20 at @glowco #ad"], None, "#ad after the Instagram fold (~125 chars)"),
]
for i, (region, texts, links, why) in enumerate(weak):
    c = spons_creator(f"weak{i}", texts, seed=740 + i, links=links)
    emit(f"weak_{i}_{region}", "Sponsored and labelled, but with a label the region's rules call unclear, or buried.", c,
         [L("weak_disclosure", True, why), L("undisclosed_sponsorship", False, "there is a (weak) label")], region=region)
# US vs UK hard negatives for weak: same text clear in the US
c = spons_creator("usthanks", ["Thanks to @glowco for the free serum! Honest review below"], seed=760)
emit("weak_neg_us_thanks", "US: thanking the brand for a free product is an accepted disclosure.", c,
     [L("weak_disclosure", False, "FTC: 'Thanks to Acme brand for the free product' is often enough"), L("undisclosed_sponsorship", False, "disclosed")], region="us")
c = spons_creator("itadv", ["#adv La mia nuova crema preferita di @pelle, codice PELLE10 per il 10% di sconto"], seed=761, region_lang="it")
emit("weak_neg_it_adv", "Italian creator: #adv at the start is the IAP-accepted label.", c,
     [L("weak_disclosure", False, "#adv up front (Italian Digital Chart)"), L("undisclosed_sponsorship", False, "disclosed")], region="eu")

# ---------------------------------------------------------------- brand safety cases
# (category, expect, text, why, lang, extra) ; extra may carry labels / cw / sensitive
BS = [
 # adult
 ("adult", True, "new explicit porn video uploaded, link in bio for the full xxx scene", "explicit adult promotion", "en", {}),
 ("adult", True, "Spicy night, check my onlyfans for the nude set", "promotes nude content / OnlyFans", "en", {}),
 ("adult", True, "Just a normal day at the beach", "post carries the Bluesky 'porn' label", "en", {"labels": ["porn"]}),
 ("adult", True, "Nuevo vídeo porno en mi perfil, contenido explícito", "Spanish explicit porn promotion", "es", {}),
 ("adult", True, "Neue Nacktfotos im Link, nur für Erwachsene, explizit", "German nude photo promotion", "de", {}),
 ("adult", False, "Sex education matters: our school finally teaches consent and sexual health", "sex education: GARM low (educational)", "en", {}),
 ("adult", False, "Visited the museum: classical nude sculptures and the history of the Renaissance", "artistic nudity in a museum/history context", "en", {}),
 ("adult", False, "Sussex countryside walk, the essex border is close", "substring traps: 'Sussex', 'essex' contain 'sex'", "en", {}),
 ("adult", False, "Figure drawing class tonight", "post carries only the Bluesky 'nudity' label (artistic)", "en", {"labels": ["nudity"]}),
 ("adult", False, "Documental sobre la industria del porno y la explotación, según un informe de la ONU", "Spanish news/documentary context lowers it", "es", {}),
 # arms
 ("arms", True, "Ghost gun kits for sale, no serial, dm for prices", "sale of untraceable guns (floor/high)", "en", {}),
 ("arms", True, "Look at my new AR-15 and a crate of ammo, who wants to buy one, dm me", "glamorised weapon sale", "en", {}),
 ("arms", True, "Vendo pistola sin papeles, escríbeme por privado", "Spanish: selling an unregistered pistol", "es", {}),
 ("arms", True, "Waffen und Munition zu verkaufen, schreib mir", "German: weapons and ammo for sale", "de", {}),
 ("arms", True, "How to make a homemade gun at home, full tutorial", "instructions to make a gun", "en", {}),
 ("arms", False, "News: the city council debated a new gun control law today, according to the report", "news coverage of gun law", "en", {}),
 ("arms", False, "This app is a killer feature for photographers, shooting portraits all day", "'killer' and 'shooting' in photography sense", "en", {}),
 ("arms", False, "History of the musket: museum visit with the kids", "historical/educational", "en", {}),
 ("arms", False, "Secondo il rapporto, le armi da fuoco sequestrate sono aumentate", "Italian news report on seized firearms", "it", {}),
 ("arms", False, "Water pistol fight in the garden, the kids won", "toy water pistol", "en", {}),
 # crime
 ("crime", True, "Selling stolen credit card dumps, fresh cvv, dm for prices", "promoting fraud", "en", {}),
 ("crime", True, "How to steal a car in 30 seconds, easy money", "instructions for crime", "en", {}),
 ("crime", True, "Human trafficking pays, join our crew", "human trafficking promotion", "en", {}),
 ("crime", True, "Te enseño a clonar tarjetas de crédito, dinero fácil", "Spanish card cloning tutorial", "es", {}),
 ("crime", True, "Anleitung: wie man Kreditkarten klaut, schnelles Geld", "German: how to steal credit cards", "de", {}),
 ("crime", False, "Police said the fraud suspect was arrested, according to local news", "news report", "en", {}),
 ("crime", False, "Awareness week: how to protect yourself from credit card fraud and scams", "awareness/education", "en", {}),
 ("crime", False, "True crime podcast review: a documentary on the 1970s heist", "documentary/entertainment review", "en", {}),
 ("crime", False, "Stole the last croissant from my brother, no regrets", "playful everyday 'stole'", "en", {}),
 ("crime", False, "Reportage sur la traite des êtres humains, selon l'ONU", "French news report on trafficking", "fr", {}),
 # death_injury
 ("death_injury", True, "Graphic video of the crash, bodies everywhere, watch till the end", "graphic death content promoted", "en", {}),
 ("death_injury", True, "Street fight compilation, brutal knockout blood everywhere", "glorified violence/gore", "en", {}),
 ("death_injury", True, "Just posting this", "post carries Bluesky 'gore' label", "en", {"labels": ["gore"]}),
 ("death_injury", True, "Vídeo sin censura del accidente, cadáveres y sangre", "Spanish uncensored gore", "es", {}),
 ("death_injury", True, "Look what happened", "Bluesky 'graphic-media' label", "en", {"labels": ["graphic-media"]}),
 ("death_injury", False, "Remembrance Day: honouring those who died in the war, history lesson with my kids", "remembrance/education", "en", {}),
 ("death_injury", False, "That workout killed me, dead legs today", "figurative 'killed', 'dead'", "en", {}),
 ("death_injury", False, "According to the report, the earthquake death toll rose to 40", "news report", "en", {}),
 ("death_injury", False, "First aid course: how to treat a bleeding wound", "education", "en", {}),
 ("death_injury", False, "Nachrichten: Laut Bericht gab es bei dem Unfall zwei Verletzte", "German news", "de", {}),
 # piracy
 ("piracy", True, "Free download full movie cracked, torrent link in bio", "promotes piracy", "en", {}),
 ("piracy", True, "Get any game for free: cracked games and keygen, dm me", "cracked software", "en", {}),
 ("piracy", True, "Descarga gratis la película completa pirata, link en bio", "Spanish pirated movie", "es", {}),
 ("piracy", True, "Watch all the matches free on my illegal stream, iptv cheap dm", "illegal streams/IPTV", "en", {}),
 ("piracy", True, "Fake designer bags, replica Gucci 1:1, dm for prices", "counterfeits", "en", {}),
 ("piracy", False, "Pirates of the Caribbean rewatch, Jack Sparrow forever", "film title with 'pirates'", "en", {}),
 ("piracy", False, "News: the court fined a torrent site for copyright infringement, according to the ruling", "news", "en", {}),
 ("piracy", False, "Free download of my own e-book, my gift to you", "legitimate own free download", "en", {}),
 ("piracy", False, "Pirate-themed birthday party for my son", "pirate party", "en", {}),
 ("piracy", False, "Awareness: why counterfeit goods hurt small designers", "awareness", "en", {}),
 # hate
 ("hate", True, "Those people are vermin and subhuman, they should be wiped out", "dehumanising incitement", "en", {}),
 ("hate", True, "Sieg heil! white power forever 1488", "neo-nazi slogans", "en", {}),
 ("hate", True, "Heil Hitler, wir sind die Herrenrasse", "German nazi slogans", "de", {}),
 ("hate", True, "Gas the them all, white power", "white power incitement", "en", {}),
 ("hate", True, "Sono subumani, vanno sterminati", "Italian dehumanising incitement", "it", {}),
 ("hate", False, "History lesson: how the Nazis rose to power, and why 'never again' matters", "historical education", "en", {}),
 ("hate", False, "Documentary on the Holocaust at the museum, according to historians", "documentary/museum", "en", {}),
 ("hate", False, "I hate Mondays and I hate burnt toast", "everyday 'hate'", "en", {}),
 ("hate", False, "Anti-racism workshop this weekend, stand against hate", "anti-hate awareness", "en", {}),
 ("hate", False, "Reportaje sobre el auge de la extrema derecha, según el informe", "Spanish news", "es", {}),
 # profanity
 ("profanity", True, "What the fuck is this shit, fucking hell", "heavy profanity", "en", {}),
 ("profanity", True, "f*ck this sh1t, motherf*cker", "masked and leet profanity", "en", {}),
 ("profanity", True, "Joder, qué mierda, hostia puta", "Spanish profanity", "es", {}),
 ("profanity", True, "Scheiße, verdammte Scheiße, fick dich", "German profanity", "de", {}),
 ("profanity", True, "Putain de merde, fais chier, connard", "French profanity", "fr", {}),
 ("profanity", False, "Grass is green, assess the class, pass the glass", "'ass' substrings (go-away false positive)", "en", {}),
 ("profanity", False, "Scunthorpe United won on Saturday", "Scunthorpe problem", "en", {}),
 ("profanity", False, "Hit the bunker twice, classic golf day, cocktails after", "substring traps 'cock' in cocktails", "en", {}),
 ("profanity", False, "Lovely day, dang the rain though", "mild 'dang'", "en", {}),
 ("profanity", False, "Cazzola is a lovely village name", "'cazzo' substring in a place name", "it", {}),
 # drugs_alcohol
 ("drugs_alcohol", True, "Plug for weed, coke and molly, dm for prices, delivery", "selling illegal drugs", "en", {}),
 ("drugs_alcohol", True, "Get wasted tonight! shots shots shots, drink till you drop", "glamorising binge drinking", "en", {}),
 ("drugs_alcohol", True, "Vendo marihuana y cocaína, envío discreto", "Spanish drug sale", "es", {}),
 ("drugs_alcohol", True, "Verkaufe Gras und Koks, schreib mir privat", "German drug sale", "de", {}),
 ("drugs_alcohol", True, "Best vape juice flavours for teens, buy now", "vaping promotion to minors", "en", {}),
 ("drugs_alcohol", False, "Addiction recovery: one year sober today, say no to drugs", "recovery/awareness", "en", {}),
 ("drugs_alcohol", False, "Glass of wine with dinner, cheers", "moderate adult alcohol: low at most", "en", {}),
 ("drugs_alcohol", False, "According to the report, police seized 2 tons of cocaine", "news", "en", {}),
 ("drugs_alcohol", False, "Coke zero and popcorn, movie night", "'coke' as cola brand context", "en", {}),
 ("drugs_alcohol", False, "Campaña de prevención de drogas en el instituto", "Spanish prevention campaign", "es", {}),
 # spam
 ("spam", True, "Click here to claim your free iPhone, enter your password to verify your account", "phishing", "en", {}),
 ("spam", True, "Double your bitcoin in 24h guaranteed, send BTC to this wallet", "crypto doubling scam", "en", {}),
 ("spam", True, "Make $5000 a day from home, guaranteed income, dm me", "get-rich-quick spam", "en", {}),
 ("spam", True, "Free followers and likes, buy 10k followers cheap", "selling fake followers (16 CFR 465.8)", "en", {}),
 ("spam", True, "Gana 5000 euros al día desde casa, ingresos garantizados", "Spanish get-rich-quick spam", "es", {}),
 ("spam", False, "Awareness: how to spot a phishing email, never share your password", "security awareness", "en", {}),
 ("spam", False, "Bitcoin price fell today, according to news reports", "news", "en", {}),
 ("spam", False, "Thanks for 10k followers, you are the best", "milestone thanks", "en", {}),
 ("spam", False, "I claimed my free coffee with the loyalty card", "'free' and 'claim' everyday", "en", {}),
 ("spam", False, "Mi charla sobre estafas online y cómo evitarlas, prevención", "Spanish scam-prevention talk", "es", {}),
 # terrorism
 ("terrorism", True, "Join the jihad, pledge allegiance to isis, martyrdom awaits", "terrorist recruitment", "en", {}),
 ("terrorism", True, "How to make a pipe bomb, step by step", "bomb-making instructions", "en", {}),
 ("terrorism", True, "Únete a la yihad, ISIS te espera", "Spanish recruitment", "es", {}),
 ("terrorism", True, "Glory to the attackers, more bombings soon, join us", "glorifying terror attacks", "en", {}),
 ("terrorism", True, "Schließt euch dem Dschihad an, Anschlag bald", "German recruitment", "de", {}),
 ("terrorism", False, "News: according to officials, the terror suspect was convicted", "news", "en", {}),
 ("terrorism", False, "Documentary about 9/11 and the victims, history lesson", "documentary/history", "en", {}),
 ("terrorism", False, "That bath bomb was the bomb", "figurative bomb", "en", {}),
 ("terrorism", False, "Prevention of radicalisation: our school program", "prevention education", "en", {}),
 ("terrorism", False, "Secondo il rapporto, l'ISIS ha perso territori", "Italian news", "it", {}),
 # sensitive_issues
 ("sensitive_issues", True, "Abortion is murder, burn the clinics", "inflammatory incitement on a debated issue", "en", {}),
 ("sensitive_issues", True, "Immigrants are invaders, send them all back, deport them all now", "inflammatory anti-immigrant rhetoric", "en", {}),
 ("sensitive_issues", True, "Los inmigrantes son invasores, deportación masiva ya", "Spanish inflammatory rhetoric", "es", {}),
 ("sensitive_issues", True, "Trans people are a disease, ban them all", "anti-LGBTQ+ incitement", "en", {}),
 ("sensitive_issues", True, "Die Einwanderer sind Invasoren, alle abschieben", "German inflammatory rhetoric", "de", {}),
 ("sensitive_issues", False, "Panel on immigration policy at the university, according to researchers", "academic discussion", "en", {}),
 ("sensitive_issues", False, "Pride month: proud of my trans friends", "supportive LGBTQ+ post", "en", {}),
 ("sensitive_issues", False, "News: the parliament voted on the abortion bill today", "news", "en", {}),
 ("sensitive_issues", False, "My grandparents were immigrants, here is their story", "personal history", "en", {}),
 ("sensitive_issues", False, "Débat sur l'immigration, selon le rapport officiel", "French news/debate", "fr", {}),
 # misinformation
 ("misinformation", True, "Vaccines cause autism, the government is hiding it, share before they delete", "health misinformation", "en", {}),
 ("misinformation", True, "5G spreads covid, destroy the towers", "5G conspiracy with harm", "en", {}),
 ("misinformation", True, "The earth is flat and NASA lies, wake up sheeple", "conspiracy", "en", {}),
 ("misinformation", True, "Las vacunas causan autismo, compártelo antes de que lo borren", "Spanish vaccine misinformation", "es", {}),
 ("misinformation", True, "Drink bleach to cure covid, miracle mineral solution works", "harmful fake cure", "en", {}),
 ("misinformation", False, "Fact check: no, vaccines do not cause autism, according to the studies", "fact-check/debunk", "en", {}),
 ("misinformation", False, "Got my flu vaccine today, arm a bit sore", "normal vaccine mention", "en", {}),
 ("misinformation", False, "5G speed test on my new phone, wow", "normal 5G mention", "en", {}),
 ("misinformation", False, "Documentary on flat earth believers, why conspiracy theories spread, research", "documentary about misinformation", "en", {}),
 ("misinformation", False, "Faktencheck: Impfungen verursachen keinen Autismus, laut Studien", "German fact check", "de", {}),
]
CATS = ["adult", "arms", "crime", "death_injury", "piracy", "hate", "profanity", "drugs_alcohol", "spam", "terrorism", "sensitive_issues", "misinformation"]
# pack cases: each creator gets one case from each of 3 different categories
by_cat = {k: [c for c in BS if c[0] == k] for k in CATS}
packs = []
for j in range(10):
    # category offsets make every creator carry 3 distinct categories
    for g in range(4):
        cats = [CATS[(g * 3 + t) % 12] for t in range(3)]
        packs.append([by_cat[k][j] for k in cats])
for n, pack in enumerate(packs):
    lang = pack[0][4]
    c = make_creator(f"bs{n:02d}", "bluesky", 20000, er=0.012, lang=lang if lang in CLEAN_TEXT else "en", seed=800 + n)
    labels = []
    for k, (cat, expect, text, why, plang, extra) in enumerate(pack):
        p = c["posts"][k * 3 + 1]
        p["text"] = text
        p["language"] = plang
        for key, v in extra.items():
            p[key] = v
        labels.append(L("brand_safety:" + cat, expect, why))
    emit(f"brand_safety_{n:02d}", "Clean creator with one post in each of three GARM categories (risky or a hard negative).", c, labels)

# ineligible (confirmed floor) and floor candidates
inel = [
  (["Ghost gun kits for sale, no serial, dm for prices", "More ghost gun kits in stock, untraceable, dm"], None, "two posts selling untraceable guns: confirmed floor"),
  (["Join the jihad, pledge allegiance to isis", "How to make a pipe bomb, step by step"], None, "terrorist recruitment and bomb instructions"),
  (["Just sharing"], [["!hide"]], "platform moderators applied !hide to a post"),
  (["Plug for coke and molly, dm for prices, delivery", "Fresh batch of meth, dm for prices"], None, "two drug-sale posts"),
  (["new explicit porn video, link in bio", "full xxx scene uploaded, explicit porn"], None, "repeated explicit porn promotion"),
]
for i, (texts, labs, why) in enumerate(inel):
    c = make_creator(f"floor{i}", "bluesky", 15000, er=0.012, seed=900 + i)
    for k, t in enumerate(texts):
        c["posts"][k * 2]["text"] = t
        if labs and labs[k]:
            c["posts"][k * 2]["labels"] = labs[k]
    emit(f"ineligible_{i}", "Confirmed brand-safety floor hit: ineligible for any brand.", c,
         [L("ineligible", True, why)] + [L(f, True, "category of the floor hit") for f in {0: ["brand_safety:arms"], 1: ["brand_safety:terrorism"], 2: [], 3: ["brand_safety:drugs_alcohol"], 4: ["brand_safety:adult"]}[i]])
notinel = [
  (["Ghost gun kits for sale, dm for prices"], "a single lexicon floor candidate needs human review, it is not confirmed", ["brand_safety:arms"]),
  (["News: police seized ghost guns, according to the report", "Documentary on terrorism and radicalisation, history"], "news/documentary mentions are not floor", []),
  (["Art nude study"], "'nudity' label only: low", []),
  (["Glass of wine and a cigar on my birthday"], "adult legal alcohol/tobacco: low", []),
  (["What the fuck, this shit is fucking great"], "profanity is high at most, never floor", ["brand_safety:profanity"]),
]
for i, (texts, why, extra) in enumerate(notinel):
    c = make_creator(f"nofloor{i}", "bluesky", 15000, er=0.012, seed=920 + i)
    for k, t in enumerate(texts):
        c["posts"][k * 2]["text"] = t
    if i == 2:
        c["posts"][0]["labels"] = ["nudity"]
    emit(f"not_ineligible_{i}", "Risky-looking but not a confirmed floor hit.", c,
         [L("ineligible", False, why)] + [L(f, True, "the category is still flagged at its level") for f in extra])

# ---------------------------------------------------------------- unsuitable (brief-scoped)
base_brief = {"name": "Sourdough launch", "keywords": ["sourdough", "bread", "baking"], "languages": ["en"], "countries": ["US", "GB"],
              "platforms": ["instagram", "bluesky"], "min_followers": 5000, "max_followers": 100000, "min_engagement_rate": 0.005,
              "brand_safety": "standard", "disclosure_region": "us"}
bake_en = ["Sourdough bake day: open crumb at last", "My bread baking schedule for busy weeks", "Baking rye sourdough with seeds", "Why I feed my starter twice a day"]
bake_es = ["Día de masa madre: miga abierta por fin", "Horneando pan de centeno", "Mi horario para hornear pan"]
def bake(cid, **kw):
    kw.setdefault("texts", bake_en)
    return make_creator(cid, **kw)
uns = [
  ("lang", dict(platform="instagram", followers=20000, lang="es", country="US", texts=bake_es, seed=1000), "posts are in Spanish; brief wants English"),
  ("country", dict(platform="instagram", followers=20000, country="DE", seed=1001), "creator is in Germany; brief wants US/GB"),
  ("platform", dict(platform="youtube", followers=20000, country="US", seed=1002), "YouTube only; brief wants Instagram or Bluesky"),
  ("followers", dict(platform="instagram", followers=900000, country="US", seed=1003), "900k followers, over the 100k maximum"),
  ("er", dict(platform="instagram", followers=20000, er=0.002, country="US", seed=1004), "ER 0.2% under the brief's 0.5% minimum"),
  ("safety", dict(platform="instagram", followers=20000, country="US", seed=1005), "a post selling drugs exceeds the standard preset"),
]
for i, (kind, kw, why) in enumerate(uns):
    c = bake(f"uns{i}", **kw)
    if kind == "safety":
        c["posts"][2]["text"] = "Plug for weed and coke, dm for prices"
    lab = [L("unsuitable", True, why)]
    if kind == "safety":
        lab.append(L("brand_safety:drugs_alcohol", True, "drug sale post"))
    if kind == "er":
        lab.append(L("engagement_below_tier", True, "0.2% is under Modash Low 0.39% for 10-50k"))
    emit(f"unsuitable_{kind}", "Fails a hard constraint of the brief.", c, lab, brief=base_brief)
suit = [
  (dict(platform="instagram", followers=20000, country="US", seed=1010), "English US baker on Instagram inside every constraint"),
  (dict(platform="bluesky", followers=60000, country="GB", seed=1011), "GB baker on Bluesky inside every constraint"),
  (dict(platform="instagram", followers=8000, er=0.02, country=None, seed=1012), "country unknown: not a gate (fit is scored neutral and says so)"),
  (dict(platform="instagram", followers=30000, country="US", seed=1013), "a wine-with-dinner post is low level, under the standard preset"),
  (dict(platform="instagram", followers=45000, country="US", seed=1014), "news mention of a drug bust is lowered by context"),
]
for i, (kw, why) in enumerate(suit):
    c = bake(f"suit{i}", **kw)
    if i == 3:
        c["posts"][2]["text"] = "Sourdough and a glass of wine with dinner"
    if i == 4:
        c["posts"][2]["text"] = "According to the report, police seized 2 tons of cocaine near the bakery district"
    emit(f"suitable_{i}", "Meets every hard constraint of the brief.", c, [L("unsuitable", False, why)], brief=base_brief)

# ---------------------------------------------------------------- write
for f in glob.glob("*.json"):
    os.remove(f)
for name, d in sorted(OUT.items()):
    with open(name + ".json", "w") as fh:
        json.dump(d, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
print(len(OUT), "files")
