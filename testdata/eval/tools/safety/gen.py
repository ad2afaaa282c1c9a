#!/usr/bin/env python3
"""Builds the brand-safety evaluation cases (bs-*) from the case lists.

    python3 testdata/eval/tools/gen.py validation
    python3 testdata/eval/tools/gen.py dev

The case lists (cases_validation.py, cases_dev.py) hold what defines each
case: the persona, the posts that make or break it, the risk levels, the
flags and the brief. This file only fills in what is neutral: everyday posts
drawn from the pools in pools.py, ids, dates, replies, follower samples,
snapshots and engagement numbers around ordinary values for the platform and
the follower count. Every case is seeded from its id, so the output is the
same on every run.
"""
import base64
import hashlib
import json
import math
import os
import random
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

CLOCK = datetime(2026, 12, 1, tzinfo=timezone.utc)
WINDOW_START = CLOCK - timedelta(days=182)

GARM = ["adult", "arms", "crime", "death_injury", "piracy", "hate", "profanity",
        "drugs_alcohol", "spam", "terrorism", "sensitive_issues", "misinformation"]
AUTH_FLAGS = ["engagement_below_tier", "engagement_above_tier", "comment_like_ratio_outlier",
              "flat_engagement", "follower_spike", "follower_drop", "mass_following",
              "suspicious_followers", "generic_comments", "engagement_pod",
              "undisclosed_sponsorship", "weak_disclosure", "ineligible", "unsuitable"]
LEVEL_RANK = {"none": 0, "low": 1, "medium": 2, "high": 3, "floor": 4}

REGION_OF = {"US": "us", "GB": "uk", "IE": "eu", "CA": "us", "AU": "uk"}


# ---------------------------------------------------------------- case DSL

class P:
    """One hand-written post of a case."""

    def __init__(self, text, title=None, labels=None, cw=None, sens=False, kind=None,
                 replies=None, links=None, lang=None, pinned=False, pp=False, days=None,
                 boost=1.0, acct=0):
        self.text, self.title, self.labels, self.cw, self.sens = text, title, labels, cw, sens
        self.kind, self.replies, self.links, self.lang, self.pinned = kind, replies, links, lang, pinned
        self.pp, self.days, self.boost, self.acct = pp, days, boost, acct


def case(n, lang, platform, niche, name, handle, bio, country, followers, posts,
         garm=None, classes=None, why="", brief=None, unsuitable=None, ineligible=None,
         flags=None, fill=None, location="", links=None, extra=None, following=None,
         region=None, er=1.0):
    """A case. garm lists the categories above none; flags lists extra true flags."""
    return dict(n=n, lang=lang, platform=platform, niche=niche, name=name, handle=handle,
                bio=bio, country=country, followers=followers, posts=posts, garm=garm or {},
                classes=classes or [], why=why, brief=brief, unsuitable=unsuitable,
                ineligible=ineligible, flags=flags or [], fill=fill, location=location,
                links=links, extra=extra or [], following=following, region=region, er=er)


def acct(platform, handle, followers, posts, name=None, bio=None, links=None):
    """A second account of a creator (posts are P objects)."""
    return dict(platform=platform, handle=handle, followers=followers, posts=posts,
                name=name, bio=bio, links=links)


# ---------------------------------------------------------------- helpers

def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def creator_id(account_id):
    s = hashlib.sha256(account_id.encode()).digest()[:10]
    return "c" + base64.b32encode(s).decode().rstrip("=").lower()


B32 = "abcdefghijklmnopqrstuvwxyz234567"
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng, n):
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def lognorm(rng, median, sigma):
    return median * math.exp(rng.gauss(0, sigma))


def round_sig(x, sig=3):
    if x < 10000:
        return int(x)
    p = 10 ** (int(math.log10(x)) - sig + 1)
    return int(round(x / p) * p)


# ---------------------------------------------------------------- platform numbers

def ig_er(f):
    # typical (median) follower ER on Instagram by band, inside the published "average" bands
    for lim, er in [(1000, 0.07), (5000, 0.039), (10000, 0.0145), (50000, 0.0098),
                    (100000, 0.0088), (500000, 0.0100), (1000000, 0.0100)]:
        if f < lim:
            return er
    return 0.0115


def yt_view_frac(f):
    for lim, v in [(5000, 0.40), (10000, 0.18), (50000, 0.10), (100000, 0.07),
                   (500000, 0.055), (1000000, 0.045)]:
        if f < lim:
            return v
    return 0.035


def social_er(f):
    # Bluesky / Mastodon: likes per follower on an ordinary post
    for lim, er in [(500, 0.05), (2000, 0.03), (10000, 0.018), (50000, 0.012)]:
        if f < lim:
            return er
    return 0.009


class Numbers:
    """Per-creator engagement model: ordinary level, natural post-to-post variation."""

    def __init__(self, rng, platform, followers, er_mult=1.0):
        self.rng, self.platform, self.f = rng, platform, followers or 0
        self.m = rng.uniform(0.85, 1.2) * er_mult
        self.cl = {"instagram": rng.uniform(0.012, 0.035), "tiktok": rng.uniform(0.006, 0.018),
                   "youtube": rng.uniform(0.035, 0.08), "bluesky": rng.uniform(0.05, 0.13),
                   "mastodon": rng.uniform(0.06, 0.16), "web": 0}[platform]
        self.like_view = rng.uniform(0.055, 0.10)

    def post(self, kind, boost=1.0):
        r, f, pl = self.rng, self.f, self.platform
        out = dict(likes=None, comments=None, shares=None, views=None)
        var = math.exp(r.gauss(0, 0.42)) * boost
        if pl == "instagram":
            likes = f * ig_er(f) * self.m * var
            out["likes"] = max(1, int(likes))
            out["comments"] = max(0, int(round(likes * self.cl * math.exp(r.gauss(0, 0.45)))))
            if kind == "video":
                out["views"] = int(likes / r.uniform(0.04, 0.09))
        elif pl == "tiktok":
            views = f * 0.45 * self.m * var
            likes = views * self.like_view * math.exp(r.gauss(0, 0.15))
            out["views"] = max(50, int(views))
            out["likes"] = max(1, int(likes))
            out["comments"] = max(0, int(round(likes * self.cl * math.exp(r.gauss(0, 0.45)))))
            out["shares"] = max(0, int(likes * r.uniform(0.01, 0.05)))
        elif pl == "youtube":
            views = f * yt_view_frac(f) * self.m * var
            likes = views * r.uniform(0.03, 0.045)
            out["views"] = max(20, int(views))
            out["likes"] = max(0, int(likes))
            out["comments"] = max(0, int(round(likes * self.cl * math.exp(r.gauss(0, 0.4)))))
        elif pl in ("bluesky", "mastodon"):
            likes = f * social_er(f) * self.m * var
            out["likes"] = max(0, int(round(likes)))
            out["comments"] = max(0, int(round(likes * self.cl * math.exp(r.gauss(0, 0.4)))))
            share = r.uniform(0.08, 0.25) if pl == "bluesky" else r.uniform(0.2, 0.45)
            out["shares"] = max(0, int(round(likes * share)))
        elif pl == "web":
            out["comments"] = r.choice([None, r.randint(0, 9)]) if r.random() < 0.7 else None
        return out


# ---------------------------------------------------------------- builder

def load_pools(batch):
    import pools
    filler = {l: {k: list(v) for k, v in d.items()} for l, d in pools.FILLER.items()}
    replies = {l: {k: list(v) for k, v in d.items()} for l, d in pools.REPLIES.items()}
    if batch == "dev":
        try:
            import pools_dev
            for l, d in pools_dev.FILLER.items():
                for k, v in d.items():
                    filler.setdefault(l, {}).setdefault(k, []).extend(v)
            for l, d in pools_dev.REPLIES.items():
                for k, v in d.items():
                    replies.setdefault(l, {}).setdefault(k, []).extend(v)
        except ImportError:
            pass
    return pools, filler, replies


def fill_text(rng, pools, lang, s):
    slots = pools.SLOTS.get(lang, pools.SLOTS["en"])
    for key, vals in slots.items():
        tok = "{" + key + "}"
        while tok in s:
            s = s.replace(tok, rng.choice(vals), 1)
    return s


class Builder:
    def __init__(self, batch):
        self.batch = batch
        self.pools, self.filler, self.replies = load_pools(batch)

    # -- identities
    def account_ids(self, rng, platform, handle):
        if platform == "instagram":
            return "instagram:" + digits(rng, 11), "https://www.instagram.com/%s/" % handle
        if platform == "tiktok":
            return "tiktok:" + digits(rng, 19), "https://www.tiktok.com/@%s" % handle
        if platform == "youtube":
            return "youtube:UC" + rstr(rng, B62 + "_-", 22), "https://www.youtube.com/@%s" % handle
        if platform == "bluesky":
            return "bluesky:did:plc:" + rstr(rng, B32, 24), "https://bsky.app/profile/%s" % handle
        if platform == "mastodon":
            user, inst = handle.split("@")
            return "mastodon:https://%s/users/%s" % (inst, user), "https://%s/@%s" % (inst, user)
        if platform == "web":
            return "web:https://%s/" % handle, "https://%s/" % handle
        raise ValueError(platform)

    def avatar(self, rng, platform, aid):
        if platform == "instagram":
            return "https://scontent.cdninstagram.com/v/t51.2885-19/%s_%s_n.jpg" % (digits(rng, 9), digits(rng, 15))
        if platform == "tiktok":
            return "https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/%s~c5_720x720.jpeg" % rstr(rng, "0123456789abcdef", 32)
        if platform == "youtube":
            return "https://yt3.googleusercontent.com/%s=s176-c-k-c0x00ffffff-no-rj" % rstr(rng, B62 + "_-", 40)
        if platform == "bluesky":
            return "https://cdn.bsky.app/img/avatar/plain/%s/bafkrei%s@jpeg" % (aid.split(":", 1)[1], rstr(rng, B32, 52))
        if platform == "mastodon":
            inst = aid.split("/")[2]
            return "https://%s/system/accounts/avatars/%s/original/%s.png" % (inst, "/".join(digits(rng, 9)[i:i+3] for i in (0, 3, 6)), rstr(rng, "0123456789abcdef", 16))
        return ""

    def post_ids(self, rng, platform, aid, handle):
        if platform == "instagram":
            sc = rstr(rng, B62 + "_-", 11)
            return "instagram:" + sc, "https://www.instagram.com/p/%s/" % sc
        if platform == "tiktok":
            pid = "7" + digits(rng, 18)
            return "tiktok:" + pid, "https://www.tiktok.com/@%s/video/%s" % (handle, pid)
        if platform == "youtube":
            vid = rstr(rng, B62 + "_-", 11)
            return "youtube:" + vid, "https://www.youtube.com/watch?v=" + vid
        if platform == "bluesky":
            rk = "3l" + rstr(rng, B32, 11)
            did = aid.split(":", 1)[1]
            return "bluesky:at://%s/app.bsky.feed.post/%s" % (did, rk), "https://bsky.app/profile/%s/post/%s" % (handle, rk)
        if platform == "mastodon":
            sid = "1133" + digits(rng, 14)
            base = aid.split(":", 1)[1]
            user, inst = handle.split("@")
            return "mastodon:%s/statuses/%s" % (base, sid), "https://%s/@%s/%s" % (inst, user, sid)
        return None, None

    def reply_author(self, rng, platform, lang):
        pools = self.pools
        first = rng.choice(pools.NAMES.get(lang, pools.NAMES["en"])[0])
        last = rng.choice(pools.NAMES.get(lang, pools.NAMES["en"])[1])
        style = rng.random()
        base = first.lower()
        if style < 0.3:
            h = base + "." + last.lower()
        elif style < 0.5:
            h = base + "_" + last.lower()[:4]
        elif style < 0.65:
            h = base + str(rng.randint(1975, 2006))
        elif style < 0.8:
            h = base + rstr(rng, "abcdefghijklmnopqrstuvwxyz", 2) + str(rng.randint(1, 99))
        else:
            h = last.lower() + "." + base[:1]
        h = h.translate(str.maketrans("áàâäãéèêëíìîïóòôöõúùûüçñß", "aaaaaeeeeiiiiooooouuuucns"))
        if platform == "bluesky":
            h = h.replace("_", "-") + ".bsky.social"
            return "did:plc:" + rstr(rng, B32, 24), h, "%s %s" % (first, last)
        if platform == "mastodon":
            inst = rng.choice(pools.INSTANCES.get(lang, pools.INSTANCES["en"]))
            h = h.replace(".", "_")
            return "https://%s/users/%s" % (inst, h), "%s@%s" % (h, inst), "%s %s" % (first, last)
        if platform == "youtube":
            return "UC" + rstr(rng, B62 + "_-", 22), "@" + h.replace(".", ""), first
        if platform == "web":
            return "web:" + h, first, first
        return digits(rng, 11 if platform == "instagram" else 19), h, first

    def follower_sample(self, rng, platform, lang, country, n):
        pools = self.pools
        out = []
        for _ in range(n):
            aid, h, disp = self.reply_author(rng, platform, lang)
            lurker = rng.random() < 0.16
            fol = int(lognorm(rng, 9 if lurker else 140, 1.2))
            fng = int(lognorm(rng, 60 if lurker else 190, 0.9))
            pc = int(lognorm(rng, 2 if lurker else 320, 1.1 if lurker else 1.4))
            r = rng.random()
            flang = lang if r < 0.74 else ("en" if r < 0.9 else rng.choice(["es", "de", "fr", "it", "pt", "en"]))
            c = rng.random()
            fc = country if c < 0.62 else ("" if c < 0.82 else rng.choice(pools.NEAR.get(country, ["US", "GB", "DE", "ES", "FR"])))
            fs = dict(id=aid if platform != "mastodon" else aid, handle=h)
            if not lurker or rng.random() < 0.35:
                fs["avatar_url"] = self.avatar(rng, platform, aid if platform != "bluesky" else "bluesky:" + aid)
            if rng.random() < (0.25 if lurker else 0.68):
                fs["bio"] = rng.choice(pools.FBIO.get(flang, pools.FBIO["en"]))
            fs["followers"], fs["following"], fs["posts_count"] = fol, fng, pc
            if flang:
                fs["language"] = flang
            if fc:
                fs["country"] = fc
            out.append(fs)
        return out

    def replies_for(self, rng, platform, lang, niche, n, t0, audience, custom=None):
        out = []
        texts = list(custom or [])
        if not custom:
            pool = self.replies[lang].get(NICHE_ALIAS.get(niche, niche), []) + self.replies[lang]["general"]
            texts = rng.sample(pool, min(n, len(pool)))
        t = t0
        for txt in texts:
            t = t + timedelta(minutes=int(lognorm(rng, 95, 1.1)))
            if t >= CLOCK:
                t = CLOCK - timedelta(minutes=rng.randint(5, 300))
            if isinstance(txt, tuple):
                # (handle, text) for a named reply author
                aid, h, txt = "named:" + txt[0], txt[0], txt[1]
            else:
                aid, h, _ = rng.choice(audience)
            rid = {"bluesky": lambda: "at://%s/app.bsky.feed.post/3l%s" % (aid if aid.startswith("did:") else "did:plc:" + rstr(rng, B32, 24), rstr(rng, B32, 11)),
                   "mastodon": lambda: "https://%s/statuses/1133%s" % (aid.split("/users/")[0].replace("https://", "") if "/users/" in aid else "mastodon.social", digits(rng, 14)),
                   }.get(platform, lambda: digits(rng, 17))()
            out.append(dict(id=rid, author_id=aid, handle=h, text=txt, published_at=iso(t), language=lang))
        out.sort(key=lambda x: x["published_at"])
        return out

    def build(self, spec):
        batch = self.batch
        cid = "bs-%s-%04d" % ("val" if batch == "validation" else "dev", spec["n"])
        rng = random.Random(hashlib.sha256(cid.encode()).hexdigest())
        lang, platform, niche = spec["lang"], spec["platform"], spec["niche"]
        fetched = CLOCK - timedelta(days=rng.uniform(1.5, 9), minutes=rng.randint(0, 600))
        accounts, posts_all, snaps = [], [], []
        specs = [dict(platform=platform, handle=spec["handle"], followers=spec["followers"],
                      posts=spec["posts"], name=spec["name"], bio=spec["bio"], links=spec["links"])]
        specs += spec["extra"]
        for ai, a in enumerate(specs):
            pl = a["platform"]
            aid, url = self.account_ids(rng, pl, a["handle"])
            f = a["followers"]
            first_snap = WINDOW_START + timedelta(days=rng.uniform(3, 20))
            if ai == 0:
                own_posts = [p for p in spec["posts"] if p.acct == 0]
                for s in specs[1:]:
                    pass
            else:
                own_posts = list(a["posts"])
            nposts_total = len(own_posts)
            want = spec["fill"] if (ai == 0 and spec["fill"] is not None) else (max(12, nposts_total + rng.randint(7, 11)) if ai == 0 else max(0, len(own_posts)))
            nfill = max(0, want - nposts_total) if ai == 0 else 0
            if ai == 0 and nposts_total + nfill < 12 and spec["fill"] is None:
                nfill = 12 - nposts_total
            # filler posts
            fniche = NICHE_ALIAS.get(niche, niche)
            fill_pool = list(self.filler[lang].get(fniche, [])) + ([] if fniche == "life" else list(self.filler[lang]["life"]))
            avoid = [w.lower() for w in ((spec["brief"] or {}).get("must_have") or [])]
            fill_pool = [s for s in fill_pool if not any(w in s.lower() for w in avoid)]
            rng.shuffle(fill_pool)
            fills = [P(fill_text(rng, self.pools, lang, s)) for s in fill_pool[:nfill]]
            for fp in fills:
                fp.filler = True
            plist = own_posts + fills
            rng.shuffle(plist)
            # dates: newest a few days before fetch, spacing by platform
            gap = {"tiktok": 4.5, "instagram": 6.5, "youtube": 9, "bluesky": 3, "mastodon": 3.5, "web": 9}[pl]
            n = len(plist)
            span = min(170, gap * n * rng.uniform(0.8, 1.2))
            gap = span / max(1, n)
            t = fetched - timedelta(days=rng.uniform(0.3, 4))
            dated = []
            for i, p in enumerate(plist):
                dated.append((t, p))
                t = t - timedelta(days=gap * rng.uniform(0.4, 1.6), minutes=rng.randint(0, 900))
                if t < WINDOW_START + timedelta(days=1):
                    t = WINDOW_START + timedelta(days=1, hours=rng.uniform(0, 20))
            nums = Numbers(rng, pl, f, spec.get("er", 1.0))
            audience = [self.reply_author(rng, pl, lang) for _ in range(max(25, min(160, (f or 300) // 40)))]
            posts = []
            for t, p in dated:
                pid, purl = self.post_ids(rng, pl, aid, a["handle"])
                kind = p.kind or {"tiktok": "video", "youtube": "video", "web": "article",
                                  "instagram": rng.choice(["image", "image", "video"]),
                                  "bluesky": rng.choice(["text", "text", "image"]),
                                  "mastodon": rng.choice(["text", "text", "image"])}[pl]
                if pl == "web":
                    slug = "-".join("".join(ch for ch in w.lower() if ch.isalnum()) for w in (p.title or p.text).split()[:6]).strip("-") or "post"
                    purl = "%s%04d/%02d/%s/" % (url, t.year, t.month, slug)
                    pid = "web:" + purl
                num = nums.post(kind, p.boost)
                post = dict(id=pid, account_id=aid, url=purl, published_at=iso(t))
                title = p.title
                if title is None and pl in ("youtube", "web"):
                    title = p.text.split(". ")[0][:90].rstrip(".!?") if pl == "web" else p.text.split("\n")[0][:95]
                if title:
                    post["title"] = title
                post["text"] = p.text
                post.update(num)
                post["pinned"] = p.pinned
                post["media_kind"] = kind
                if kind == "video":
                    post["duration_seconds"] = rng.randint(12, 95) if pl in ("tiktok", "instagram") else rng.randint(240, 1900)
                if p.links:
                    post["links"] = p.links
                if p.labels:
                    post["labels"] = p.labels
                if p.sens:
                    post["sensitive"] = True
                if p.cw:
                    post["content_warning"] = p.cw
                if p.pp:
                    post["paid_partnership"] = True
                post["language"] = p.lang or lang
                nrep = 0
                if pl != "web" and num["comments"]:
                    nrep = min(num["comments"], rng.choice([0, 1, 2, 2, 3, 4]))
                elif pl == "web" and num["comments"]:
                    nrep = min(num["comments"], rng.choice([0, 1, 2]))
                if not getattr(p, "filler", False):
                    nrep = 0
                if p.replies or nrep:
                    post["replies"] = self.replies_for(rng, pl, p.lang or lang, niche, nrep, t, audience, p.replies)
                    if p.replies and post.get("comments") is not None:
                        post["comments"] = max(post["comments"], len(post["replies"]))
                posts.append(post)
            posts_all.extend(posts)
            # snapshots: steady growth
            nsn = rng.randint(6, 9)
            growth = rng.uniform(0.01, 0.12)
            fol_following = a.get("following") or (spec["following"] if ai == 0 else None)
            if fol_following is None:
                base = {"instagram": (250, 1100), "tiktok": (40, 600), "bluesky": (120, 900),
                        "mastodon": (90, 700), "youtube": None, "web": None}[pl]
                fol_following = rng.randint(*base) if base else None
                if fol_following and f and f < 1500:
                    fol_following = min(fol_following, int(f * rng.uniform(0.5, 1.3)) + 20)
            pc_now = {"instagram": rng.randint(180, 1900), "tiktok": rng.randint(90, 850),
                      "youtube": rng.randint(40, 520), "bluesky": rng.randint(400, 7000),
                      "mastodon": rng.randint(300, 9000), "web": None}[pl]
            if pc_now is not None:
                pc_now = max(pc_now, len(posts) + 20)
            times = sorted(first_snap + (fetched - first_snap) * (i / (nsn - 1)) + timedelta(hours=rng.uniform(-20, 20)) for i in range(nsn))
            times[-1] = fetched
            times = [min(max(tm, WINDOW_START + timedelta(days=1)), fetched) for tm in times]
            times.sort()
            approx = pl in ("instagram", "tiktok", "youtube") and f is not None and f >= 10000
            for i, tm in enumerate(times):
                frac = (tm - times[0]) / (fetched - times[0]) if fetched > times[0] else 1
                sf = None
                if f is not None:
                    v = f / (1 + growth) * (1 + growth * frac) * (1 + rng.gauss(0, 0.0015))
                    v = f if i == nsn - 1 else v
                    sf = round_sig(v) if approx else int(v)
                sg = None
                if fol_following is not None:
                    sg = max(0, fol_following + (rng.randint(-6, 6) if i < nsn - 1 else 0))
                sp = None
                if pc_now is not None:
                    sp = int(pc_now - (len(posts) * (1 - frac)) * 1.1)
                snaps.append(dict(account_id=aid, at=iso(tm), followers=sf, following=sg, posts_count=sp))
            cid_c = creator_id(aid) if ai == 0 else None
            account = dict(id=aid, creator_id=None, platform=pl, handle=a["handle"], url=url,
                           display_name=a.get("name") or spec["name"], bio=a.get("bio") if a.get("bio") is not None else spec["bio"],
                           links=a.get("links") or [], avatar_url=self.avatar(rng, pl, aid) if pl != "web" else "",
                           followers=f, following=fol_following, posts_count=pc_now)
            if not account["avatar_url"]:
                del account["avatar_url"]
            if approx:
                account["approximate"] = ["followers"]
                account["followers"] = round_sig(f)
            if pl == "web":
                account["feed_url"] = url + "feed/"
            account["data_as_of"] = iso(fetched)
            if pl in ("bluesky", "mastodon"):
                account["follower_sample"] = self.follower_sample(rng, pl, lang, spec["country"], rng.randint(40, 60))
            if ai == 0 and spec["location"]:
                account["location"] = spec["location"]
            account["language"] = lang
            accounts.append(account)
        ccid = creator_id(accounts[0]["id"])
        for a in accounts:
            a["creator_id"] = ccid
        posts_all.sort(key=lambda p: p["published_at"], reverse=True)
        snaps.sort(key=lambda s: s["at"])
        fols = [a["followers"] for a in accounts if a["followers"] is not None]
        links = []
        for a in accounts:
            for l in a["links"]:
                if l not in links:
                    links.append(l)
        creator = dict(id=ccid, name=spec["name"], accounts=accounts, bio=spec["bio"], links=links,
                       language=lang, country=spec["country"], followers=sum(fols) if fols else None,
                       engagement={}, scores={}, flags=[], data_as_of=iso(fetched),
                       created_at=snaps[0]["at"], updated_at=iso(fetched),
                       posts=posts_all, snapshots=snaps)
        # labels
        garm = {c: spec["garm"].get(c, "none") for c in GARM}
        for c, lv in spec["garm"].items():
            if c not in GARM or lv not in LEVEL_RANK:
                raise ValueError("%s: bad garm %s=%s" % (cid, c, lv))
        flags = {}
        for fl in AUTH_FLAGS:
            flags[fl] = fl in spec["flags"]
        floor = any(v == "floor" for v in garm.values())
        flags["ineligible"] = floor if spec["ineligible"] is None else spec["ineligible"]
        if spec["brief"] is not None:
            if spec["unsuitable"] is None:
                raise ValueError(cid + ": brief without unsuitable label")
            flags["unsuitable"] = spec["unsuitable"]
        else:
            flags["unsuitable"] = False
        for c in GARM:
            flags["brand_safety:" + c] = LEVEL_RANK[garm[c]] >= 2
        region = spec["region"] or (spec["brief"] or {}).get("disclosure_region") or REGION_OF.get(spec["country"], "eu" if spec["country"] in EU else "us")
        brief = spec["brief"]
        if brief is not None:
            brief = dict(brief)
            brief.setdefault("keywords", [])
        return cid, dict(id=cid, batch=batch, language=lang, region=region, classes=spec["classes"],
                         why=spec["why"], brief=brief, creator=creator,
                         labels=dict(flags=flags, garm=garm))


NICHE_ALIAS = {"news": "work", "comedy": "life", "sport": "fitness", "health": "work", "music": "nightlife"}

EU = {"DE", "AT", "FR", "ES", "IT", "PT", "BE", "NL", "LU", "IE", "CH"}


def main():
    batch = sys.argv[1]
    mod = __import__("cases_validation" if batch == "validation" else "cases_dev")
    outdir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "..", "..", batch)
    os.makedirs(outdir, exist_ok=True)
    b = Builder(batch)
    seen = set()
    for f in os.listdir(outdir):
        if f.startswith("bs-") and f.endswith(".json"):
            os.remove(os.path.join(outdir, f))
    for spec in mod.CASES:
        cid, doc = b.build(spec)
        if cid in seen:
            raise ValueError("duplicate " + cid)
        seen.add(cid)
        with open(os.path.join(outdir, cid + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %d cases to %s" % (len(seen), outdir))


if __name__ == "__main__":
    main()
