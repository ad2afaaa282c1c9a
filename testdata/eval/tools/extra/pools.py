"""Everyday filler, replies, names and follower bios, per language."""
import pools_en, pools_es, pools_de, pools_fr, pools_it, pools_pt  # noqa: E401

_M = {"en": pools_en, "es": pools_es, "de": pools_de, "fr": pools_fr, "it": pools_it, "pt": pools_pt}

NAMES = {k: m.NAMES for k, m in _M.items()}
WORDS = {k: m.WORDS for k, m in _M.items()}
FOLLOWER_BIOS = {k: m.FOLLOWER_BIOS for k, m in _M.items()}
REPLIES = {k: m.REPLIES for k, m in _M.items()}
FILL = {k: m.FILL for k, m in _M.items()}
FILL["pt_PT"] = pools_pt.FILL_PT

import pools_extra  # noqa: E402
FILL["en_US"] = pools_extra.FILL_EN_US
FILL["es_LA"] = pools_extra.FILL_ES_LA
NEUTRAL_REPLIES = pools_extra.REPLIES
LATAM = {"MX", "AR", "CO", "CL", "PE", "UY", "VE", "EC", "BO"}
