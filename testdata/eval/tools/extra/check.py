#!/usr/bin/env python3
"""Checks evaluation cases against ../../CONVENTIONS.md and prints their counts.

    python3 check.py                    # every case in validation/ and dev/
    python3 check.py --prefix bx-       # only the cases whose id starts with bx-
    python3 check.py dev --prefix bx-   # one batch

For every file: the top-level keys; id equal to the file name and batch to the
folder; language, region, classes and why present; every flag and every GARM
category labelled, with known names and valid levels; brand_safety:<category>
(which may be left implicit) true exactly at medium and above; classes agreeing with the labels (a
positive:<target> class is positive, a hard_negative:<target> class is not);
the JSON shapes of scout.Creator, Account, Post, Reply, Snapshot,
FollowerSample and Brief (field names and types as in creator.go, account.go,
post.go, audience.go and brief.go); counts null or >= 0; every date RFC 3339
within the six months before 2026-12-01; posts newest first and snapshots
oldest first; at least 12 posts unless a class says the case is about a short
history. Then, per batch: positives and hard negatives per flag and per GARM
category (a hard negative for T is a case with a class hard_negative:T...),
levels per category, and cases per language, platform and region.
Exit status 1 when a file fails. Python 3 standard library only.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta, timezone

EVAL = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
CLOCK = datetime(2026, 12, 1, tzinfo=timezone.utc)
EARLIEST = CLOCK - timedelta(days=183)

GARM = ["adult", "arms", "crime", "death_injury", "piracy", "hate", "profanity",
        "drugs_alcohol", "spam", "terrorism", "sensitive_issues", "misinformation"]
LEVELS = ["none", "low", "medium", "high", "floor"]
FLAGS = ["engagement_below_tier", "engagement_above_tier", "comment_like_ratio_outlier",
         "flat_engagement", "follower_spike", "follower_drop", "mass_following",
         "suspicious_followers", "generic_comments", "engagement_pod",
         "undisclosed_sponsorship", "weak_disclosure", "ineligible", "unsuitable"]
ALL_FLAGS = FLAGS + ["brand_safety:" + g for g in GARM]
LANGS = ["en", "es", "de", "fr", "it", "pt"]
REGIONS = ["us", "uk", "eu"]
PLATFORMS = ["instagram", "tiktok", "youtube", "bluesky", "mastodon", "fediverse", "web"]
PRESETS = ["limited", "standard", "expanded"]
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")

# field: (type, required). Types: s string, i integer, b bool, n number, t time,
# o object, [x] list of x, x? nullable. Nested kinds name another shape.
SHAPES = {
    "creator": {
        "id": ("s", 1), "name": ("s", 1), "accounts": ("[account]", 1), "bio": ("s", 1),
        "links": ("[s]", 1), "language": ("s?", 1), "country": ("s?", 1), "followers": ("i?", 1),
        "engagement": ("o", 1), "scores": ("o?", 1), "flags": ("[o]?", 1), "partnerships": ("o?", 0),
        "data_as_of": ("t?", 1), "growth": ("o?", 0), "stale": ("b", 0), "identity": ("[o]", 0),
        "merged_from": ("[s]", 0), "created_at": ("t", 1), "updated_at": ("t", 1),
        "posts": ("[post]", 1), "snapshots": ("[snapshot]", 1), "found_via": ("[o]", 0),
        "contacts": ("[o]", 0), "language_evidence": ("o?", 0), "country_evidence": ("o?", 0)},
    "account": {
        "id": ("s", 1), "creator_id": ("s", 1), "platform": ("s", 1), "handle": ("s", 1), "url": ("s", 1),
        "display_name": ("s", 1), "bio": ("s", 1), "links": ("[s]", 1), "avatar_url": ("s", 0),
        "followers": ("i?", 1), "following": ("i?", 1), "posts_count": ("i?", 1), "approximate": ("[s]", 0),
        "feed_url": ("s", 0), "data_as_of": ("t", 1), "follower_sample": ("[follower]", 0),
        "location": ("s", 0), "engagement": ("o?", 0), "verified_links": ("[s]", 0), "fields": ("[o]", 0),
        "language": ("s", 0), "language_evidence": ("o?", 0)},
    "post": {
        "id": ("s", 1), "account_id": ("s", 1), "url": ("s", 1), "published_at": ("t", 1), "title": ("s", 0),
        "text": ("s", 1), "likes": ("i?", 1), "comments": ("i?", 1), "shares": ("i?", 1), "views": ("i?", 1),
        "pinned": ("b", 1), "media_kind": ("s", 0), "duration_seconds": ("i", 0), "links": ("[s]", 0),
        "labels": ("[s]", 0), "sensitive": ("b", 0), "content_warning": ("s", 0),
        "paid_partnership": ("b", 0), "language": ("s", 0), "is_reply": ("b", 0), "is_repost": ("b", 0),
        "replies": ("[reply]", 0)},
    "reply": {"id": ("s", 0), "author_id": ("s", 1), "handle": ("s", 0), "text": ("s", 1),
              "published_at": ("t", 1), "language": ("s", 0)},
    "snapshot": {"account_id": ("s", 1), "at": ("t", 1), "followers": ("i?", 1), "following": ("i?", 1),
                 "posts_count": ("i?", 1)},
    "follower": {"id": ("s", 1), "handle": ("s", 1), "avatar_url": ("s", 0), "bio": ("s", 0),
                 "followers": ("i?", 1), "following": ("i?", 1), "posts_count": ("i?", 1),
                 "language": ("s", 0), "country": ("s", 0)},
    "brief": {"id": ("s", 0), "name": ("s", 1), "keywords": ("[s]", 1), "must_have": ("[s]", 0),
              "exclude": ("[s]", 0), "languages": ("[s]", 0), "countries": ("[s]", 0),
              "platforms": ("[s]", 0), "min_followers": ("i", 0), "max_followers": ("i", 0),
              "min_engagement_rate": ("n", 0), "brand_safety": ("s", 0), "disclosure_region": ("s", 0),
              "weights": ("o?", 0)},
}
MEDIA_KINDS = {"video", "image", "text", "article"}


def when(s):
    if not isinstance(s, str) or not RFC3339.match(s):
        return None
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def check_value(v, typ, path, errs):
    if typ.endswith("?"):
        if v is None:
            return
        typ = typ[:-1]
    elif v is None:
        errs.append("%s is null" % path)
        return
    if typ.startswith("["):
        if not isinstance(v, list):
            errs.append("%s: want a list" % path)
            return
        inner = typ[1:-1]
        for i, x in enumerate(v):
            check_value(x, inner, "%s[%d]" % (path, i), errs)
        return
    if typ in SHAPES:
        check_shape(v, typ, path, errs)
        return
    ok = {"s": lambda x: isinstance(x, str),
          "i": lambda x: isinstance(x, int) and not isinstance(x, bool),
          "n": lambda x: isinstance(x, (int, float)) and not isinstance(x, bool),
          "b": lambda x: isinstance(x, bool),
          "o": lambda x: isinstance(x, dict),
          "t": lambda x: when(x) is not None}[typ](v)
    if not ok:
        errs.append("%s: want %s, got %r" % (path, typ, v if not isinstance(v, (dict, list)) else type(v).__name__))
        return
    if typ == "i" and v < 0:
        errs.append("%s: negative count" % path)
    if typ == "t":
        t = when(v)
        if not (EARLIEST <= t <= CLOCK):
            errs.append("%s: %s is outside %s .. %s" % (path, v, EARLIEST.date(), CLOCK.date()))


def check_shape(o, kind, path, errs):
    if not isinstance(o, dict):
        errs.append("%s: want an object" % path)
        return
    spec = SHAPES[kind]
    for k in o:
        if k not in spec:
            errs.append("%s: field %r is not in the Go type" % (path, k))
    for k, (typ, required) in spec.items():
        if k in o:
            check_value(o[k], typ, "%s.%s" % (path, k), errs)
        elif required:
            errs.append("%s: missing %r" % (path, k))


def positive(doc, target):
    lab = doc["labels"]
    if target in GARM:
        return LEVELS.index(lab["garm"].get(target, "none")) >= 2
    if target.startswith("brand_safety:"):
        return positive(doc, target.split(":", 1)[1])
    return bool(lab["flags"].get(target))


def targets_of(doc, kind):
    out = set()
    for c in doc.get("classes") or []:
        parts = c.split(":")
        if len(parts) >= 2 and parts[0] == kind:
            out.add(parts[1])
    return out


def check_case(path, doc, batch):
    errs = []
    need = ["id", "batch", "language", "region", "classes", "why", "brief", "creator", "labels"]
    for k in need:
        if k not in doc:
            errs.append("missing %s" % k)
    for k in doc:
        if k not in need:
            errs.append("unknown top-level key %s" % k)
    if errs:
        return errs
    if doc["id"] != os.path.basename(path)[:-5]:
        errs.append("id %s differs from the file name" % doc["id"])
    if doc["batch"] != batch:
        errs.append("batch %r in folder %s" % (doc["batch"], batch))
    if doc["language"] not in LANGS:
        errs.append("language %r" % doc["language"])
    if doc["region"] not in REGIONS:
        errs.append("region %r" % doc["region"])
    if not isinstance(doc["classes"], list) or not doc["classes"] or not all(isinstance(c, str) for c in doc["classes"]):
        errs.append("classes must be a non-empty list of strings")
    if not isinstance(doc["why"], str) or len(doc["why"].strip()) < 20:
        errs.append("why is missing or too short")
    if doc["brief"] is not None:
        check_shape(doc["brief"], "brief", "brief", errs)
        if isinstance(doc["brief"], dict) and doc["brief"].get("brand_safety", "standard") not in PRESETS:
            errs.append("brief.brand_safety %r" % doc["brief"].get("brand_safety"))

    # labels
    lab = doc["labels"]
    if not isinstance(lab, dict) or set(lab) != {"flags", "garm"}:
        errs.append("labels must hold exactly flags and garm")
        return errs
    flags, garm = lab["flags"], lab["garm"]
    for f in ALL_FLAGS:
        if f not in flags:
            if f in FLAGS:  # brand_safety:<category> may be left implicit: it follows the level
                errs.append("flag %s is not labelled" % f)
        elif not isinstance(flags[f], bool):
            errs.append("flag %s is not true/false" % f)
    for f in flags:
        if f not in ALL_FLAGS:
            errs.append("unknown flag %s" % f)
    for g in GARM:
        if g not in garm:
            errs.append("category %s is not labelled" % g)
        elif garm[g] not in LEVELS:
            errs.append("category %s has level %r" % (g, garm[g]))
    for g in garm:
        if g not in GARM:
            errs.append("unknown category %s" % g)
    if errs:
        return errs
    for g in GARM:
        if "brand_safety:" + g in flags and flags["brand_safety:" + g] != (LEVELS.index(garm[g]) >= 2):
            errs.append("brand_safety:%s=%s but level is %s" % (g, flags["brand_safety:" + g], garm[g]))
    if flags["unsuitable"] and doc["brief"] is None:
        errs.append("unsuitable is true without a brief")
    for t in targets_of(doc, "positive"):
        if (t in GARM or t in FLAGS) and not positive(doc, t):
            errs.append("class positive:%s but the label is negative" % t)
    for t in targets_of(doc, "hard_negative"):
        if (t in GARM or t in FLAGS) and positive(doc, t):
            errs.append("class hard_negative:%s but the label is positive" % t)

    # creator
    c = doc["creator"]
    check_shape(c, "creator", "creator", errs)
    if not isinstance(c, dict):
        return errs
    accounts = c.get("accounts") or []
    ids = set()
    for i, a in enumerate(accounts):
        if not isinstance(a, dict):
            continue
        ids.add(a.get("id"))
        if a.get("platform") not in PLATFORMS:
            errs.append("accounts[%d]: platform %r" % (i, a.get("platform")))
        if a.get("creator_id") != c.get("id"):
            errs.append("accounts[%d]: creator_id differs from the creator" % i)
    posts = c.get("posts") or []
    short = any("short_history" in x for x in doc["classes"])
    if len(posts) < 12 and not short:
        errs.append("%d posts (at least 12 wanted)" % len(posts))
    seen = set()
    for i, p in enumerate(posts):
        if not isinstance(p, dict):
            continue
        if p.get("account_id") not in ids:
            errs.append("posts[%d]: account_id is not one of the accounts" % i)
        if p.get("id") in seen:
            errs.append("posts[%d]: duplicate id" % i)
        seen.add(p.get("id"))
        if "media_kind" in p and p["media_kind"] not in MEDIA_KINDS:
            errs.append("posts[%d]: media_kind %r" % (i, p["media_kind"]))
    stamps = [when(p.get("published_at")) for p in posts if isinstance(p, dict)]
    if None not in stamps and stamps != sorted(stamps, reverse=True):
        errs.append("posts are not newest first")
    snaps = [when(s.get("at")) for s in c.get("snapshots") or [] if isinstance(s, dict)]
    if None not in snaps and snaps != sorted(snaps):
        errs.append("snapshots are not oldest first")
    for s in c.get("snapshots") or []:
        if isinstance(s, dict) and s.get("account_id") not in ids:
            errs.append("snapshot of an unknown account")
            break
    return errs


def load(batch, prefix):
    d = os.path.join(EVAL, batch)
    out, bad = [], 0
    if not os.path.isdir(d):
        return out, bad
    for name in sorted(os.listdir(d)):
        if not name.endswith(".json") or not name.startswith(prefix):
            continue
        p = os.path.join(d, name)
        try:
            with open(p, encoding="utf-8") as fh:
                doc = json.load(fh)
        except ValueError as e:
            print("%s: not JSON: %s" % (p, e))
            bad += 1
            continue
        errs = check_case(p, doc, batch)
        for e in errs:
            print("%s: %s" % (os.path.relpath(p, EVAL), e))
        bad += bool(errs)
        out.append(doc)
    return out, bad


def table(batch, docs):
    print("\n== %s: %d cases ==" % (batch, len(docs)))
    print("%-30s %5s %5s  %s" % ("target", "pos", "hneg", "languages of pos / hneg"))
    for t in ["brand_safety:" + g for g in GARM] + FLAGS:
        key = t.split(":", 1)[1] if t.startswith("brand_safety:") else t
        pos = [d for d in docs if positive(d, key)]
        hn = [d for d in docs if key in targets_of(d, "hard_negative")]
        lp = Counter(d["language"] for d in pos)
        lh = Counter(d["language"] for d in hn)
        langs = " ".join("%s:%d/%d" % (l, lp[l], lh[l]) for l in LANGS if lp[l] or lh[l])
        print("%-30s %5d %5d  %s" % (t, len(pos), len(hn), langs))
    lv = defaultdict(Counter)
    for d in docs:
        for g, l in d["labels"]["garm"].items():
            lv[g][l] += 1
    print("\nlevels per category (none/low/medium/high/floor):")
    for g in GARM:
        print("  %-18s %s" % (g, " / ".join("%3d" % lv[g][l] for l in LEVELS)))
    n = max(1, len(docs))
    langs = Counter(d["language"] for d in docs)
    print("\nlanguages: " + ", ".join("%s %d (%.0f%%)" % (l, langs[l], 100.0 * langs[l] / n) for l in LANGS))
    plats = Counter(d["creator"]["accounts"][0]["platform"] for d in docs if d["creator"].get("accounts"))
    print("platforms: " + ", ".join("%s %d" % kv for kv in sorted(plats.items())))
    regs = Counter(d["region"] for d in docs)
    print("regions:   " + ", ".join("%s %d" % kv for kv in sorted(regs.items())))


def main(argv):
    prefix = ""
    batches = []
    i = 0
    while i < len(argv):
        if argv[i] == "--prefix":
            prefix = argv[i + 1]
            i += 2
            continue
        batches.append(argv[i])
        i += 1
    batches = batches or ["validation", "dev"]
    bad = 0
    for b in batches:
        docs, nbad = load(b, prefix)
        bad += nbad
        if docs:
            table(b, docs)
    if bad:
        print("\n%d file(s) fail" % bad)
        return 1
    print("\nall files pass")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
