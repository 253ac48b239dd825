"""A change drops exactly the cached answers that showed it: on the demo content, through the API.

The oracle: after each kind of change an editor makes, every answer of the API as served (from the cache
where it stayed warm) must equal the same answer built from scratch. And the change must not have dropped
what it did not touch: an unrelated article's answer is still served without a query.
"""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import StringTranslation

from delivery import caching
from delivery.invalidation import page_path
from home.models import StandardPage
from tests import translation_helpers as th
from treatments.models import Concern, Specialty, TreatmentConcern, TreatmentPage

LISTINGS = [
    "/api/v1/sitemap/",
    "/api/v1/sitemap/?locale=en",
    "/api/v1/sitemap/?locale=es",
    "/api/v1/sitemap/index/",
    *(f"/api/v1/{name}/?locale={code}" for name in ("site", "specialties", "concerns") for code in ("en", "es")),
    *(
        f"/api/v1/treatments/?locale={code}&ordering={ordering}"
        for code in ("en", "es")
        for ordering in ("title", "-title", "last_reviewed", "-first_published")
    ),
    "/api/v1/treatments/?locale=en&specialty=aesthetics&limit=3",
    "/api/v1/treatments/?locale=en&concern=acne-scars",
    "/api/v1/treatments/?locale=es&offset=3&limit=3",
    "/api/v1/search/?q=skin&locale=en",
    "/api/v1/search/?q=piel&locale=es",
    "/api/v1/search/?q=needling&locale=en",
    "/api/v1/search/suggest/?q=mic&locale=en",
    "/api/v1/search/suggest/?q=ac&locale=en",
]


@pytest.fixture
def demo(db, demo_loaded_once):
    return demo_loaded_once


def every_answer_url():
    """Each live page by path and by id, then the listings: what the frontend may ask for."""
    urls = []
    for page in Page.objects.live().filter(depth__gt=1).order_by("path"):
        path = page_path(page)
        if path:
            urls += [f"/api/v1/pages/by-path/?path={path}", f"/api/v1/pages/{page.pk}/"]
    return urls + LISTINGS


def served(client, urls):
    """{url: (status, body, queries)} as served now."""
    answers = {}
    for url in urls:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        answers[url] = (response.status_code, json.loads(response.content), len(queries))
    return answers


class WarmAnswers(dict):
    """{url: the queries it costs when served from the cache} (search resolves its language first)."""


def assert_cached_answers_are_fresh(client, warm):
    """Serve every answer, then build each again from nothing: they must be the same. Returns the warm ones."""
    cached = served(client, warm)
    caching.forget_everything()
    fresh = served(client, warm)
    stale = [url for url in warm if cached[url][:2] != fresh[url][:2]]
    assert stale == [], f"served stale after the change: {stale}"
    return {url for url, (_status, _body, queries) in cached.items() if queries == warm[url]}


@pytest.fixture
def warm(client, demo):
    urls = every_answer_url()
    cold = served(client, urls)
    answers = WarmAnswers((url, queries) for url, (_status, _body, queries) in served(client, urls).items())
    assert all(answers[url] < cold[url][2] for url in urls), "an answer was not served from the cache"
    return answers


def article(english_slug, language="en"):
    english = TreatmentPage.objects.get(slug=english_slug, locale__language_code="en")
    return (
        english
        if language == "en"
        else TreatmentPage.objects.get(translation_key=english.translation_key, locale__language_code=language)
    )


def by_path(page):
    return f"/api/v1/pages/by-path/?path={page_path(page)}"


def publish_edit(page, django_capture_on_commit_callbacks, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def test_publishing_one_article_refreshes_what_showed_it_and_leaves_the_rest_warm(
    client, warm, django_capture_on_commit_callbacks
):
    changed, unrelated = article("micro-needling"), article("teeth-whitening")
    publish_edit(changed, django_capture_on_commit_callbacks, title="Micro-needling Zyxquor")

    still_warm = assert_cached_answers_are_fresh(client, warm)

    assert by_path(unrelated) in still_warm
    assert f"/api/v1/pages/{unrelated.pk}/" in still_warm
    assert by_path(article("teeth-whitening", "es")) in still_warm
    assert by_path(changed) not in still_warm
    assert "/api/v1/treatments/?locale=en&ordering=title" not in still_warm  # its card shows the title
    pages = [url for url in warm if "/pages/" in url]
    assert len([url for url in pages if url in still_warm]) >= len(pages) - 8  # it, its translation, relatives


def test_a_new_summary_drops_the_listing_pages_showing_its_card_and_no_other(
    client, warm, django_capture_on_commit_callbacks
):
    changed = article("micro-needling")
    showing = {
        url for url, (_s, body, _q) in served(client, warm).items() if card_ids(body) and changed.pk in card_ids(body)
    }
    listings = {url for url in warm if url.startswith("/api/v1/treatments/")}
    assert showing and listings - showing

    publish_edit(changed, django_capture_on_commit_callbacks, summary="A shorter summary, Zyxquor.")

    still_warm = assert_cached_answers_are_fresh(client, warm)
    assert listings & still_warm == listings - showing
    assert {"/api/v1/site/?locale=en", "/api/v1/sitemap/index/"} <= still_warm  # which pages there are: the same
    assert "/api/v1/sitemap/?locale=en" not in still_warm  # its date of publication
    assert "/api/v1/search/?q=skin&locale=en" not in still_warm  # what the index finds


def test_a_concern_added_in_a_publish_lists_the_article_under_it(client, warm, django_capture_on_commit_callbacks):
    changed = article("teeth-whitening")
    acne_scars = Concern.objects.get(slug="acne-scars", locale=changed.locale)
    listing = "/api/v1/treatments/?locale=en&concern=acne-scars"
    assert changed.pk not in card_ids(served(client, [listing])[listing][1])
    changed.treatment_concerns.add(TreatmentConcern(concern=acne_scars))

    publish_edit(changed, django_capture_on_commit_callbacks)

    assert_cached_answers_are_fresh(client, warm)
    assert changed.pk in card_ids(served(client, [listing])[listing][1])


def test_a_translation_published_with_a_new_concern_is_listed_under_it(
    client, warm, django_capture_on_commit_callbacks
):
    """wagtail-localize writes a synced translation's concerns before publishing it: the publish must still
    see that they changed, since the listings were built from the ones published before."""
    english, spanish = article("teeth-whitening"), article("teeth-whitening", "es")
    listing = "/api/v1/treatments/?locale=es&concern=acne-scars"
    assert spanish.pk not in card_ids(served(client, [listing])[listing][1])
    english.treatment_concerns.add(
        TreatmentConcern(concern=Concern.objects.get(slug="acne-scars", locale=english.locale))
    )
    publish_edit(english, django_capture_on_commit_callbacks)
    assert spanish.pk not in card_ids(served(client, [listing])[listing][1])  # a visitor builds it again

    with django_capture_on_commit_callbacks(execute=True):
        th.update_source(english)
        translation = th.translation_for(english)
        th.translate(translation)
        translation.save_target(publish=True)

    assert spanish.pk in card_ids(served(client, [listing])[listing][1])
    assert_cached_answers_are_fresh(client, warm)


def card_ids(body):
    return {card["id"] for card in body.get("results", [])} if isinstance(body, dict) else set()


def test_a_new_title_shows_in_every_answer_that_showed_the_old_one(client, warm, django_capture_on_commit_callbacks):
    changed = article("micro-needling")
    publish_edit(changed, django_capture_on_commit_callbacks, title="Zyxquor needling")
    before = {url: json.dumps(body) for url, (_s, body, _q) in served(client, warm).items()}
    showed_title = [url for url, body in before.items() if "Zyxquor needling" in body]
    assert len(showed_title) > 3

    publish_edit(changed, django_capture_on_commit_callbacks, title="Qwvrt needling")

    after = {url: json.dumps(body) for url, (_s, body, _q) in served(client, warm).items()}
    assert [url for url in after if "Zyxquor" in after[url]] == []
    assert [url for url in showed_title if "Qwvrt needling" not in after[url]] == []


def test_an_unpublished_article_leaves_every_answer(client, warm, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article("chemical-peel").unpublish()
    assert_cached_answers_are_fresh(client, warm)


def test_a_spanish_translation_published_again(client, warm, django_capture_on_commit_callbacks):
    spanish = article("micro-needling", "es")
    publish_edit(spanish, django_capture_on_commit_callbacks, title="Microagujas Plvx")
    still_warm = assert_cached_answers_are_fresh(client, warm)
    assert by_path(article("dermal-fillers", "es")) in still_warm


def test_a_view_restriction_hides_the_article_everywhere(client, warm, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=article("botulinum-toxin"), restriction_type="login")
    assert_cached_answers_are_fresh(client, warm)


def page_answers_showing(client, warm, source):
    """The page answers whose ``Cache-Tag`` names the object or a translation of it, and the others.

    An edit in English drops both: a page showing the Spanish version says whether its translation is
    outdated, which the English edit decides."""
    versions = type(source).objects.filter(translation_key=source.translation_key)
    tags = {f"{source._meta.label_lower}.{version.pk}" for version in versions}
    pages = [url for url in warm if "/pages/" in url]
    showing = {url for url in pages if tags & set(client.get(url)["Cache-Tag"].split(","))}
    return showing, set(pages) - showing


def test_a_renamed_concern_drops_the_answers_that_show_it_only(client, warm, django_capture_on_commit_callbacks):
    concern = Concern.objects.get(slug="acne-scars", locale__language_code="en")
    showing, others = page_answers_showing(client, warm, concern)
    assert showing and others
    with django_capture_on_commit_callbacks(execute=True):
        concern.name = "Acne scars Wqxz"
        concern.slug = "acne-scars-wqxz"
        concern.save()
    still_warm = assert_cached_answers_are_fresh(client, warm)
    assert others <= still_warm
    assert not showing & still_warm
    assert "/api/v1/concerns/?locale=en" not in still_warm


def test_a_renamed_specialty_drops_the_answers_that_show_it_only(client, warm, django_capture_on_commit_callbacks):
    specialty = Specialty.objects.get(slug="nutrition", locale__language_code="en")
    showing, others = page_answers_showing(client, warm, specialty)
    assert showing and others
    with django_capture_on_commit_callbacks(execute=True):
        specialty.name = "Nutrition Vbnq"
        specialty.save()
    still_warm = assert_cached_answers_are_fresh(client, warm)
    assert others <= still_warm
    assert "/api/v1/site/?locale=en" not in still_warm  # its booking channels


def test_a_moved_article(client, warm, django_capture_on_commit_callbacks):
    page = article("hydrating-facial")
    home = page.get_parent().get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        page.move(home, pos="last-child")
    assert_cached_answers_are_fresh(client, warm)


def test_tags_name_what_an_answer_was_built_from_for_the_cdn(client, demo):
    page = article("micro-needling")
    response = client.get(by_path(page))
    tags = response["Cache-Tag"].split(",")
    assert f"p{page.pk}" in tags and f"p{page.get_parent().pk}" in tags  # itself and its breadcrumbs
    assert f"p{article('micro-needling', 'es').pk}" in tags  # its alternates
    assert f"treatments.specialty.{page.specialty_id}" in tags
    assert "site" in tags
    assert response["Surrogate-Key"].split(" ") == tags
    listing = client.get("/api/v1/treatments/?locale=en&limit=3")
    cards = {f"p{card['id']}" for card in json.loads(listing.content)["results"]}
    page_tags = {tag for tag in listing["Cache-Tag"].split(",") if tag.startswith("p")}
    assert set(listing["Cache-Tag"].split(",")) >= {f"l{page.locale_id}", "site"}
    assert page_tags == cards  # its cards; which pages are listed is the language's tag


def test_a_renamed_parent_moves_the_links_to_its_children(client, warm, django_capture_on_commit_callbacks):
    child = article("micro-needling")
    notice = StandardPage.objects.get(slug="privacy-notice", locale=child.locale)
    link = f'<p>See <a linktype="page" id="{child.pk}">micro-needling</a>.</p>'
    publish_edit(notice, django_capture_on_commit_callbacks, body=notice.body + link)
    served(client, warm)
    assert f'href="{page_path(child)}"' in client.get(by_path(notice)).content.decode().replace("\\", "")

    publish_edit(child.get_parent().specific, django_capture_on_commit_callbacks, slug="our-treatments")

    assert_cached_answers_are_fresh(client, warm)
    assert "/en/our-treatments/micro-needling/" in client.get(by_path(notice)).content.decode()


def test_a_translators_strings_show_in_the_translation_status(client, warm, django_capture_on_commit_callbacks):
    """Deleting a string's translation in the editor makes the live Spanish article outdated, no publish needed."""
    spanish = article("micro-needling", "es")
    translated = StringTranslation.objects.filter(
        context__object_id=spanish.translation_key, locale=spanish.locale
    ).first()
    with django_capture_on_commit_callbacks(execute=True):
        translated.delete()
    assert client.get(by_path(spanish)).json()["translation"]["status"] == "outdated"
    assert_cached_answers_are_fresh(client, warm)


def test_syncing_an_edited_original_without_publishing_shows_the_translation_outdated(
    client, warm, django_capture_on_commit_callbacks
):
    english, spanish = article("laser-hair-removal"), article("laser-hair-removal", "es")
    english.summary = "Fewer sessions than you might expect, Lrtq."
    english.save_revision()  # a draft: the article stays as published
    with django_capture_on_commit_callbacks(execute=True):
        th.update_source(english)
    assert client.get(by_path(spanish)).json()["translation"]["status"] == "outdated"
    assert_cached_answers_are_fresh(client, warm)
