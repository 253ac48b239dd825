"""How far along is the translation of each page and snippet, per target language?

One `TranslationStatus` per English page or snippet and target locale: how many of its strings are
translated, how many are machine or translation-memory suggestions still awaiting a translator,
whether related snippets are missing, and whether the published translation has fallen behind the
English. The admin report (Reports › Translation status) lists them; the delivery API asks for one.

The counts follow `localization.completeness` (a string counts as translated when a StringTranslation
without error exists for its segment's string and context), so the report agrees with what the
publishing guards accept. `statuses()` reads everything in bulk: its number of queries depends on the
number of locales and models, never on the number of pages or snippets.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    RelatedObjectSegment,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationLog,
    TranslationSource,
)

from .languages import default_language_code

COMPLETE = "complete"
OUTDATED = "outdated"
IN_PROGRESS = "in_progress"
NOT_STARTED = "not_started"
STATES = (COMPLETE, OUTDATED, IN_PROGRESS, NOT_STARTED)
#: A filter value for `statuses(state=…)`: everything that is not complete.
NEEDS_TRANSLATION = "needs_translation"


@dataclass(frozen=True)
class TranslationStatus:
    """The translation of one English page or snippet into one locale.

    Counted from the English TranslationSource that wagtail-localize extracted:

    - ``total``: string segments of the source; ``translated``: those with a translation (without
      error) in the locale; ``machine_unreviewed``: those whose translation is a machine one,
      including "Translation memory" pre-fills, which a translator has not yet confirmed.
    - ``percent``: ``translated / total`` rounded half up, but never 100 while a string is missing
      nor 0 once one is translated; 100 when an extracted source has no strings; 0 when the object
      was never submitted for translation (no source, ``source_updated`` is None).
    - ``related_missing``: related snippets (or pages) that ``translation_gaps`` reports, each
      counted once however often it is referenced: the related object has no version in the
      locale, or its synced translation has gaps.
    - ``last_translated``: when wagtail-localize last wrote the target (the latest TranslationLog
      for the source and locale); the submission itself writes one.
    - ``live``: the target page is published; a snippet without draft state is live once it exists.
      An alias page (a copy Wagtail keeps in English) is not a translation: ``target_id`` is None.

    Derived:

    - ``outdated``: a live target that wagtail-localize has written at least once
      (``last_translated`` set) and either the English source was re-extracted after that
      (``source_updated > last_translated``: the English changed and was published or saved), or,
      for models with a publishing step (pages), strings or related objects are missing: the
      publishing guards only let complete translations go live, so a gap in a live page appeared
      after it was published. Snippets without draft state exist, with English text, from the
      moment they are submitted, so gaps there mean work not yet done, not a translation that fell
      behind.
    - ``needs_translation``: no target yet, ``percent < 100``, or ``related_missing``.
    - ``state``: ``outdated`` if outdated; otherwise ``complete`` when live and nothing needs
      translation; otherwise ``in_progress`` once any string is translated; else ``not_started``.
      A fully translated page that is not published yet is ``in_progress``.
    """

    label: str
    model_name: str
    source_id: int | str
    target_id: int | str | None
    locale_code: str
    total: int
    translated: int
    machine_unreviewed: int
    related_missing: int
    last_translated: datetime.datetime | None
    source_updated: datetime.datetime | None
    live: bool
    synced: bool  # an enabled (synced) wagtail-localize translation into the locale exists
    model: type = field(repr=False, compare=False)
    source_key: object = field(default=None, repr=False, compare=False)  # the English translation_key
    percent: int = field(init=False)
    outdated: bool = field(init=False)
    needs_translation: bool = field(init=False)
    state: str = field(init=False)

    def __post_init__(self):
        missing_strings = self.translated < self.total
        percent = percent_translated(self.translated, self.total) if self.source_updated else 0
        outdated = is_outdated(
            live=self.live,
            last_translated=self.last_translated,
            source_updated=self.source_updated,
            has_gaps=issubclass(self.model, DraftStateMixin) and (missing_strings or self.related_missing > 0),
        )
        needs_translation = self.target_id is None or percent < 100 or self.related_missing > 0
        if outdated:
            state = OUTDATED
        elif self.live and not needs_translation:
            state = COMPLETE
        elif self.translated:
            state = IN_PROGRESS
        else:
            state = NOT_STARTED
        object.__setattr__(self, "percent", percent)
        object.__setattr__(self, "outdated", outdated)
        object.__setattr__(self, "needs_translation", needs_translation)
        object.__setattr__(self, "state", state)

    @property
    def is_page(self):
        return issubclass(self.model, Page)


def is_outdated(*, live, last_translated, source_updated, has_gaps):
    """The one rule for "outdated", shared by the report and the delivery API (``page_translation_state``).

    A live translation falls behind once wagtail-localize has written it and the English source was
    extracted again since, or (models with a publishing step) strings are missing: the publishing guards
    only let complete translations go live, so a gap in a live one appeared after it was published.
    """
    if not live or last_translated is None:
        return False
    return bool((source_updated is not None and source_updated > last_translated) or has_gaps)


def percent_translated(translated, total):
    """Rounded half up, but 100 only when complete and 0 only when nothing is translated."""
    if total == 0:
        return 100
    percent = (200 * translated + total) // (2 * total)
    if translated < total:
        percent = min(percent, 99)
    if translated:
        percent = max(percent, 1)
    return percent


def statuses(locale, *, model=None, state=None):
    """The status of every English page and translatable snippet in `locale` (a Locale or language code).

    `model` keeps objects of that class (and its subclasses: `Page` keeps every page); `state` keeps
    one of STATES, or NEEDS_TRANSLATION for everything not complete. Pages come first in tree
    order, then snippets model by model.
    """
    locale, default = resolve_locales(locale)
    subjects = english_pages(default) + english_snippets(default)
    results = StatusBuilder(locale, default).build(subjects)
    if model is not None:
        results = [status for status in results if issubclass(status.model, model)]
    if state == NEEDS_TRANSLATION:
        results = [status for status in results if status.state != COMPLETE]
    elif state is not None:
        results = [status for status in results if status.state == state]
    return results


def status_for_instance(instance, locale=None):
    """The status of one page or snippet, given in English or in any translation of it.

    `locale` defaults to the instance's own locale. None for the default locale, for objects that
    have no English original, and for models that are not translatable.
    """
    if not isinstance(instance, TranslatableMixin):
        return None
    locale, default = resolve_locales(locale if locale is not None else instance.locale_id, strict=False)
    if locale.pk == default.pk:
        return None
    source = instance if instance.locale_id == default.pk else instance.get_translation_or_none(default)
    if source is None:
        return None
    if isinstance(source, Page):
        subject = Subject(source.translation_key, source.pk, source.title, source.specific_class or Page)
    else:
        subject = Subject(source.translation_key, source.pk, str(source), type(source))
    return StatusBuilder(locale, default, restricted=True).build([subject])[0]


def resolve_locales(locale, strict=True):
    """(target Locale, default Locale); `locale` may be a Locale, a language code or a pk."""
    default = Locale.get_default()
    if isinstance(locale, Locale):
        target = locale
    elif isinstance(locale, str):
        target = Locale.objects.get_for_language(locale)
    else:
        target = default if locale == default.pk else Locale.objects.get(pk=locale)
    if strict and target.pk == default.pk:
        raise ValueError(f"{target.language_code} is the source language; choose a target locale.")
    return target, default


@dataclass(frozen=True)
class Subject:
    """An English page or snippet whose translation is measured."""

    key: object  # translation_key
    pk: int | str
    label: str
    model: type


def english_pages(default):
    rows = (
        Page.objects.filter(locale=default, depth__gt=1, alias_of__isnull=True)
        .order_by("path")
        .values_list("translation_key", "pk", "title", "content_type__app_label", "content_type__model")
    )
    subjects = []
    for key, pk, title, app_label, model_name in rows:
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:  # a page type whose code was removed
            model = Page
        subjects.append(Subject(key, pk, title, model))
    return subjects


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def english_snippets(default):
    return [
        Subject(instance.translation_key, instance.pk, str(instance), model)
        for model in translatable_snippet_models()
        for instance in model._default_manager.filter(locale=default)
    ]


@dataclass(frozen=True)
class SourceFacts:
    pk: int
    updated: datetime.datetime
    last_translated: datetime.datetime | None
    synced: bool


@dataclass(frozen=True)
class Target:
    pk: int | str
    live: bool
    is_alias: bool


class StatusBuilder:
    """Fetches, in bulk, what the statuses of a list of subjects need, then computes them.

    Unrestricted (for `statuses()`), every query reads all sources of the default locale, so the
    number of queries is fixed. Restricted (for one object), queries are limited to the subjects and
    the objects they relate to, following related objects one level per query.
    """

    def __init__(self, locale, default, restricted=False):
        self.locale = locale
        self.default = default
        self.restricted = restricted

    def build(self, subjects):
        keys = {subject.key for subject in subjects}
        self.related = self.related_graph(keys)  # {source key: [(related key, translation model)]}
        needed = keys | {key for refs in self.related.values() for key, _ in refs}
        self.sources = self.source_facts(needed)
        self.counts = self.string_counts(needed)
        models = {subject.model.get_translation_model() for subject in subjects}
        models |= {model for refs in self.related.values() for _, model in refs if model is not None}
        self.targets = self.find_targets(models, needed)
        self.gaps_memo = {}
        return [self.status_of(subject) for subject in subjects]

    def status_of(self, subject):
        source = self.sources.get(subject.key)
        total, translated, machine = self.counts.get(source.pk, (0, 0, 0)) if source else (0, 0, 0)
        target = self.targets.get(subject.key)
        if target is not None and target.is_alias:
            target = None
        return TranslationStatus(
            label=subject.label,
            model_name=str(subject.model._meta.verbose_name),
            source_id=subject.pk,
            target_id=target.pk if target else None,
            locale_code=self.locale.language_code,
            total=total,
            translated=translated,
            machine_unreviewed=machine,
            related_missing=self.related_gaps(subject.key, set()),
            last_translated=source.last_translated if source else None,
            source_updated=source.updated if source else None,
            live=bool(target and target.live),
            synced=bool(source and source.synced),
            model=subject.model,
            source_key=subject.key,
        )

    # Related objects, mirroring completeness.related_object_gaps

    def related_gaps(self, key, visiting):
        """How many distinct objects referenced by `key`'s English source translation_gaps flags."""
        related_keys = {related_key for related_key, _ in self.related.get(key, ())}
        return sum(
            1 for related_key in related_keys if related_key not in self.targets or self.has_gaps(related_key, visiting)
        )

    def has_gaps(self, key, visiting):
        """Whether the synced translation of an (existing) related object has gaps of its own."""
        if key in self.gaps_memo:
            return self.gaps_memo[key]
        source = self.sources.get(key)
        if source is None or not source.synced or key in visiting:
            return False  # a manual translation, or a reference cycle: translation_gaps skips it too
        visiting.add(key)
        total, translated, _ = self.counts.get(source.pk, (0, 0, 0))
        result = translated < total or self.related_gaps(key, visiting) > 0
        visiting.discard(key)
        self.gaps_memo[key] = result
        return result

    # Queries

    def limit_to(self, queryset, lookup, keys):
        """Restricted, keep the rows of the objects in `keys` only; unrestricted, keep everything."""
        return queryset.filter(**{lookup: keys}) if self.restricted else queryset

    def related_graph(self, keys):
        segments = RelatedObjectSegment.objects.filter(source__locale=self.default).order_by("source_id", "order")
        graph = defaultdict(list)
        queried, frontier = set(), set(keys)
        while frontier:
            rows = self.limit_to(segments, "source__object_id__in", frontier).values_list(
                "source__object_id", "object_id", "object__content_type_id"
            )
            for source_key, related_key, content_type_id in rows:
                graph[source_key].append((related_key, translation_model_for(content_type_id)))
            if not self.restricted:
                break
            queried |= frontier
            frontier = {key for refs in graph.values() for key, _ in refs} - queried
        return graph

    def source_facts(self, keys):
        last_log = TranslationLog.objects.filter(source_id=OuterRef("pk"), locale=self.locale).order_by("-created_at")
        synced = Translation.objects.filter(source_id=OuterRef("pk"), target_locale=self.locale, enabled=True)
        sources = self.limit_to(TranslationSource.objects.filter(locale=self.default), "object_id__in", keys)
        rows = sources.annotate(
            last_translated=Subquery(last_log.values("created_at")[:1]), synced=Exists(synced)
        ).values_list("object_id", "pk", "last_updated_at", "last_translated", "synced")
        return {key: SourceFacts(pk, updated, last, is_synced) for key, pk, updated, last, is_synced in rows}

    def string_counts(self, keys):
        """{source pk: (strings, translated, machine-translated)}, one grouped query."""
        translations = StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"), context_id=OuterRef("context_id"), locale=self.locale
        )
        segments = self.limit_to(
            StringSegment.objects.filter(source__locale=self.default), "source__object_id__in", keys
        )
        rows = (
            segments.order_by()
            .values("source_id")
            .annotate(
                total=Count("pk"),
                translated=Count("pk", filter=Q(Exists(translations.filter(has_error=False)))),
                machine=Count(
                    "pk",
                    filter=Q(Exists(translations.filter(translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE))),
                ),
            )
            .values_list("source_id", "total", "translated", "machine")
        )
        return {source_id: (total, translated, machine) for source_id, total, translated, machine in rows}

    def find_targets(self, models, keys):
        """{translation key: Target} for the versions in the target locale, one query per translation model."""
        targets = {}
        for model in models:
            fields = ["translation_key", "pk"]
            if issubclass(model, DraftStateMixin):
                fields.append("live")
            if issubclass(model, Page):
                fields.append("alias_of_id")
            instances = self.limit_to(model._default_manager.filter(locale=self.locale), "translation_key__in", keys)
            for row in instances.order_by().values(*fields):
                targets[row["translation_key"]] = Target(
                    pk=row["pk"], live=row.get("live", True), is_alias=row.get("alias_of_id") is not None
                )
        return targets


def translation_model_for(content_type_id):
    """The model holding `translation_key` for a TranslatableObject's content type (ContentType cache)."""
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model.get_translation_model() if model and issubclass(model, TranslatableMixin) else None


# --- Snippets the public may see in a language ---


def fully_translated(model, locale):
    """Snippets of `model` in `locale`, leaving out synced translations that are not complete yet.

    wagtail-localize creates a snippet's translation with English text in every string not yet
    translated, so a Spanish specialty may exist and still be in English. A translation counts as
    complete as `localization.completeness` says: every string translated, machine suggestions
    confirmed by a translator, related objects translated. Statuses are read in bulk (a fixed number
    of queries); manual translations and snippets written directly in the language are complete.
    """
    snippets = model.objects.filter(locale=locale)
    default = Locale.get_default()
    if locale.pk == default.pk:
        return snippets
    originals = model.objects.filter(locale=default).values_list("translation_key", "pk")
    subjects = [Subject(key, pk, "", model) for key, pk in originals]
    statuses = StatusBuilder(locale, default, restricted=True).build(subjects) if subjects else []
    unfinished = [
        status.target_id
        for status in statuses
        if status.target_id is not None
        and status.synced
        and (status.needs_translation or status.machine_unreviewed > 0)
    ]
    return snippets.exclude(pk__in=unfinished)


# --- One page, read with its own query --------------------------------------------------------------------------------


def page_translation_facts(page):
    """(source updated, last written, has gaps, related gaps): what ``page_translation_state`` decides from.

    From the default-language source wagtail-localize extracted for the page's translation key: when it
    was last extracted, when a translation into the page's locale was last written (translation log),
    whether a source string has no usable translation in that locale, and whether a string of an object
    the source refers to has none (for objects translated through a synced translation). The source is
    read first, by its key: a page translated by hand has none and costs that one query; otherwise one
    more query asks the rest of that source, by its id.
    """
    default = default_language_code()
    source = (
        TranslationSource.objects.filter(object_id=page.translation_key, locale__language_code=default)
        .values_list("pk", "locale_id", "last_updated_at")
        .first()
    )
    if source is None:
        return None, None, False, False
    source_id, source_locale_id, source_updated = source
    with connection.cursor() as cursor:
        cursor.execute(
            SOURCE_FACTS_SQL.format(**FACT_TABLES),
            {"source": source_id, "source_locale": source_locale_id, "locale": page.locale_id},
        )
        last_written, has_gaps, related_gaps = cursor.fetchone()
    return source_updated, stored_datetime(last_written), bool(has_gaps), bool(related_gaps)


#: The rest of a source's facts, by its id. Hand-written: composed through the ORM, its nested subqueries
#: took longer to build than the database took to plan and run them.
SOURCE_FACTS_SQL = """
SELECT
  (SELECT log.created_at FROM {log} log WHERE log.source_id = %(source)s AND log.locale_id = %(locale)s
   ORDER BY log.created_at DESC LIMIT 1),
  EXISTS (SELECT 1 FROM {segment} seg WHERE seg.source_id = %(source)s AND NOT EXISTS ({translated})),
  EXISTS (
    SELECT 1 FROM {related} rel
    JOIN {source} rsrc ON rsrc.object_id = rel.object_id AND rsrc.locale_id = %(source_locale)s
    JOIN {translation} tr ON tr.source_id = rsrc.id AND tr.target_locale_id = %(locale)s AND tr.enabled
    JOIN {segment} seg ON seg.source_id = rsrc.id
    WHERE rel.source_id = %(source)s AND NOT EXISTS ({translated})
  )
"""
TRANSLATED_SEGMENT_SQL = (
    "SELECT 1 FROM {string_translation} st WHERE st.translation_of_id = seg.string_id "
    "AND st.context_id = seg.context_id AND st.locale_id = %(locale)s AND NOT st.has_error"
)
FACT_TABLES = {
    "log": TranslationLog._meta.db_table,
    "segment": StringSegment._meta.db_table,
    "related": RelatedObjectSegment._meta.db_table,
    "source": TranslationSource._meta.db_table,
    "translation": Translation._meta.db_table,
    "translated": TRANSLATED_SEGMENT_SQL.format(string_translation=StringTranslation._meta.db_table),
}


def stored_datetime(value):
    """A timestamp read by hand-written SQL: SQLite gives text or a naive datetime in UTC, PostgreSQL an aware one."""
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is not None and settings.USE_TZ and timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value


def page_translation_state(page):
    """``complete`` or ``outdated``: the report's rule (``is_outdated``) for one page, as the delivery API
    serves it, in one or two queries (``page_translation_facts``).

    The facts differ from the report's in one way: a related object with no version at all in the
    language is not looked for, since it cannot appear after publishing without the source changing,
    which the rule already catches.
    """
    if page.locale.language_code == default_language_code() or not page.live:
        return COMPLETE
    source_updated, last_written, has_gaps, related_gaps = page_translation_facts(page)
    outdated = is_outdated(
        live=True, last_translated=last_written, source_updated=source_updated, has_gaps=has_gaps or related_gaps
    )
    return OUTDATED if outdated else COMPLETE
