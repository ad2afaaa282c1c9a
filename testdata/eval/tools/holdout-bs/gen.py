#!/usr/bin/env python3
"""Generator of the blind holdout batch for brand safety, disclosure and briefs.

Every case's key posts, bio and labels are written by hand in the case files
(cases_*.py). This script only wraps them into scout.Creator JSON: it mixes
in hand-written ordinary posts (fillers.py) for the creator's language, lays
the posts out over the six months before the evaluation clock, gives them
counts of a healthy account of the creator's platform and size, and adds a
smooth follower series. Deterministic: same input, same files.

    python3 testdata/eval/tools/holdout-bs/gen.py   # writes testdata/eval/holdout/hb-*.json
"""
import base64, datetime as dt, hashlib, json, math, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "holdout"))

CATS = ["adult", "arms", "crime", "death_injury", "piracy", "hate", "profanity",
        "drugs_alcohol", "spam", "terrorism", "sensitive_issues", "misinformation"]
FLAGS = ["engagement_below_tier", "engagement_above_tier", "comment_like_ratio_outlier",
         "flat_engagement", "follower_spike", "follower_drop", "mass_following",
         "suspicious_followers", "generic_comments", "engagement_pod",
         "undisclosed_sponsorship", "weak_disclosure", "ineligible", "unsuitable"]
LEVELS = ["none", "low", "medium", "high", "floor"]
CLOCK = dt.datetime(2026, 12, 1, tzinfo=dt.timezone.utc)
COUNTRY = {"en": {"us": "US", "uk": "GB"}, "es": "ES", "de": "DE", "fr": "FR", "it": "IT", "pt": "PT"}


class P:
    """One hand-written post with optional platform signals."""
    def __init__(self, text, title="", paid=False, links=None, labels=None, cw="",
                 sensitive=False, kind="", lang="", pinned=False, boost=1.0):
        self.text, self.title, self.paid = text, title, paid
        self.links, self.labels, self.cw = links or [], labels or [], cw
        self.sensitive, self.kind, self.lang, self.pinned = sensitive, kind, lang, pinned
        self.boost = boost


CASES = []


def case(lang, region, platform, name, handle, bio, followers, classes, why, posts,
         garm=None, flags=None, fill=None, brief=None, country=None, links=None,
         following=None, theme="life", seed=None):
    CASES.append(dict(lang=lang, region=region, platform=platform, name=name, handle=handle,
                      bio=bio, followers=followers, classes=classes.split(), why=why,
                      posts=[p if isinstance(p, P) else P(p) for p in posts],
                      garm=garm or {}, flags=flags or {}, fill=fill, brief=brief,
                      country=country, links=links or [], following=following, theme=theme))


def creator_id(account_id):
    s = hashlib.sha256(account_id.encode()).digest()[:10]
    return "c" + base64.b32encode(s).decode().rstrip("=").lower()


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def slug(s, n=6):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return "-".join(s.split("-")[:n]) or "post"


B32 = "abcdefghijklmnopqrstuvwxyz234567"


def account_of(c, rng):
    pf, h = c["platform"], c["handle"]
    if pf == "instagram":
        sid = str(rng.randrange(10**9, 6 * 10**10))
        return "instagram:" + sid, f"https://www.instagram.com/{h}/"
    if pf == "tiktok":
        sid = str(rng.randrange(6 * 10**18, 7 * 10**18))
        return "tiktok:" + sid, f"https://www.tiktok.com/@{h}"
    if pf == "youtube":
        cid = "UC" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(22))
        return "youtube:" + cid, f"https://www.youtube.com/channel/{cid}"
    if pf == "bluesky":
        did = "did:plc:" + "".join(rng.choice(B32) for _ in range(24))
        return "bluesky:" + did, f"https://bsky.app/profile/{h}"
    if pf == "mastodon":
        user, server = h.split("@")
        return f"mastodon:https://{server}/users/{user}", f"https://{server}/@{user}"
    if pf == "threads":
        return f"threads:https://www.threads.net/ap/users/{h}/", f"https://www.threads.net/@{h}"
    if pf == "twitch":
        sid = str(rng.randrange(10**7, 10**9))
        return "twitch:" + sid, f"https://www.twitch.tv/{h}"
    if pf == "web":
        return f"web:https://{h}/", f"https://{h}/"
    raise ValueError(pf)


def base_rate(pf, f):
    """Typical likes per follower of a healthy account on the platform."""
    if pf == "instagram":
        return 0.05 if f < 10_000 else 0.03 if f < 50_000 else 0.018 if f < 500_000 else 0.012 if f < 1_000_000 else 0.009
    if pf == "tiktok":
        return 0.08 if f < 10_000 else 0.06 if f < 50_000 else 0.045 if f < 500_000 else 0.035
    if pf in ("bluesky", "threads"):
        return 0.035 if f < 10_000 else 0.025 if f < 50_000 else 0.015
    if pf == "mastodon":
        return 0.03 if f < 10_000 else 0.018
    return 0.0


def post_counts(pf, f, kind, rng, boost):
    n = lambda x: max(0, int(round(x)))
    ln = math.exp(rng.gauss(0, 0.33)) * boost
    if pf == "web":
        return None, None, None, None
    if pf == "youtube":
        views = f * 0.18 * ln
        likes = views * rng.uniform(0.028, 0.05)
        return n(likes), n(likes * rng.uniform(0.03, 0.09)), None, n(views)
    if pf == "twitch":
        views = f * 0.06 * ln
        return None, None, None, n(views)
    likes = f * base_rate(pf, f) * ln
    if pf == "instagram":
        com = likes * rng.uniform(0.015, 0.05)
        views = n(likes * rng.uniform(12, 22)) if kind == "video" else None
        return n(likes), n(com), None, views
    if pf == "tiktok":
        views = likes * rng.uniform(8, 14)
        return n(likes), n(likes * rng.uniform(0.01, 0.03)), n(likes * rng.uniform(0.01, 0.05)), n(views)
    if pf in ("bluesky", "threads", "mastodon"):
        return n(likes), n(likes * rng.uniform(0.06, 0.2)), n(likes * rng.uniform(0.08, 0.25)), None
    raise ValueError(pf)


def default_kind(pf, rng):
    return {"instagram": rng.choice(["image", "image", "video"]), "tiktok": "video",
            "youtube": "video", "twitch": "video", "web": "article"}.get(pf, "text")


def post_url(pf, acc_url, acc_id, text, title, rng, when):
    if pf == "instagram":
        code = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") for _ in range(11))
        return "instagram:" + code, f"https://www.instagram.com/p/{code}/"
    if pf == "tiktok":
        vid = str(rng.randrange(7 * 10**18, 8 * 10**18))
        return "tiktok:" + vid, acc_url + "/video/" + vid
    if pf == "youtube":
        vid = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return "youtube:" + vid, "https://www.youtube.com/watch?v=" + vid
    if pf == "bluesky":
        rk = "3l" + "".join(rng.choice(B32) for _ in range(11))
        did = acc_id.split(":", 1)[1]
        return f"bluesky:at://{did}/app.bsky.feed.post/{rk}", acc_url + "/post/" + rk
    if pf == "mastodon":
        sid = str(rng.randrange(10**17, 2 * 10**17))
        return f"{acc_id}/statuses/{sid}", acc_url + "/" + sid
    if pf == "threads":
        code = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(11))
        return f"threads:https://www.threads.net/ap/posts/{code}", acc_url + "/post/" + code
    if pf == "twitch":
        vid = str(rng.randrange(2 * 10**9, 3 * 10**9))
        return "twitch:v" + vid, f"https://www.twitch.tv/videos/{vid}"
    if pf == "web":
        u = f"{acc_url}{when.year}/{when.month:02d}/{slug(title or text)}/"
        return "web:" + u, u
    raise ValueError(pf)


def build(i, c, fillers):
    cid = "hb-%04d" % i
    rng = random.Random(cid)
    pf, lang, f = c["platform"], c["lang"], c["followers"]
    acc_id, acc_url = account_of(c, rng)
    cr_id = creator_id(acc_id)
    asof = CLOCK - dt.timedelta(days=rng.randint(2, 10), hours=rng.randint(0, 23), minutes=rng.randint(0, 59))
    # posts: the key posts spread among ordinary ones of the same language
    keys = c["posts"]
    nfill = c["fill"] if c["fill"] is not None else max(0, rng.randint(10, 15) - len(keys))
    pool = list(fillers(lang, c["theme"]))
    rng.shuffle(pool)
    fill = [P(t) for t in pool[:nfill]]
    posts = fill[:]
    for k in keys:
        posts.insert(rng.randint(0, len(posts)), k)
    n = len(posts)
    assert 8 <= n <= 30, (cid, n)
    span = 165 * 86400
    offs = sorted(rng.uniform(0.3 * 86400, span) for _ in range(n))
    out = []
    for p, off in zip(posts, offs):
        when = asof - dt.timedelta(seconds=off)
        kind = p.kind or default_kind(pf, rng)
        likes, com, shares, views = post_counts(pf, f, kind, rng, p.boost)
        pid, purl = post_url(pf, acc_url, acc_id, p.text, p.title, rng, when)
        title = p.title
        if pf in ("youtube", "web") and not title:
            title = p.text.split(". ")[0][:90].rstrip(".")
        d = {"id": pid, "account_id": acc_id, "url": purl, "published_at": iso(when)}
        if title:
            d["title"] = title
        d.update({"text": p.text, "likes": likes, "comments": com, "shares": shares, "views": views,
                  "pinned": p.pinned, "media_kind": kind})
        if kind == "video" and pf in ("youtube", "tiktok", "instagram", "twitch"):
            d["duration_seconds"] = rng.randint(15, 60) if pf in ("tiktok", "instagram") else rng.randint(240, 1500)
        links = list(p.links) + [u for u in re.findall(r"https?://[^\s)]+", p.text) if u not in p.links]
        if links:
            d["links"] = links
        if p.labels:
            d["labels"] = p.labels
        if p.sensitive:
            d["sensitive"] = True
        if p.cw:
            d["content_warning"] = p.cw
        if p.paid:
            d["paid_partnership"] = True
        d["language"] = p.lang or lang
        out.append(d)
    # offsets grow from data_as_of backwards, so out is already newest first
    # account and snapshots
    known = pf != "web"
    following = c["following"] if c["following"] is not None else (rng.randint(150, 1400) if f < 200_000 else rng.randint(200, 900))
    pcount = n + rng.randint(80, 1500)
    monthly = rng.uniform(0.004, 0.025)
    snaps = []
    first = asof - dt.timedelta(days=168 + rng.randint(0, 6))
    k = 7
    for j in range(k + 1):
        at = first + (asof - first) * j / k
        if j not in (0, k):
            at += dt.timedelta(hours=rng.randint(-30, 30))
        months_back = (asof - at).days / 30.0
        fol = int(round(f / ((1 + monthly) ** months_back) * (1 + rng.uniform(-0.0015, 0.0015)))) if j != k else f
        snaps.append({"account_id": acc_id, "at": iso(at),
                      "followers": fol if known else None,
                      "following": (following - rng.randint(0, 12) * (k - j) // k) if known else None,
                      "posts_count": (pcount - (k - j) * max(1, n // k)) if known else None})
    display = c["name"]
    acc = {"id": acc_id, "creator_id": cr_id, "platform": pf, "handle": c["handle"], "url": acc_url,
           "display_name": display, "bio": c["bio"], "links": c["links"],
           "followers": f if known else None, "following": following if known else None,
           "posts_count": pcount if known else None}
    if pf == "web":
        acc["feed_url"] = acc_url + "feed/"
    acc["data_as_of"] = iso(asof)
    acc["language"] = lang
    country = c["country"] or (COUNTRY[lang][c["region"]] if lang == "en" else COUNTRY[lang])
    creator = {"id": cr_id, "name": display, "accounts": [acc], "bio": c["bio"], "links": c["links"],
               "language": lang, "country": country, "followers": f if known else None,
               "engagement": {}, "scores": {}, "flags": [], "data_as_of": iso(asof),
               "created_at": snaps[0]["at"], "updated_at": iso(asof), "posts": out, "snapshots": snaps}
    # labels
    garm = {k: "none" for k in CATS}
    for k, v in c["garm"].items():
        assert k in CATS and v in LEVELS, (cid, k, v)
        garm[k] = v
    flags = {k: False for k in FLAGS}
    flags["ineligible"] = any(v == "floor" for v in garm.values())
    for k, v in c["flags"].items():
        assert k in FLAGS, (cid, k)
        flags[k] = v
    if c["brief"] is None:
        assert not flags["unsuitable"], cid
    for k in CATS:
        flags["brand_safety:" + k] = LEVELS.index(garm[k]) >= 2
    classes = list(c["classes"])
    for t in CATS + FLAGS:
        pos = garm[t] in ("medium", "high", "floor") if t in CATS else flags[t]
        hn = any(x.startswith("hard_negative:" + t + ":") or x == "hard_negative:" + t for x in classes)
        assert not (pos and hn), (cid, t, "positive and hard negative at once")
        if pos and not any(x.startswith("positive:" + t + ":") for x in classes):
            classes.append("positive:%s:%s" % (t, "secondary" if t != "ineligible" else "floor_content"))
        if not pos:
            assert not any(x.startswith("positive:" + t + ":") for x in classes), (cid, t, "positive class without label")
    brief = c["brief"]
    if brief is not None:
        brief = dict(brief)
    return {"id": cid, "batch": "holdout", "language": lang, "region": c["region"], "classes": classes,
            "why": c["why"], "brief": brief, "creator": creator,
            "labels": {"flags": flags, "garm": garm}}


def main():
    import fillers
    import importlib
    for name in sorted(os.listdir(HERE)):
        if name.startswith("cases_") and name.endswith(".py"):
            importlib.import_module(name[:-3])
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.startswith("hb-") and old.endswith(".json"):
            os.remove(os.path.join(OUT, old))
    langs = {}
    for i, c in enumerate(CASES, 1):
        d = build(i, c, fillers.pool)
        langs[d["language"]] = langs.get(d["language"], 0) + 1
        with open(os.path.join(OUT, d["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print(len(CASES), "cases", dict(sorted(langs.items())))


if __name__ == "__main__":
    sys.modules["gen"] = sys.modules["__main__"]
    main()
