"""What one run of the demo loader created and what it found already there, as one line of text."""

from collections import Counter

# Kinds in the order they are reported, with their singular and plural names.
KINDS = {
    "home_page": ("home page", "home pages"),
    "site": ("default site", "default sites"),
    "index_page": ("treatment index", "treatment indexes"),
    "standard_page": ("standard page", "standard pages"),
    "clinic_settings": ("clinic settings", "clinic settings"),
    "clinic_text": ("clinic text", "clinic texts"),
    "specialty": ("specialty", "specialties"),
    "concern": ("concern", "concerns"),
    "reviewer": ("reviewer", "reviewers"),
    "image": ("image", "images"),
    "treatment_page": ("treatment page", "treatment pages"),
    "glossary_term": ("glossary term", "glossary terms"),
    # Objects outside the demo content that a demo page refers to (translated with it).
    "page": ("other page", "other pages"),
    "snippet": ("other snippet", "other snippets"),
}


class LoadReport:
    def __init__(self):
        self.created = Counter()
        self.present = Counter()
        self.translated = Counter()
        self.already_translated = Counter()

    def add(self, kind, created):
        _check(kind)
        (self.created if created else self.present)[kind] += 1

    def add_spanish(self, kind, translated):
        """A Spanish version published by this run (translated) or found already there."""
        _check(kind)
        (self.translated if translated else self.already_translated)[kind] += 1

    def summary(self):
        english = f"Demo content: created {_describe(self.created)}; already present {_describe(self.present)}."
        if not (self.translated or self.already_translated):
            return english
        return (
            f"{english} In Spanish: translated {_describe(self.translated)}; "
            f"already translated {_describe(self.already_translated)}."
        )


def _check(kind):
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}")


def _describe(counts):
    parts = []
    for kind, (singular, plural) in KINDS.items():
        if counts[kind]:
            parts.append(f"{counts[kind]} {singular if counts[kind] == 1 else plural}")
    return ", ".join(parts) if parts else "nothing"
