"""Words as search compares them: folded, split, and stemmed per language.

Indexing and querying must turn text into words the same way, or "Acné" in an article would never meet
"acne" typed by a patient. PostgreSQL does this itself with the text-search configurations created by
this app's migration (unaccent, then the English or Spanish Snowball stemmer); these functions do the
same in Python for the portable engine (SQLite), for the lexicon of known words that typo correction
uses, and for highlighting excerpts.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

# A word is letters and digits, optionally joined by hyphens or apostrophes ("micro-needling", "crow's").
WORD = re.compile(r"[^\W_]+(?:['’‐‑-][^\W_]+)*")
JOINERS = re.compile(r"['’‐‑-]")

# Snowball algorithm names by language code. Languages not listed are folded but not stemmed.
STEMMERS = {"en": "english", "es": "spanish"}

# Words too common to mean anything in a query. PostgreSQL's configurations drop their own, longer lists;
# these cover what patients type around the words that matter.
STOP_WORDS = {
    "en": set(
        "a an and are as at be by can do does for from how i in is it its me my of on or the to what when "
        "where which who why will with you your".split()
    ),
    "es": set(
        "a al como con cual cuando de del donde el en es esta este la las le lo los me mi mis o para por que "
        "se si sin su sus te tu tus un una uno y".split()
    ),
}


def fold(text):
    """Lower case without accents: "Estrías" → "estrias", "Acné" → "acne" (ñ becomes n, as unaccent does)."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()  # "™" → "tm", "𝐀" → "a"
    return "".join(char for char in decomposed if not unicodedata.combining(char) and not is_format(char))


def is_format(char):
    """Invisible formatting such as a soft hyphen ("ac\xadne" is "acne")."""
    return unicodedata.category(char) == "Cf"


def split_words(text):
    """Folded words of `text`, hyphenated words kept whole ("micro-needling")."""
    return WORD.findall(fold(text))


def word_parts(word):
    """A hyphenated word, its parts and its closed-up form: the three ways patients write it."""
    parts = [part for part in JOINERS.split(word) if part]
    if len(parts) == 1:
        return [word]
    return [word, *parts, "".join(parts)]


def index_words(text):
    """Every form of every word in `text` that a query may use, in order."""
    return [form for word in split_words(text) for form in word_parts(word)]


@lru_cache(maxsize=8)
def stemmer_for(language_code):
    algorithm = STEMMERS.get(language_code)
    return snowballstemmer.stemmer(algorithm) if algorithm else None


def stem(word, language_code):
    """The stem of a folded word in a language; the word itself where the language has no stemmer."""
    stemmer = stemmer_for(language_code)
    return stemmer.stemWord(word) if stemmer else word


def stems(text, language_code):
    """Stems of all word forms in `text`, stop words left out."""
    stop_words = STOP_WORDS.get(language_code, set())
    return [stem(form, language_code) for form in index_words(text) if form not in stop_words]


def is_stop_word(word, language_code):
    return word in STOP_WORDS.get(language_code, set())


def spelling_variants(word, language_code):
    """Other regular forms of a Spanish word that Snowball stems apart: cicatriz ↔ cicatrices, luz ↔ luces."""
    if language_code != "es":
        return []
    if word.endswith("z"):
        return [word[:-1] + "ces"]
    if word.endswith("ces") and len(word) > 4:
        return [word[:-3] + "z"]
    return []
