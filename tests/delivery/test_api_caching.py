"""API caching: validators and 304s, Cache-Control from settings, and fresh answers after every kind of edit.

The end-to-end tests go through a stand-in endpoint defined here (``/stand-in/by-path/``) that caches its
answer under the path alone — so only the invalidation signals, never a changed revision id, can make
it fresh — and embeds what real pages embed: a snippet, an image, clinic settings, alternates, redirects,
view restrictions. The real page endpoints are checked too, for what only they have: answers that show
other languages' pages (fallbacks, redirects), spellings of one path, validators on pages by id.
"""

import datetime
import json
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.db import transaction
from django.http import Http404
from django.test import RequestFactory, override_settings
from django.urls import path
from django.utils.http import http_date, parse_http_date
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale, Page, PageViewRestriction

from delivery import caching, dependencies
from delivery.invalidation import page_path
from home.models import ClinicSettings, StandardPage
from tests import factories
from tests import translation_helpers as th

TREATMENT_PATH = "/en/treatments/micro-needling/"
BUILDS = []


# The stand-in endpoint -------------------------------------------------------------------------------


def live_page_at(path):
    for page in Page.objects.live().specific():
        if page_path(page) == path:
            return page
    return None


def represent(path, locale):
    BUILDS.append(path)
    dependencies.depends_on_live_pages(locale)  # it reads every live page to find one
    page = live_page_at(path)
    redirect = Redirect.objects.filter(old_path=Redirect.normalise_path(path)).first()
    data = {"clinic": ClinicSettings.load().name, "redirect": redirect.link if redirect else None, "page": None}
    if page is not None:
        data["page"] = {
            "title": page.title,
            "public": not page.get_view_restrictions().exists(),
            "specialty": page.specialty.name if getattr(page, "specialty_id", None) else None,
            "hero": page.hero_image.title if getattr(page, "hero_image_id", None) else None,
            "alternates": sorted(page_path(translation) for translation in page.get_translations().live()),
            "last_published_at": page.last_published_at,
        }
    return data


def stand_in_by_path(request):
    requested = request.GET["path"]
    language = requested.strip("/").split("/")[0]
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        raise Http404
    return caching.cached_json_response(
        request,
        "stand-in",
        (requested,),
        lambda: represent(requested, locale),
    )


def __getattr__(name):
    """``urlpatterns`` for ``@stand_in`` tests: the site's URLs plus the stand-in, imported only when used."""
    if name == "urlpatterns":
        from cms.urls import urlpatterns as site_urlpatterns

        return [path("stand-in/by-path/", stand_in_by_path), *site_urlpatterns]
    raise AttributeError(name)


stand_in = pytest.mark.urls(__name__)


def fetch(client, page_path=TREATMENT_PATH, **headers):
    return client.get("/stand-in/by-path/", {"path": page_path}, headers=headers)


@pytest.fixture(autouse=True)
def forget_builds():
    """The build counter starts at zero in every test (conftest's `empty_cache` empties the cache itself)."""
    BUILDS.clear()


@pytest.fixture
def clinic_settings(db):
    return ClinicSettings.objects.create(
        name="Clínica Bella",
        street_address="Blvd. Agua Caliente 1234",
        city="Tijuana",
        region="B.C.",
        postal_code="22014",
    )


@pytest.fixture
def published(treatment, clinic_settings):
    treatment.save_revision().publish()
    return treatment


def page_answer(client, page_path=TREATMENT_PATH):
    return fetch(client, page_path).json()["page"]


# Validators, 304s and Cache-Control ---------------------------------------------------------------------


MODIFIED = datetime.datetime(2026, 3, 1, 12, 30, 15, tzinfo=datetime.UTC)


def get(**headers):
    return RequestFactory().get("/api/v1/anything/", headers=headers)


def test_a_public_answer_carries_etag_last_modified_vary_and_cache_control():
    response = caching.json_response(get(), {"title": "Micro-needling", "ñ": "sí"}, last_modified=MODIFIED)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["ETag"] == caching.etag_for(response.content)
    assert response["ETag"].startswith('"') and not response["ETag"].startswith("W/")
    assert response["Last-Modified"] == "Sun, 01 Mar 2026 12:30:15 GMT"
    assert response["Vary"] == "Accept-Encoding"
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=300, stale-while-revalidate=60"
    assert response.content.decode() == '{"title":"Micro-needling","ñ":"sí"}'


def test_the_etag_changes_with_the_content_and_only_with_it():
    first = caching.json_response(get(), {"title": "A"})
    assert caching.json_response(get(), {"title": "A"})["ETag"] == first["ETag"]
    assert caching.json_response(get(), {"title": "B"})["ETag"] != first["ETag"]


@pytest.mark.parametrize("header", ["{etag}", "W/{etag}", '"other", {etag}', "*"])
def test_if_none_match_with_the_current_etag_is_a_304_with_the_same_headers(header):
    etag = caching.json_response(get(), {"title": "A"}, last_modified=MODIFIED)["ETag"]
    response = caching.json_response(
        get(if_none_match=header.format(etag=etag)), {"title": "A"}, last_modified=MODIFIED
    )
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag
    assert response["Cache-Control"].startswith("public, ")
    assert response["Last-Modified"] == http_date(MODIFIED.timestamp())
    assert response["Vary"] == "Accept-Encoding"


def test_if_none_match_with_an_old_etag_gets_the_new_content():
    response = caching.json_response(get(if_none_match='"stale"'), {"title": "A"})
    assert response.status_code == 200
    assert json.loads(response.content) == {"title": "A"}


def test_if_modified_since_is_honoured_when_there_is_no_etag_in_the_request():
    same = caching.json_response(get(if_modified_since=http_date(MODIFIED.timestamp())), {}, last_modified=MODIFIED)
    assert same.status_code == 304
    earlier = http_date((MODIFIED - datetime.timedelta(minutes=1)).timestamp())
    assert caching.json_response(get(if_modified_since=earlier), {}, last_modified=MODIFIED).status_code == 200
    # If-None-Match wins over If-Modified-Since (RFC 9110): a stale ETag means new content.
    both = get(if_none_match='"stale"', if_modified_since=http_date(MODIFIED.timestamp()))
    assert caching.json_response(both, {}, last_modified=MODIFIED).status_code == 200


@override_settings(API_CACHE_MAX_AGE=30, API_CACHE_S_MAXAGE=3600, API_CACHE_SWR=600)
def test_cache_control_values_come_from_the_settings():
    response = caching.json_response(get(), {})
    assert response["Cache-Control"] == "public, max-age=30, s-maxage=3600, stale-while-revalidate=600"


def test_a_private_answer_is_no_store_without_validators_and_never_a_304():
    public = caching.json_response(get(), {"draft": True})
    response = caching.json_response(
        get(if_none_match=public["ETag"]), {"draft": True}, private=True, last_modified=MODIFIED
    )
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert not response.has_header("ETag")
    assert not response.has_header("Last-Modified")
    assert json.loads(response.content) == {"draft": True}


# The Django cache ---------------------------------------------------------------------------------------


def test_a_representation_is_built_once_then_served_from_the_cache():
    builds = []

    def build():
        builds.append(1)
        return {"title": "A"}

    assert caching.cached_representation("page", (1, 10), build) == {"title": "A"}
    assert caching.cached_representation("page", (1, 10), build) == {"title": "A"}
    assert len(builds) == 1
    caching.cached_representation("page", (1, 11), build)  # another variant
    assert len(builds) == 2


def answer_depending_on(*tags, builds):
    def build():
        builds.append(tags)
        dependencies.depends_on(*tags)
        return {"tags": list(tags)}

    return caching.cached_representation("answer", tags, build)


def test_a_change_drops_the_answers_built_from_its_tags_and_no_other():
    builds = []
    for tags in (("p1",), ("p2",), ("p1", "l1")):
        answer_depending_on(*tags, builds=builds)
    assert len(builds) == 3

    caching.invalidate(["p2"])
    for tags in (("p1",), ("p2",), ("p1", "l1")):
        answer_depending_on(*tags, builds=builds)
    assert builds[3:] == [("p2",)]

    caching.invalidate(["l1"])
    for tags in (("p1",), ("p2",), ("p1", "l1")):
        answer_depending_on(*tags, builds=builds)
    assert builds[4:] == [("p1", "l1")]

    caching.forget_everything()  # every answer depends on the site
    for tags in (("p1",), ("p2",), ("p1", "l1")):
        answer_depending_on(*tags, builds=builds)
    assert len(builds) == 8


def test_a_warm_answer_is_one_cache_round_trip(monkeypatch):
    answer_depending_on("p1", "p2", "l1", builds=[])
    calls = []
    inside = []

    def counted(name, original):
        def call(*args, **kwargs):
            if not inside:  # a backend's get_many may call its own get
                calls.append(name)
            inside.append(name)
            try:
                return original(*args, **kwargs)
            finally:
                inside.pop()

        return call

    for name in ("get", "get_many", "set", "add", "incr"):
        monkeypatch.setattr(cache, name, counted(name, getattr(cache, name)))
    assert answer_depending_on("p1", "p2", "l1", builds=[]) == {"tags": ["p1", "p2", "l1"]}
    assert calls == ["get_many"]


def test_another_process_reads_the_entry_and_its_versions_in_two_round_trips_then_one(monkeypatch):
    answer_depending_on("p1", builds=[])
    monkeypatch.setattr(caching, "_tags_by_key", {})  # a worker that never saw this key
    builds = []
    answer_depending_on("p1", builds=builds)
    caching.invalidate(["p1"])
    answer_depending_on("p1", builds=builds)
    assert len(builds) == 1  # the stale entry was noticed with the versions read in the second trip


def test_an_evicted_version_never_brings_back_old_entries():
    caching.cached_representation("page", (1,), lambda: dependencies.depends_on("p7") or {"v": "old"})
    cache.delete(caching.version_key("p7"))
    assert caching.cached_representation("page", (1,), lambda: {"v": "new"}) == {"v": "new"}


def test_an_answer_built_while_a_change_is_recorded_is_served_but_not_kept():
    def build_during_a_publish():
        dependencies.depends_on("p1")
        caching.invalidate(["p9"])  # an unrelated change: the rows read may still predate a related one
        return {"v": "mixed"}

    assert caching.cached_representation("page", (1,), build_during_a_publish) == {"v": "mixed"}
    assert caching.cached_representation("page", (1,), lambda: {"v": "clean"}) == {"v": "clean"}
    assert caching.cached_representation("page", (1,), lambda: {"v": "later"}) == {"v": "clean"}


def test_an_answer_read_while_another_is_built_passes_its_tags_on():
    caching.cached_representation("inner", (1,), lambda: dependencies.depends_on("p3") or {"inner": True})

    def outer():
        return {"inner": caching.cached_representation("inner", (1,), lambda: {})}

    entry = caching.cached_entry("outer", (1,), outer)
    assert set(entry["tags"]) == {"p3", dependencies.SITE}


def test_a_cache_outage_serves_a_freshly_built_answer(monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("redis is down")

    monkeypatch.setattr(cache, "get_many", broken)
    assert caching.cached_representation("page", (1,), lambda: {"v": 1}) == {"v": 1}


def test_a_cached_json_response_is_encoded_and_hashed_once():
    request = get()
    first = caching.cached_json_response(request, "k", ("a",), lambda: {"v": 1})
    second = caching.cached_json_response(request, "k", ("a",), lambda: {"v": 2})
    assert second.content == first.content == b'{"v":1}'
    assert second["ETag"] == first["ETag"]
    conditional = caching.cached_json_response(get(if_none_match=first["ETag"]), "k", ("a",), lambda: {"v": 3})
    assert conditional.status_code == 304


# End to end: every edit makes the next request fresh ----------------------------------------------------


@stand_in
def test_the_stand_in_serves_from_the_cache_with_validators(client, published):
    first = fetch(client)
    assert first.status_code == 200
    assert first.json()["page"]["title"] == "Micro-needling"
    assert fetch(client).content == first.content
    assert BUILDS == [TREATMENT_PATH]
    published_at = int(Page.objects.get(pk=published.pk).last_published_at.timestamp())
    assert published_at <= parse_http_date(first["Last-Modified"]) <= caching.built_at()  # when it was built
    assert fetch(client, if_none_match=first["ETag"]).status_code == 304


@stand_in
def test_a_publish_shows_in_the_next_request(client, published, django_capture_on_commit_callbacks):
    old = fetch(client)
    published.title = "Microneedling with PRP"
    with django_capture_on_commit_callbacks(execute=True):
        published.save_revision().publish()
    response = fetch(client, if_none_match=old["ETag"])
    assert response.status_code == 200
    assert response.json()["page"]["title"] == "Microneedling with PRP"
    assert response["ETag"] != old["ETag"]


@stand_in
def test_a_publish_is_fresh_even_inside_the_publishing_transaction(client, published):
    fetch(client)
    published.title = "Renamed"
    published.save_revision().publish()  # no commit yet (the test's transaction): the first bump already counts
    assert page_answer(client)["title"] == "Renamed"


@stand_in
def test_the_commit_discards_answers_built_from_rows_read_before_it(
    client, published, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        published.title = "Renamed"
        published.save_revision().publish()
        # A concurrent request that still saw the old rows caches the old answer under the new generation…
        stale = {"clinic": "Clínica Bella", "redirect": None, "page": {"title": "Micro-needling"}}
        stale_build = lambda: dependencies.depends_on_live_pages(published.locale_id) or stale  # noqa: E731
        caching.cached_json_response(get(), "stand-in", (TREATMENT_PATH,), stale_build)
        assert page_answer(client)["title"] == "Micro-needling"
    # …and the commit's second bump drops it.
    assert page_answer(client)["title"] == "Renamed"


@stand_in
def test_a_draft_does_not_change_the_live_answer_or_drop_it(client, published):
    fetch(client)
    published.title = "A draft title"
    published.save_revision()
    assert page_answer(client)["title"] == "Micro-needling"
    assert BUILDS == [TREATMENT_PATH]


@stand_in
def test_unpublish_removes_the_page(client, published, django_capture_on_commit_callbacks):
    assert page_answer(client) is not None
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=published.pk).unpublish()
    assert page_answer(client) is None


@stand_in
def test_a_move_changes_both_the_old_and_the_new_path(client, home, published, django_capture_on_commit_callbacks):
    other = factories.make_index(home, title="Procedures", slug="procedures")
    assert page_answer(client) is not None
    assert page_answer(client, "/en/procedures/micro-needling/") is None
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=published.pk).move(other, pos="last-child")
    assert page_answer(client) is None
    assert page_answer(client, "/en/procedures/micro-needling/")["title"] == "Micro-needling"


@stand_in
def test_delete_removes_the_page(client, published, django_capture_on_commit_callbacks):
    assert page_answer(client) is not None
    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=published.pk).delete()
    assert page_answer(client) is None


@stand_in
def test_a_snippet_change_shows_on_the_pages_that_embed_it(client, published, specialty):
    assert page_answer(client)["specialty"] == "Aesthetics"
    specialty.name = "Aesthetic medicine"
    specialty.save()
    assert page_answer(client)["specialty"] == "Aesthetic medicine"


@stand_in
def test_a_settings_change_shows_everywhere(client, published, clinic_settings):
    assert fetch(client).json()["clinic"] == "Clínica Bella"
    clinic_settings.name = "Clínica Bella Tijuana"
    clinic_settings.save()
    assert fetch(client).json()["clinic"] == "Clínica Bella Tijuana"


@stand_in
def test_an_image_change_shows_and_a_rendition_does_not_drop_the_cache(client, published, image):
    assert page_answer(client)["hero"] == "Test image"
    image.get_rendition("width-100")  # what building an answer does: no invalidation
    image.get_file_size()
    fetch(client)
    assert len(BUILDS) == 1
    image.title = "Cheek after treatment"
    image.save()
    assert page_answer(client)["hero"] == "Cheek after treatment"


@stand_in
def test_a_new_redirect_shows(client, published):
    old_path = "/en/treatments/dermapen/"
    assert fetch(client, old_path).json()["redirect"] is None
    Redirect.objects.create(old_path=Redirect.normalise_path(old_path), redirect_page=published)
    assert fetch(client, old_path).json()["redirect"] == TREATMENT_PATH


@stand_in
def test_a_view_restriction_hides_the_page(client, published):
    assert page_answer(client)["public"] is True
    PageViewRestriction.objects.create(page=published, restriction_type=PageViewRestriction.LOGIN)
    assert page_answer(client)["public"] is False


@stand_in
def test_publishing_a_translation_updates_the_source_pages_alternates(
    client, home, treatment_index, published, django_capture_on_commit_callbacks
):
    assert page_answer(client)["alternates"] == []
    th.submit(home, treatment_index, published)
    th.translate_everything(lambda text: {"home": "inicio", "treatments": "tratamientos"}.get(text, f"ES {text}"))
    with django_capture_on_commit_callbacks(execute=True):
        for page in (home, treatment_index, published):
            th.translation_for(page).save_target(publish=True)
    spanish = published.get_translation(th.spanish())
    assert page_answer(client)["alternates"] == [spanish.url]
    assert page_answer(client, spanish.url)["title"] == "ES Micro-needling"


@stand_in
def test_a_rolled_back_publish_leaves_the_live_answer(client, published, django_capture_on_commit_callbacks):
    fetch(client)
    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                published.title = "Never committed"
                published.save_revision().publish()
                raise RuntimeError("the editor's request failed")
        except RuntimeError:
            pass
    assert page_answer(client)["title"] == "Micro-needling"


# Through the real page-by-path endpoint ----------------------------------------------------------------


def by_path(client, page_path=TREATMENT_PATH, **headers):
    return client.get("/api/v1/pages/by-path/", {"path": page_path}, headers=headers)


def test_the_page_by_path_endpoint_shows_a_publish_in_the_next_request(
    client, published, django_capture_on_commit_callbacks
):
    first = by_path(client)
    assert first.status_code == 200
    assert first.json()["title"] == "Micro-needling"
    published.title = "Microneedling with PRP"
    with django_capture_on_commit_callbacks(execute=True):
        published.save_revision().publish()
    second = by_path(client, if_none_match=first.get("ETag", '"none"'))
    assert second.status_code == 200
    assert second.json()["title"] == "Microneedling with PRP"


def test_the_page_by_path_answer_is_cached_validated_and_stays_fresh(
    client, published, django_capture_on_commit_callbacks
):
    cached = by_path(client)
    assert by_path(client).content == cached.content
    assert by_path(client, if_none_match=cached["ETag"]).status_code == 304

    published.title = "Microneedling with PRP"
    with django_capture_on_commit_callbacks(execute=True):
        published.save_revision().publish()
    fresh = by_path(client, if_none_match=cached["ETag"])
    assert fresh.status_code == 200
    assert json.loads(fresh.content)["title"] == "Microneedling with PRP"


def publish_title(page, title, capture):
    page.title = title
    with capture(execute=True):
        page.save_revision().publish()


def test_a_percent_encoded_path_is_as_fresh_as_the_plain_one(client, published, django_capture_on_commit_callbacks):
    encoded = quote(TREATMENT_PATH, safe="")  # %2Fen%2Ftreatments%2Fmicro-needling%2F, which the API accepts
    assert by_path(client, encoded).json()["title"] == "Micro-needling"

    publish_title(published, "Microneedling with PRP", django_capture_on_commit_callbacks)

    assert by_path(client, encoded).json()["title"] == "Microneedling with PRP"


def test_a_fallback_answer_follows_the_page_it_serves(client, published, django_capture_on_commit_callbacks):
    def fallback_title():
        response = client.get("/api/v1/pages/by-path/", {"path": "/es/treatments/micro-needling/", "fallback": "en"})
        return response.json()["title"]

    assert fallback_title() == "Micro-needling"  # cached under the Spanish path; the page is English only

    publish_title(published, "Microneedling with PRP", django_capture_on_commit_callbacks)

    assert fallback_title() == "Microneedling with PRP"


def test_an_old_unprefixed_url_stops_redirecting_once_its_page_is_unpublished(
    client, published, django_capture_on_commit_callbacks
):
    Redirect.add_redirect("/tratamientos/microagujas.html", redirect_to=published)
    assert by_path(client, "/tratamientos/microagujas.html").json()["redirect"]["to"] == TREATMENT_PATH

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=published.pk).unpublish()

    assert by_path(client, "/tratamientos/microagujas.html").status_code == 400  # no redirect, no language


def test_the_page_by_id_answer_is_cached_validated_and_stays_fresh(
    client, published, django_capture_on_commit_callbacks
):
    url = f"/api/v1/pages/{published.pk}/"
    cached = client.get(url)
    assert cached["Cache-Control"].startswith("public, ")
    assert cached["Last-Modified"]
    assert client.get(url, headers={"if-none-match": cached["ETag"]}).status_code == 304

    publish_title(published, "Microneedling with PRP", django_capture_on_commit_callbacks)

    fresh = client.get(url, headers={"if-none-match": cached["ETag"]})
    assert fresh.status_code == 200
    assert fresh.json()["title"] == "Microneedling with PRP"


def test_a_warm_page_by_path_answer_makes_no_database_query(client, published, django_assert_num_queries):
    by_path(client)
    with django_assert_num_queries(0):
        warm = by_path(client)
    assert warm.status_code == 200
    with django_assert_num_queries(0):
        assert by_path(client, if_none_match=warm["ETag"]).status_code == 304


def test_a_live_alias_created_in_the_menu_shows_in_the_navigation(client, home, treatment_index, clinic_settings):
    """Wagtail sends no publish signal for a new alias, yet a live one in the same language is a page."""
    about = StandardPage(title="About us", slug="about", body="<p>Hi.</p>", show_in_menus=True)
    home.add_child(instance=about)
    assert [link["url"] for link in client.get("/api/v1/site/").json()["navigation"]] == [
        "/en/",
        "/en/treatments/",
        "/en/about/",
    ]

    about.create_alias(parent=home, update_slug="about-the-clinic")

    assert "/en/about-the-clinic/" in [link["url"] for link in client.get("/api/v1/site/").json()["navigation"]]


def test_spellings_of_one_path_share_one_cached_answer(client, published, django_assert_num_queries):
    """The cache is keyed on the path as routing reads it, not as typed: spellings cannot multiply builds."""
    warm = by_path(client)
    spellings = ("/en/treatments/micro-needling", quote(TREATMENT_PATH, safe=""), "/en/treatments/micro-%6Eeedling/")
    for spelling in spellings:
        with django_assert_num_queries(0):
            response = by_path(client, spelling)
        assert response.content == warm.content


def test_a_malformed_path_is_refused_before_the_cache_is_touched(client, db, monkeypatch):
    keys_made = []
    monkeypatch.setattr(caching, "representation_key", lambda *args: keys_made.append(args))

    assert by_path(client, "/en/../etc/").status_code == 400
    assert client.get("/api/v1/pages/by-path/", {"path": TREATMENT_PATH, "fallback": "xx"}).status_code == 400
    assert keys_made == []


# CORS ------------------------------------------------------------------------------------------------------

FRONTEND_ORIGIN = "https://www.clinica.example"


@override_settings(CORS_ALLOWED_ORIGINS=[FRONTEND_ORIGIN])
def test_cors_allows_the_frontend_origin_on_the_api(client, db):
    response = client.get("/api/v1/openapi.json", headers={"origin": FRONTEND_ORIGIN})
    assert response["Access-Control-Allow-Origin"] == FRONTEND_ORIGIN
    assert "ETag" in response["Access-Control-Expose-Headers"]
    assert "origin" in response["Vary"].lower()


@override_settings(CORS_ALLOWED_ORIGINS=[FRONTEND_ORIGIN])
def test_cors_preflight_allows_conditional_reads_and_the_appointment_post_only(client, db):
    response = client.options(
        "/api/v1/openapi.json",
        headers={
            "origin": FRONTEND_ORIGIN,
            "access-control-request-method": "GET",
            "access-control-request-headers": "if-none-match",
        },
    )
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == FRONTEND_ORIGIN
    assert "if-none-match" in response["Access-Control-Allow-Headers"]
    # POST for appointment requests; every other endpoint answers a POST with a JSON 405.
    assert set(response["Access-Control-Allow-Methods"].split(", ")) == {"GET", "HEAD", "OPTIONS", "POST"}


@override_settings(CORS_ALLOWED_ORIGINS=[FRONTEND_ORIGIN])
def test_cors_refuses_other_origins_and_the_public_site(client, home):
    other = client.get("/api/v1/openapi.json", headers={"origin": "https://evil.example"})
    assert not other.has_header("Access-Control-Allow-Origin")
    site = client.get("/en/", headers={"origin": FRONTEND_ORIGIN})
    assert site.status_code == 200
    assert not site.has_header("Access-Control-Allow-Origin")
