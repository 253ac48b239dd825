"""The search index follows publishing: what is live and public is found at once, nothing else ever is."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from wagtail.models import PageViewRestriction

from localization.models import GlossaryTerm
from search.models import SearchDocument, SearchTerm
from tests import factories
from tests.api_helpers import api_get


def found(client, q, locale="en"):
    response = api_get(client, "/api/v1/search/", q=q, locale=locale)
    assert response.status_code == 200, response.content
    return [result["title"] for result in response.json()["results"]]


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def article(treatment_index, specialty, reviewer, concern):
    page = factories.make_treatment(
        treatment_index,
        specialty,
        reviewer,
        [concern],
        title="Dermaplaning",
        slug="dermaplaning",
        summary="A blade removes peach fuzz.",
    )
    return publish(page)


@pytest.mark.django_db
def test_a_published_page_is_found_at_once(client, article):
    assert found(client, "dermaplaning") == ["Dermaplaning"]


@pytest.mark.django_db
def test_a_never_published_draft_is_never_found(client, treatment_index, specialty, reviewer, concern):
    page = factories.make_treatment(treatment_index, specialty, reviewer, [concern], title="Peeling", slug="peeling")
    page.unpublish()
    page.title = "Peeling and polishing"
    page.save_revision()

    assert found(client, "polishing") == []
    assert not SearchDocument.objects.filter(page_id=page.pk).exists()


@pytest.mark.django_db
def test_a_republished_page_is_found_by_its_new_words_not_its_old_ones(client, article):
    article.title = "Blade exfoliation"
    publish(article)

    assert found(client, "exfoliation") == ["Blade exfoliation"]
    assert found(client, "dermaplaning") == []


@pytest.mark.django_db
def test_a_draft_change_does_not_reach_the_index(client, article):
    article.title = "Secret new name"
    article.save_revision()  # saved, not published

    assert found(client, "secret") == []
    assert found(client, "dermaplaning") == ["Dermaplaning"]


@pytest.mark.django_db
def test_an_unpublished_page_leaves_the_index(client, article):
    article.unpublish()

    assert not SearchDocument.objects.filter(page_id=article.pk).exists()
    assert found(client, "dermaplaning") == []


@pytest.mark.django_db
def test_a_deleted_page_leaves_the_index(client, article):
    article.delete()

    assert not SearchDocument.objects.exists()
    assert found(client, "dermaplaning") == []


@pytest.mark.django_db
def test_a_private_page_is_never_found(client, article):
    restriction = PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    assert not SearchDocument.objects.filter(page_id=article.pk).exists()
    assert found(client, "dermaplaning") == []

    restriction.delete()
    assert found(client, "dermaplaning") == ["Dermaplaning"]


@pytest.mark.django_db
def test_pages_under_a_private_section_are_never_found(client, article, treatment_index):
    restriction = PageViewRestriction.objects.create(page=treatment_index, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name="Moderators")])

    assert not SearchDocument.objects.filter(page_id=article.pk).exists()
    assert found(client, "dermaplaning") == []


@pytest.mark.django_db
def test_update_index_rebuilds_the_index_from_live_pages(client, article):
    SearchDocument.objects.all().delete()
    assert found(client, "dermaplaning") == []

    call_command("update_index", stdout=io.StringIO())

    assert found(client, "dermaplaning") == ["Dermaplaning"]


@pytest.mark.django_db
def test_a_title_match_ranks_above_a_summary_match(client, treatment_index, specialty, reviewer, concern):
    publish(
        factories.make_treatment(
            treatment_index, specialty, reviewer, [concern], title="Laser resurfacing", slug="laser", summary="Light."
        )
    )
    publish(
        factories.make_treatment(
            treatment_index,
            specialty,
            reviewer,
            [concern],
            title="Chemical peel",
            slug="peel",
            summary="An acid solution; unlike laser resurfacing, no light is used.",
        )
    )

    assert found(client, "laser") == ["Laser resurfacing", "Chemical peel"]


@pytest.mark.django_db
def test_excerpts_escape_the_page_text(client, treatment_index, specialty, reviewer, concern):
    publish(
        factories.make_treatment(
            treatment_index,
            specialty,
            reviewer,
            [concern],
            title="Hydrafacial",
            slug="hydrafacial",
            summary="Cleans pores <script>alert(1)</script> gently.",
        )
    )
    response = api_get(client, "/api/v1/search/", q="pores", locale="en")
    excerpt = response.json()["results"][0]["excerpt"]

    assert "<script" not in excerpt  # escaped (SQLite) or dropped as markup by ts_headline (PostgreSQL)
    assert "<mark>pores</mark>" in excerpt


@pytest.mark.django_db
@override_settings(SEARCH_ENGINE="wagtail")
def test_wagtails_backend_can_answer_the_same_api(client, article):
    """SEARCH_ENGINE=wagtail (OpenSearch in production) keeps the API's shape and the locale filter."""
    call_command("update_index", stdout=io.StringIO())

    assert found(client, "dermaplaning") == ["Dermaplaning"]
    assert found(client, "dermaplaning", "es") == []


@pytest.mark.django_db
@override_settings(SEARCH_ENGINE="wagtail")
def test_wagtails_backend_completes_titles_in_one_language(client, article):
    call_command("update_index", stdout=io.StringIO())

    english = api_get(client, "/api/v1/search/suggest/", q="derma", locale="en").json()["suggestions"]
    spanish = api_get(client, "/api/v1/search/suggest/", q="derma", locale="es").json()["suggestions"]

    assert [item["text"] for item in english] == ["Dermaplaning"]
    assert spanish == []


@pytest.mark.django_db
@override_settings(SEARCH_ENGINE="portable")
def test_the_portable_engine_answers_on_any_database(client, article):
    assert found(client, "dermaplanings") == ["Dermaplaning"]  # stemmed in Python


@override_settings(SEARCH_ENGINE="elastic")
def test_an_unknown_engine_is_a_configuration_error_naming_the_choices():
    from django.core.exceptions import ImproperlyConfigured

    from search.engines import get_engine

    with pytest.raises(ImproperlyConfigured, match="auto, postgres, portable, wagtail"):
        get_engine()


@pytest.mark.django_db
def test_a_failing_index_never_stops_a_publish(monkeypatch, treatment_index, specialty, reviewer, concern):
    def broken(page):
        raise RuntimeError("search is down")

    monkeypatch.setattr("search.signal_handlers.index_page", broken)
    page = factories.make_treatment(treatment_index, specialty, reviewer, [concern], title="Peel", slug="peel")
    page.title = "Peel, revised"
    publish(page)

    page.refresh_from_db()
    assert page.live and page.title == "Peel, revised"


@pytest.mark.django_db
def test_deleting_a_private_page_leaves_nothing_behind(article):
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)

    article.delete()
    connection.check_constraints()  # what the commit would check: no document left pointing at the page

    assert not SearchDocument.objects.exists()


@pytest.mark.django_db
def test_a_word_only_an_unpublished_page_had_is_never_offered_as_a_correction(client, article):
    assert found(client, "dermaplanning") == ["Dermaplaning"]  # corrected while the page is live

    article.unpublish()
    response = api_get(client, "/api/v1/search/", q="dermaplanning", locale="en")

    assert response.json()["corrected"] == {}
    assert "dermaplaning" not in SearchTerm.objects.values_list("term", flat=True)


@pytest.mark.django_db
def test_a_glossary_edit_reaches_cached_answers(client, article):
    assert found(client, "rasurado facial") == []  # this empty answer is now cached

    GlossaryTerm.objects.create(english="dermaplaning", spanish="rasurado facial")

    assert found(client, "rasurado facial") == ["Dermaplaning"]  # the Spanish term typed on the English site


@pytest.mark.django_db
def test_completions_offer_each_concern_once_and_still_the_treatments(client, treatment_index, specialty, reviewer):
    shared = factories.make_concern(name="Acne breakouts", slug="acne-breakouts")
    for number in range(6):
        publish(
            factories.make_treatment(
                treatment_index, specialty, reviewer, [shared], title=f"Acne clinic {number}", slug=f"acne-{number}"
            )
        )

    texts = [
        item["text"] for item in api_get(client, "/api/v1/search/suggest/", q="acne", locale="en").json()["suggestions"]
    ]

    assert texts[:6] == [f"Acne clinic {number}" for number in range(6)]  # treatments first
    assert texts[6:] == ["Acne breakouts"]  # named by six pages, offered once


@pytest.mark.django_db
def test_what_the_risks_block_says_is_searchable(client, treatment_index, specialty, reviewer, concern, image):
    """A patient who searches a side effect or a contraindication finds the article that names it."""
    body = factories.every_block_body(specialty, image)
    risks = next(item for item in body if item["type"] == "risks")
    risks["value"]["contraindications"][0]["value"]["condition"] = "Keloid tendency"
    page = factories.make_treatment(treatment_index, specialty, reviewer, [concern], body=body)
    publish(page)

    assert found(client, "keloid") == ["Micro-needling"]
    assert found(client, "isotretinoin") == ["Micro-needling"]  # a medicine to pause
