"""Keep the search index fresh: a publish is searchable in the same request, an unpublish gone from it.

Indexing happens inside the publish's transaction, so the index never shows content that was rolled
back. A failure is logged and never raised: an editor's publish must not fail because of search;
``manage.py update_index`` rebuilds everything.
"""

from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from delivery.dependencies import SEARCH
from delivery.invalidation import drop_now_and_on_commit, never_break_editing
from localization.models import GlossaryTerm
from treatments.models import Concern, Specialty

from .documents import forget_document_words, index_page, reindex_subtree, unindex_page
from .models import SearchDocument
from .tasks import pages_showing, reindex_after_response


@never_break_editing
def on_page_published(sender, instance, **kwargs):
    index_page(instance)


@never_break_editing
def on_page_unpublished(sender, instance, **kwargs):
    unindex_page(instance)


@never_break_editing
def on_page_moved(sender, instance, **kwargs):
    """A move can put a subtree under a view restriction, or take it out of one."""
    reindex_subtree(instance)


@never_break_editing
def on_view_restriction_changed(sender, instance, origin=None, **kwargs):
    """Reindex below a restriction added or removed; not when it goes because its page is being deleted.

    Deleting a page deletes its restrictions first: reindexing then would index pages about to go.
    """
    if not deleted_with_a_page(origin):
        reindex_subtree(instance.page)


def deleted_with_a_page(origin):
    """Django names the object or queryset whose delete() started a cascade as the signal's `origin`."""
    model = origin.model if isinstance(origin, QuerySet) else type(origin)
    return origin is not None and issubclass(model, Page)


@never_break_editing
def on_document_deleted(sender, instance, **kwargs):
    forget_document_words(instance)


@never_break_editing
def on_glossary_changed(sender, instance, **kwargs):
    """Glossary terms are read when a query is parsed: cached answers built with the old ones go."""
    drop_now_and_on_commit([SEARCH])


@never_break_editing
def on_concern_saved(sender, instance, **kwargs):
    """A concern's names are synonyms in the index of every page that addresses it (re-indexed by a task)."""
    reindex_after_response(pages_showing(concern=instance))


@never_break_editing
def on_specialty_saved(sender, instance, **kwargs):
    reindex_after_response(pages_showing(specialty=instance))


def register_signal_handlers():
    page_published.connect(on_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search_page_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="search_page_moved")
    post_save.connect(on_view_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_saved")
    post_delete.connect(
        on_view_restriction_changed, sender=PageViewRestriction, dispatch_uid="search_restriction_deleted"
    )
    post_save.connect(on_concern_saved, sender=Concern, dispatch_uid="search_concern_saved")
    post_delete.connect(on_document_deleted, sender=SearchDocument, dispatch_uid="search_document_deleted")
    post_save.connect(on_glossary_changed, sender=GlossaryTerm, dispatch_uid="search_glossary_saved")
    post_delete.connect(on_glossary_changed, sender=GlossaryTerm, dispatch_uid="search_glossary_deleted")
    post_save.connect(on_specialty_saved, sender=Specialty, dispatch_uid="search_specialty_saved")
