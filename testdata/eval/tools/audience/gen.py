#!/usr/bin/env python3
"""Writes the audience-and-authenticity evaluation cases (au-*) as JSON.

    python3 gen.py validation     # writes ../../validation/au-val-*.json
    python3 gen.py dev            # writes ../../dev/au-dev-*.json

Each case is written by hand in cases_<batch>.py: the persona, the posts
that make or break the case, the numeric story (follower series, follower
sample, replies) and the labels. This engine only fills in the neutral
everyday posts from the batch's own pools (pools_<batch>.py), dates, ids and
counts around that story. Every case draws from its own generator seeded
with its id, so the output is the same on every run.
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
EVAL = os.path.dirname(os.path.dirname(HERE))

CLOCK = datetime(2026, 12, 1, tzinfo=timezone.utc)
FETCH = datetime(2026, 11, 29, 5, 0, tzinfo=timezone.utc)

FLAGS = [
    "engagement_below_tier", "engagement_above_tier", "comment_like_ratio_outlier",
    "flat_engagement", "follower_spike", "follower_drop", "mass_following",
    "suspicious_followers", "generic_comments", "engagement_pod",
    "undisclosed_sponsorship", "weak_disclosure", "ineligible", "unsuitable",
]
GARM = ["adult", "arms", "crime", "death_injury", "piracy", "hate", "profanity",
        "drugs_alcohol", "spam", "terrorism", "sensitive_issues", "misinformation"]

COUNTRY = {"es": "ES", "de": "DE", "fr": "FR", "it": "IT", "pt": "PT", "en": "US"}


def ts(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def creator_id(account_id):
    s = hashlib.sha256(account_id.encode()).digest()[:10]
    return "c" + base64.b32encode(s).decode().rstrip("=").lower()


def seeded(case_id, salt=""):
    h = hashlib.sha256((case_id + "|" + salt).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def ln(rng, mu, sigma):
    """A log-normal draw with median mu."""
    return mu * math.exp(rng.gauss(0, sigma))


# ---------------------------------------------------------------- case DSL

class P:
    """A post written for the case. d: days before the fetch; m: multiple of the
    creator's usual likes/comments; vm: multiple of usual views (defaults to m);
    likes/comments/views/shares: exact counts that override the model."""

    def __init__(self, d, text, m=1.0, vm=None, cm=None, pp=False, links=None,
                 replies=None, kind=None, title=None, likes="model", comments="model",
                 views="model", shares="model", pinned=False, hour=None):
        self.__dict__.update(locals())
        del self.__dict__["self"]


class S:
    """A follower series. cad: days between crawls; days: how far back it goes;
    g: usual growth per day (fraction of followers); ev: (days_ago, delta,
    width_days) jumps or drops; fw: following series kind ('flat', 'saw',
    'climb'); nulls: days_ago whose crawl got no count."""

    def __init__(self, cad=7, days=119, g=0.0008, noise=0.25, ev=(), fw="flat",
                 nulls=(), fsaw=None, fbefore=None, signed=False):
        self.__dict__.update(locals())
        del self.__dict__["self"]


class FS:
    """A follower sample. kind: normal, lurker, fake, single_signal; p: share of
    the special kind; n: sample size."""

    def __init__(self, kind="normal", p=0.0, n=80, lang=None, bsky=False):
        self.__dict__.update(locals())
        del self.__dict__["self"]


class R:
    """Replies sampled on the newest k posts. mode: generic, pod, friends,
    organic, conv; extra: replies written for the case, as (post_index, handle,
    text, minutes_after); group: size of a pod or friend circle; share: share of
    generic replies (generic mode)."""

    def __init__(self, mode, k=6, per=(5, 9), group=None, share=0.8, extra=(),
                 speed=None, members=None):
        self.__dict__.update(locals())
        del self.__dict__["self"]


CASES = []
PREFIX = ["au-x-"]


def C(lang, region, plat, handle, name, bio, niche, F, fw, pc, cls, flags, why,
      key=(), er=None, cl=None, vr=None, sigma=None, flat=False, n=None, snap=None,
      fol=None, rep=None, country=None, garm=None, links=None, loc=None, gap=None,
      fixed=None, clsig=None, hour=None, minute=None):
    d = dict(locals())
    d["id"] = f"{PREFIX[0]}{len(CASES) + 1:04d}"
    CASES.append(d)


# ---------------------------------------------------------------- engine

def tier_er(plat, F):
    """Median usual engagement for the platform and size (a range to draw in)."""
    if plat == "instagram":
        for lim, lo, hi in [(1000, 0.08, 0.14), (5000, 0.04, 0.065), (10000, 0.025, 0.038),
                            (50000, 0.013, 0.024), (100000, 0.010, 0.017),
                            (500000, 0.009, 0.015), (1000000, 0.008, 0.013)]:
            if F < lim:
                return lo, hi
        return 0.007, 0.012
    if plat == "bluesky":
        return (0.025, 0.05) if F < 5000 else (0.01, 0.022) if F < 50000 else (0.006, 0.012)
    if plat == "mastodon":
        return (0.02, 0.045) if F < 5000 else (0.008, 0.018)
    return None


def view_rate(plat, F):
    if plat == "tiktok":
        return (0.4, 1.2) if F < 10000 else (0.12, 0.4) if F < 200000 else (0.08, 0.25)
    if plat == "youtube":
        return (0.15, 0.4) if F < 10000 else (0.07, 0.18) if F < 200000 else (0.04, 0.1)
    if plat == "instagram":
        return (0.15, 0.45)
    return None


class Model:
    def __init__(self, c, rng):
        self.c, self.rng = c, rng
        plat, F = c["plat"], c["F"] or 0
        self.plat, self.F = plat, F
        self.sigma = c["sigma"] if c["sigma"] is not None else (0.03 if c["flat"] else 0.33)
        if plat in ("instagram", "bluesky", "mastodon"):
            lo, hi = tier_er(plat, F)
            self.er = c["er"] if c["er"] is not None else rng.uniform(lo, hi)
        else:
            self.er = c["er"]
        vr = view_rate(plat, F)
        self.vr = c["vr"] if c["vr"] is not None else (rng.uniform(*vr) if vr else None)
        if c["cl"] is not None:
            self.cl = c["cl"]
        elif plat == "instagram":
            self.cl = rng.uniform(0.012, 0.03)
        elif plat == "tiktok":
            self.cl = rng.uniform(0.008, 0.02)
        elif plat == "youtube":
            self.cl = rng.uniform(0.06, 0.12)
        elif plat == "bluesky":
            self.cl = rng.uniform(0.12, 0.3)
        elif plat == "mastodon":
            self.cl = rng.uniform(0.2, 0.45)
        else:
            self.cl = None
        self.like_view = rng.uniform(0.06, 0.1) if plat == "tiktok" else rng.uniform(0.03, 0.045)
        if c["er"] is not None and plat in ("tiktok", "youtube"):
            # er given for a video platform: likes+comments over followers
            self.like_view = None

    def noise(self, sig=None):
        return math.exp(self.rng.gauss(0, self.sigma if sig is None else sig))

    def counts(self, kind, p):
        """likes, comments, shares, views for one post."""
        rng, F, plat = self.rng, self.F, self.plat
        m = p.m if p else 1.0
        vm = (p.vm if p and p.vm is not None else m)
        cm = (p.cm if p and p.cm is not None else 1.0)
        flat = self.c["flat"]
        likes = comments = shares = views = None
        if plat == "web":
            comments = int(round(ln(rng, 6, 0.7) * m * cm)) if self.c["fixed"] != "nocomments" else None
        elif plat in ("instagram", "bluesky", "mastodon"):
            tot = F * self.er * m * self.noise()
            likes = tot / (1 + self.cl)
            csig = 0.02 if flat else 0.45
            comments = likes * self.cl * cm * math.exp(rng.gauss(0, csig))
            if plat == "instagram" and kind == "video":
                lo, hi = tier_er(plat, F)
                if self.c["er"] is not None and self.c["er"] > 2.5 * hi:
                    # bought likes come without the views to match
                    views = F * rng.uniform(0.4, 0.9) * vm * self.noise(min(0.5, self.sigma * 1.5))
                else:
                    views = likes * rng.uniform(8, 22) * (vm / m if m else 1) * (1 if flat else math.exp(rng.gauss(0, 0.15)))
            if plat == "bluesky":
                shares = likes * rng.uniform(0.08, 0.25)
            if plat == "mastodon":
                shares = likes * rng.uniform(0.25, 0.5)
        else:  # tiktok, youtube
            if self.like_view is None:
                tot = F * self.er * m * self.noise()
                likes = tot / (1 + self.cl)
                if self.c["vr"] is not None:
                    views = max(likes * 1.5, F * self.vr * vm * self.noise(min(0.4, self.sigma)))
                else:
                    views = likes / (rng.uniform(0.06, 0.1) if plat == "tiktok" else rng.uniform(0.03, 0.045))
            else:
                views = F * self.vr * vm * self.noise(0.03 if flat else min(0.55, self.sigma * 1.6))
                likes = views * self.like_view * (m / vm if vm else 1) * self.noise(0.02 if flat else 0.18)
            comments = likes * self.cl * cm * math.exp(rng.gauss(0, 0.02 if flat else 0.4))
            if plat == "tiktok":
                shares = views * rng.uniform(0.002, 0.009)
        out = []
        for v in (likes, comments, shares, views):
            out.append(None if v is None else max(0, int(round(v))))
        if self.c["fixed"] == "round":
            # the platform shows abbreviated counts ("12.4K"), stored as such
            def r3(v):
                if v is None or v < 1000:
                    return v
                mag = 10 ** (len(str(int(v))) - 3)
                return int(round(v / mag) * mag)
            out = [r3(out[0]), out[1], r3(out[2]), r3(out[3])]
        if p:
            for i, name in enumerate(("likes", "comments", "shares", "views")):
                val = getattr(p, name)
                if val != "model":
                    out[i] = val
        return out


def build_dates(c, rng, key):
    """Publication days (days before FETCH) of the filler posts."""
    n = c["n"] or rng.randint(15, 20)
    nf = max(0, n - len(key))
    span = rng.uniform(95, 150)
    if c["snap"] is not None:
        span = max(span, min(170, c["snap"].days + 5))
    span = min(span, 172)
    gap = c["gap"]
    taken = [p.d for p in key]
    days = []
    if gap:
        d = rng.uniform(0.3, 2.0)
        while len(days) < nf and d < 172:
            if all(abs(d - t) > 0.6 for t in taken):
                days.append(d)
            d += gap * rng.uniform(0.7, 1.3)
    tries = 0
    while len(days) < nf and tries < 5000:
        tries += 1
        d = rng.uniform(0.4, span)
        if all(abs(d - t) > 1.2 for t in taken + days):
            days.append(d)
    return days


SECONDARY = {"life": ["food", "travel"]}


def season_ok(text, d):
    """Seasonal lines (A| autumn, S| summer) only where their date fits."""
    month = (FETCH - timedelta(days=d)).month
    if text.startswith("A|"):
        return month >= 10 or (month == 9 and (FETCH - timedelta(days=d)).day > 20)
    if text.startswith("S|"):
        return 6 <= month <= 8 or (month == 9 and (FETCH - timedelta(days=d)).day < 15)
    return True


def filler_texts(c, rng, pools, days):
    """One everyday post per day: mostly from the niche pool, the rest from
    everyday life; never the same line twice for one creator."""
    lang, niche = c["lang"], c["niche"]
    niche_l = list(pools.FILL[lang][niche])
    second = []
    for n in SECONDARY.get(niche, ["life"]):
        second += list(pools.FILL[lang][n])
    rng.shuffle(niche_l)
    rng.shuffle(second)
    others = [t for n, lst in pools.FILL[lang].items() if n != niche and n not in SECONDARY.get(niche, ["life"]) for t in lst]
    rng.shuffle(others)
    tags = pools.TAGS[lang].get(niche, [])
    res = []
    for d in days:
        order = [niche_l, second] if rng.random() < 0.68 else [second, niche_l]
        order.append(others)
        t = None
        for lst in order:
            for i, cand in enumerate(lst):
                if season_ok(cand, d):
                    t = lst.pop(i)
                    break
            if t is not None:
                break
        if t is None:
            t = "…"
        t = t[2:] if t[:2] in ("A|", "S|") else t
        if c["plat"] in ("instagram", "tiktok") and tags and rng.random() < 0.55:
            t = t + "\n\n" + " ".join(rng.sample(tags, min(len(tags), rng.randint(2, 4))))
        elif c["plat"] in ("instagram", "tiktok", "youtube") and rng.random() < 0.25:
            t = t + " " + rng.choice(pools.CLOSE[lang])
        res.append(t)
    return res


def media_kind(plat, rng):
    if plat in ("tiktok", "youtube"):
        return "video"
    if plat == "instagram":
        return "video" if rng.random() < 0.4 else "image"
    if plat == "web":
        return "article"
    return "text"


def stable_ids(c, rng):
    plat, h = c["plat"], c["handle"]
    if plat == "instagram":
        sid = str(rng.randint(10 ** 9, 6 * 10 ** 10))
        return "instagram:" + sid, f"https://www.instagram.com/{h}/"
    if plat == "tiktok":
        sid = str(rng.randint(6 * 10 ** 18, 7 * 10 ** 18))
        return "tiktok:" + sid, f"https://www.tiktok.com/@{h}"
    if plat == "youtube":
        abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        sid = "UC" + "".join(rng.choice(abc) for _ in range(22))
        return "youtube:" + sid, f"https://www.youtube.com/@{h}"
    if plat == "bluesky":
        abc = "abcdefghijklmnopqrstuvwxyz234567"
        sid = "did:plc:" + "".join(rng.choice(abc) for _ in range(24))
        return "bluesky:" + sid, f"https://bsky.app/profile/{h}"
    if plat == "mastodon":
        user, server = h.lstrip("@").split("@")
        return f"mastodon:https://{server}/users/{user}", f"https://{server}/@{user}"
    url = h if h.startswith("http") else "https://" + h + "/"
    return "web:" + url, url


def post_url(c, acc_url, rng, i, kind):
    plat = c["plat"]
    abc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    if plat == "instagram":
        code = "".join(rng.choice(abc) for _ in range(11))
        return code, f"https://www.instagram.com/{'reel' if kind == 'video' else 'p'}/{code}/"
    if plat == "tiktok":
        sid = str(rng.randint(7 * 10 ** 18, 8 * 10 ** 18 - 1))
        return sid, acc_url + "/video/" + sid
    if plat == "youtube":
        code = "".join(rng.choice(abc) for _ in range(11))
        return code, "https://www.youtube.com/watch?v=" + code
    if plat == "bluesky":
        code = "3l" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(11))
        return code, acc_url + "/post/" + code
    if plat == "mastodon":
        sid = str(rng.randint(113 * 10 ** 15, 114 * 10 ** 15))
        return sid, acc_url + "/" + sid
    slug = f"post-{i}"
    return slug, acc_url.rstrip("/") + "/" + slug + "/"


# -------------------------------------------------------------- handles

def person_handle(rng, pools, lang, style=None):
    first = rng.choice(pools.NAMES[lang][0])
    last = rng.choice(pools.NAMES[lang][1])
    f, l = fold(first), fold(last)
    style = style or rng.choice(["fl", "f_l", "f.l", "fl2", "f_word", "fyear", "fl_"])
    words = ["photo", "art", "life", "eats", "runs", "style", "home", "travels", "reads", "music"]
    if style == "fl":
        return f + l, f"{first} {last}"
    if style == "f_l":
        return f + "_" + l, f"{first} {last}"
    if style == "f.l":
        return f + "." + l, f"{first} {last}"
    if style == "fl2":
        return f + l[:3] + str(rng.randint(2, 99)), first
    if style == "f_word":
        return f + "_" + rng.choice(words), first
    if style == "fyear":
        return f + l[:1] + str(rng.randint(1975, 2006)), first
    return f + "_" + l + "_", f"{first} {last[:1]}."


def fold(s):
    tr = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüñçß", "aaaaaaeeeeiiiiooooouuuuncs")
    return s.lower().translate(tr).replace(" ", "").replace("'", "")


def fake_handle(rng):
    abc = "abcdefghijklmnopqrstuvwxyz"
    dig = "0123456789"
    kind = rng.randint(0, 4)
    if kind == 0:
        return "".join(rng.choice(abc + dig) for _ in range(rng.randint(8, 12)))
    if kind == 1:
        return "user" + "".join(rng.choice(dig) for _ in range(rng.randint(7, 10)))
    if kind == 2:
        return "".join(rng.choice(abc) for _ in range(rng.randint(4, 6))) + "".join(rng.choice(dig) for _ in range(rng.randint(5, 8)))
    if kind == 3:
        return "_".join("".join(rng.choice(abc) for _ in range(rng.randint(3, 5))) for _ in range(2)) + "".join(rng.choice(dig) for _ in range(4))
    return rng.choice(abc) + "".join(rng.choice(abc + dig) for _ in range(5)) + "." + "".join(rng.choice(dig) for _ in range(6))


def avatar(rng, plat):
    h = "%032x" % rng.getrandbits(128)
    if plat == "bluesky":
        return f"https://cdn.bsky.app/img/avatar/plain/did:plc:{h[:24]}/{h}@jpeg"
    if plat == "mastodon":
        return f"https://files.example-social.net/accounts/avatars/{h[:3]}/{h[3:6]}/{h[6:9]}/original/{h[9:25]}.jpeg"
    return f"https://cdn.scout-img.net/avatars/{h}.jpg"


def follower_sample(c, rng, pools):
    fs = c["fol"]
    lang = fs.lang or c["lang"]
    plat = c["plat"]
    out = []
    bios = pools.BIOS[lang]
    for i in range(fs.n):
        r = rng.random()
        kind = "ord"
        if fs.kind == "fake" and r < fs.p:
            kind = "fake"
        elif fs.kind == "lurker" and r < fs.p:
            kind = "lurk"
        elif fs.kind == "single_signal" and r < fs.p:
            kind = rng.choice(["onlyhandle", "onlyfollowing", "onlyempty", "fyear"])
        elif fs.kind == "f4f" and r < fs.p:
            kind = "onlyfollowing"
        elif fs.kind == "birthyear" and r < fs.p:
            kind = "fyear"
        elif fs.kind == "newwave" and r < fs.p:
            kind = "new"
        else:
            rr = rng.random()
            kind = "lurk" if rr < 0.18 else "fyear" if rr < 0.27 else "creator" if rr < 0.33 else "ord"
        flang = lang if rng.random() < 0.85 else rng.choice(["en", "es", "pt", "fr", "de", "it"])
        if kind == "fake":
            h = fake_handle(rng)
            d = dict(handle=h, avatar="", bio="", followers=rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 19]),
                     following=rng.randint(1400, 7500), posts=0)
        elif kind == "lurk":
            h, _ = person_handle(rng, pools, flang, rng.choice(["fl", "f_l", "f.l", "fyear", "fl2"]))
            d = dict(handle=h, avatar=avatar(rng, plat) if rng.random() < 0.35 else "", bio="",
                     followers=rng.randint(0, 45), following=rng.randint(15, 420),
                     posts=rng.choice([0, 0, 0, 1, 2, 4]))
        elif kind == "fyear":
            h, _ = person_handle(rng, pools, flang, "fyear")
            d = dict(handle=h, avatar=avatar(rng, plat) if rng.random() < 0.75 else "",
                     bio=rng.choice(bios) if rng.random() < 0.4 else "",
                     followers=int(ln(rng, 180, 0.9)), following=int(ln(rng, 300, 0.6)),
                     posts=int(ln(rng, 40, 1.0)))
        elif kind == "new":
            h, _ = person_handle(rng, pools, flang)
            d = dict(handle=h, avatar=avatar(rng, plat), bio=rng.choice(bios) if rng.random() < 0.7 else "",
                     followers=rng.randint(2, 60), following=rng.randint(20, 260), posts=rng.randint(0, 6))
        elif kind == "onlyhandle":
            h = fake_handle(rng)
            d = dict(handle=h, avatar=avatar(rng, plat), bio=rng.choice(bios) if rng.random() < 0.5 else "",
                     followers=int(ln(rng, 150, 0.8)), following=int(ln(rng, 260, 0.5)), posts=int(ln(rng, 60, 0.9)))
        elif kind == "onlyfollowing":
            h, _ = person_handle(rng, pools, flang)
            d = dict(handle=h, avatar=avatar(rng, plat), bio=rng.choice(bios),
                     followers=int(ln(rng, 1400, 0.6)), following=rng.randint(1600, 4800), posts=int(ln(rng, 300, 0.7)))
        elif kind == "onlyempty":
            h, _ = person_handle(rng, pools, flang, rng.choice(["fl", "f_l", "f.l"]))
            d = dict(handle=h, avatar="", bio="", followers=rng.randint(0, 30), following=rng.randint(20, 300), posts=0)
        elif kind == "creator":
            h, _ = person_handle(rng, pools, flang, "f_word")
            d = dict(handle=h, avatar=avatar(rng, plat), bio=rng.choice(bios),
                     followers=int(ln(rng, 3500, 1.0)), following=int(ln(rng, 700, 0.5)), posts=int(ln(rng, 400, 0.6)))
        else:
            h, _ = person_handle(rng, pools, flang)
            d = dict(handle=h, avatar=avatar(rng, plat) if rng.random() < 0.93 else "",
                     bio=rng.choice(bios) if rng.random() < 0.55 else "",
                     followers=int(ln(rng, 260, 0.9)), following=int(ln(rng, 380, 0.6)),
                     posts=int(ln(rng, 70, 1.0)))
        if plat == "bluesky":
            h = h + ".bsky.social"
            sid = "did:plc:" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz234567") for _ in range(24))
        elif plat == "mastodon":
            srv = rng.choice(pools.MASTO_SERVERS)
            sid = f"https://{srv}/users/{h}"
            h = f"{h}@{srv}"
        else:
            sid = f"{plat}:{rng.randint(10 ** 9, 7 * 10 ** 10)}"
        item = {"id": sid, "handle": h}
        if d["avatar"]:
            item["avatar_url"] = d["avatar"]
        if d["bio"]:
            item["bio"] = d["bio"]
        item["followers"] = d["followers"]
        item["following"] = d["following"]
        item["posts_count"] = d["posts"]
        if rng.random() < 0.8 and d["posts"] > 0:
            item["language"] = flang
        out.append(item)
    return out


# -------------------------------------------------------------- replies

def reply_author(rng, c, handle):
    plat = c["plat"]
    h = hashlib.sha256((c["id"] + handle).encode()).hexdigest()
    if plat == "bluesky":
        return "did:plc:" + "".join("abcdefghijklmnopqrstuvwxyz234567"[int(h[i:i + 2], 16) % 32] for i in range(0, 48, 2))
    if plat == "mastodon":
        if "@" in handle:
            u, s = handle.split("@", 1)
            return f"https://{s}/users/{u}"
        return f"https://mastodon.social/users/{handle}"
    if plat == "youtube":
        return "UC" + base64.b64encode(bytes.fromhex(h[:33] + "0")).decode()[:22].replace("+", "-").replace("/", "_")
    return f"{plat}:{int(h[:12], 16) % (6 * 10 ** 10)}"


def make_replies(c, rng, pools, posts):
    spec = c["rep"]
    lang = c["lang"]
    plat = c["plat"]
    if spec is None:
        return
    k = min(spec.k, len(posts))
    targets = posts[:k]
    # a bluesky/mastodon reply handle looks like the platform's
    def plat_handle(h):
        if plat == "bluesky" and "." not in h:
            return h + ".bsky.social"
        if plat == "mastodon" and "@" not in h:
            return h + "@" + rng.choice(pools.MASTO_SERVERS)
        return h
    group = []
    if spec.mode in ("pod", "friends", "conv", "generic"):
        gsize = spec.group or {"pod": 16, "friends": 5, "conv": 9, "generic": 22}[spec.mode]
        if spec.members:
            group = [plat_handle(h) for h in spec.members]
        elif spec.mode == "generic":
            group = [fake_handle(rng) if rng.random() < 0.5 else rng.choice(pools.SERVICE_HANDLES) + str(rng.randint(1, 99)) for _ in range(gsize)]
        else:
            group = [plat_handle(person_handle(rng, pools, lang, "f_word" if spec.mode == "pod" else None)[0]) for _ in range(gsize)]
    extra = {}
    for (pi, h, text, mins) in spec.extra:
        extra.setdefault(pi, []).append((plat_handle(h), text, mins))
    for i, post in enumerate(targets):
        pub = post["_dt"]
        reps = []
        nper = rng.randint(*spec.per)
        if spec.mode == "generic":
            for _ in range(nper):
                if rng.random() < spec.share:
                    h = rng.choice(group)
                    txt = rng.choice(pools.GENERIC)
                    mins = rng.uniform(3, 600)
                else:
                    h = plat_handle(person_handle(rng, pools, lang)[0])
                    txt = rng.choice(pools.ORGANIC[lang])
                    mins = rng.uniform(20, 2000)
                reps.append((h, txt, mins))
        elif spec.mode == "pod":
            members = [m for m in group if rng.random() < 0.88]
            texts = list(pools.POD[lang])
            rng.shuffle(texts)
            speed = spec.speed or (1, 14)
            for j, h in enumerate(members):
                reps.append((h, texts[j % len(texts)], rng.uniform(*speed)))
            for _ in range(rng.randint(0, 2)):
                reps.append((plat_handle(person_handle(rng, pools, lang)[0]), rng.choice(pools.ORGANIC[lang]), rng.uniform(60, 2500)))
        elif spec.mode == "friends":
            members = [m for m in group if rng.random() < 0.75]
            texts = list(pools.FRIEND[lang])
            rng.shuffle(texts)
            for j, h in enumerate(members):
                reps.append((h, texts[j % len(texts)], rng.uniform(15, 1800)))
        elif spec.mode == "conv":
            texts = list(pools.ORGANIC[lang])
            rng.shuffle(texts)
            for j in range(nper):
                h = rng.choice(group) if rng.random() < 0.5 else plat_handle(person_handle(rng, pools, lang)[0])
                reps.append((h, texts[j % len(texts)], rng.uniform(8, 1500)))
        else:  # organic
            texts = list(pools.ORGANIC[lang])
            rng.shuffle(texts)
            speed = spec.speed or (10, 2500)
            for j in range(nper):
                reps.append((plat_handle(person_handle(rng, pools, lang)[0]), texts[j % len(texts)], rng.uniform(*speed)))
        reps += extra.get(i, [])
        reps.sort(key=lambda r: r[2])
        out = []
        for (h, text, mins) in reps:
            at = pub + timedelta(minutes=mins)
            if at > FETCH:
                at = FETCH - timedelta(minutes=rng.randint(5, 90))
            rid = "%016x" % rng.getrandbits(64)
            item = {"id": rid, "author_id": reply_author(rng, c, h), "handle": h, "text": text,
                    "published_at": ts(at)}
            out.append(item)
        out.sort(key=lambda r: r["published_at"])
        post["replies"] = out
        if post.get("comments") is not None and post["comments"] < len(out):
            post["comments"] = len(out) + rng.randint(0, 3)


# -------------------------------------------------------------- snapshots

def snapshots(c, rng, acc_id, post_days):
    s = c["snap"] or S()
    F = c["F"]
    if F is None:
        return []
    days = s.days
    # daily values from the oldest day (days) to now (0)
    vals = {}
    # signed: day-to-day changes may go negative (a small account's churn)
    growth = [F * s.g * ((1 + rng.gauss(0, s.noise)) if s.signed else max(0.0, 1 + rng.gauss(0, s.noise)))
              for _ in range(days + 1)]
    events = {}
    for ev in s.ev:
        d, delta = ev[0], ev[1]
        w = ev[2] if len(ev) > 2 else 1
        for k in range(w):
            events[d - k] = events.get(d - k, 0) + delta / w
    total = sum(growth[:days]) + sum(events.values())
    cur = F - total
    for d in range(days, -1, -1):
        if d < days:
            cur += growth[d] + events.get(d, 0)
        vals[d] = cur
    vals[0] = F
    # following series
    FW = c["fw"]
    fwv = {}
    for d in range(days, -1, -1):
        if FW is None:
            fwv[d] = None
        elif s.fw == "saw":
            period = s.fsaw or 14
            ph = (days - d) % period
            amp = int(FW * 0.35)
            fwv[d] = FW - amp + int(amp * ph / (period - 1)) if ph < period - 1 else FW - amp
        elif s.fw == "cleanup":
            fwv[d] = s.fbefore - int(d / 5) if d > s.fsaw else FW
        elif s.fw == "climb":
            fwv[d] = int(FW * (1 - 0.004 * d))
        else:
            fwv[d] = FW - int(d / 9) + rng.randint(-1, 1) if FW > 50 else FW
    fwv[0] = FW
    out = []
    d = days
    while d >= 0:
        hour = rng.randint(1, 7)
        at = FETCH - timedelta(days=d) + timedelta(hours=hour - 5, minutes=rng.randint(0, 59))
        if at > FETCH:
            at = FETCH
        pc = c["pc"]
        if pc is not None:
            pc = pc - sum(1 for pd in post_days if pd < d)
        folv = None if d in s.nulls else int(round(vals[d]))
        out.append({"account_id": acc_id, "at": ts(at), "followers": folv,
                    "following": fwv[d], "posts_count": pc})
        if d == 0:
            break
        d = max(0, d - s.cad)
    out[-1]["at"] = ts(FETCH)
    return out


# -------------------------------------------------------------- build

def build(c, pools, batch):
    rng = seeded(c["id"])
    model = Model(c, rng)
    acc_id, acc_url = stable_ids(c, rng)
    cid = creator_id(acc_id)
    key = [p for p in c["key"]]
    fdays = build_dates(c, rng, key)
    texts = filler_texts(c, rng, pools, fdays)
    items = [(d, None, t) for d, t in zip(fdays, texts)] + [(p.d, p, p.text) for p in key]
    items.sort(key=lambda x: x[0])
    posts = []
    for i, (d, p, text) in enumerate(items):
        hour = p.hour if p and p.hour is not None else rng.choice([7, 8, 11, 12, 13, 17, 18, 19, 20, 21])
        minute, second = rng.randint(0, 59), rng.randint(0, 59)
        if p is None and c.get("hour") is not None:
            # a creator who publishes on a fixed schedule
            hour, minute, second = c["hour"], c.get("minute") or 0, 0
        dt = (FETCH - timedelta(days=d)).replace(hour=hour % 24, minute=minute, second=second)
        if dt > FETCH - timedelta(minutes=30):
            dt = FETCH - timedelta(hours=rng.randint(2, 9))
        if dt < CLOCK - timedelta(days=182):
            dt = CLOCK - timedelta(days=182) + timedelta(hours=rng.randint(1, 20))
        kind = (p.kind if p and p.kind else media_kind(c["plat"], rng))
        likes, comments, shares, views = model.counts(kind, p)
        pid, url = post_url(c, acc_url, rng, i, kind)
        post = {"id": f"{c['plat']}:{pid}", "account_id": acc_id, "url": url,
                "published_at": ts(dt)}
        title = p.title if p else None
        if c["plat"] in ("youtube", "web") and not title:
            title = text.split("\n")[0][:90].rstrip(" .!") if c["plat"] == "web" else text.split("\n")[0][:70].rstrip(" .")
        if title:
            post["title"] = title
        post.update({"text": text, "likes": likes, "comments": comments, "shares": shares,
                     "views": views, "pinned": bool(p.pinned) if p else False})
        post["media_kind"] = kind
        if kind == "video":
            post["duration_seconds"] = rng.randint(420, 1500) if c["plat"] == "youtube" else rng.randint(9, 75)
        if p and p.links:
            post["links"] = list(p.links)
        if p and p.pp:
            post["paid_partnership"] = True
        post["language"] = c["lang"]
        post["_dt"] = dt
        post["_d"] = d
        post["_p"] = p
        posts.append(post)
    posts.sort(key=lambda x: x["_dt"], reverse=True)
    make_replies(c, rng, pools, posts)
    for post in posts:
        p = post["_p"]
        if p is not None and p.replies:
            reps = list(post.get("replies", []))
            for (h, text, mins) in p.replies:
                if c["plat"] == "bluesky" and "." not in h:
                    h = h + ".bsky.social"
                if c["plat"] == "mastodon" and "@" not in h:
                    h = h + "@" + pools.MASTO_SERVERS[len(h) % len(pools.MASTO_SERVERS)]
                at = min(post["_dt"] + timedelta(minutes=mins), FETCH - timedelta(minutes=3))
                reps.append({"id": "%016x" % rng.getrandbits(64), "author_id": reply_author(rng, c, h),
                             "handle": h, "text": text, "published_at": ts(at)})
            reps.sort(key=lambda r: r["published_at"])
            post["replies"] = reps
            if post.get("comments") is not None and post["comments"] < len(reps):
                post["comments"] = len(reps) + rng.randint(0, 4)
    post_days = [p["_d"] for p in posts]
    for p in posts:
        del p["_dt"], p["_d"], p["_p"]
    snaps = snapshots(c, rng, acc_id, post_days)
    acc = {"id": acc_id, "creator_id": cid, "platform": c["plat"], "handle": c["handle"],
           "url": acc_url, "display_name": c["name"], "bio": c["bio"],
           "links": list(c["links"] or [])}
    if c["plat"] != "web" or rng.random() < 0.5:
        acc["avatar_url"] = avatar(rng, c["plat"])
    acc.update({"followers": c["F"], "following": c["fw"], "posts_count": c["pc"]})
    if c["plat"] == "web":
        acc["feed_url"] = acc_url.rstrip("/") + "/feed/"
    acc["data_as_of"] = ts(FETCH)
    if c["fol"] is not None:
        acc["follower_sample"] = follower_sample(c, rng, pools)
    if c["loc"]:
        acc["location"] = c["loc"]
    acc["language"] = c["lang"]
    country = c["country"] or COUNTRY[c["lang"]]
    created = FETCH - timedelta(days=rng.randint(120, 170))
    if snaps:
        created = min(created, datetime.fromisoformat(snaps[0]["at"].replace("Z", "+00:00")))
    creator = {"id": cid, "name": c["name"], "accounts": [acc], "bio": c["bio"],
               "links": list(c["links"] or []), "language": c["lang"], "country": country,
               "followers": c["F"], "engagement": {}, "scores": {}, "flags": [],
               "data_as_of": ts(FETCH), "created_at": ts(created), "updated_at": ts(FETCH),
               "posts": posts, "snapshots": snaps}
    flags = {f: (f in c["flags"]) for f in FLAGS}
    for f in c["flags"]:
        assert f in FLAGS, (c["id"], f)
    garm = {g: "none" for g in GARM}
    garm.update(c["garm"] or {})
    return {"id": c["id"], "batch": batch, "language": c["lang"], "region": c["region"],
            "classes": list(c["cls"]), "why": c["why"], "brief": None, "creator": creator,
            "labels": {"flags": flags, "garm": garm}}


def main():
    batch = sys.argv[1] if len(sys.argv) > 1 else "validation"
    sys.path.insert(0, HERE)
    import gen  # the cases fill gen.CASES through gen.C
    if batch == "validation":
        import pools_val as pools
        import cases_val  # noqa: F401
    else:
        import pools_dev as pools
        import cases_dev  # noqa: F401
    cases = gen.CASES
    outdir = os.path.join(EVAL, batch)
    os.makedirs(outdir, exist_ok=True)
    seen = set()
    for c in cases:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        doc = gen.build(c, pools, batch)
        with open(os.path.join(outdir, c["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"{len(cases)} cases written to {outdir}")


if __name__ == "__main__":
    main()
