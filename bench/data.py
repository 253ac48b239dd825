"""Benchmark content: N treatment articles, each live in English and in Spanish.

``create_treatments(n)`` works on any migrated database: it loads the demo content first (the site
tree in both languages, snippets and their Spanish translations, images; ``demo.loader``, which
skips what exists), then adds the benchmark's articles under the treatment index of each language.
Article *i* always gets the same title and slug, so a second call with the same ``n`` writes nothing
and a larger ``n`` only adds the missing ones; the search benchmark reuses it for its 1,000 per
language.

Each article copies the body, specialty, reviewer and hero image of one of the four demo articles
(the Spanish one copies the Spanish demo article, whose snippets and links wagtail-localize already
translated), then gets its own title, summary, concerns, key facts, review dates and an opening
section. Spanish versions are written directly as translations of the English page (same
``translation_key``, Spanish locale, Spanish slug) and published — what ``copy_for_translation``
followed by a translator's edits produces, without a round trip through the translation editor: a
manual translation, which the project's publishing guard lets through.
"""

import datetime
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale

from demo.loader import load_demo_content
from treatments.models import Concern, TreatmentConcern, TreatmentIndexPage, TreatmentPage

from .errors import BenchError
from .key_facts import KEY_FACT_FIELDS
from .vocabulary import AUDIENCE_NOTES, AUDIENCES, FORMATS, TECHNIQUES

SPANISH = "es"
BATCH_SIZE = 25  # pages per transaction: one commit per batch instead of one per page (SQLite fsyncs each)
FIRST_REVIEW = datetime.date(2026, 1, 5)


class BenchDataError(BenchError):
    """The database cannot take the benchmark's content (no treatment index, a slug taken by another page…)."""


@dataclass(frozen=True)
class ArticleText:
    """What differs between article *i* in one language and the next: its words."""

    title: str
    slug: str
    summary: str
    intro: str


@dataclass(frozen=True)
class Article:
    """Article *i* of the benchmark, in both languages, before it is written to the database."""

    number: int
    technique_index: int
    english: ArticleText
    spanish: ArticleText


@dataclass(frozen=True)
class TreatmentPair:
    english: TreatmentPage
    spanish: TreatmentPage


# --- What article i says -------------------------------------------------------------------------------


def article(number: int) -> Article:
    """Article ``number`` (0-based): technique, audience and format vary fastest to slowest."""
    technique_index = number % len(TECHNIQUES)
    audience_index = (number // len(TECHNIQUES)) % len(AUDIENCES)
    rest = number // (len(TECHNIQUES) * len(AUDIENCES))
    format_index, round_ = rest % len(FORMATS), rest // len(FORMATS)
    technique, audience, form = TECHNIQUES[technique_index], AUDIENCES[audience_index], FORMATS[format_index]
    note = AUDIENCE_NOTES[audience_index]
    suffix = f" {round_ + 1}" if round_ else ""
    english_title = f"{technique.english} {audience.english}" + (f" ({form.english})" if form.english else "") + suffix
    spanish_title = f"{technique.spanish} {audience.spanish}" + (f" ({form.spanish})" if form.spanish else "") + suffix
    return Article(
        number=number,
        technique_index=technique_index,
        english=ArticleText(
            title=english_title,
            slug=slugify(english_title),
            summary=f"{technique.english_summary}. {note.english}",
            intro=f"<p>{technique.english_summary}, {audience.english}. {note.english}</p>",
        ),
        spanish=ArticleText(
            title=spanish_title,
            slug=slugify(spanish_title),
            summary=f"{technique.spanish_summary}. {note.spanish}",
            intro=f"<p>{technique.spanish_summary}, {audience.spanish}. {note.spanish}</p>",
        ),
    )


# --- Writing it -----------------------------------------------------------------------------------------


@dataclass
class Templates:
    """What articles copy from: the demo articles and concerns, by (language, slug), and the index pages."""

    pages: dict[tuple[str, str], TreatmentPage]  # keyed by the English demo slug in every language
    concerns: dict[tuple[str, str], Concern]
    indexes: dict[str, TreatmentIndexPage]

    @classmethod
    def load(cls):
        locales = [Locale.get_default(), Locale.objects.get(language_code=SPANISH)]
        return cls(pages=demo_articles(locales), concerns=demo_concerns(), indexes=treatment_indexes(locales))

    def page(self, language, english_slug):
        try:
            return self.pages[(language, english_slug)]
        except KeyError:
            raise BenchDataError(f"the demo article '{english_slug}' has no live '{language}' version") from None

    def concern(self, language, slug):
        try:
            return self.concerns[(language, slug)]
        except KeyError:
            raise BenchDataError(f"the demo concern '{slug}' has no '{language}' version") from None


def demo_articles(locales):
    english_slugs = {technique.template for technique in TECHNIQUES}
    originals = TreatmentPage.objects.live().filter(locale=locales[0], slug__in=english_slugs)
    slug_by_key = {page.translation_key: page.slug for page in originals}
    versions = TreatmentPage.objects.live().filter(locale__in=locales, translation_key__in=slug_by_key)
    return {(page.locale.language_code, slug_by_key[page.translation_key]): page for page in versions}


def demo_concerns():
    return {(item.locale.language_code, item.slug): item for item in Concern.objects.select_related("locale")}


def treatment_indexes(locales):
    indexes = {}
    for locale in locales:
        index = TreatmentIndexPage.objects.filter(locale=locale, alias_of__isnull=True).order_by("path").first()
        if index is None:
            raise BenchDataError(f"no treatment index page in '{locale.language_code}' to add articles to")
        indexes[locale.language_code] = index
    return indexes


def default_language():
    return Locale.get_default().language_code


def create_treatments(n: int, progress: Callable[[int, int], None] | None = None) -> list[TreatmentPair]:
    """Make sure articles 0…n-1 exist and are live in English and Spanish; return them in order.

    ``progress(done, n)`` is called after each batch (for a command line that wants to show it).
    """
    load_demo_content(spanish=True)
    templates = Templates.load()
    existing = existing_pairs(templates)
    for start in range(0, n, BATCH_SIZE):
        with transaction.atomic():
            for number in range(start, min(start + BATCH_SIZE, n)):
                planned = article(number)
                if planned.english.slug not in existing:
                    write_article(planned, templates)
        if progress is not None:
            progress(min(start + BATCH_SIZE, n), n)
    written = existing_pairs(templates)  # read back: publishing updated other instances than the ones built
    return [written[article(number).english.slug] for number in range(n)]


def existing_pairs(templates):
    """Articles already written, by English slug, with their Spanish version (both must be there)."""
    english_index, spanish_index = templates.indexes[default_language()], templates.indexes[SPANISH]
    spanish_by_key = {page.translation_key: page for page in TreatmentPage.objects.live().child_of(spanish_index)}
    pairs = {}
    for page in TreatmentPage.objects.live().child_of(english_index):
        if page.translation_key in spanish_by_key:
            pairs[page.slug] = TreatmentPair(page, spanish_by_key[page.translation_key])
    return pairs


def write_article(planned: Article, templates: Templates):
    english = build_page(planned, planned.english, templates, default_language())
    publish_new_page(templates.indexes[default_language()], english)
    spanish = build_page(planned, planned.spanish, templates, SPANISH, translation_of=english)
    publish_new_page(templates.indexes[SPANISH], spanish)


def build_page(planned: Article, text: ArticleText, templates: Templates, language: str, translation_of=None):
    """An unsaved TreatmentPage in ``language`` (a translation of ``translation_of`` when given)."""
    technique = TECHNIQUES[planned.technique_index]
    template = templates.page(language, technique.template)
    reviewed = FIRST_REVIEW + datetime.timedelta(days=(planned.number * 7) % 300)
    page = TreatmentPage(
        locale=template.locale,
        title=text.title,
        slug=text.slug,
        summary=text.summary[:300],
        specialty_id=template.specialty_id,
        reviewer_id=template.reviewer_id,
        hero_image_id=template.hero_image_id,
        hero_alt_text=template.hero_alt_text,
        last_reviewed=reviewed,
        body=[intro_section(text), *template.body.get_prep_value()],
        **key_facts(template, planned.number),
    )
    if translation_of is not None:
        page.translation_key = translation_of.translation_key
    concerns = technique.concerns[: 1 + planned.number % len(technique.concerns)]
    for slug in concerns:
        page.treatment_concerns.add(TreatmentConcern(concern=templates.concern(language, slug)))
    return page


def intro_section(text: ArticleText):
    return {"type": "section", "id": str(uuid.uuid4()), "value": {"heading": text.title, "body": text.intro}}


def key_facts(template, number):
    """The template's facts, with the session length varied so listings and filters see different numbers."""
    facts = {name: getattr(template, name) for name in KEY_FACT_FIELDS}
    if facts["session_minutes"]:
        facts["session_minutes"] = min(600, facts["session_minutes"] + 15 * (number % 4))
    return facts


def publish_new_page(parent, page):
    """Add ``page`` under ``parent`` and publish it through a revision, as an editor's publish does."""
    if parent.get_children().filter(slug=page.slug).exists():
        raise BenchDataError(f"'{parent.url_path}{page.slug}/' is taken by a page the benchmark did not write")
    page.live = False
    parent.add_child(instance=page)
    page.save_revision().publish()
