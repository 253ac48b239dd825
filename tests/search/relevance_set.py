"""The search relevance set: what patients type, in English and Spanish, and the demo article they should find.

Each query has one expected answer, the localized URL path of a demo treatment (as the search endpoint
returns it), chosen so that a person reading the demo corpus would agree it is the best match, even where
other articles compete for the same words (micro-needling, the chemical peel, fillers and botulinum toxin
share concerns on purpose). ``tests/search/test_search_relevance.py`` runs them all and prints recall@3 and MRR.

Categories, so that the figures show what kind of query fails:

- ``symptom``: what bothers the patient, not the treatment's name ("acne scars", "dientes amarillos");
- ``stemming``: a plural, singular or other form of a word used in the article ("acne scar", "blanquear");
- ``accent``: Spanish typed without its accents ("estrias", "hiperpigmentacion"), or with one the article
  does not use;
- ``typo``: misspellings and spelling variants ("microneedeling", "micro agujas", "blanqueamiento dentl");
- ``synonym``: another name for the same thing, from a concern's "also known as" or the glossary
  ("pockmarks", "paño", "botox");
- ``name``: the treatment's own name, as patients write it;
- ``formatting``: odd capitals and extra spaces.

When the demo content changes, ``test_every_expected_url_is_a_live_demo_treatment`` says which entries
point at pages that no longer exist; keep every query one whose right answer is unambiguous.
"""

from dataclasses import dataclass

SYMPTOM = "symptom"
STEMMING = "stemming"
ACCENT = "accent"
TYPO = "typo"
SYNONYM = "synonym"
NAME = "name"
FORMATTING = "formatting"
CATEGORIES = (SYMPTOM, STEMMING, ACCENT, TYPO, SYNONYM, NAME, FORMATTING)

LOCALES = ("en", "es")

# The demo treatments (demo/content/) by their localized paths.
EN = {
    "micro-needling": "/en/treatments/micro-needling/",
    "teeth-whitening": "/en/treatments/teeth-whitening/",
    "nutrition-plan": "/en/treatments/personalised-nutrition-plan/",
    "hydrating-facial": "/en/treatments/hydrating-facial/",
    "chemical-peel": "/en/treatments/chemical-peel/",
    "botulinum-toxin": "/en/treatments/botulinum-toxin/",
    "dermal-fillers": "/en/treatments/dermal-fillers/",
    "prp": "/en/treatments/prp-for-hair-loss/",
    "veneers": "/en/treatments/porcelain-veneers/",
    "laser-hair-removal": "/en/treatments/laser-hair-removal/",
}
ES = {
    "micro-needling": "/es/tratamientos/microagujas/",
    "teeth-whitening": "/es/tratamientos/blanqueamiento-dental/",
    "nutrition-plan": "/es/tratamientos/plan-de-nutricion-personalizado/",
    "hydrating-facial": "/es/tratamientos/facial-hidratante/",
    "chemical-peel": "/es/tratamientos/peeling-quimico/",
    "botulinum-toxin": "/es/tratamientos/toxina-botulinica/",
    "dermal-fillers": "/es/tratamientos/rellenos-dermicos/",
    "prp": "/es/tratamientos/prp-capilar/",
    "veneers": "/es/tratamientos/carillas-de-porcelana/",
    "laser-hair-removal": "/es/tratamientos/depilacion-laser/",
}


@dataclass(frozen=True)
class RelevanceQuery:
    locale: str
    text: str
    expected: str  # localized URL path of the treatment that should rank first
    category: str

    def __str__(self):
        return f"[{self.locale}] {self.text!r} ({self.category})"


def _queries(locale, urls, rows):
    return [RelevanceQuery(locale, text, urls[treatment], category) for text, treatment, category in rows]


ENGLISH = _queries(
    "en",
    EN,
    [
        ("acne scars", "micro-needling", SYMPTOM),
        ("stretch marks", "micro-needling", SYMPTOM),
        ("dark spots", "chemical-peel", SYMPTOM),
        ("yellow teeth", "teeth-whitening", SYMPTOM),
        ("forehead lines", "botulinum-toxin", SYMPTOM),
        ("hair loss", "prp", SYMPTOM),
        ("unwanted hair", "laser-hair-removal", SYMPTOM),
        ("chipped tooth", "veneers", SYMPTOM),
        ("smile lines", "dermal-fillers", SYMPTOM),
        ("gaps between teeth", "veneers", SYMPTOM),
        ("acne scar", "micro-needling", STEMMING),
        ("frown line", "botulinum-toxin", STEMMING),
        ("whiten my teeth", "teeth-whitening", STEMMING),
        ("lip filler", "dermal-fillers", STEMMING),
        ("ingrown hair", "laser-hair-removal", STEMMING),
        ("microneedling", "micro-needling", TYPO),
        ("micro needling", "micro-needling", TYPO),
        ("microneedeling", "micro-needling", TYPO),
        ("bottox", "botulinum-toxin", TYPO),
        ("venners", "veneers", TYPO),
        ("teeth whitenning", "teeth-whitening", TYPO),
        ("botox", "botulinum-toxin", SYNONYM),
        ("pockmarks", "micro-needling", SYNONYM),
        ("hollow cheeks", "dermal-fillers", SYNONYM),
        ("melasma", "chemical-peel", SYNONYM),
        ("pimples", "chemical-peel", SYNONYM),
        ("sweaty armpits", "botulinum-toxin", SYNONYM),
        ("dry skin", "hydrating-facial", SYNONYM),
        ("weight loss", "nutrition-plan", SYNONYM),
        ("crow's feet", "botulinum-toxin", SYNONYM),
        ("razor bumps", "laser-hair-removal", SYNONYM),
        ("chemical peel", "chemical-peel", NAME),
        ("platelet rich plasma", "prp", NAME),
        ("hyaluronic acid fillers", "dermal-fillers", NAME),
        ("LASER Hair REMOVAL", "laser-hair-removal", FORMATTING),
        ("  Thinning   HAIR ", "prp", FORMATTING),
    ],
)

SPANISH = _queries(
    "es",
    ES,
    [
        ("cicatrices de acné", "micro-needling", SYMPTOM),
        ("manchas oscuras", "chemical-peel", SYMPTOM),
        ("dientes amarillos", "teeth-whitening", SYMPTOM),
        ("caída del cabello", "prp", SYMPTOM),
        ("se me cae el pelo", "prp", SYMPTOM),
        ("arrugas en la frente", "botulinum-toxin", SYMPTOM),
        ("vello no deseado", "laser-hair-removal", SYMPTOM),
        ("sudor en las axilas", "botulinum-toxin", SYMPTOM),
        ("dientes manchados", "teeth-whitening", SYMPTOM),
        ("cicatriz de acné", "micro-needling", STEMMING),
        ("estría", "micro-needling", STEMMING),
        ("blanquear los dientes", "teeth-whitening", STEMMING),
        ("relleno de labios", "dermal-fillers", STEMMING),
        ("diente despostillado", "veneers", STEMMING),
        ("estrias", "micro-needling", ACCENT),
        ("cicatrices de acne", "micro-needling", ACCENT),
        ("hiperpigmentacion", "chemical-peel", ACCENT),
        ("caida del cabello", "prp", ACCENT),
        ("depilacion laser", "laser-hair-removal", ACCENT),
        ("botox", "botulinum-toxin", ACCENT),
        ("nutriologo", "nutrition-plan", ACCENT),
        ("blanqueamiento dentl", "teeth-whitening", TYPO),
        ("micro agujas", "micro-needling", TYPO),
        ("micro-agujas", "micro-needling", TYPO),
        ("carillas de porselana", "veneers", TYPO),
        ("paño en la cara", "chemical-peel", SYNONYM),
        ("barros y espinillas", "chemical-peel", SYNONYM),
        ("labios delgados", "dermal-fillers", SYNONYM),
        ("patas de gallo", "botulinum-toxin", SYNONYM),
        ("vellos enterrados", "laser-hair-removal", SYNONYM),
        ("piel seca", "hydrating-facial", SYNONYM),
        ("bajar de peso", "nutrition-plan", SYNONYM),
        ("poros abiertos", "micro-needling", SYNONYM),
        ("bigote chino", "dermal-fillers", SYNONYM),
        ("hiperhidrosis", "botulinum-toxin", SYNONYM),
        ("peeling quimico", "chemical-peel", NAME),
        ("bótox", "botulinum-toxin", NAME),
        ("  BLANQUEAMIENTO   Dental ", "teeth-whitening", FORMATTING),
    ],
)

QUERIES = ENGLISH + SPANISH
