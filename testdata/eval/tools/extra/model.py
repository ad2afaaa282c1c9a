"""The small vocabulary the case files are written in.

K(...) is one creator: language, region, country, platform, the niche whose
everyday posts fill the feed, handle, display name, bio, followers, classes,
why, GARM levels (unnamed categories are "none") and the posts that define
the case. P(...) is one such post with its optional platform signals and
hand-written replies.
"""

GARM = ["adult", "arms", "crime", "death_injury", "piracy", "hate", "profanity",
        "drugs_alcohol", "spam", "terrorism", "sensitive_issues", "misinformation"]
LEVELS = ["none", "low", "medium", "high", "floor"]


class P:
    def __init__(self, text, title=None, cw=None, sensitive=False, labels=None,
                 paid=False, links=None, replies=None, lang=None, kind=None,
                 pinned=False, boost=1.0):
        self.text = text
        self.title = title
        self.cw = cw
        self.sensitive = sensitive
        self.labels = labels or []
        self.paid = paid
        self.links = links or []
        self.replies = replies or []
        self.lang = lang
        self.kind = kind
        self.pinned = pinned
        self.boost = boost  # engagement multiplier (kept modest: no viral posts)


class K:
    def __init__(self, lang, region, country, platform, niche, handle, name, bio,
                 followers, cls, why, g=None, posts=(), flags=None, links=None,
                 location="", also=None, n=None, mastodon_server=None, fill=None):
        self.lang = lang
        self.region = region
        self.country = country
        self.platform = platform
        self.niche = niche
        self.handle = handle
        self.name = name
        self.bio = bio
        self.followers = followers
        self.cls = list(cls)
        self.why = why
        self.g = dict(g or {})
        for k in self.g:
            assert k in GARM, k
            assert self.g[k] in LEVELS, (k, self.g[k])
        self.posts = [p if isinstance(p, P) else P(p) for p in posts]
        self.flags = dict(flags or {})
        self.links = links
        self.location = location
        self.also = also  # (platform, handle, followers) of a second account
        self.n = n        # total posts wanted (default: random 13..19)
        self.mastodon_server = mastodon_server
        self.fill = fill  # filler pool key when not the language's own (pt_PT)
