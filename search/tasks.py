"""Re-indexing that no editor waits for: the pages showing a concern or specialty an editor changed.

A concern's names and a specialty's name are written into the search document of every page that shows
them, so renaming one used to re-index all those pages inside the editor's save (27 s at 1,252 pages).
Now the save queues this task once its transaction has committed, after the editor's response has been
sent (``delivery.after_response``): with the default ``ImmediateBackend`` it runs in the same worker
right after the response, with a task worker (``TASKS``) it runs there. Pages are re-indexed in chunks of
``REINDEX_CHUNK`` pages, each in its own transaction, so a long run never holds locks for long; cached
search answers are dropped after each chunk.
"""

from django.db import transaction
from django.db.models import Q
from django_tasks import task
from wagtail.models import Page

from delivery.after_response import after_response
from delivery.dependencies import SEARCH
from delivery.invalidation import drop_now_and_on_commit
from treatments.models import TreatmentPage

from .documents import SEARCHABLE_MODELS, chunks, index_page

REINDEX_CHUNK = 200


def pages_showing(concern=None, specialty=None):
    """Ids of the live treatment pages whose document holds a concern's or a specialty's text."""
    condition = Q(treatment_concerns__concern=concern) if concern else Q(specialty=specialty)
    return list(TreatmentPage.objects.live().filter(condition).values_list("pk", flat=True).distinct())


@task()
def reindex_pages(page_ids: list[int]):
    for chunk in chunks(page_ids, REINDEX_CHUNK):
        with transaction.atomic():
            # Locked while read and written: a publish in between would otherwise be indexed, then overwritten.
            for page in Page.objects.select_for_update().filter(pk__in=chunk).specific():
                if isinstance(page, SEARCHABLE_MODELS):
                    index_page(page)
            drop_now_and_on_commit([SEARCH])


def reindex_after_response(page_ids):
    """Queue the re-indexing of these pages once this transaction commits and the response is sent."""
    if page_ids:
        transaction.on_commit(lambda: after_response(lambda: reindex_pages.enqueue(page_ids)), robust=True)
