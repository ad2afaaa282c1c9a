#!/usr/bin/env python3
"""Validates the evaluation cases against testdata/eval/CONVENTIONS.md and the
JSON shapes of scout.Creator (creator.go, account.go, post.go, audience.go),
then prints, per batch, positives and hard negatives per flag and per GARM
category, and case counts per language and platform.

    python3 check.py                 # every batch under testdata/eval
    python3 check.py dev             # one batch
    python3 check.py --prefix au-    # only cases whose id starts with au-
    python3 check.py --stats FILE    # a reviewer's summary of one case's numbers

Exit status 1 when any file breaks a rule. Python 3 standard library only.
"""
import collections
import glob
import json
import os
import re
import statistics
import sys
from datetime import datetime, timedelta, timezone

EVAL = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLOCK = datetime(2026, 12, 1, tzinfo=timezone.utc)
EARLIEST = CLOCK - timedelta(days=183)  # six months before the clock

FLAGS = [
    "engagement_below_tier", "engagement_above_tier", "comment_like_ratio_outlier",
    "flat_engagement", "follower_spike", "follower_drop", "mass_following",
    "suspicious_followers", "generic_comments", "engagement_pod",
    "undisclosed_sponsorship", "weak_disclosure", "ineligible", "unsuitable",
]
GARM = ["adult", "arms", "crime", "death_injury", "piracy", "hate", "profanity",
        "drugs_alcohol", "spam", "terrorism", "sensitive_issues", "misinformation"]
LEVELS = ["none", "low", "medium", "high", "floor"]
LANGS = ["en", "es", "de", "fr", "it", "pt"]
REGIONS = ["us", "uk", "eu"]
PLATFORMS = ["instagram", "tiktok", "youtube", "bluesky", "mastodon", "fediverse", "web"]
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

# JSON shapes. Each field: (types, required). "time" is an RFC 3339 string,
# "count" an integer >= 0 or null, "ocount" the same but optional.
STR, BOOL, INT = ("str",), ("bool",), ("int",)
SHAPES = {
    "Creator": {
        "id": (STR, True), "name": (STR, True), "accounts": (("list:Account",), True),
        "bio": (STR, True), "links": (("list:str", "null"), True), "language": (("str", "null"), True),
        "country": (("str", "null"), True), "followers": (("count",), True),
        "engagement": (("dict",), True), "scores": (("dict", "null"), True), "flags": (("list:any", "null"), True),
        "partnerships": (("dict", "null"), False), "data_as_of": (("time", "null"), True),
        "growth": (("dict", "null"), False), "stale": (BOOL, False), "identity": (("list:any",), False),
        "merged_from": (("list:str",), False), "created_at": (("time",), True), "updated_at": (("time",), True),
        "posts": (("list:Post",), False), "snapshots": (("list:Snapshot",), False),
        "found_via": (("list:any",), False), "contacts": (("list:any",), False),
        "language_evidence": (("dict",), False), "country_evidence": (("dict",), False),
    },
    "Account": {
        "id": (STR, True), "creator_id": (STR, True), "platform": (STR, True), "handle": (STR, True),
        "url": (STR, True), "display_name": (STR, True), "bio": (STR, True), "links": (("list:str", "null"), True),
        "avatar_url": (STR, False), "followers": (("count",), True), "following": (("count",), True),
        "posts_count": (("count",), True), "approximate": (("list:str",), False), "feed_url": (STR, False),
        "data_as_of": (("time",), True), "follower_sample": (("list:FollowerSample",), False),
        "location": (STR, False), "engagement": (("dict",), False), "verified_links": (("list:str",), False),
        "fields": (("list:any",), False), "language": (STR, False), "language_evidence": (("dict",), False),
    },
    "Post": {
        "id": (STR, True), "account_id": (STR, True), "url": (STR, True), "published_at": (("time",), True),
        "title": (STR, False), "text": (STR, True), "likes": (("count",), True), "comments": (("count",), True),
        "shares": (("count",), True), "views": (("count",), True), "pinned": (BOOL, True),
        "media_kind": (STR, False), "duration_seconds": (INT, False), "links": (("list:str",), False),
        "labels": (("list:str",), False), "sensitive": (BOOL, False), "content_warning": (STR, False),
        "paid_partnership": (BOOL, False), "language": (STR, False), "is_reply": (BOOL, False),
        "is_repost": (BOOL, False), "replies": (("list:Reply",), False),
    },
    "Snapshot": {
        "account_id": (STR, True), "at": (("time",), True), "followers": (("count",), True),
        "following": (("count",), True), "posts_count": (("count",), True),
    },
    "Reply": {
        "id": (STR, False), "author_id": (STR, True), "handle": (STR, False), "text": (STR, True),
        "published_at": (("time",), True), "language": (STR, False),
    },
    "FollowerSample": {
        "id": (STR, True), "handle": (STR, True), "avatar_url": (STR, False), "bio": (STR, False),
        "followers": (("count",), True), "following": (("count",), True), "posts_count": (("count",), True),
        "language": (STR, False), "country": (STR, False),
    },
}


def parse_time(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def value(self, where, v, kinds):
        for k in kinds:
            if k == "null" and v is None:
                return True
            if k == "str" and isinstance(v, str):
                return True
            if k == "bool" and isinstance(v, bool):
                return True
            if k == "int" and isinstance(v, int) and not isinstance(v, bool):
                return True
            if k == "dict" and isinstance(v, dict):
                return True
            if k == "count":
                if v is None:
                    return True
                if isinstance(v, int) and not isinstance(v, bool):
                    if v < 0:
                        self.err(where, f"negative count {v}")
                    return True
            if k == "time" and isinstance(v, str):
                if not RFC3339.match(v):
                    self.err(where, f"not RFC 3339: {v!r}")
                    return True
                t = parse_time(v)
                if not (EARLIEST <= t <= CLOCK):
                    self.err(where, f"date {v} outside the six months before {CLOCK:%Y-%m-%d}")
                return True
            if k.startswith("list:") and isinstance(v, list):
                inner = k[5:]
                for i, item in enumerate(v):
                    if inner == "any":
                        continue
                    if inner == "str":
                        if not isinstance(item, str):
                            self.err(f"{where}[{i}]", "not a string")
                    else:
                        self.shape(f"{where}[{i}]", item, inner)
                return True
        self.err(where, f"expected {'/'.join(kinds)}, got {type(v).__name__}")
        return False

    def shape(self, where, obj, name):
        if not isinstance(obj, dict):
            self.err(where, f"{name} is not an object")
            return
        spec = SHAPES[name]
        for key in obj:
            if key not in spec:
                self.err(where, f"unknown {name} field {key!r}")
        for key, (kinds, required) in spec.items():
            if key not in obj:
                if required:
                    self.err(where, f"{name} lacks {key!r}")
                continue
            self.value(f"{where}.{key}", obj[key], kinds)

    def case(self, path, batch):
        name = os.path.basename(path)
        try:
            with open(path, encoding="utf-8") as f:
                d = json.load(f)
        except (OSError, ValueError) as e:
            self.err(name, f"unreadable JSON: {e}")
            return None
        for key in ("id", "batch", "language", "region", "classes", "why", "brief", "creator", "labels"):
            if key not in d:
                self.err(name, f"lacks {key!r}")
                return None
        if name != d["id"] + ".json":
            self.err(name, f"file name does not match id {d['id']!r}")
        if d["batch"] != batch:
            self.err(name, f"batch {d['batch']!r} in folder {batch!r}")
        if d["language"] not in LANGS:
            self.err(name, f"language {d['language']!r}")
        if d["region"] not in REGIONS:
            self.err(name, f"region {d['region']!r}")
        if not isinstance(d["classes"], list) or not d["classes"] or not all(isinstance(c, str) for c in d["classes"]):
            self.err(name, "classes must be a non-empty list of strings")
        if not isinstance(d["why"], str) or len(d["why"]) < 20:
            self.err(name, "why must explain the case")
        if d["brief"] is not None and not isinstance(d["brief"], dict):
            self.err(name, "brief must be null or an object")
        labels = d["labels"]
        flags = labels.get("flags", {}) if isinstance(labels, dict) else {}
        garm = labels.get("garm", {}) if isinstance(labels, dict) else {}
        for f in FLAGS:
            if f not in flags:
                self.err(name, f"flag {f} not labelled")
            elif not isinstance(flags[f], bool):
                self.err(name, f"flag {f} is not true/false")
        for f in flags:
            if f not in FLAGS:
                self.err(name, f"unknown flag {f!r}")
        for g in GARM:
            if g not in garm:
                self.err(name, f"GARM category {g} not labelled")
            elif garm[g] not in LEVELS:
                self.err(name, f"GARM {g} level {garm[g]!r}")
        for g in garm:
            if g not in GARM:
                self.err(name, f"unknown GARM category {g!r}")
        if flags.get("unsuitable") and d["brief"] is None:
            self.err(name, "unsuitable needs a brief")
        for c in d["classes"]:
            parts = c.split(":")
            if parts[0] in ("positive", "hard_negative") and len(parts) >= 2:
                target = parts[1]
                if target in FLAGS:
                    if parts[0] == "positive" and not flags.get(target):
                        self.err(name, f"class {c} but flag {target} is false")
                    if parts[0] == "hard_negative" and flags.get(target):
                        self.err(name, f"class {c} but flag {target} is true")
        cr = d["creator"]
        self.shape(name + ":creator", cr, "Creator")
        if not isinstance(cr, dict):
            return d
        for a in cr.get("accounts") or []:
            if isinstance(a, dict) and a.get("platform") not in PLATFORMS:
                self.err(name, f"platform {a.get('platform')!r}")
            if isinstance(a, dict) and a.get("creator_id") != cr.get("id"):
                self.err(name, "account creator_id differs from creator id")
        posts = cr.get("posts") or []
        about_posts = any(c.split(":")[1] in ("follower_spike", "follower_drop", "mass_following", "suspicious_followers")
                          for c in d["classes"] if c.count(":") >= 1)
        if len(posts) < 12 and not about_posts:
            self.err(name, f"only {len(posts)} posts")
        times = [p.get("published_at", "") for p in posts]
        if times != sorted(times, reverse=True):
            self.err(name, "posts are not newest first")
        snaps = [s.get("at", "") for s in cr.get("snapshots") or []]
        if snaps != sorted(snaps):
            self.err(name, "snapshots are not oldest first")
        acc_ids = {a.get("id") for a in cr.get("accounts") or [] if isinstance(a, dict)}
        for p in posts:
            if p.get("account_id") not in acc_ids:
                self.err(name, f"post {p.get('id')} of an unknown account")
            reps = [r.get("published_at", "") for r in p.get("replies") or []]
            if reps != sorted(reps):
                self.err(name, f"replies of {p.get('id')} are not oldest first")
            if reps and reps[0] < p.get("published_at", ""):
                self.err(name, f"a reply to {p.get('id')} predates the post")
        return d


def table(title, rows, header):
    print(title)
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    line = "  ".join(str(h).ljust(w) for h, w in zip(header, widths))
    print("  " + line)
    for r in rows:
        print("  " + "  ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(r, widths))))
    print()


def report(batch, docs):
    n = len(docs)
    print(f"== {batch}: {n} cases ==\n")
    rows = []
    for f in FLAGS:
        pos = sum(1 for d in docs if d["labels"]["flags"].get(f))
        hn = sum(1 for d in docs if any(c.startswith(f"hard_negative:{f}") for c in d["classes"]))
        langs = sorted({d["language"] for d in docs if d["labels"]["flags"].get(f)
                        or any(c.startswith(f"hard_negative:{f}") for c in d["classes"])})
        rows.append((f, pos, hn, ",".join(langs)))
    table("Flags", rows, ("flag", "positives", "hard_negatives", "languages"))
    rows = []
    for g in GARM:
        pos = sum(1 for d in docs if LEVELS.index(d["labels"]["garm"].get(g, "none")) >= 2)
        low = sum(1 for d in docs if d["labels"]["garm"].get(g) == "low")
        hn = sum(1 for d in docs if any(c.startswith(f"hard_negative:{g}") for c in d["classes"]))
        rows.append((g, pos, low, hn))
    table("GARM categories (positives: medium or above)", rows, ("category", "positives", "low", "hard_negatives"))
    lang = collections.Counter(d["language"] for d in docs)
    table("Languages", [(l, lang.get(l, 0), f"{100 * lang.get(l, 0) / max(n, 1):.0f}%") for l in LANGS], ("language", "cases", "share"))
    plat = collections.Counter(a["platform"] for d in docs for a in d["creator"]["accounts"])
    table("Platforms", sorted(plat.items()), ("platform", "cases"))
    reg = collections.Counter(d["region"] for d in docs)
    table("Regions", sorted(reg.items()), ("region", "cases"))


def stats(path):
    """A reviewer's summary of the numbers in one case."""
    d = json.load(open(path, encoding="utf-8"))
    cr = d["creator"]
    acc = cr["accounts"][0]
    F = acc["followers"]
    posts = cr.get("posts") or []
    print(d["id"], acc["platform"], acc["handle"], "followers", F, "following", acc["following"])
    er = [((p["likes"] or 0) + (p["comments"] or 0)) / F for p in posts if F and p["likes"] is not None]
    if er:
        print(f"  median ER by followers {statistics.median(er):.4f}  max/median {max(er) / max(statistics.median(er), 1e-9):.1f}")
    cl = [p["comments"] / p["likes"] for p in posts if p["likes"] and p["comments"] is not None]
    if cl:
        print(f"  median comments/like {statistics.median(cl):.4f}")
    likes = [p["likes"] for p in posts if p["likes"] is not None]
    if len(likes) > 2:
        print(f"  likes CV {statistics.pstdev(likes) / max(statistics.mean(likes), 1e-9):.3f}")
    views = [p["views"] for p in posts if p["views"]]
    if views:
        print(f"  median views {statistics.median(views):.0f}  max/median {max(views) / statistics.median(views):.1f}")
    s = [x for x in cr.get("snapshots") or [] if x["followers"] is not None]
    if len(s) > 1:
        deltas = [(b["followers"] - a["followers"], b["at"][:10]) for a, b in zip(s, s[1:])]
        up, down = max(deltas), min(deltas)
        med = statistics.median(abs(x) for x, _ in deltas)
        print(f"  snapshots {len(s)}  largest gain {up}  largest loss {down}  median |step| {med:.0f}")
    fs = acc.get("follower_sample") or []
    if fs:
        fake = sum(1 for x in fs if not x.get("avatar_url") and x["posts_count"] == 0 and (x["following"] or 0) > 1000)
        print(f"  follower sample {len(fs)}: no avatar+no posts+following>1000: {fake}")
    reps = [r for p in posts for r in p.get("replies") or []]
    if reps:
        authors = collections.Counter(r["author_id"] for r in reps)
        print(f"  replies {len(reps)} from {len(authors)} authors; most frequent author {authors.most_common(1)[0][1]}")


def main(argv):
    if "--stats" in argv:
        for p in argv[argv.index("--stats") + 1:]:
            stats(p)
        return 0
    prefix = ""
    if "--prefix" in argv:
        i = argv.index("--prefix")
        prefix = argv[i + 1]
        argv = argv[:i] + argv[i + 2:]
    batches = [a for a in argv if not a.startswith("-")] or ["validation", "dev"]
    ck = Checker()
    for batch in batches:
        files = sorted(glob.glob(os.path.join(EVAL, batch, prefix + "*.json")))
        docs = [d for d in (ck.case(f, batch) for f in files) if d is not None]
        if docs:
            report(batch, docs)
    if ck.errors:
        print(f"{len(ck.errors)} problems:")
        for e in ck.errors[:200]:
            print("  " + e)
        return 1
    print("all files valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
