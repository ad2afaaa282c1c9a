#!/usr/bin/env python3
"""Writes the cx- development cases into ../../dev/ (ids cx-dev-0001 ...).

The case-defining content (persona, the posts that make or break each case,
labels) lives in cases_*.py; this script adds neutral everyday filler posts
from pools.py, dates, ids, snapshots and ordinary engagement for the platform
and size. Every number is seeded from the case id, so each run writes the same
bytes.  python3 gen.py [--dry-run]
"""
import hashlib
import json
import math
import os
import random
import sys
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pools  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "dev"))
CLOCK = datetime(2026, 12, 1, tzinfo=timezone.utc)
GARM = ["adult", "arms", "crime", "death_injury", "piracy", "hate", "profanity",
        "drugs_alcohol", "spam", "terrorism", "sensitive_issues", "misinformation"]
LEVELS = ["none", "low", "medium", "high", "floor"]
FLAGS = ["engagement_below_tier", "engagement_above_tier", "comment_like_ratio_outlier",
         "flat_engagement", "follower_spike", "follower_drop", "mass_following",
         "suspicious_followers", "generic_comments", "engagement_pod",
         "undisclosed_sponsorship", "weak_disclosure", "ineligible", "unsuitable"]
from model import CASES  # noqa: E402


def ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def stable(s, k=10):
    return hashlib.sha256(s.encode()).hexdigest()[:k]


def engagement(rng, platform, followers, kind):
    """likes, comments, shares, views for one post, ordinary for the platform."""
    f = followers
    jitter = math.exp(rng.gauss(0, 0.35))
    if platform == "instagram":
        rate = 0.045 if f < 10000 else 0.028 if f < 50000 else 0.017 if f < 500000 else 0.011
        likes = int(f * rate * jitter)
        comments = max(0, int(likes * rng.uniform(0.012, 0.045)))
        views = int(likes * rng.uniform(12, 25)) if kind == "video" else None
        return likes, comments, None, views
    if platform == "tiktok":
        views = int(f * rng.uniform(0.15, 0.9) * jitter) + rng.randint(200, 900)
        likes = int(views * rng.uniform(0.05, 0.11))
        comments = int(likes * rng.uniform(0.008, 0.03))
        shares = int(likes * rng.uniform(0.01, 0.06))
        return likes, comments, shares, views
    if platform == "youtube":
        views = int(f * rng.uniform(0.04, 0.22) * jitter) + rng.randint(50, 400)
        likes = int(views * rng.uniform(0.025, 0.05))
        comments = int(likes * rng.uniform(0.04, 0.12))
        return likes, comments, None, views
    if platform == "bluesky":
        likes = int(f * rng.uniform(0.008, 0.03) * jitter) + rng.randint(0, 4)
        comments = int(likes * rng.uniform(0.04, 0.15))
        shares = int(likes * rng.uniform(0.08, 0.25))
        return likes, comments, shares, None
    if platform == "mastodon":
        likes = int(f * rng.uniform(0.006, 0.025) * jitter) + rng.randint(0, 3)
        comments = int(likes * rng.uniform(0.05, 0.2))
        shares = int(likes * rng.uniform(0.15, 0.4))
        return likes, comments, shares, None
    # web: a blog shows comment counts only
    return None, rng.randint(0, 14), None, None


def post_kind(platform, rng):
    if platform in ("tiktok", "youtube"):
        return "video"
    if platform == "instagram":
        return "video" if rng.random() < 0.4 else "image"
    if platform == "web":
        return "article"
    return "text" if rng.random() < 0.7 else "image"


def web_domain(case):
    tld = {"en": ".com", "es": ".es", "de": ".de", "fr": ".fr", "it": ".it", "pt": ".com.br"}[case["lang"]]
    if case["country"] == "PT":
        tld = ".pt"
    if case["region"] == "uk":
        tld = ".co.uk"
    return case["handle"].lower() + tld


def build(i, case):
    cid = "cx-dev-%04d" % i
    rng = random.Random(cid)
    lang, platform, f = case["lang"], case["platform"], case["followers"]
    acc_stable = {"instagram": str(rng.randint(10**10, 9 * 10**10)),
                  "tiktok": str(rng.randint(10**17, 9 * 10**17)),
                  "youtube": "UC" + stable(cid + "yt", 22),
                  "bluesky": "did:plc:" + stable(cid + "did", 24),
                  "mastodon": "https://%s/users/%s" % (pools.instance(lang, rng), case["handle"]),
                  "web": "https://%s/" % web_domain(case)}[platform]
    acc_id = "%s:%s" % (platform, acc_stable)
    creator_id = "c" + stable(acc_id, 16)
    handle = case["handle"]
    url = {"instagram": "https://www.instagram.com/%s/" % handle,
           "tiktok": "https://www.tiktok.com/@%s" % handle,
           "youtube": "https://www.youtube.com/@%s" % handle,
           "bluesky": "https://bsky.app/profile/%s" % handle,
           "mastodon": acc_stable.replace("/users/", "/@"),
           "web": acc_stable}[platform]
    fetched = CLOCK - timedelta(hours=rng.randint(3, 40), minutes=rng.randint(0, 59))

    defining = []
    for p in case["posts"]:
        defining.append(p if isinstance(p, dict) else {"text": p})
    total = case["n"] or rng.randint(13, 19)
    nfill = max(0, total - len(defining))
    fill = pools.filler_for(case, nfill, rng)
    items = [{"text": t} for t in fill]
    # defining posts spread over the list, the first one among the newest
    for k, d in enumerate(defining):
        pos = rng.randint(0, len(items)) if k else rng.randint(0, min(3, len(items)))
        items.insert(pos, d)
    # dates: newest first, over the last ~5 months
    t = fetched - timedelta(hours=rng.randint(5, 60))
    posts = []
    for k, it in enumerate(items):
        kind = it.get("kind") or post_kind(platform, rng)
        likes, comments, shares, views = engagement(rng, platform, f, kind)
        pid = stable(cid + "p%d" % k, 12)
        purl = {"instagram": "https://www.instagram.com/p/%s/" % pid,
                "tiktok": "https://www.tiktok.com/@%s/video/%d" % (handle, int(pid, 16)),
                "youtube": "https://www.youtube.com/watch?v=%s" % pid[:11],
                "bluesky": "https://bsky.app/profile/%s/post/%s" % (handle, pid),
                "mastodon": url + "/%d" % int(pid[:10], 16),
                "web": acc_stable + "blog/%s" % pid}[platform]
        p = {"id": "%s:%s" % (platform, pid), "account_id": acc_id, "url": purl,
             "published_at": ts(t)}
        if it.get("title") or platform in ("youtube", "web"):
            p["title"] = it.get("title") or it["text"].split("\n")[0][:70]
        p.update({"text": it["text"], "likes": likes, "comments": comments, "shares": shares,
                  "views": views, "pinned": False, "media_kind": kind, "language": lang})
        if kind == "video":
            p["duration_seconds"] = rng.randint(15, 75) if platform != "youtube" else rng.randint(240, 1500)
        if it.get("labels"):
            p["labels"] = it["labels"]
        if it.get("cw"):
            p["content_warning"] = it["cw"]
            p["sensitive"] = True
        if it.get("sensitive"):
            p["sensitive"] = True
        posts.append(p)
        t -= timedelta(hours=rng.randint(20, 230), minutes=rng.randint(0, 59))
        if t < CLOCK - timedelta(days=175):
            t = CLOCK - timedelta(days=175) + timedelta(hours=len(items) - k)
    following = int(min(f * rng.uniform(0.02, 0.3), rng.uniform(180, 1400)))
    web = platform == "web"
    pcount = len(posts) + rng.randint(60, 900)
    snaps = []
    fol = f
    for s in range(5):
        at = fetched - timedelta(days=30 * s + rng.randint(0, 3))
        snaps.append({"account_id": acc_id, "at": ts(at), "followers": None if web else int(fol),
                      "following": None if web else following, "posts_count": max(len(posts), pcount - 6 * s)})
        fol = fol / (1 + rng.uniform(0.003, 0.02))
    snaps.reverse()
    links = list(case.get("links") or [])
    account = {"id": acc_id, "creator_id": creator_id, "platform": platform, "handle": handle,
               "url": url, "display_name": case["name"], "bio": case["bio"], "links": links,
               "followers": None if web else f, "following": None if web else following,
               "posts_count": pcount,
               "data_as_of": ts(fetched), "language": lang}
    garm = {g: case["garm"].get(g, "none") for g in GARM}
    for g, l in garm.items():
        assert l in LEVELS, (cid, g, l)
    floor = any(l == "floor" for l in garm.values())
    inel = floor if case["inel"] is None else case["inel"]
    flags = {k: False for k in FLAGS}
    flags["ineligible"] = inel
    # brand_safety:<category> is left implicit: it follows the level
    creator = {"id": creator_id, "name": case["name"], "accounts": [account], "bio": case["bio"],
               "links": links, "language": lang, "country": case["country"], "followers": None if web else f,
               "engagement": {}, "scores": None, "flags": None, "data_as_of": ts(fetched),
               "created_at": ts(CLOCK - timedelta(days=170 + rng.randint(0, 8))),
               "updated_at": ts(fetched), "posts": posts, "snapshots": snaps}
    return {"id": cid, "batch": "dev", "language": lang, "region": case["region"],
            "classes": case["classes"], "why": case["why"], "brief": None,
            "creator": creator, "labels": {"flags": flags, "garm": garm}}


def main(argv):
    import importlib
    names = [n[:-3] for n in os.listdir(HERE) if n.startswith("cases_") and n.endswith(".py")]
    for name in sorted(names, key=lambda n: int(n.split("_")[1])):
        importlib.import_module(name)
    dry = "--dry-run" in argv
    seen = set()
    for i, case in enumerate(CASES, 1):
        assert case["handle"] not in seen, case["handle"]
        seen.add(case["handle"])
        doc = build(i, case)
        if not dry:
            with open(os.path.join(OUT, doc["id"] + ".json"), "w", encoding="utf-8") as fh:
                json.dump(doc, fh, ensure_ascii=False, indent=1)
                fh.write("\n")
    print("%d cases" % len(CASES))


if __name__ == "__main__":
    main(sys.argv[1:])
