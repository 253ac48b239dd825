"""The clinic's terminology: find glossary terms in English text, and Spanish text that ignores them.

One set of matching rules serves the offline machine pre-fill (``GlossaryTranslator`` substitutes
the approved Spanish term) and the terminology check (a Spanish string whose English source uses a
term must use the approved Spanish term). A term matches as a whole word, in any case, and with or
without its hyphens or spaces: "micro-needling", "Micro needling" and "microneedling" are one term,
but "needling" alone is not found inside "micro-needling".
"""

import re
import unicodedata
from dataclasses import dataclass

from django.db.models import OuterRef, Q, Subquery
from django.utils.text import capfirst
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.strings import StringValue

from .completeness import describe_path
from .models import GlossaryTerm

SEPARATORS = "-\u2010\u2011 \t"  # ASCII and Unicode hyphens, spaces
JOINER = f"[{re.escape(SEPARATORS)}]?"
# Not inside a longer word, and not one half of a hyphenated compound.
WORD_START = r"(?<!\w)(?<!\w[-\u2010\u2011])"
WORD_END = r"(?!\w)(?![-\u2010\u2011]\w)"


def term_key(text):
    """'Micro-needling', 'micro needling' and 'microneedling' all give 'microneedling'."""
    return re.sub(f"[{re.escape(SEPARATORS)}]+", "", text.casefold())


def fold(text):
    """Comparable form of Spanish: no case, accents or hyphens ('Blanqueamiento-dental' → 'blanqueamiento dental')."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    bare = re.sub(f"[{re.escape(SEPARATORS)}]+", " ", bare)
    return " ".join(bare.casefold().split())


def term_pattern(english):
    parts = [re.escape(part) for part in re.split(f"[{re.escape(SEPARATORS)}]+", english.strip()) if part]
    return JOINER.join(parts)


def match_case(found, spanish):
    """Keep the case of the English occurrence: 'Micro-needling' → 'Microagujas', 'SPF' → 'FPS'."""
    if len(found) > 1 and found.isupper():
        return spanish.upper()
    if found[:1].isupper():
        return spanish[:1].upper() + spanish[1:]
    return spanish


@dataclass(frozen=True)
class Entry:
    english: str
    spanish: str


class Glossary:
    """The glossary's terms, compiled once into a single longest-first pattern."""

    def __init__(self, entries):
        self.entries = {}
        for entry in sorted(entries, key=lambda entry: len(term_key(entry.english)), reverse=True):
            if term_key(entry.english):
                self.entries.setdefault(term_key(entry.english), entry)
        alternatives = "|".join(term_pattern(entry.english) for entry in self.entries.values())
        self.pattern = re.compile(f"{WORD_START}(?:{alternatives}){WORD_END}", re.IGNORECASE) if alternatives else None

    @classmethod
    def from_database(cls):
        return cls(
            Entry(english, spanish) for english, spanish in GlossaryTerm.objects.values_list("english", "spanish")
        )

    def __bool__(self):
        return self.pattern is not None

    def terms_in(self, text):
        """The glossary entries used in an English text, in order of first appearance."""
        if not self:
            return []
        found = {}
        for match in self.pattern.finditer(text):
            entry = self.entries[term_key(match.group(0))]
            found.setdefault(entry.english, entry)
        return list(found.values())

    def substitute(self, text):
        """Replace every term with its Spanish rendering; returns (new text, number of replacements)."""
        if not self:
            return text, 0

        def replace(match):
            return match_case(match.group(0), self.entries[term_key(match.group(0))].spanish)

        return self.pattern.subn(replace, text)

    def likely_term_words(self):
        """A word of each term that any English text using it must contain (to narrow a database query)."""
        return {max(re.split(f"[{re.escape(SEPARATORS)}]+", entry.english), key=len) for entry in self.entries.values()}


def text_of(html):
    """The plain text of a stored string, which may hold inline HTML (links, bold)."""
    try:
        return StringValue(html).render_text()
    except Exception:  # noqa: BLE001 - a malformed translation is still checked as raw text
        return html


@dataclass(frozen=True)
class Finding:
    """A Spanish string whose English source uses a glossary term that the Spanish does not."""

    instance: object
    where: str
    english: str
    spanish: str
    term: str
    expected: str

    @property
    def object_label(self):
        name = getattr(self.instance, "get_admin_display_title", None)
        return str(name() if callable(name) else self.instance)

    @property
    def object_type(self):
        return capfirst(str(self.instance._meta.verbose_name))

    def as_line(self):
        return (
            f"{self.object_type} “{self.object_label}” › {self.where}: “{self.term}” should be “{self.expected}”"
            f" — EN: {self.english!r} — ES: {self.spanish!r}"
        )

    def edit_url(self, user=None):
        return AdminURLFinder(user).get_edit_url(self.instance)


def terminology_findings(locale, glossary=None):
    """Every current translation into `locale` that misses an approved term, in content order."""
    glossary = Glossary.from_database() if glossary is None else glossary
    if not glossary:
        return []
    mentions = Q()
    for word in glossary.likely_term_words():
        mentions |= Q(translation_of__data__icontains=word)
    segments = StringSegment.objects.filter(string_id=OuterRef("translation_of_id"), context_id=OuterRef("context_id"))
    translations = (
        StringTranslation.objects.filter(mentions, locale=locale, context__isnull=False)
        .annotate(
            source_id=Subquery(segments.values("source_id")[:1]),
            segment_order=Subquery(segments.values("order")[:1]),
        )
        .filter(source_id__isnull=False)  # only strings still used by their source
        .select_related("translation_of", "context")
        .order_by("source_id", "segment_order")
    )
    places = Places(locale)
    findings = []
    for translation in translations:
        english = text_of(translation.translation_of.data)
        spanish = text_of(translation.data)
        if spanish == english:
            continue  # kept in English on purpose, e.g. the title of a cited publication
        for entry in glossary.terms_in(english):
            if fold(entry.spanish) not in fold(spanish):
                instance, where = places.describe(translation.source_id, translation.context.path)
                findings.append(Finding(instance, where, english, spanish, entry.english, entry.spanish))
    return findings


class Places:
    """Which object, and which field of it, a segment belongs to; each source is looked up once."""

    def __init__(self, locale):
        self.locale = locale
        self.cache = {}

    def describe(self, source_id, path):
        if source_id not in self.cache:
            source = TranslationSource.objects.select_related("object", "locale").get(pk=source_id)
            try:
                source_instance = source.as_instance()
            except Exception:  # noqa: BLE001 - content saved under an older schema: use the live object
                source_instance = source.get_source_instance()
            shown = source.object.get_instance_or_none(self.locale) or source.get_source_instance()
            if isinstance(shown, Page):
                shown = shown.specific
            self.cache[source_id] = (source_instance, shown)
        source_instance, shown = self.cache[source_id]
        return shown, describe_path(source_instance, path)
