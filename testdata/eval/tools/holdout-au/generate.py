#!/usr/bin/env python3
"""Generate the holdout-au batch: testdata/eval/holdout/ha-NNNN.json.

Usage: python3 generate.py [OUTDIR]   (default: ../../holdout relative to this file)
"""
import json
import os
import statistics
import sys

from engine import Builder, FLAGS
from lang import LANG
import scenarios

PL = scenarios.PL


def fmt(n):
    return f"{n:,}"


def rng(a, b):
    return fmt(a) if a == b else f"{fmt(a)}–{fmt(b)}"


def pct(x):
    if x >= 0.1:
        return f"{x*100:.0f}%"
    if x >= 0.01:
        return f"{x*100:.1f}%"
    return f"{x*100:.2f}%"


def stats(spec, case):
    c = case["creator"]
    posts = c["posts"]
    F = spec["followers"]
    likes = [p["likes"] for p in posts if p["likes"] is not None]
    comments = [p["comments"] for p in posts if p["comments"] is not None]
    views = [p["views"] for p in posts if p["views"] is not None]
    d = dict(F=fmt(F), P=PL[spec["platform"]], N=len(posts))
    if likes:
        ml = int(statistics.median(likes))
        d.update(ML=fmt(ml), RATE=pct(ml / F), LRANGE=rng(min(likes), max(likes)))
    if comments:
        mc = int(statistics.median(comments))
        d.update(MC=fmt(mc), CRANGE=rng(min(comments), max(comments)))
        if likes:
            d["CPL"] = pct(statistics.median([cc / max(1, l) for cc, l in zip(comments, likes)]))
    if views:
        d.update(MV=fmt(int(statistics.median(views))), VRANGE=rng(min(views), max(views)))
    snaps = c["snapshots"]
    sn = spec.get("snap", {})
    ev = sn.get("events", [])
    if ev:
        pos = [e for e in ev if e["amount"] > 0]
        neg = [e for e in ev if e["amount"] < 0]
        if pos:
            d["JUMP"] = fmt(int(sum(e["amount"] for e in pos)))
            d["JDATE"] = snaps[pos[0]["_j"]]["at"][:10]
        if neg:
            e = neg[0]
            j = e["_j"]
            prev = snaps[j - 1]["followers"]
            d["DROP"] = fmt(-int(e["amount"]))
            d["DDATE"] = snaps[j]["at"][:10]
            d["DPCT"] = pct(-e["amount"] / prev)
    if spec.get("specials") and likes:
        sp = spec["specials"][0]
        p = posts[sp["_j"]]
        others = [q["likes"] for i, q in enumerate(posts) if i != sp["_j"] and q["likes"] is not None]
        d["SPMULT"] = str(max(2, round(p["likes"] / statistics.median(others))))
        d["SPVIEWS"] = f" ({fmt(p['views'])} views)" if p.get("views") else ""
    d["FOLLOWING"] = fmt(spec.get("following", 0))
    churn = sn.get("churn")
    d["CHURN"] = f", and its following count swings between about {fmt(churn[0])} and {fmt(churn[1])} as it follows and unfollows in bulk" if churn else ""
    acct = c["accounts"][0]
    smp = acct.get("follower_sample")
    if smp:
        fakes = [f for f in smp if f.get("posts_count") == 0 and "avatar_url" not in f and (f.get("following") or 0) >= 1000]
        d["FAKEN"] = str(len(fakes))
        d["SAMPLEN"] = str(len(smp))
        fs = spec["sample"]
        det = {"random": ", with random-character handles", "seq": ", with handles made of one first name plus consecutive numbers",
               "namedigits": ", with handles of a name plus eight digits"}[fs.get("fake_style", "random")]
        if fs.get("fake_instance"):
            det += f", all on one newly created server ({fs['fake_instance']})"
        if fs.get("fake_country"):
            det += ", and a language and country unrelated to the creator's audience"
        d["FAKEDETAIL"] = det
    reps = [r for p in posts for r in p.get("replies", [])]
    if reps:
        L = LANG[spec["lang"]]
        pool = set(spec.get("generic_pool") or L["generic"])
        gen = [r for r in reps if r["text"] in pool or r["text"].startswith("@")]
        d["GEN"] = str(len(gen))
        d["REPN"] = str(len(reps))
        d["GEX"] = next((r["text"] for r in gen if not r["text"].startswith("@")), "")
    if spec.get("replies") == "pod":
        authors = {}
        for p in posts:
            for r in p.get("replies", []):
                authors.setdefault(r["author_id"], 0)
                authors[r["author_id"]] += 1
        members = [a for a, n in authors.items() if n >= 3]
        d["PODN"] = str(len(members))
        d["PODCOV"] = f"{sum(1 for p in posts if p.get('replies'))} of {len(posts)}"
    return d


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "holdout")
    os.makedirs(out, exist_ok=True)
    for i, spec in enumerate(scenarios.SPECS, 1):
        spec["id"] = f"ha-{i:04d}"
        case = Builder(spec).build()
        case["why"] = spec["why"].format(**stats(spec, case))
        with open(os.path.join(out, spec["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(case, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(len(scenarios.SPECS), "cases written to", os.path.normpath(out))


if __name__ == "__main__":
    main()
