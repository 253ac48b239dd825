"""What one run of the demo loader created and what it found already there, as one line of text."""

from collections import Counter

# Kinds in the order they are reported, with their singular and plural names.
KINDS = {
    "home_page": ("home page", "home pages"),
    "site": ("default site", "default sites"),
    "index_page": ("treatment index", "treatment indexes"),
    "standard_page": ("standard page", "standard pages"),
    "clinic_settings": ("clinic settings", "clinic settings"),
    "specialty": ("specialty", "specialties"),
    "concern": ("concern", "concerns"),
    "reviewer": ("reviewer", "reviewers"),
    "image": ("image", "images"),
    "treatment_page": ("treatment page", "treatment pages"),
}


class LoadReport:
    def __init__(self):
        self.created = Counter()
        self.present = Counter()

    def add(self, kind, created):
        if kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r}")
        (self.created if created else self.present)[kind] += 1

    def summary(self):
        return f"Demo content: created {_describe(self.created)}; already present {_describe(self.present)}."


def _describe(counts):
    parts = []
    for kind, (singular, plural) in KINDS.items():
        if counts[kind]:
            parts.append(f"{counts[kind]} {singular if counts[kind] == 1 else plural}")
    return ", ".join(parts) if parts else "nothing"
