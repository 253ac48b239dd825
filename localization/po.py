"""PO files for translation agencies: export what is to be translated, import what comes back.

Export writes wagtail-localize's own PO file for a translation (``Translation.export_po()``, which
carries the translation's id in the ``X-WagtailLocalize-TranslationID`` header), plus a ``Language``
header and, for each string, a comment saying where it appears on the page.

Import does not hand the file to ``Translation.import_po()``: that method overwrites a good
translation with a broken one (flagging it only afterwards) and ignores a file meant for another
translation without a word. Here every file is checked first (it parses, its translation id names
an enabled translation, its language is that translation's) and refused as a whole otherwise. Each
string of an accepted file is then checked on its own; a rejected string leaves the existing
translation as it was, and an empty or fuzzy ``msgstr`` never deletes anything.
"""

import re
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import polib
from bs4 import BeautifulSoup, Tag
from django.db import transaction
from django.utils import timezone
from wagtail_localize.models import SourceDeletedError, StringSegment, StringTranslation, Translation
from wagtail_localize.strings import StringValue, extract_ids, validate_translation_links

from .completeness import describe_path
from .strings import store_string_translation

TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"
TOOL_NAME = "PO import"
VOID_TAGS = {"br"}
# A tag opened but never finished with ">" ("<a id='a1'" at the end, or "<b" before another tag).
UNFINISHED_TAG = re.compile(r"</?[A-Za-z][^<>]*(?=<|$)")


class RefusedFile(Exception):
    """A PO file that is not applied at all; the message says why in one line."""


@dataclass(frozen=True)
class Issue:
    """A string that was not applied: where it is (for the translator) and why."""

    where: str
    reason: str

    def __str__(self):
        return f"{self.where}: {self.reason}"


@dataclass
class ImportReport:
    """What importing one PO file did (or why nothing of it was applied)."""

    path: Path
    translation: Translation | None = None
    refused: str = ""
    applied: int = 0
    unchanged: int = 0
    empty: int = 0
    fuzzy: int = 0
    obsolete: int = 0
    unknown: list[Issue] = field(default_factory=list)
    rejected: list[Issue] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self):
        return not self.refused

    def summary_line(self):
        """'treatmentpage-7-1a2b3c4d.po: 40 applied, 3 unchanged, 2 unknown, 1 rejected'."""
        if self.refused:
            return f"{self.path.name}: refused, {self.refused}"
        counts = [
            f"{self.applied} applied",
            f"{self.unchanged} unchanged",
            f"{len(self.unknown)} unknown",
            f"{len(self.rejected)} rejected",
        ]
        for count, label in ((self.empty, "empty"), (self.fuzzy, "fuzzy, skipped"), (self.obsolete, "obsolete")):
            if count:
                counts.append(f"{count} {label}")
        return f"{self.path.name}: {', '.join(counts)}"

    def detail_lines(self):
        lines = [f"  rejected: {issue}" for issue in self.rejected]
        lines += [f"  unknown: {issue}" for issue in self.unknown]
        lines += [f"  note: {note}" for note in self.notes]
        return lines


# Export


def po_file_name(translation):
    """``<model>-<source pk>-<first 8 characters of the translation id>.po``, e.g. ``treatmentpage-7-1a2b3c4d.po``.

    The model name and the English object's primary key tell a person what the file is; the
    translation id keeps names unique and stable from one export to the next (a slug could change).
    """
    source = translation.source
    instance = source.get_source_instance()
    return f"{source.specific_content_type.model}-{instance.pk}-{translation.uuid.hex[:8]}.po"


def build_po(translation):
    """wagtail-localize's PO file for a translation, with a Language header and a location per string."""
    po = translation.export_po()
    source = translation.source
    target = translation.target_locale
    po.metadata["Language"] = target.language_code
    po.metadata["X-Source-Language"] = source.locale.language_code
    model = source.specific_content_type.model_class()
    kind = model._meta.verbose_name if model else source.specific_content_type.model
    po.header = (
        f"“{source.object_repr}” ({kind}), {source.locale.get_display_name()} → {target.get_display_name()}.\n"
        "Fill in each msgstr. Leave msgid, msgctxt and the X-WagtailLocalize-TranslationID header unchanged;\n"
        'keep links as <a id="a1">…</a> (their addresses come from the English text).'
    )
    instance = source.as_instance()
    for entry in po:
        if not entry.obsolete:
            entry.comment = describe_path(instance, entry.msgctxt)
    return po


def export_translation(translation, directory):
    """Write one translation's PO file into ``directory``; returns its path."""
    path = Path(directory) / po_file_name(translation)
    build_po(translation).save(str(path))
    return path


def translations_to_export(locale, outdated_only=False):
    """Enabled translations into ``locale``, optionally only those with strings still untranslated.

    "Outdated" means at least one of the translation's own strings has no valid translation
    (wagtail-localize's progress). A page whose related snippets are untranslated is not outdated
    itself: those snippets have their own translations, and files.
    """
    translations = (
        Translation.objects.filter(target_locale=locale, enabled=True)
        .select_related("source__specific_content_type", "source__locale", "target_locale")
        .order_by("source__specific_content_type__model", "pk")
    )
    for translation in translations:
        if outdated_only:
            total, translated = translation.get_progress()
            if translated >= total:
                continue
        yield translation


# Import


def read_po_file(path):
    """Parse a PO file and find its translation; raise RefusedFile if the file cannot be used at all."""
    path = Path(path)
    if not path.is_file():
        raise RefusedFile("no such file")
    try:
        po = polib.pofile(str(path))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise RefusedFile(f"not a readable PO file ({first_line})") from error
    translation_id = po.metadata.get(TRANSLATION_ID_HEADER, "").strip()
    if not translation_id:
        raise RefusedFile(f"no {TRANSLATION_ID_HEADER} header, so it cannot be matched to a translation")
    try:
        translation_uuid = uuid.UUID(translation_id)
    except ValueError as error:
        raise RefusedFile(f"{TRANSLATION_ID_HEADER} '{translation_id}' is not a translation id") from error
    translation = (
        Translation.objects.filter(uuid=translation_uuid)
        .select_related("source__locale", "source__specific_content_type", "target_locale")
        .first()
    )
    if translation is None:
        raise RefusedFile(f"no translation has the id {translation_id} (deleted, or exported from another site?)")
    if not translation.enabled:
        raise RefusedFile(f"the translation of “{translation.source.object_repr}” is disabled")
    language = po.metadata.get("Language", "").strip()
    target_code = translation.target_locale.language_code
    if language and not language_matches(language, target_code):
        raise RefusedFile(f"its language is '{language}' but the translation is into '{target_code}'")
    return po, translation, language


def language_matches(header, locale_code):
    """'es', 'es_ES' and 'es-MX' are Spanish for an 'es' locale; 'fr' is not."""
    header = header.lower().replace("_", "-")
    locale_code = locale_code.lower().replace("_", "-")
    return header == locale_code or ("-" not in locale_code and header.split("-")[0] == locale_code)


def import_po_file(path):
    """Apply the translations in one PO file and report what was applied, skipped or rejected.

    Nothing is applied when the file is refused (see ``read_po_file``). For an accepted file, a
    string replaces the existing translation only when its ``msgstr`` is non-empty, not fuzzy, and
    passes ``translation_problem``; all of one file is applied in one transaction.
    """
    report = ImportReport(path=Path(path))
    try:
        po, translation, language = read_po_file(path)
    except RefusedFile as refusal:
        report.refused = str(refusal)
        return report
    report.translation = translation
    if not language:
        report.notes.append("no Language header; matched by its translation id only")
    with transaction.atomic():
        apply_entries(po, translation, report)
    return report


def apply_entries(po, translation, report):
    segments = {
        (segment.context.path, segment.string.data): segment
        for segment in StringSegment.objects.filter(source_id=translation.source_id).select_related("string", "context")
    }
    paths = {path for path, _text in segments}
    existing = {
        (string_translation.translation_of_id, string_translation.context_id): string_translation
        for string_translation in StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            context_id__in={segment.context_id for segment in segments.values()},
        )
    }
    source_instance = source_instance_or_none(translation)

    def where(path):
        return describe_path(source_instance, path) if source_instance is not None and path else (path or "?")

    for entry in po:
        if entry.obsolete:
            report.obsolete += 1
            continue
        if "fuzzy" in entry.flags:
            report.fuzzy += 1
            continue
        if not entry.msgstr.strip():
            report.empty += 1
            continue
        segment = segments.get((entry.msgctxt, entry.msgid))
        if segment is None:
            reason = (
                "the English text here has changed since the export (or the msgid was edited)"
                if entry.msgctxt in paths
                else "no such place in the English source (msgctxt unknown)"
            )
            report.unknown.append(Issue(where(entry.msgctxt), f"{reason}: {shorten(entry.msgid)}"))
            continue
        problem = translation_problem(segment.string.data, entry.msgstr)
        if problem:
            report.rejected.append(Issue(where(entry.msgctxt), problem))
            continue
        current = existing.get((segment.string_id, segment.context_id))
        if current is not None and current.data == entry.msgstr and not current.has_error:
            report.unchanged += 1
            continue
        store_string_translation(segment, translation.target_locale_id, entry.msgstr, tool=TOOL_NAME)
        existing[(segment.string_id, segment.context_id)] = StringTranslation(data=entry.msgstr, has_error=False)
        report.applied += 1
    if report.applied:
        translation.translations_last_updated_at = timezone.now()
        translation.save(update_fields=["translations_last_updated_at"])


def source_instance_or_none(translation):
    try:
        return translation.source.as_instance()
    except SourceDeletedError:
        return None


def shorten(text, length=60):
    return text if len(text) <= length else f"{text[: length - 1]}…"


# Checking one translated string


def translation_problem(source_html, translated_html):
    """Why a translated string must not be used, or None when it is fine.

    Stricter than wagtail-localize, which accepts unclosed tags and a translation that drops a
    link: the markup must be balanced and hold exactly the source's links, each as ``<a id="…">``
    (the address comes from the English text). wagtail-localize's own validation (only inline
    tags, no attributes, no unknown link ids) is applied last.
    """
    problem = unbalanced_markup(translated_html)
    if problem:
        return f"broken HTML: {problem}"
    problem = link_difference(source_html, translated_html)
    if problem:
        return f"link changed: {problem}"
    try:
        StringValue.from_translated_html(translated_html)
        validate_translation_links(source_html, translated_html)
    except ValueError as error:
        return f"invalid HTML: {error}"
    return None


class _TagBalance(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open_tags = []
        self.problem = None

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_TAGS:
            self.open_tags.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID_TAGS or self.problem:
            return
        if not self.open_tags or self.open_tags[-1] != tag:
            expected = f" (expected </{self.open_tags[-1]}>)" if self.open_tags else ""
            self.problem = f"</{tag}> closes nothing{expected}"
        else:
            self.open_tags.pop()


def unbalanced_markup(html):
    unfinished = UNFINISHED_TAG.search(html)
    if unfinished:
        return f"unfinished tag {shorten(unfinished.group(0).strip(), 30)!r}"
    parser = _TagBalance()
    parser.feed(html)
    parser.close()
    if parser.problem:
        return parser.problem
    if parser.open_tags:
        return f"<{parser.open_tags[-1]}> is never closed"
    return None


def link_difference(source_html, translated_html):
    for element in BeautifulSoup(translated_html, "html.parser").find_all("a"):
        if isinstance(element, Tag) and set(element.attrs) - {"id"}:
            return 'a link may only carry its id, e.g. <a id="a1">; its address comes from the English text'
    source_ids, translated_ids = extract_ids(source_html), extract_ids(translated_html)
    if translated_ids - source_ids:
        return f"unknown link {', '.join(sorted(translated_ids - source_ids))}"
    if source_ids - translated_ids:
        return f"link {', '.join(sorted(source_ids - translated_ids))} is missing"
    return None
