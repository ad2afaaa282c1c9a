#!/usr/bin/env python3
"""Writes the bx-dev-* cases into testdata/eval/dev/.

    python3 gen.py            # write every case
    python3 gen.py --dry-run  # build them, write nothing

The cases are written by hand in cases_*.py (persona, the posts that make
or break each case, labels). This script adds neutral everyday posts from
pools.py, ids, dates, engagement numbers ordinary for the platform and size,
a few everyday replies, follower samples (Bluesky, Mastodon) and snapshots.
Every case is seeded from its id, so the output is the same on every run.
"""
import base64
import hashlib
import json
import math
import os
import random
import sys
import unicodedata
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from model import GARM, LEVELS, K, P  # noqa: E402
import pools  # noqa: E402
import cases_ordinary_1, cases_ordinary_2, cases_ordinary_3  # noqa: E402,E401
import cases_pos_1, cases_pos_2, cases_pos_3, cases_pos_4  # noqa: E402,E401

OUT = os.path.join(HERE, "..", "..", "dev")
CLOCK = datetime(2026, 12, 1, tzinfo=timezone.utc)
FIRST_DAY = datetime(2026, 6, 8, tzinfo=timezone.utc)
FLAGS = ["engagement_below_tier", "engagement_above_tier", "comment_like_ratio_outlier",
         "flat_engagement", "follower_spike", "follower_drop", "mass_following",
         "suspicious_followers", "generic_comments", "engagement_pod",
         "undisclosed_sponsorship", "weak_disclosure", "ineligible", "unsuitable"]

ALL = (cases_ordinary_1.CASES + cases_ordinary_2.CASES + cases_ordinary_3.CASES +
       cases_pos_1.CASES + cases_pos_2.CASES + cases_pos_3.CASES + cases_pos_4.CASES)

B32 = "abcdefghijklmnopqrstuvwxyz234567"
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
YT = B62 + "-_"


def iso(t):
    return t.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def creator_id(account_id):
    s = hashlib.sha256(account_id.encode()).digest()[:10]
    return "c" + base64.b32encode(s).decode().rstrip("=").lower()


def rid(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def lognorm(r, median, sigma):
    return median * math.exp(r.gauss(0, sigma))


MASTO = {"en": ["mastodon.social", "mas.to", "hachyderm.io", "mastodon.online"],
         "es": ["mastodon.social", "masto.es", "mastodon.uy", "tkz.one"],
         "de": ["mastodon.social", "chaos.social", "norden.social", "troet.cafe"],
         "fr": ["mastodon.social", "piaille.fr", "mamot.fr", "eldritch.cafe"],
         "it": ["mastodon.social", "mastodon.uno", "livellosegreto.it", "sociale.network"],
         "pt": ["mastodon.social", "masto.pt", "bolha.us", "mastodon.com.br"]}


class Account:
    pass


def make_account(r, case, platform, handle, followers, primary):
    a = {}
    lang = case.lang
    if platform == "instagram":
        native = str(r.randint(10**9, 6 * 10**10))
        url = "https://www.instagram.com/%s/" % handle
        following = int(lognorm(r, 520, 0.5)) if followers > 1500 else int(followers * r.uniform(0.35, 0.8))
        posts_count = int(lognorm(r, 420, 0.6)) + 40
    elif platform == "tiktok":
        native = str(r.randint(6 * 10**18, 7 * 10**18))
        url = "https://www.tiktok.com/@%s" % handle
        following = int(lognorm(r, 180, 0.8))
        posts_count = int(lognorm(r, 260, 0.6)) + 30
    elif platform == "youtube":
        native = "UC" + rid(r, YT, 22)
        url = "https://www.youtube.com/%s" % (handle if handle.startswith("@") else "@" + handle)
        following = None
        posts_count = int(lognorm(r, 180, 0.7)) + 20
    elif platform == "bluesky":
        native = "did:plc:" + rid(r, B32, 24)
        url = "https://bsky.app/profile/%s" % handle
        following = int(lognorm(r, 380, 0.5))
        following = min(following, max(60, int(followers * 1.1)))
        posts_count = int(lognorm(r, 1400, 0.7)) + 100
    elif platform == "mastodon":
        user, server = handle.split("@")
        native = "https://%s/users/%s" % (server, user)
        url = "https://%s/@%s" % (server, user)
        following = int(lognorm(r, 300, 0.5))
        following = min(following, max(50, int(followers * 1.1)))
        posts_count = int(lognorm(r, 2200, 0.7)) + 100
    elif platform == "web":
        native = "https://%s/" % handle
        url = native
        following = None
        posts_count = None
    else:
        raise ValueError(platform)
    a["platform"] = platform
    a["native"] = native
    a["id"] = platform + ":" + native
    a["handle"] = handle
    a["url"] = url
    a["followers"] = followers
    a["following"] = following
    a["posts_count"] = posts_count
    return a


def engagement(r, platform, followers, kind, boost):
    """likes, comments, shares, views for one post, ordinary for the platform and size."""
    f = followers or 0
    n = lambda x: max(0, int(round(x)))
    if platform == "instagram":
        if f < 5000:
            er = 0.045
        elif f < 10000:
            er = 0.03
        elif f < 50000:
            er = 0.021
        elif f < 100000:
            er = 0.016
        elif f < 500000:
            er = 0.013
        else:
            er = 0.011
        likes = lognorm(r, f * er * boost, 0.45)
        comments = likes * lognorm(r, 0.028, 0.45)
        views = n(likes * lognorm(r, 14, 0.3)) if kind == "video" else None
        return n(likes), n(comments), None, views
    if platform == "tiktok":
        views = lognorm(r, f * (0.55 if f < 50000 else 0.32) * boost, 0.6)
        likes = views * lognorm(r, 0.068, 0.25)
        comments = likes * lognorm(r, 0.016, 0.45)
        shares = views * lognorm(r, 0.0045, 0.5)
        return n(likes), n(comments), n(shares), n(views)
    if platform == "youtube":
        views = lognorm(r, f * (0.22 if f < 20000 else 0.12) * boost, 0.5)
        likes = views * lognorm(r, 0.036, 0.25)
        comments = views * lognorm(r, 0.0035, 0.45)
        return n(likes), n(comments), None, n(views)
    if platform == "bluesky":
        rate = 0.04 if f < 2000 else 0.022
        likes = lognorm(r, f * rate * boost, 0.55)
        return n(likes), n(likes * lognorm(r, 0.13, 0.5)), n(likes * lognorm(r, 0.2, 0.5)), None
    if platform == "mastodon":
        likes = lognorm(r, f * 0.03 * boost, 0.55)
        return n(likes), n(likes * lognorm(r, 0.16, 0.5)), n(likes * lognorm(r, 0.35, 0.5)), None
    if platform == "web":
        c = n(lognorm(r, 4, 0.8)) if r.random() < 0.7 else None
        return None, c, None, None
    raise ValueError(platform)


def post_url(r, acc, when):
    p = acc["platform"]
    if p == "instagram":
        code = rid(r, YT, 11)
        return "instagram:" + code, "https://www.instagram.com/p/%s/" % code
    if p == "tiktok":
        vid = str(r.randint(7.3 * 10**18, 7.6 * 10**18))
        return "tiktok:" + vid, "https://www.tiktok.com/@%s/video/%s" % (acc["handle"], vid)
    if p == "youtube":
        v = rid(r, YT, 11)
        return "youtube:" + v, "https://www.youtube.com/watch?v=" + v
    if p == "bluesky":
        tid = "3l" + rid(r, "234567abcdefghijklmnopqrstuvwxyz", 11)
        return ("at://%s/app.bsky.feed.post/%s" % (acc["native"], tid),
                "https://bsky.app/profile/%s/post/%s" % (acc["handle"], tid))
    if p == "mastodon":
        user, server = acc["handle"].split("@")
        sid = str(r.randint(113 * 10**15, 114 * 10**15))
        return "https://%s/users/%s/statuses/%s" % (server, user, sid), "https://%s/@%s/%s" % (server, user, sid)
    if p == "web":
        slug = rid(r, "abcdefghijklmnopqrstuvwxyz", 8)
        u = "%s%04d/%02d/%s/" % (acc["native"], when.year, when.month, slug)
        return "web:" + u, u
    raise ValueError(p)


def ascii_handle(h):
    return "".join(ch for ch in unicodedata.normalize("NFKD", h) if not unicodedata.combining(ch))


def replier(r, lang):
    return ascii_handle(_replier(r, lang))


def _replier(r, lang):
    first = r.choice(pools.NAMES[lang])
    style = r.random()
    if style < 0.3:
        h = first.lower() + r.choice(["_", ".", ""]) + r.choice(pools.WORDS[lang])
    elif style < 0.55:
        h = first.lower() + str(r.randint(2, 99))
    elif style < 0.7:
        h = r.choice(pools.WORDS[lang]) + "." + first.lower()
    else:
        h = first.lower() + r.choice(["", "_", "."]) + rid(r, "abcdefghijklmnopqrstuvwxyz", r.randint(2, 5))
    return h


def reply_handle(h, platform, lang, r):
    if platform == "bluesky":
        return h + ".bsky.social"
    if platform == "mastodon":
        return h + "@" + r.choice(MASTO[lang])
    return h


def follower_sample(r, case, acc):
    lang = case.lang
    out = []
    for i in range(r.randint(24, 36)):
        h = replier(r, lang)
        rr = r.random()
        if rr < 0.15:      # lurker: no avatar, no bio, few posts
            fo, fg, pc = int(lognorm(r, 12, 0.9)), int(lognorm(r, 90, 0.8)), int(lognorm(r, 3, 1.0))
            avatar, bio = "", ""
        else:
            fo, fg, pc = int(lognorm(r, 160, 1.1)), int(lognorm(r, 230, 0.8)), int(lognorm(r, 420, 1.2))
            avatar = "https://cdn.example.net/avatars/%s.jpg" % rid(r, B32, 16)
            bio = r.choice(pools.FOLLOWER_BIOS[lang]) if r.random() < 0.7 else ""
        handle = reply_handle(h, acc["platform"], lang, r)
        if acc["platform"] == "bluesky":
            fid = "did:plc:" + rid(r, B32, 24)
        else:
            user, server = handle.split("@")
            fid = "https://%s/users/%s" % (server, user)
        f = {"id": fid, "handle": handle}
        if avatar:
            f["avatar_url"] = avatar
        if bio:
            f["bio"] = bio
        f["followers"] = fo
        f["following"] = fg
        f["posts_count"] = pc
        if r.random() < 0.85:
            f["language"] = lang if r.random() < 0.85 else "en"
        if r.random() < 0.4 and case.country:
            f["country"] = case.country
        out.append(f)
    return out


def snapshots(r, acc, first, last):
    n = r.randint(6, 9)
    span = (last - first).total_seconds()
    times = sorted(first + timedelta(seconds=span * (i / (n - 1))) + timedelta(hours=r.randint(-20, 20)) for i in range(n))
    times[-1] = last
    times[0] = max(times[0], first)
    fo = acc["followers"]
    growth = r.uniform(0.004, 0.025)  # per month, smooth
    follow_rate = r.uniform(0, 4)     # new follows per month
    post_rate = r.uniform(6, 14)      # posts per month
    out = []
    for t in times:
        months = (last - t).total_seconds() / (30.4 * 86400)
        f = None if fo is None else int(round(fo / ((1 + growth) ** months) * (1 + r.uniform(-0.0015, 0.0015))))
        if t == last:
            f = fo
        fg = acc["following"]
        if fg is not None and t != last:
            fg = max(0, fg - int(months * follow_rate))
        pc = acc["posts_count"]
        if pc is not None and t != last:
            pc = max(0, pc - int(months * post_rate))
        out.append({"account_id": acc["id"], "at": iso(t), "followers": f, "following": fg, "posts_count": pc})
    return out


def build(case, cid):
    r = random.Random(int(hashlib.sha256(cid.encode()).hexdigest(), 16))
    lang = case.lang
    handle = case.handle
    if case.platform == "mastodon" and "@" not in handle:
        handle = handle + "@" + (case.mastodon_server or r.choice(MASTO[lang]))
    followers = case.followers if case.platform != "web" else None
    accs = [make_account(r, case, case.platform, handle, followers, True)]
    if case.also:
        p2, h2, f2 = case.also
        if p2 == "mastodon" and "@" not in h2:
            h2 = h2 + "@" + r.choice(MASTO[lang])
        accs.append(make_account(r, case, p2, h2, f2 if p2 != "web" else None, False))
    cr_id = creator_id(accs[0]["id"])
    fetched = CLOCK - timedelta(hours=r.randint(6, 60), minutes=r.randint(0, 59))
    first_seen = FIRST_DAY + timedelta(days=r.randint(0, 12), hours=r.randint(0, 23))

    # posts: the case's own ones plus everyday posts of the niche and language
    total = case.n or r.randint(13, 19)
    own = list(case.posts)
    fill_n = max(0, total - len(own))
    fkey = case.fill or lang
    if not case.fill and lang == "en" and case.country == "US":
        fkey = "en_US"
    if not case.fill and lang == "es" and case.country in pools.LATAM:
        fkey = "es_LA"
    fl = pools.FILL[fkey]
    pool = list(fl.get(case.niche, [])) + list(fl["everyday"])
    r.shuffle(pool)
    fill = [P(t) for t in pool[:fill_n]]
    # place the case's posts among the filler: keep their written order, spread them
    seq = fill[:]
    slots = sorted(r.sample(range(len(seq) + len(own)), len(own)))
    for s, p in zip(slots, own):
        seq.insert(s, p)
    # dates newest first
    t = fetched - timedelta(hours=r.randint(3, 70))
    stamps = []
    window = (t - (FIRST_DAY + timedelta(days=16))).total_seconds()
    step = window / max(1, len(seq))
    for i in range(len(seq)):
        stamps.append(t - timedelta(seconds=step * i + r.uniform(0, step * 0.8)))
    posts = []
    for i, (p, when) in enumerate(zip(seq, stamps)):
        acc = accs[0]
        if len(accs) > 1 and p not in own and r.random() < 0.35:
            acc = accs[1]
        platform = acc["platform"]
        kind = p.kind or {"instagram": r.choice(["image", "image", "video"]), "tiktok": "video",
                          "youtube": "video", "bluesky": "text", "mastodon": "text", "web": "article"}[platform]
        likes, comments, shares, views = engagement(r, platform, acc["followers"], kind, p.boost)
        pid, url = post_url(r, acc, when)
        d = {"id": pid, "account_id": acc["id"], "url": url, "published_at": iso(when)}
        title = p.title
        if title is None and platform in ("youtube", "web"):
            title = p.text.split("\n")[0][:90]
        if title:
            d["title"] = title
        d["text"] = p.text
        d["likes"], d["comments"], d["shares"], d["views"] = likes, comments, shares, views
        d["pinned"] = p.pinned
        d["media_kind"] = kind
        if kind == "video":
            d["duration_seconds"] = r.randint(12, 70) if platform in ("tiktok", "instagram") else r.randint(240, 2400)
        if p.links:
            d["links"] = p.links
        if p.labels:
            d["labels"] = p.labels
        if p.sensitive or p.cw:
            d["sensitive"] = True
        if p.cw:
            d["content_warning"] = p.cw
        if p.paid:
            d["paid_partnership"] = True
        d["language"] = p.lang or lang
        reps = []
        wanted = list(p.replies)
        if not wanted and p not in own and comments and r.random() < (0.55 if platform in ("bluesky", "mastodon") else 0.35):
            rp = pools.NEUTRAL_REPLIES["pt_PT" if case.fill == "pt_PT" else lang]
            wanted = r.sample(rp, min(len(rp), r.randint(1, 3)))
        rt = when
        for txt in wanted:
            rt = rt + timedelta(minutes=r.randint(4, 600))
            rt = min(rt, fetched)
            h = reply_handle(replier(r, lang), platform, lang, r)
            reps.append({"id": "%s/r%d" % (pid, len(reps) + 1), "author_id": platform + ":" + rid(r, B32, 14),
                         "handle": h, "text": txt, "published_at": iso(rt), "language": lang})
        if reps:
            d["replies"] = reps
            if d["comments"] is not None and d["comments"] < len(reps):
                d["comments"] = len(reps)
        posts.append(d)

    accounts = []
    snaps = []
    for j, a in enumerate(accs):
        bio = case.bio if j == 0 else case.bio.split("\n")[0][:80]
        links = case.links if case.links is not None else []
        acc = {"id": a["id"], "creator_id": cr_id, "platform": a["platform"], "handle": a["handle"],
               "url": a["url"], "display_name": case.name, "bio": bio, "links": links,
               "avatar_url": "https://cdn.example.net/avatars/%s.jpg" % rid(r, B32, 16),
               "followers": a["followers"], "following": a["following"], "posts_count": a["posts_count"],
               "data_as_of": iso(fetched)}
        if a["platform"] in ("bluesky", "mastodon"):
            acc["follower_sample"] = follower_sample(r, case, a)
        if case.location:
            acc["location"] = case.location
        acc["language"] = lang
        accounts.append(acc)
        snaps += snapshots(r, a, first_seen, fetched)
    snaps.sort(key=lambda s: (s["at"], s["account_id"]))
    known = [a["followers"] for a in accs if a["followers"] is not None]
    creator = {"id": cr_id, "name": case.name, "accounts": accounts, "bio": case.bio,
               "links": case.links if case.links is not None else [], "language": lang,
               "country": case.country, "followers": sum(known) if known else None,
               "engagement": {}, "scores": None, "flags": [], "data_as_of": iso(fetched),
               "created_at": iso(first_seen), "updated_at": iso(fetched),
               "posts": posts, "snapshots": snaps}

    garm = {c: case.g.get(c, "none") for c in GARM}
    flags = {f: False for f in FLAGS}
    flags["ineligible"] = any(v == "floor" for v in garm.values())
    for k, v in case.flags.items():
        assert k in FLAGS, k
        flags[k] = v
    for c in GARM:
        flags["brand_safety:" + c] = LEVELS.index(garm[c]) >= 2
    return {"id": cid, "batch": "dev", "language": lang, "region": case.region,
            "classes": case.cls, "why": case.why, "brief": None, "creator": creator,
            "labels": {"flags": flags, "garm": garm}}


def main():
    dry = "--dry-run" in sys.argv
    seen = set()
    docs = []
    for i, case in enumerate(ALL, 1):
        cid = "bx-dev-%04d" % i
        key = (case.platform, case.handle)
        assert key not in seen, key
        seen.add(key)
        docs.append(build(case, cid))
    if not dry:
        os.makedirs(OUT, exist_ok=True)
        for d in docs:
            with open(os.path.join(OUT, d["id"] + ".json"), "w", encoding="utf-8") as fh:
                json.dump(d, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
    print("%d cases%s" % (len(docs), " (dry run)" if dry else ""))


if __name__ == "__main__":
    main()
