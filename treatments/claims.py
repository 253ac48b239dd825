"""Claims health advertising must not make, found in an article wherever they are written.

Mexico's health-advertising rules forbid promising results or an absence of risk. Editors keep the list
(``ClaimRule``, per language); an article's text — title, summary and every text of its body — is
matched after folding case and accents, whole words only. Publishing is refused, in either language,
while a match has no ``ClaimOverride`` a medical reviewer recorded for that page:

- an English article is published by its medical approval: the reviewer sees the matches in the editor
  and gets no "Approve" until they are reworded or overridden (``treatments.review``);
- a Spanish translation is refused in the translation editor with each phrase and where it is
  (``treatments.wagtail_hooks``), from the strings about to be published;
- bulk *Publish* and ``publish_scheduled`` name and skip a refused page (``publish_check``, registered with
  ``localization.guards``); any other way a revision goes live meets the same check when the page is saved
  as published (``ClaimsRefused``).
"""

import html
import re
import unicodedata
from dataclasses import dataclass

from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail_localize.models import StringSegment, StringTranslation

from localization.completeness import describe_path
from localization.streams import leaves

from .models import ClaimOverride, ClaimRule, TreatmentPage


class ClaimsRefused(PublishPermissionError):
    """Raised when a page about to go live makes a listed claim no reviewer allowed."""


@dataclass(frozen=True)
class Claim:
    rule: ClaimRule
    where: str
    text: str


def fold(text):
    """Lower case, no accents, "100 %" as "100%", punctuation as spaces, single spaces."""
    decomposed = unicodedata.normalize("NFKD", str(text)).casefold()
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    plain = re.sub(r"(\d)\s+%", r"\1%", plain)
    return " ".join(re.sub(r"[^\w%]+", " ", plain).split())


def phrase_pattern(phrase):
    """Whole words of the folded phrase; a trailing ``*`` lets the last word go on ("garantiza*": garantizado)."""
    any_ending = phrase.rstrip().endswith("*")
    folded = fold(phrase.rstrip().rstrip("*"))
    if not folded:
        return None
    return re.compile(rf"(?<![\w%]){re.escape(folded)}" + ("" if any_ending else r"(?![\w%])"))


def plain_text(text):
    """The words of a text: rich text without its tags, entities decoded ("sin&nbsp;riesgo" is "sin riesgo")."""
    return html.unescape(re.sub(r"<[^>]+>", " ", str(text)))


#: The page fields an article shows besides its body: on the page, in search results and link previews.
SHOWN_FIELDS = ["title", "summary", "seo_title", "search_description", "hero_alt_text"]


def page_texts(page):
    """(where, text) of every text an article shows: its title, summary, SEO texts, hero image text and body."""
    texts = [(capfirst(str(page._meta.get_field(name).verbose_name)), getattr(page, name)) for name in SHOWN_FIELDS]
    body_label = capfirst(str(page._meta.get_field("body").verbose_name))
    for leaf in leaves(page.body.stream_block, page.body.get_prep_value()):
        if isinstance(leaf.stored, str) and leaf.stored.strip():
            texts.append((" › ".join([body_label, *leaf.labels]), plain_text(leaf.stored)))
    return texts


def translation_texts(translation):
    """(where, text) of the strings a translation would publish (untranslated ones are refused elsewhere)."""
    source_instance = translation.source.as_instance()
    translated = {
        (string_id, context_id): data
        for string_id, context_id, data in StringTranslation.objects.filter(
            translation_of__segments__source=translation.source, locale=translation.target_locale
        ).values_list("translation_of_id", "context_id", "data")
    }
    segments = StringSegment.objects.filter(source=translation.source).select_related("context").order_by("order")
    return [
        (
            describe_path(source_instance, segment.context.path),
            plain_text(translated.get((segment.string_id, segment.context_id), "")),
        )
        for segment in segments
    ]


def claims_in(texts, language):
    """Every listed claim of ``language`` in ``texts`` ((where, text) pairs), in text order."""
    rules = [(rule, phrase_pattern(rule.phrase)) for rule in ClaimRule.objects.filter(language=language)]
    found = []
    for where, text in texts:
        folded = fold(text)
        found += [Claim(rule, where, text) for rule, pattern in rules if pattern and pattern.search(folded)]
    return found


def unallowed(claims, page_id):
    """The claims no reviewer allowed on this page."""
    allowed = set(ClaimOverride.objects.filter(page_id=page_id).values_list("rule_id", flat=True))
    return [claim for claim in claims if claim.rule.pk not in allowed]


def unallowed_claims(page):
    """The listed claims ``page`` (as it is, e.g. a draft being approved) makes without an override."""
    return unallowed(claims_in(page_texts(page), page.locale.language_code), page.pk)


def describe(claims):
    """One line per claim, for a message: the phrase, where it is, why not, and what to say instead."""
    return [
        _("“%(phrase)s” in %(where)s: %(explanation)s Say instead: %(suggestion)s")
        % {
            "phrase": claim.rule.phrase,
            "where": claim.where,
            "explanation": claim.rule.explanation,
            "suggestion": claim.rule.suggestion,
        }
        for claim in claims
    ]


def refusal_message(page, claims):
    return _("“%(title)s” was not published: it makes claims health advertising may not make. %(claims)s") % {
        "title": page.title,
        "claims": " ".join(describe(claims)),
    }


def publish_check(instance):
    """``localization.guards.register_publish_check``: the refusal for bulk and scheduled publishing."""
    if not isinstance(instance, TreatmentPage):
        return None
    claims = unallowed_claims(instance)
    return refusal_message(instance, claims) if claims else None


def check_claims_before_publishing(page):
    """Raise ``ClaimsRefused`` if ``page``, about to go live, makes a claim no reviewer allowed."""
    reason = publish_check(page)
    if reason:
        raise ClaimsRefused(reason)
