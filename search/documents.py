"""Turn a live public page into a search document, and keep the index in step with publishing.

Only what a visitor may see is indexed: live pages without view restrictions, never aliases (Wagtail's
copies of another page, in its language or another). The text is taken as the page's language renders it, so the labels
of choice blocks ("Muslos") are indexed in Spanish on Spanish pages.
"""

from django.db import transaction
from django.db.models import F
from django.utils import translation
from wagtail.blocks.field_block import ChooserBlock
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing

from delivery.visibility import is_public_original, public_originals
from home.models import StandardPage
from localization.streams import leaves
from treatments.models import TreatmentPage

from .engines import get_engine
from .models import SearchDocument, SearchTerm, Suggestion
from .query import without_control_characters
from .text import index_words, stems

SEARCHABLE_MODELS = (TreatmentPage, StandardPage)
MIN_TERM_LENGTH = 3


def index_page(page):
    """Index `page` if a visitor may see it, or drop it from the index if not. Returns the document or None."""
    page = page.specific
    if not isinstance(page, SEARCHABLE_MODELS) or not is_public_original(page):
        unindex_page(page)
        return None
    with translation.override(page.locale.language_code):
        fields = plain_text(document_fields(page))
    with transaction.atomic():
        previous = SearchDocument.objects.filter(page_id=page.pk).first()
        document = store_document(page, fields)
        old_words = document_words(previous) if previous else set()
        new_words = lexicon_words(fields.values())
        count_terms(page.locale_id, added=new_words - old_words, removed=old_words - new_words)
        store_suggestions(document, page)
    return document


def unindex_page(page):
    """Drop a page's document; its words leave the lexicon with it (``forget_document_words``)."""
    SearchDocument.objects.filter(page_id=page.pk).delete()


def forget_document_words(document):
    """Called for every deleted document, directly or through its page's deletion."""
    count_terms(document.locale_id, added=set(), removed=document_words(document))


def reindex_subtree(page):
    """A view restriction or a move changes what is visible below `page` as well."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).specific():
        if isinstance(descendant, SEARCHABLE_MODELS):
            index_page(descendant)


def rebuild_index():
    """Index every visible page from scratch (``manage.py update_index``). Returns the number indexed."""
    with transaction.atomic():
        SearchTerm.objects.all().delete()
        SearchDocument.objects.all().delete()
        count = 0
        for page in indexable_pages():
            if index_page(page) is not None:
                count += 1
    return count


def indexable_pages():
    return public_originals(Page.objects.type(*SEARCHABLE_MODELS)).specific().iterator(chunk_size=200)


# --- What goes in a document --------------------------------------------------------------------------------


def plain_text(fields):
    """Control characters out: excerpts mark matches with them, and they mean nothing to a reader."""
    return {
        name: without_control_characters(value) if isinstance(value, str) else value for name, value in fields.items()
    }


def document_fields(page):
    """The text of `page` by weight, as plain strings."""
    if isinstance(page, TreatmentPage):
        return treatment_fields(page)
    return {
        "title": page.title,
        "keywords": "",
        "summary": page.search_description,
        "body": " ".join(text_of_rich_text(page.body)),
        "specialty_id": None,
    }


def treatment_fields(page):
    concerns = [link.concern for link in page.treatment_concerns.select_related("concern")]
    benefits, body = split_benefits(page)
    concern_names = [name for concern in concerns for name in [concern.name, *aliases(concern)]]
    return {
        "title": page.title,
        "keywords": " · ".join(concern_names + benefits),
        "summary": " ".join(filter(None, [page.summary, page.search_description, page.specialty.name])),
        "body": " ".join(body),
        "specialty_id": page.specialty_id,
    }


def aliases(concern):
    return [name.strip() for name in concern.also_known_as.split(",") if name.strip()]


def split_benefits(page):
    """Benefit titles weigh like concerns (what the treatment is for); everything else is body text.

    Each leaf's text is what Wagtail indexes for it (``get_searchable_content``: text, rich text without
    tags, a choice's label), unless a block above it is kept out of search (``search_index=False``);
    chosen images and snippets add none, and are not read. The benefits block's
    heading says nothing about the treatment and is left out.
    """
    benefits, body = [], []
    for leaf in leaves(page.body.stream_block, page.body.raw_data):
        if isinstance(leaf.block, ChooserBlock) or not all(parent.search_index for parent in leaf.parents):
            continue
        texts = leaf.block.get_searchable_content(leaf.block.to_python(leaf.stored))
        if leaf.names[0] != "benefits":
            body += [text for text in texts if text]
        elif leaf.names[-1] == "title":
            benefits += texts
        elif leaf.names[-1] == "detail":
            body += [text for text in texts if text]
    return benefits, body


def text_of_rich_text(value):
    """Plain text with a space between blocks and entities decoded ("Aftercare Avoid sun & heat.")."""
    return [get_text_for_indexing(str(value))] if value else []


# --- Storing ---------------------------------------------------------------------------------------------------


def store_document(page, fields):
    language = page.locale.language_code
    weighted = weighted_text(fields)
    document, _created = SearchDocument.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "locale_id": page.locale_id,
            "specialty_id": fields["specialty_id"],
            "title": fields["title"],
            "keywords": fields["keywords"],
            "summary": fields["summary"],
            "body": fields["body"],
            **{f"stems_{weight}": stem_column(text, language) for weight, text in weighted.items()},
        },
    )
    get_engine().after_store(document, weighted, language)
    return document


def weighted_text(fields):
    """A: title, B: concerns and benefits, C: summary and specialty, D: body."""
    return {"a": fields["title"], "b": fields["keywords"], "c": fields["summary"], "d": fields["body"]}


def stem_column(text, language):
    """Stems between spaces (" scar acn "), so a LIKE '% scar %' finds a whole stem on any database."""
    words = stems(text, language)
    return f" {' '.join(words)} " if words else ""


def document_words(document):
    return lexicon_words([document.title, document.keywords, document.summary, document.body])


def lexicon_words(texts):
    """The words a misspelt query word may be corrected to: three letters or more, not numbers."""
    return {
        word
        for text in texts
        if isinstance(text, str)
        for word in index_words(text)
        if MIN_TERM_LENGTH <= len(word) <= 100 and not word.isdigit()
    }


def count_terms(locale_id, added, removed):
    """Keep the lexicon's per-word document counts; a word no document uses any more is deleted."""
    terms = SearchTerm.objects.filter(locale_id=locale_id)
    for chunk in chunks(sorted(removed)):
        terms.filter(term__in=chunk).update(documents=F("documents") - 1)
    if removed:
        terms.filter(documents__lte=0).delete()
    for chunk in chunks(sorted(added)):
        new = [SearchTerm(locale_id=locale_id, term=word, documents=0) for word in chunk]
        SearchTerm.objects.bulk_create(new, ignore_conflicts=True)
        terms.filter(term__in=chunk).update(documents=F("documents") + 1)


def chunks(items, size=500):
    """Keep `IN (…)` lists under SQLite's limit on query parameters."""
    return [items[start : start + size] for start in range(0, len(items), size)]


def store_suggestions(document, page):
    document.suggestions.all().delete()
    if not isinstance(page, TreatmentPage):
        return
    entries = [(Suggestion.Kind.TREATMENT, page.title, [page.title])]
    entries += [
        (Suggestion.Kind.CONCERN, link.concern.name, [link.concern.name, *aliases(link.concern)])
        for link in page.treatment_concerns.select_related("concern")
    ]
    Suggestion.objects.bulk_create(
        Suggestion(document=document, locale_id=page.locale_id, kind=kind, text=text, folded=suggestion_key(names))
        for kind, text, names in entries
    )


def suggestion_key(names):
    """The folded words of a completion and of its other names: typing "manch" offers "Hiperpigmentación"."""
    return f" {' '.join(word for name in names for word in index_words(name))} "[:600]
