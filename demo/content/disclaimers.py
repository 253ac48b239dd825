"""Disclaimers shared by several demo articles (the same English, so the same Spanish, everywhere)."""

AESTHETICS_DISCLAIMER = (
    "<p>This article is general information and does not replace a consultation. A doctor who has examined you "
    "decides whether this treatment suits you, and results vary from person to person.</p>"
)
