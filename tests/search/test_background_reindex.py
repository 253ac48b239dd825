"""An editor renaming a concern or specialty never waits for the index; search is right once the task has run.

Real commits, as in a server (transactional tests): the save commits, the response is sent, and only
then is the re-indexing task queued (``search.tasks``); the default ``ImmediateBackend`` runs it there.
"""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail import hooks

from search import tasks
from search.models import SearchDocument
from tests import factories
from tests.api_helpers import api_get

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_rows_restored"),
]


def found(client, q):
    return [result["title"] for result in api_get(client, "/api/v1/search/", q=q, locale="en").json()["results"]]


def articles(treatment_index, specialty, reviewer, concern, count, first=0):
    pages = []
    for number in range(first, first + count):
        page = factories.make_treatment(
            treatment_index, specialty, reviewer, [concern], title=f"Peel {number:02}", slug=f"peel-{number:02}"
        )
        page.save_revision().publish()
        pages.append(page)
    return pages


def rename(client, concern, also_known_as):
    edit = reverse("wagtailsnippets_treatments_concern:edit", args=(concern.pk,))
    form = {"name": concern.name, "slug": concern.slug, "description": "", "also_known_as": also_known_as}
    return client.post(edit, form)


@pytest.fixture
def administrator():
    """Concerns are the clinic's vocabulary: administrators keep them."""
    return get_user_model().objects.create_superuser("jefa", "jefa@example.com", "pw")


def test_the_index_is_updated_after_the_editors_response_not_inside_it(
    client, administrator, treatment_index, specialty, reviewer, concern
):
    [page] = articles(treatment_index, specialty, reviewer, concern, 1)
    client.force_login(administrator)
    keywords_when_saved = []

    def look_at_the_index(request, instance):
        keywords_when_saved.append(SearchDocument.objects.get(page_id=page.pk).keywords)

    with hooks.register_temporarily("after_edit_snippet", look_at_the_index):
        assert rename(client, concern, "pockmarks").status_code == 302

    assert "pockmarks" not in keywords_when_saved[0]  # the save returned without touching the index
    assert "pockmarks" in SearchDocument.objects.get(page_id=page.pk).keywords
    assert found(client, "pockmarks") == ["Peel 00"]


def test_the_save_costs_the_same_whatever_the_number_of_pages(
    client, administrator, treatment_index, specialty, reviewer, concern, monkeypatch
):
    """What runs after the response is left out: the editor's request alone is measured."""
    queued = []
    monkeypatch.setattr(tasks, "after_response", queued.append)
    pages = articles(treatment_index, specialty, reviewer, concern, 2)
    client.force_login(administrator)
    rename(client, concern, "warm-up")  # the admin's first request reads what it caches
    with CaptureQueriesContext(connection) as two_pages:
        rename(client, concern, "pockmarks")
    pages += articles(treatment_index, specialty, reviewer, concern, 30, first=2)
    with CaptureQueriesContext(connection) as many_pages:
        rename(client, concern, "pitted scars")

    assert len(many_pages) == len(two_pages)
    assert len(queued) == 3  # one task per save, queued for after the response


def test_the_task_indexes_in_chunks_and_drops_cached_search_answers(
    client, treatment_index, specialty, reviewer, concern, monkeypatch
):
    monkeypatch.setattr(tasks, "REINDEX_CHUNK", 2)
    pages = articles(treatment_index, specialty, reviewer, concern, 5)
    assert found(client, "pockmarks") == []  # cached now
    concern.also_known_as = "pockmarks"
    type(concern).objects.filter(pk=concern.pk).update(also_known_as="pockmarks")  # no signal: the task alone

    tasks.reindex_pages.enqueue([page.pk for page in pages])

    assert sorted(found(client, "pockmarks")) == [f"Peel {number:02}" for number in range(5)]
