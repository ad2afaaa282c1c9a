#!/usr/bin/env python3
"""Validates the evaluation cases against CONVENTIONS.md and prints counts.

    python3 testdata/eval/tools/check.py [testdata/eval]

Checks every file in validation/ and dev/: the label blocks (every flag and
every GARM category, known names, valid levels, brand_safety flags agreeing
with the levels, hard negatives not labelled positive), the JSON shapes of
the creator, accounts, posts, replies, snapshots, follower samples and brief
(field names and types as in creator.go, account.go, post.go, audience.go and
brief.go), counts null or >= 0, dates RFC 3339 inside the six months before
the evaluation clock, and at least 12 posts. Then prints, per batch, the
positives and hard negatives per flag and per GARM category, and the cases
per language. Exits 1 when any file fails.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

CLOCK = datetime(2026, 12, 1, tzinfo=timezone.utc)
START = CLOCK - timedelta(days=183)

GARM = ["adult", "arms", "crime", "death_injury", "piracy", "hate", "profanity",
        "drugs_alcohol", "spam", "terrorism", "sensitive_issues", "misinformation"]
LEVELS = ["none", "low", "medium", "high", "floor"]
BASE_FLAGS = ["engagement_below_tier", "engagement_above_tier", "comment_like_ratio_outlier",
              "flat_engagement", "follower_spike", "follower_drop", "mass_following",
              "suspicious_followers", "generic_comments", "engagement_pod",
              "undisclosed_sponsorship", "weak_disclosure", "ineligible", "unsuitable"]
BS_FLAGS = ["brand_safety:" + c for c in GARM]
LANGS = ["en", "es", "de", "fr", "it", "pt"]
PLATFORMS = ["instagram", "tiktok", "youtube", "bluesky", "mastodon", "web", "fediverse"]

# JSON shapes: field -> (types, required). "time" is an RFC 3339 string.
STR, INT, BOOL, NUM = "str", "int", "bool", "num"
T = {
    "creator": {"id": (STR, 1), "name": (STR, 1), "accounts": ("list:account", 1), "bio": (STR, 1),
                "links": ("list:str", 1), "language": (STR + "?", 1), "country": (STR + "?", 1),
                "followers": (INT + "?", 1), "engagement": ("obj", 1), "scores": ("obj?", 1),
                "flags": ("list?", 1), "partnerships": ("obj?", 0), "data_as_of": ("time?", 1),
                "growth": ("obj?", 0), "stale": (BOOL, 0), "identity": ("list", 0),
                "merged_from": ("list:str", 0), "created_at": ("time", 1), "updated_at": ("time", 1),
                "posts": ("list:post", 1), "snapshots": ("list:snapshot", 1), "found_via": ("list", 0),
                "contacts": ("list", 0), "language_evidence": ("obj?", 0), "country_evidence": ("obj?", 0)},
    "account": {"id": (STR, 1), "creator_id": (STR, 1), "platform": (STR, 1), "handle": (STR, 1),
                "url": (STR, 1), "display_name": (STR, 1), "bio": (STR, 1), "links": ("list:str", 1),
                "avatar_url": (STR, 0), "followers": (INT + "?", 1), "following": (INT + "?", 1),
                "posts_count": (INT + "?", 1), "approximate": ("list:str", 0), "feed_url": (STR, 0),
                "data_as_of": ("time", 1), "follower_sample": ("list:follower", 0), "location": (STR, 0),
                "engagement": ("obj?", 0), "verified_links": ("list:str", 0), "fields": ("list", 0),
                "language": (STR, 0), "language_evidence": ("obj?", 0)},
    "post": {"id": (STR, 1), "account_id": (STR, 1), "url": (STR, 1), "published_at": ("time", 1),
             "title": (STR, 0), "text": (STR, 1), "likes": (INT + "?", 1), "comments": (INT + "?", 1),
             "shares": (INT + "?", 1), "views": (INT + "?", 1), "pinned": (BOOL, 1), "media_kind": (STR, 0),
             "duration_seconds": (INT, 0), "links": ("list:str", 0), "labels": ("list:str", 0),
             "sensitive": (BOOL, 0), "content_warning": (STR, 0), "paid_partnership": (BOOL, 0),
             "language": (STR, 0), "is_reply": (BOOL, 0), "is_repost": (BOOL, 0), "replies": ("list:reply", 0)},
    "reply": {"id": (STR, 0), "author_id": (STR, 1), "handle": (STR, 0), "text": (STR, 1),
              "published_at": ("time", 1), "language": (STR, 0)},
    "snapshot": {"account_id": (STR, 1), "at": ("time", 1), "followers": (INT + "?", 1),
                 "following": (INT + "?", 1), "posts_count": (INT + "?", 1)},
    "follower": {"id": (STR, 1), "handle": (STR, 1), "avatar_url": (STR, 0), "bio": (STR, 0),
                 "followers": (INT + "?", 1), "following": (INT + "?", 1), "posts_count": (INT + "?", 1),
                 "language": (STR, 0), "country": (STR, 0)},
    "brief": {"id": (STR, 0), "name": (STR, 1), "keywords": ("list:str", 1), "must_have": ("list:str", 0),
              "exclude": ("list:str", 0), "languages": ("list:str", 0), "countries": ("list:str", 0),
              "platforms": ("list:str", 0), "min_followers": (INT, 0), "max_followers": (INT, 0),
              "min_engagement_rate": (NUM, 0), "brand_safety": (STR, 0), "disclosure_region": (STR, 0),
              "weights": ("obj?", 0)},
}
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def parse_time(s):
    if not isinstance(s, str) or not RFC3339.match(s):
        return None
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def check_value(v, typ, where, errs):
    opt = typ.endswith("?")
    typ = typ.rstrip("?")
    if v is None:
        if not opt:
            errs.append("%s: null not allowed" % where)
        return
    if typ == STR:
        ok = isinstance(v, str)
    elif typ == INT:
        ok = isinstance(v, int) and not isinstance(v, bool)
        if ok and v < 0:
            errs.append("%s: negative count %d" % (where, v))
    elif typ == NUM:
        ok = isinstance(v, (int, float)) and not isinstance(v, bool)
    elif typ == BOOL:
        ok = isinstance(v, bool)
    elif typ == "obj":
        ok = isinstance(v, dict)
    elif typ == "time":
        t = parse_time(v)
        ok = t is not None
        if ok and not (START <= t <= CLOCK):
            errs.append("%s: date %s outside the six months before %s" % (where, v, CLOCK.date()))
    elif typ.startswith("list"):
        ok = isinstance(v, list)
        if ok and ":" in typ:
            sub = typ.split(":", 1)[1]
            for i, item in enumerate(v):
                if sub == STR:
                    if not isinstance(item, str):
                        errs.append("%s[%d]: not a string" % (where, i))
                else:
                    check_obj(item, sub, "%s[%d]" % (where, i), errs)
    else:
        raise ValueError(typ)
    if not ok:
        errs.append("%s: wrong type (want %s, got %s)" % (where, typ, type(v).__name__))


def check_obj(o, kind, where, errs):
    if not isinstance(o, dict):
        errs.append("%s: not an object" % where)
        return
    spec = T[kind]
    for k in o:
        if k not in spec:
            errs.append("%s: unknown field %r" % (where, k))
    for k, (typ, req) in spec.items():
        if k not in o:
            if req:
                errs.append("%s: missing field %r" % (where, k))
            continue
        check_value(o[k], typ, "%s.%s" % (where, k), errs)


def check_case(path, doc, batch):
    errs = []
    for k in ["id", "batch", "language", "region", "classes", "why", "brief", "creator", "labels"]:
        if k not in doc:
            errs.append("missing %s" % k)
    if errs:
        return errs
    name = os.path.basename(path)[:-5]
    if doc["id"] != name:
        errs.append("id %s does not match file name" % doc["id"])
    if doc["batch"] != batch:
        errs.append("batch %s in folder %s" % (doc["batch"], batch))
    if doc["language"] not in LANGS:
        errs.append("language %r" % doc["language"])
    if doc["region"] not in ("us", "uk", "eu"):
        errs.append("region %r" % doc["region"])
    if not isinstance(doc["classes"], list) or not doc["classes"]:
        errs.append("classes empty")
    if not isinstance(doc["why"], str) or len(doc["why"]) < 20:
        errs.append("why missing")
    if doc["brief"] is not None:
        check_obj(doc["brief"], "brief", "brief", errs)
        b = doc["brief"]
        if b.get("brand_safety", "standard") not in ("limited", "standard", "expanded"):
            errs.append("brief.brand_safety %r" % b.get("brand_safety"))
    c = doc["creator"]
    check_obj(c, "creator", "creator", errs)
    if isinstance(c, dict):
        posts = c.get("posts") or []
        if len(posts) < 12 and "short_history" not in " ".join(doc["classes"]):
            errs.append("only %d posts" % len(posts))
        acc_ids = {a.get("id") for a in c.get("accounts") or []}
        for a in c.get("accounts") or []:
            if a.get("platform") not in PLATFORMS:
                errs.append("platform %r" % a.get("platform"))
            if a.get("creator_id") != c.get("id"):
                errs.append("account %s creator_id mismatch" % a.get("id"))
        for p in posts:
            if p.get("account_id") not in acc_ids:
                errs.append("post %s: unknown account" % p.get("id"))
        times = [p.get("published_at") for p in posts]
        if times != sorted(times, reverse=True):
            errs.append("posts not newest first")
        st = [s.get("at") for s in c.get("snapshots") or []]
        if st != sorted(st):
            errs.append("snapshots not oldest first")
        ids = [p.get("id") for p in posts]
        if len(ids) != len(set(ids)):
            errs.append("duplicate post ids")
    lab = doc["labels"]
    flags, garm = lab.get("flags", {}), lab.get("garm", {})
    for f in BASE_FLAGS + BS_FLAGS:
        if f not in flags:
            errs.append("flag %s not labelled" % f)
        elif not isinstance(flags[f], bool):
            errs.append("flag %s not a boolean" % f)
    for f in flags:
        if f not in BASE_FLAGS + BS_FLAGS:
            errs.append("unknown flag %s" % f)
    for g in GARM:
        if g not in garm:
            errs.append("category %s not labelled" % g)
        elif garm[g] not in LEVELS:
            errs.append("category %s: level %r" % (g, garm[g]))
    for g in garm:
        if g not in GARM:
            errs.append("unknown category %s" % g)
    for g in GARM:
        if g in garm and garm[g] in LEVELS and ("brand_safety:" + g) in flags:
            want = LEVELS.index(garm[g]) >= 2
            if flags["brand_safety:" + g] != want:
                errs.append("brand_safety:%s disagrees with level %s" % (g, garm[g]))
    if doc["brief"] is None and flags.get("unsuitable"):
        errs.append("unsuitable without a brief")
    for cl in doc["classes"]:
        if cl.startswith("hard_negative:"):
            t = cl.split(":")[1]
            if positive(doc, t):
                errs.append("hard negative for %s is labelled positive" % t)
            if t == "unsuitable" and doc["brief"] is None:
                errs.append("unsuitable hard negative without a brief")
        if cl.startswith("positive:"):
            t = cl.split(":")[1]
            if (t in GARM or t in BASE_FLAGS) and not positive(doc, t):
                errs.append("class %s but the label is negative" % cl)
    return errs


def positive(doc, target):
    lab = doc["labels"]
    if target in GARM:
        return LEVELS.index(lab["garm"].get(target, "none")) >= 2
    if target.startswith("brand_safety:"):
        return positive(doc, target.split(":", 1)[1])
    return bool(lab["flags"].get(target))


def hard_negative(doc, target):
    for cl in doc["classes"]:
        if cl.startswith("hard_negative:"):
            t = cl.split(":")[1]
            if t == target or ("brand_safety:" + t) == target:
                return True
    return False


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
    bad = 0
    for batch in ("validation", "dev"):
        d = os.path.join(root, batch)
        if not os.path.isdir(d):
            continue
        docs = []
        for f in sorted(os.listdir(d)):
            if not f.endswith(".json"):
                continue
            p = os.path.join(d, f)
            try:
                with open(p, encoding="utf-8") as fh:
                    doc = json.load(fh)
            except ValueError as e:
                print("%s: invalid JSON: %s" % (p, e))
                bad += 1
                continue
            errs = check_case(p, doc, batch)
            for e in errs:
                print("%s: %s" % (p, e))
            bad += bool(errs)
            docs.append(doc)
        report(batch, docs)
    if bad:
        print("\n%d file(s) failed" % bad)
        sys.exit(1)
    print("\nall files pass")


def report(batch, docs):
    print("\n== %s: %d cases ==" % (batch, len(docs)))
    print("%-30s %5s %5s   %s" % ("target", "pos", "hneg", "languages (pos+hneg)"))
    targets = ["brand_safety:" + g for g in GARM] + BASE_FLAGS
    for t in targets:
        key = t.split(":", 1)[1] if t.startswith("brand_safety:") else t
        pos = [d for d in docs if positive(d, key)]
        hn = [d for d in docs if hard_negative(d, key)]
        langs = Counter(d["language"] for d in pos + hn)
        ls = " ".join("%s:%d" % (l, langs[l]) for l in LANGS if langs[l])
        print("%-30s %5d %5d   %s" % (t, len(pos), len(hn), ls))
    langs = Counter(d["language"] for d in docs)
    print("languages: " + ", ".join("%s %d (%.0f%%)" % (l, langs[l], 100.0 * langs[l] / max(1, len(docs))) for l in LANGS))
    plats = Counter(d["creator"]["accounts"][0]["platform"] for d in docs)
    print("platforms: " + ", ".join("%s %d" % kv for kv in sorted(plats.items())))
    levels = defaultdict(Counter)
    for d in docs:
        for g, lv in d["labels"]["garm"].items():
            levels[g][lv] += 1
    print("levels per category (none/low/medium/high/floor):")
    for g in GARM:
        print("  %-18s %s" % (g, "/".join(str(levels[g][lv]) for lv in LEVELS)))


if __name__ == "__main__":
    main()
