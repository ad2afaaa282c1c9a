"""The K (creator) vocabulary the cases use; gen.py reads CASES."""
COUNTRY = {"en": "US", "es": "ES", "de": "DE", "fr": "FR", "it": "IT", "pt": "BR"}
CASES = []


def K(lang, platform, handle, name, bio, followers, classes, why, garm, posts,
      region=None, country=None, niche=None, n=None, inel=None, uk=False, links=None):
    """One creator. posts: the defining posts, each a string or a dict with
    text and optional title, cw (content warning), labels, sensitive, kind."""
    CASES.append(dict(lang=lang, platform=platform, handle=handle, name=name, bio=bio,
                      followers=followers, classes=classes, why=why, garm=garm, posts=posts,
                      region=region or ("uk" if uk else ("us" if lang == "en" else "eu")),
                      country=country or ("GB" if uk else COUNTRY[lang]), niche=niche, n=n,
                      inel=inel, links=links or []))
