"""Case builder for the holdout-au batch: turns a scenario spec into one
labelled case JSON (scout.Creator with posts, snapshots, replies and an
optional follower sample). Deterministic per case id."""
import datetime as dt
import hashlib
import json
import math
import random
import string

from lang import LANG, US, MATCH, CONVO, ANSWERS, DEBATE

UTC = dt.timezone.utc
FETCH = dt.datetime(2026, 11, 29, 5, 0, 0, tzinfo=UTC)
WIN_START = dt.datetime(2026, 6, 6, 8, 0, 0, tzinfo=UTC)

FLAGS = ["engagement_below_tier", "engagement_above_tier", "comment_like_ratio_outlier", "flat_engagement",
         "follower_spike", "follower_drop", "mass_following", "suspicious_followers", "generic_comments",
         "engagement_pod", "undisclosed_sponsorship", "weak_disclosure", "ineligible", "unsuitable"]
GARM = ["adult", "arms", "crime", "death_injury", "piracy", "hate", "profanity", "drugs_alcohol", "spam",
        "terrorism", "sensitive_issues", "misinformation"]

B32 = "abcdefghijklmnopqrstuvwxyz234567"
ALNUM = string.ascii_letters + string.digits + "_-"


def iso(t):
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def D(s, h=12, m=0):
    y, mo, d = map(int, s.split("-"))
    return dt.datetime(y, mo, d, h, m, tzinfo=UTC)


def tier(f):
    return "nano" if f < 10_000 else "micro" if f < 50_000 else "mid" if f < 500_000 else "macro" if f < 1_000_000 else "mega"


# Typical likes (or favourites) per follower on an ordinary recent post, from
# public benchmark reports (HypeAuditor, Rival IQ, Social Insider) and
# fediverse norms; for YouTube and Twitch the views per subscriber/follower.
BASE = {
    "instagram": dict(nano=0.045, micro=0.025, mid=0.015, macro=0.011, mega=0.008),
    "tiktok": dict(nano=0.09, micro=0.06, mid=0.04, macro=0.03, mega=0.02),
    "youtube": dict(nano=0.30, micro=0.18, mid=0.11, macro=0.07, mega=0.045),
    "x": dict(nano=0.012, micro=0.005, mid=0.002, macro=0.001, mega=0.0005),
    "bluesky": dict(nano=0.045, micro=0.025, mid=0.013, macro=0.008, mega=0.006),
    "mastodon": dict(nano=0.035, micro=0.018, mid=0.009, macro=0.006, mega=0.005),
    "threads": dict(nano=0.03, micro=0.016, mid=0.008, macro=0.005, mega=0.004),
    "pixelfed": dict(nano=0.05, micro=0.028, mid=0.015, macro=0.01, mega=0.008),
    "twitch": dict(nano=0.08, micro=0.05, mid=0.03, macro=0.02, mega=0.012),
}
CRATIO = {"instagram": 0.02, "tiktok": 0.015, "x": 0.07, "bluesky": 0.09, "mastodon": 0.16,
          "threads": 0.07, "pixelfed": 0.06}


class Builder:
    def __init__(self, spec):
        self.s = spec
        self.r = random.Random(int(hashlib.sha256(spec["id"].encode()).hexdigest()[:12], 16))
        L = LANG[spec["lang"]]
        self.L = L
        self.p = spec["platform"]
        self.country = spec.get("country") or (US["country"] if spec.get("us") else L["country"])
        self.region = US["region"] if spec.get("us") else L["region"]

    # ---------- ids ----------
    def rs(self, n, alpha=ALNUM):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def digits(self, n):
        return str(self.r.randint(1, 9)) + "".join(self.r.choice(string.digits) for _ in range(n - 1))

    def person(self):
        L = self.L
        return self.r.choice(L["first"]), self.r.choice(L["last"])

    def plain(self, s):
        tr = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüçñß", "aaaaaeeeeiiiiooooouuuucns")
        return s.lower().translate(tr).replace(" ", "").replace("'", "")

    def handle_for(self, fn, ln, style=None):
        f, l = self.plain(fn), self.plain(ln)
        r = self.r
        style = style if style is not None else r.randint(0, 7)
        opts = [f"{f}.{l}", f"{f}{l}", f"{f}_{l}", f"{f}.{l[:1]}", f"{f}_{l}_", f"{l}.{f}", f"{f}{l[:3]}", f"{f}.{r.choice(['cooks','runs','reads','makes','photo','draws','home','green'])}"]
        return opts[style % len(opts)]

    def acct_handle(self, h):
        p = self.p
        if p == "bluesky":
            return h.replace("_", "-").strip("-.") + ".bsky.social"
        if p in ("mastodon", "pixelfed"):
            inst = self.instance
            return h.replace(".", "_") + "@" + inst
        return h

    def author_id(self, h):
        p = self.p
        if p == "instagram":
            return "instagram:" + self.digits(self.r.choice([9, 10, 11]))
        if p == "tiktok":
            return "tiktok:" + self.digits(19)
        if p == "youtube":
            return "youtube:UC" + self.rs(22, string.ascii_letters + string.digits + "_-")
        if p == "x":
            return "x:" + self.digits(self.r.choice([9, 10, 18, 19]))
        if p == "bluesky":
            return "bluesky:did:plc:" + self.rs(24, B32)
        if p in ("mastodon", "pixelfed"):
            inst = self.r.choice(self.instances)
            return f"{p}:https://{inst}/users/{h.split('@')[0]}"
        if p == "threads":
            return "threads:https://www.threads.net/ap/users/" + self.digits(17) + "/"
        return self.p + ":" + self.digits(10)

    # ---------- engagement ----------
    def lognorm(self, sigma):
        return math.exp(self.r.gauss(0, sigma))

    def build_posts(self):
        s, r, p = self.s, self.r, self.p
        n = s.get("n", r.randint(12, 24))
        F = s["followers"]
        Fb = s.get("base_followers", F)
        rate = s.get("rate", r.uniform(0.75, 1.3))
        base = BASE[p][tier(Fb)]
        if p in ("instagram",) and Fb < 2000:
            base = 0.06
        if p in ("bluesky", "mastodon", "pixelfed") and Fb < 1500:
            base *= 1.4
        med = s.get("likes_med", Fb * base * rate)
        sigma = s.get("sigma", 0.32)
        flat = s.get("flat")
        cr = s.get("cratio") or CRATIO.get(p, 0.05) * r.uniform(0.7, 1.3)
        csig = s.get("csigma", 0.4)
        # dates: spread across the window, newest first
        start = s.get("post_start", WIN_START)
        end = s.get("post_end", D("2026-11-28", 18))
        span = (end - start).total_seconds()
        times = sorted([start + dt.timedelta(seconds=span * (i + r.uniform(0.1, 0.9)) / n) for i in range(n)], reverse=True)
        specials = {}
        for sp in s.get("specials", []):
            if "date" in sp:
                t = sp["date"]
                # replace the post nearest that date
                j = min(range(n), key=lambda k: abs((times[k] - t).total_seconds()))
                times[j] = t
                specials[j] = sp
            else:
                specials[sp["idx"]] = sp
        posts_text = list(self.L["posts"])
        r.shuffle(posts_text)
        posts = []
        for i, t in enumerate(times):
            sp = specials.get(i)
            text = posts_text[i % len(posts_text)]
            if r.random() < 0.35:
                text += "\n\n" + " ".join(r.sample(self.L["tags"], r.randint(1, 3)))
            if sp and sp.get("text"):
                text = self.special_text(sp)
            m = sp.get("mult", 1.0) if sp else 1.0
            if flat:
                lk = med * (1 + r.uniform(-flat, flat))
            else:
                lk = med * self.lognorm(sigma)
            lk *= m
            cpl = cr
            if sp and "cmult" in sp:
                cpl = cr * sp["cmult"]
            if s.get("comments_fn"):
                cm = s["comments_fn"](r, i, lk)
            elif flat:
                cm = med * cr * (1 + r.uniform(-flat * 2, flat * 2))
            else:
                cm = lk * cpl * self.lognorm(csig)
            if sp and sp.get("cm_over_likes"):
                cm = lk * sp["cm_over_likes"] * self.lognorm(0.1)
            if sp and sp.get("comments") is not None:
                cm = sp["comments"]
            video = self.p in ("tiktok", "youtube", "twitch") or (p == "instagram" and r.random() < s.get("video_share", 0.45))
            post = self.post_shell(i, t, text, video)
            if sp and sp.get("title"):
                post["title"] = sp["title"]
            likes = int(round(lk))
            comments = int(round(cm))
            views = None
            shares = None
            if p == "youtube":
                views = likes
                if sp and sp.get("views"):
                    views = sp["views"]
                lpv = s.get("lpv", r.uniform(0.025, 0.045))
                likes = int(round(views * lpv * (self.lognorm(0.15) if not flat else 1)))
                if s.get("yt_likes_flat"):
                    likes = int(round(s["yt_likes_flat"] * (1 + r.uniform(-0.008, 0.008))))
                if s.get("comments_fn"):
                    comments = int(round(s["comments_fn"](r, i, likes)))
                else:
                    comments = int(round(views * s.get("cpv", r.uniform(0.002, 0.005)) * self.lognorm(0.35)))
                if sp and "comments" in sp:
                    comments = sp["comments"]
            elif p == "twitch":
                views = likes
                likes = None
                comments = None
            elif p == "tiktok":
                views = int(round(likes / s.get("lpv", r.uniform(0.06, 0.11)) * self.lognorm(0.12)))
                if sp and sp.get("views"):
                    views = sp["views"]
                if s.get("views_fn"):
                    views = s["views_fn"](r, i)
                shares = int(round(likes * r.uniform(0.01, 0.05)))
            elif p == "instagram":
                if video:
                    views = int(round(likes / r.uniform(0.05, 0.12)))
                    if s.get("ig_vpl"):
                        views = int(round(likes * r.uniform(*s["ig_vpl"])))
                    if sp and sp.get("views"):
                        views = sp["views"]
            elif p == "x":
                shares = int(round(likes * r.uniform(0.08, 0.2)))
                views = int(round(likes * r.uniform(60, 150))) + r.randint(20, 200)
                if s.get("x_vpl"):
                    views = int(round(likes * r.uniform(*s["x_vpl"])))
                if sp and sp.get("views"):
                    views = sp["views"]
            elif p == "bluesky":
                shares = int(round(likes * r.uniform(0.08, 0.2)))
            elif p == "mastodon":
                shares = int(round(likes * r.uniform(0.2, 0.4)))
                if sp and "shares" in sp:
                    shares = sp["shares"]
            elif p == "threads":
                shares = int(round(likes * r.uniform(0.02, 0.06)))
            elif p == "pixelfed":
                shares = int(round(likes * r.uniform(0.03, 0.08)))
            if s.get("zero_comments"):
                if s["zero_comments"](r, i) and comments is not None:
                    comments = 0
            post["likes"] = likes
            post["comments"] = comments
            post["shares"] = shares
            post["views"] = views
            post["pinned"] = False
            post["media_kind"] = "video" if video else ("text" if p in ("x", "bluesky", "mastodon", "threads") else "image")
            if video:
                post["duration_seconds"] = r.randint(600, 14400) if p == "twitch" else r.randint(240, 1500) if p == "youtube" else r.randint(8, 75)
            post["language"] = self.s["lang"]
            posts.append(post)
        self.posts = posts
        self.post_times = times
        return posts

    def special_text(self, sp):
        t = sp["text"]
        L = self.L
        big = "@" + sp.get("collab_handle", {"pt": "rita.cozinha", "en": "bigkitchen", "es": "lacocinadeleo", "de": "kochmitkarl", "fr": "chef.margaux.officiel", "it": "cucinaconpiero"}[self.s["lang"]])
        if t == "GIVEAWAY":
            return L["giveaway_post"]
        if t == "QA":
            return L["qa_post"]
        if t == "BDAY":
            return L["bday_post"]
        if t == "VIRAL":
            return L["viral_post"]
        if t == "COLLAB":
            return L["collab_post"].format(big=big)
        if t == "THANKS":
            return L["thanks_post"].format(big=big)
        return t

    def post_shell(self, i, t, text, video):
        p, r = self.p, self.r
        aid = self.account["id"]
        h = self.account["handle"]
        if p == "instagram":
            code = self.rs(11)
            pid, url = "instagram:" + code, f"https://www.instagram.com/{'reel' if video else 'p'}/{code}/"
        elif p == "tiktok":
            vid = self.digits(19)
            pid, url = "tiktok:" + vid, f"https://www.tiktok.com/@{h}/video/{vid}"
        elif p == "youtube":
            vid = self.rs(11)
            pid, url = "youtube:" + vid, f"https://www.youtube.com/watch?v={vid}"
        elif p == "x":
            sid = self.digits(19)
            pid, url = "x:" + sid, f"https://x.com/{h}/status/{sid}"
        elif p == "bluesky":
            tid = "3" + self.rs(12, B32)
            did = aid.split(":", 1)[1]
            pid, url = f"bluesky:at://{did}/app.bsky.feed.post/{tid}", f"https://bsky.app/profile/{h}/post/{tid}"
        elif p in ("mastodon", "pixelfed"):
            sid = self.digits(18)
            user = h.split("@")[0]
            pid = f"{p}:https://{self.instance}/users/{user}/statuses/{sid}"
            url = f"https://{self.instance}/@{user}/{sid}" if p == "mastodon" else f"https://{self.instance}/p/{user}/{sid}"
        elif p == "threads":
            code = self.rs(11)
            pid, url = "threads:" + code, f"https://www.threads.net/@{h}/post/{code}"
        elif p == "twitch":
            vid = self.digits(10)
            pid, url = "twitch:v" + vid, f"https://www.twitch.tv/videos/{vid}"
        d = dict(id=pid, account_id=aid, url=url, published_at=iso(t))
        if p in ("youtube", "twitch"):
            d["title"] = text.split(".")[0][:90]
        d["text"] = text
        return d

    # ---------- replies ----------
    def new_author(self, style=None):
        fn, ln = self.person()
        h = self.handle_for(fn, ln, style)
        if self.r.random() < 0.15:
            h += str(self.r.randint(1, 99))
        h = self.acct_handle(h) if self.p in ("bluesky",) else h
        return dict(handle=h, author_id=self.author_id(h))

    def service_author(self):
        r = self.r
        k = r.randint(0, 3)
        if k == 0:
            h = self.rs(r.randint(7, 10), string.ascii_lowercase + string.digits)
        elif k == 1:
            h = r.choice(["lux", "viral", "glow", "insta", "promo", "daily", "vibe", "star"]) + "_" + r.choice(["boost", "grow", "fame", "page", "hub", "zone"]) + str(r.randint(10, 9999))
        elif k == 2:
            h = r.choice(["amanda", "jessica", "kevin", "sandra", "mike", "laura", "angela", "david"]) + "." + self.rs(4, string.ascii_lowercase) + str(r.randint(100, 99999))
        else:
            fn, ln = self.person()
            h = self.handle_for(fn, ln) + str(r.randint(1000, 99999))
        if self.p == "bluesky":
            h = h.replace("_", "-") + ".bsky.social"
        return dict(handle=h, author_id=self.author_id(h))

    def mk_reply(self, a, text, t):
        t = min(t, FETCH - dt.timedelta(minutes=self.r.randint(5, 120)))
        return dict(id=self.rs(16, "0123456789abcdef"), author_id=a["author_id"], handle=a["handle"], text=text, published_at=iso(t))

    def add_replies(self):
        s, r = self.s, self.r
        mode = s.get("replies", "normal")
        posts = self.posts
        if mode == "none" or self.p == "twitch":
            return
        spec_pool = self.L["specific"]
        if mode == "normal":
            frac = s.get("reply_frac", 0.4)
            for i, post in enumerate(posts):
                sp = self.special_of(i)
                if sp and sp.get("reply_kind"):
                    self.special_replies(post, sp)
                    continue
                if (post["comments"] or 0) < 1 or r.random() > frac:
                    continue
                k = min(post["comments"], r.randint(2, 6))
                self.fill(post, [(self.new_author(), self.reply_text(post)) for _ in range(k)], spread_h=8)
        elif mode == "generic":
            gshare = s.get("generic_share", 0.75)
            pool = s.get("generic_pool") or self.L["generic"]
            for i, post in enumerate(posts):
                if r.random() > s.get("reply_frac", 0.85) or (post["comments"] or 0) < 3:
                    continue
                k = min(post["comments"], r.randint(6, 12))
                items = []
                for _ in range(k):
                    if r.random() < gshare:
                        txt = r.choice(pool) if r.random() > 0.15 else "@" + self.service_author()["handle"].split(".bsky")[0]
                        items.append((self.service_author() if r.random() < 0.75 else self.new_author(), txt))
                    else:
                        items.append((self.new_author(), self.reply_text(post)))
                self.fill(post, items, spread_h=3)
        elif mode == "pod":
            members = [self.new_author() for _ in range(s.get("pod_size", r.randint(8, 13)))]
            self.pod_members = members
            for i, post in enumerate(posts):
                if r.random() > s.get("pod_cover", 0.88):
                    continue
                t0 = dt.datetime.fromisoformat(post["published_at"].replace("Z", "+00:00"))
                reps = []
                order = list(members)
                if r.random() < 0.6:
                    r.shuffle(order)
                tt = t0
                for m in order:
                    if r.random() < s.get("pod_each", 0.85):
                        tt = tt + dt.timedelta(seconds=r.randint(20, 150))
                        reps.append(self.mk_reply(m, self.reply_text(post), tt))
                for _ in range(r.randint(0, 2)):
                    reps.append(self.mk_reply(self.new_author(), self.reply_text(post), t0 + dt.timedelta(hours=r.uniform(3, 40))))
                reps.sort(key=lambda x: x["published_at"])
                post["replies"] = reps
                if (post["comments"] or 0) < len(reps):
                    post["comments"] = len(reps) + r.randint(0, 3)
        elif mode in ("friends", "community", "superfans"):
            nf = s.get("friends_n", r.randint(3, 5) if mode == "friends" else r.randint(5, 7) if mode == "community" else 5)
            friends = [self.new_author() for _ in range(nf)]
            for i, post in enumerate(posts):
                sp = self.special_of(i)
                if sp and sp.get("reply_kind"):
                    self.special_replies(post, sp)
                    continue
                if r.random() > s.get("reply_frac", 0.85):
                    continue
                t0 = dt.datetime.fromisoformat(post["published_at"].replace("Z", "+00:00"))
                reps = []
                pf = 0.6 if mode != "superfans" else 0.45
                for f in friends:
                    if r.random() < pf:
                        reps.append(self.mk_reply(f, self.reply_text(post), t0 + dt.timedelta(minutes=r.uniform(25, 60 * 30))))
                extra = r.randint(0, 2) if mode != "superfans" else r.randint(10, 18)
                for _ in range(extra):
                    reps.append(self.mk_reply(self.new_author(), self.reply_text(post), t0 + dt.timedelta(minutes=r.uniform(5, 60 * 48))))
                if not reps:
                    continue
                reps.sort(key=lambda x: x["published_at"])
                post["replies"] = reps
                if (post["comments"] or 0) < len(reps):
                    post["comments"] = len(reps) + r.randint(0, 2)

    def reply_text(self, post):
        r = self.r
        lg = self.s["lang"]
        txt = post["text"].lower()
        spec = self.L["specific"]
        used = self.__dict__.setdefault("_used", {}).setdefault(post["id"], set())
        matched = [rep for pk, rk in MATCH[lg] if pk in txt for rep in spec if rk.lower() in rep.lower() and rep not in used]
        if matched and r.random() < 0.75:
            t = r.choice(matched)
        else:
            pool = [x for x in CONVO[lg] if x not in used] or CONVO[lg]
            t = r.choice(pool)
        used.add(t)
        return t

    def special_of(self, i):
        for sp in self.s.get("specials", []):
            if sp.get("_j") == i:
                return sp
        return None

    def special_replies(self, post, sp):
        r = self.r
        kind = sp["reply_kind"]
        items = []
        if kind == "mentions":
            for _ in range(r.randint(10, 14)):
                a = self.new_author()
                tags = " ".join("@" + self.new_author()["handle"].split(".bsky")[0] for _ in range(r.randint(1, 2)))
                items.append((a, tags))
            for _ in range(2):
                items.append((self.new_author(), self.reply_text(post)))
        elif kind in ("answers", "debate"):
            pool = list((ANSWERS if kind == "answers" else DEBATE)[self.s["lang"]])
            r.shuffle(pool)
            for t in pool[:r.randint(8, 12)]:
                items.append((self.new_author(), t))
        elif kind == "celebrate":
            for _ in range(r.randint(8, 12)):
                items.append((self.new_author(), r.choice(self.L["celebrate"])))
        elif kind == "questions":
            qs = [x for x in self.L["specific"] + CONVO[self.s["lang"]] if "?" in x]
            for _ in range(r.randint(8, 12)):
                items.append((self.new_author(), r.choice(qs)))
        elif kind == "big":
            big = sp["big_author"]
            items.append((big, sp.get("big_text", "👏")))
            for _ in range(r.randint(3, 6)):
                items.append((self.new_author(), self.reply_text(post)))
        self.fill(post, items, spread_h=10)

    def fill(self, post, items, spread_h):
        r = self.r
        t0 = dt.datetime.fromisoformat(post["published_at"].replace("Z", "+00:00"))
        reps = []
        for a, txt in items:
            t = t0 + dt.timedelta(minutes=r.uniform(4, 60) + r.expovariate(1 / (spread_h * 60)))
            reps.append(self.mk_reply(a, txt, min(t, FETCH - dt.timedelta(minutes=5))))
        reps.sort(key=lambda x: x["published_at"])
        post["replies"] = reps
        if (post["comments"] or 0) < len(reps):
            post["comments"] = len(reps)

    # ---------- snapshots ----------
    def build_snapshots(self):
        s, r = self.s, self.r
        sn = s.get("snap", {})
        mode = sn.get("mode", "weekly")
        F = s["followers"]
        if mode == "daily":
            start = sn.get("start", D("2026-09-06", 3))
            times = []
            t = start
            while t < FETCH - dt.timedelta(hours=12):
                times.append(t.replace(hour=r.randint(1, 6), minute=r.randint(0, 59)))
                t += dt.timedelta(days=1)
        else:
            start = sn.get("start", D("2026-07-26", 3))
            times = []
            t = start
            while t < FETCH - dt.timedelta(days=3):
                times.append(t.replace(hour=r.randint(1, 7), minute=r.randint(0, 59)))
                t += dt.timedelta(days=7)
        times.append(FETCH)
        nT = len(times)
        g = sn.get("growth", r.uniform(0.002, 0.008))  # per week
        gstep = g / 7 if mode == "daily" else g
        evs = [0.0] * nT
        for ev in sn.get("events", []):
            d = ev["date"]
            j = next((k for k in range(nT) if times[k] >= d), nT - 1)
            amt = ev["amount"]
            tail = ev.get("tail", 0)
            if tail:
                share = [0.55] + [0.45 * (0.5 ** k) / sum(0.5 ** q for q in range(tail)) for k in range(tail)]
            else:
                share = [1.0]
            for k, sh in enumerate(share):
                if j + k < nT:
                    evs[j + k] += amt * sh
            ev["_j"] = j
        org = [0.0] + [F * gstep * max(0.0, r.gauss(1, sn.get("noise", 0.35))) + F * sn.get("wobble", 0.0) * r.gauss(0, 1) for _ in range(nT - 1)]
        for k, sg in sn.get("segments", []):
            pass
        if sn.get("decline"):
            # gradual decline from a date on: per-step relative loss
            d0, loss = sn["decline"]
            for k in range(nT):
                if times[k] >= d0:
                    org[k] = -F * (loss / 7 if mode == "daily" else loss) * r.uniform(0.6, 1.4)
        deltas = [org[k] + evs[k] for k in range(nT)]
        S = F - sum(deltas[1:])
        vals = []
        v = S
        for k in range(nT):
            if k > 0:
                v += deltas[k]
            vals.append(int(round(v)))
        vals[-1] = F
        assert min(vals) > 0, (self.s["id"], min(vals))
        fol = s["following"]
        churn = sn.get("churn")
        following = []
        for k in range(nT):
            if churn:
                lo, hi = churn
                following.append(int(hi - (hi - lo) * abs(math.sin(k * 1.3 + 0.4)) * r.uniform(0.6, 1.0)) if k < nT - 1 else fol)
            else:
                following.append(max(0, fol - int((nT - 1 - k) * r.uniform(0, 1.5)) + r.randint(-2, 2)) if k < nT - 1 else fol)
        pc_end = s["posts_count"]
        ptimes = self.post_times
        snaps = []
        for k, t in enumerate(times):
            later = sum(1 for pt in ptimes if pt > t)
            pc = pc_end - later
            fv = vals[k]
            if k in sn.get("null_at", []):
                fv = None
            snaps.append(dict(account_id=self.account["id"], at=iso(t), followers=fv, following=following[k], posts_count=pc))
        self.snap_times = times
        return snaps

    # ---------- follower sample ----------
    def follower_sample(self):
        s, r = self.s, self.r
        fs = s.get("sample")
        if not fs:
            return None
        n = fs.get("n", r.randint(36, 60))
        out = []
        kinds = []
        nf = int(round(n * fs.get("fake", 0.0)))
        nl = int(round(n * fs.get("lurker", 0.12)))
        nb = int(round(n * fs.get("birth", 0.06)))
        nnew = int(round(n * fs.get("newcomer", 0.0)))
        kinds = ["fake"] * nf + ["lurker"] * nl + ["birth"] * nb + ["new"] * nnew
        kinds += ["real"] * max(0, n - len(kinds))
        r.shuffle(kinds)
        seq_base = r.randint(10000, 90000)
        fake_style = fs.get("fake_style", "random")
        for idx, k in enumerate(kinds):
            fn, ln = self.person()
            lang = s["lang"]
            country = self.country
            if k == "fake":
                if fake_style == "seq":
                    h = f"{self.plain(fn)}{seq_base + idx}"
                elif fake_style == "namedigits":
                    h = f"{self.plain(fn)}{self.plain(ln)}{self.digits(8)}"
                else:
                    h = self.rs(r.randint(8, 12), string.ascii_lowercase + string.digits)
                sample = dict(handle=h, avatar=False, bio="", followers=r.randint(0, 4), following=r.randint(1200, 7400),
                              posts=0, lang=fs.get("fake_lang", ""), country=fs.get("fake_country", ""))
            elif k == "lurker":
                h = self.handle_for(fn, ln)
                sample = dict(handle=h, avatar=False, bio="", followers=r.randint(0, 25), following=r.randint(15, 320),
                              posts=r.randint(0, 2), lang=lang if r.random() < 0.5 else "", country=country if r.random() < 0.4 else "")
            elif k == "birth":
                h = f"{self.plain(fn)}{r.choice(['', '_', '.'])}{r.randint(1968, 2006)}"
                sample = dict(handle=h, avatar=r.random() < 0.75, bio=r.choice(["", "", self.r.choice(self.L['bios'])]),
                              followers=int(60 * self.lognorm(1.0)), following=int(180 * self.lognorm(0.8)), posts=int(120 * self.lognorm(1.2)),
                              lang=lang, country=country)
            elif k == "new":
                h = self.handle_for(fn, ln)
                sample = dict(handle=h, avatar=r.random() < 0.85, bio=r.choice(["", "just arrived 👋", self.r.choice(self.L['bios'])]),
                              followers=r.randint(2, 60), following=r.randint(30, 400), posts=r.randint(1, 18), lang=lang, country=country)
            else:
                h = self.handle_for(fn, ln)
                sample = dict(handle=h, avatar=r.random() < 0.9, bio=r.choice(["", self.r.choice(self.L['bios'])]),
                              followers=int(150 * self.lognorm(1.1)), following=int(250 * self.lognorm(0.8)), posts=int(300 * self.lognorm(1.2)),
                              lang=lang if r.random() < 0.85 else r.choice(["en", "es", "de", "fr", "it", "pt"]), country=country if r.random() < 0.7 else "")
            hh = self.acct_handle(h) if self.p == "bluesky" else h
            if self.p in ("mastodon", "pixelfed"):
                inst = fs.get("fake_instance") if (k == "fake" and fs.get("fake_instance")) else r.choice(self.instances)
                fid = f"https://{inst}/users/{h}"
                hh = f"{h}@{inst}"
            elif self.p == "bluesky":
                fid = "did:plc:" + self.rs(24, B32)
            else:
                fid = self.digits(17)
            d = dict(id=fid, handle=hh)
            if sample["avatar"]:
                d["avatar_url"] = "https://cdn.scout-img.net/avatars/" + self.rs(32, "0123456789abcdef") + ".jpg"
            if sample["bio"]:
                d["bio"] = sample["bio"]
            d["followers"] = sample["followers"]
            d["following"] = sample["following"]
            d["posts_count"] = sample["posts"]
            if sample["lang"]:
                d["language"] = sample["lang"]
            if sample["country"]:
                d["country"] = sample["country"]
            out.append(d)
        return out

    # ---------- assemble ----------
    def build(self):
        s, r, p, L = self.s, self.r, self.p, self.L
        self.instances = s.get("instances") or {
            "mastodon": ["mastodon.social", "mstdn.social", "social.tchncs.de", "piaille.fr", "mastodon.uno", "mastodon.online", "mas.to", "troet.cafe", "masto.es"],
            "pixelfed": ["pixelfed.social", "pixelfed.de", "pixelfed.fr", "pixel.tchncs.de"],
        }.get(p, ["example.social"])
        self.instance = s.get("instance") or self.instances[0 if s["lang"] == "en" else min(len(self.instances) - 1, ["es", "de", "fr", "it", "pt"].index(s["lang"]) + 1 if s["lang"] != "en" else 0)]
        fn, ln = s.get("person") or self.person()
        name = s.get("name") or f"{fn} {ln}"
        h = s.get("handle") or self.handle_for(fn, ln)
        handle = self.acct_handle(h)
        if p == "instagram":
            aid, url = "instagram:" + self.digits(11), f"https://www.instagram.com/{handle}/"
        elif p == "tiktok":
            aid, url = "tiktok:" + self.digits(19), f"https://www.tiktok.com/@{handle}"
        elif p == "youtube":
            aid = "youtube:UC" + self.rs(22, string.ascii_letters + string.digits + "_-")
            url = f"https://www.youtube.com/@{handle}"
        elif p == "x":
            aid, url = "x:" + self.digits(r.choice([9, 10, 18])), f"https://x.com/{handle}"
        elif p == "bluesky":
            aid, url = "bluesky:did:plc:" + self.rs(24, B32), f"https://bsky.app/profile/{handle}"
        elif p in ("mastodon", "pixelfed"):
            user = handle.split("@")[0]
            aid, url = f"{p}:https://{self.instance}/users/{user}", f"https://{self.instance}/@{user}"
        elif p == "threads":
            aid, url = "threads:https://www.threads.net/ap/users/" + self.digits(17) + "/", f"https://www.threads.net/@{handle}"
        elif p == "twitch":
            aid, url = "twitch:" + self.digits(9), f"https://www.twitch.tv/{handle}"
        bio = s.get("bio") or r.choice(L["bios"])
        if bio == "F4F":
            bio = L["f4f_bio"]
        elif bio.startswith("CURATOR:"):
            bio = L["curator_bio"].format(tag=bio.split(":", 1)[1])
        cid = "c" + self.rs(16, B32)
        self.account = dict(id=aid, creator_id=cid, platform=p, handle=handle, url=url, display_name=name, bio=bio, links=[],
                            avatar_url="https://cdn.scout-img.net/avatars/" + self.rs(32, "0123456789abcdef") + ".jpg")
        F = s["followers"]
        if F < 3000:
            s.setdefault("following", r.randint(int(0.3 * F) + 20, int(1.1 * F) + 50))
        else:
            s.setdefault("following", r.randint(150, 900))
        s.setdefault("posts_count", r.randint(300, 2500))
        # specials given by date get resolved to indices inside build_posts; remember them
        posts = self.build_posts()
        for sp in s.get("specials", []):
            if "date" in sp:
                sp["_j"] = next(i for i, pp in enumerate(posts) if pp["published_at"] == iso(sp["date"]))
            else:
                sp["_j"] = sp["idx"]
        self.add_replies()
        snaps = self.build_snapshots()
        acct = dict(self.account)
        acct.update(followers=F, following=s["following"], posts_count=s["posts_count"], data_as_of=iso(FETCH), language=s["lang"])
        fsmp = self.follower_sample()
        if fsmp:
            acct["follower_sample"] = fsmp
        cr = dict(id=cid, name=name, accounts=[acct], bio=bio, links=[], language=s["lang"], country=self.country,
                  followers=F, engagement={}, scores={}, flags=[], data_as_of=iso(FETCH),
                  created_at=iso(s.get("created", D("2026-07-20", 5))), updated_at=iso(FETCH))
        if s.get("found_via"):
            cr["found_via"] = s["found_via"]
        cr["posts"] = posts
        cr["snapshots"] = snaps
        true = set(s.get("true", []))
        for f in true:
            assert f in FLAGS, f
        case = dict(id=s["id"], batch="holdout", language=s["lang"], region=self.region, classes=s["classes"], why=s["why"],
                    brief=None, creator=cr,
                    labels=dict(flags={f: (f in true) for f in FLAGS}, garm={g: "none" for g in GARM}))
        return case
