"""Listings of the delivery API: treatment cards, specialties, concerns, the site frame and the sitemap.

Only live pages without view restrictions appear, only real translations (no aliases), and only
snippets whose translation is complete; listings cost a fixed number of queries.
"""

import datetime
import uuid

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import StringTranslation

from delivery import caching
from delivery.caching import forget_everything
from home.models import ClinicSettings, ClinicText, StandardPage
from tests import factories
from tests import translation_helpers as th
from tests.api_helpers import api_get
from treatments.models import Concern, Specialty, TreatmentPage

TREATMENTS = "/api/v1/treatments/"


@pytest.fixture(autouse=True)
def empty_cache():
    """Site root paths and renditions are cached; a previous test's site must not leak in."""
    cache.clear()
    yield
    cache.clear()


def areas_body(*codes, older_format=False):
    """A treatment body with only a target-areas block listing `codes`."""
    areas = [{"area": code, "note": ""} for code in codes]
    if not older_format:
        areas = [{"type": "item", "id": str(uuid.uuid4()), "value": area} for area in areas]
    value = {"heading": "Areas", "areas": areas}
    return [{"type": "target_areas", "id": str(uuid.uuid4()), "value": value}]


def make_treatment(index, specialty, reviewer, title, concerns=(), areas=("face",), first_published=None, **fields):
    page = factories.make_treatment(
        index,
        specialty,
        reviewer,
        concerns=concerns,
        title=title,
        slug=title.lower().replace(" ", "-"),
        body=areas_body(*areas),
        **fields,
    )
    TreatmentPage.objects.filter(pk=page.pk).update(first_published_at=first_published)
    return page


def at(year, month, day):
    return datetime.datetime(year, month, day, 12, tzinfo=datetime.UTC)


def titles(response):
    return [card["title"] for card in response.json()["results"]]


def restrict(page):
    return PageViewRestriction.objects.create(page=page, restriction_type="password", password="secret")


@pytest.fixture
def catalogue(treatment_index, specialty, reviewer, image):
    """Four visible English treatments, two specialties, two concerns; plus pages nobody may list."""
    dentistry = factories.make_specialty("Dentistry", "dentistry", sort_order=0, phone="+526649876543")
    Specialty.objects.filter(pk=specialty.pk).update(sort_order=1)
    scars = factories.make_concern("Acne scars", "acne-scars")
    wrinkles = factories.make_concern("Wrinkles", "wrinkles")
    pages = {
        "needling": make_treatment(
            treatment_index,
            specialty,
            reviewer,
            "Micro-needling",
            concerns=[scars],
            areas=("face", "thighs"),
            first_published=at(2025, 3, 1),
            last_reviewed=datetime.date(2026, 1, 10),
            hero_image=image,
            hero_alt_text="A cheek after treatment",
            numbing_minutes_min=30,
            numbing_minutes_max=45,
        ),
        "botox": make_treatment(
            treatment_index,
            specialty,
            reviewer,
            "Botox",
            concerns=[wrinkles],
            areas=("face",),
            first_published=at(2025, 6, 1),
            last_reviewed=datetime.date(2025, 11, 1),
        ),
        "peel": make_treatment(
            treatment_index,
            specialty,
            reviewer,
            "Chemical peel",
            concerns=[scars, wrinkles],
            areas=("face", "neck"),
            first_published=None,
            last_reviewed=datetime.date(2025, 12, 1),
        ),
        "whitening": make_treatment(
            treatment_index,
            dentistry,
            reviewer,
            "Whitening",
            areas=("teeth",),
            first_published=at(2024, 1, 1),
            last_reviewed=datetime.date(2026, 2, 1),
        ),
    }
    draft = make_treatment(treatment_index, specialty, reviewer, "Laser draft", concerns=[scars])
    draft.unpublish()
    restrict(make_treatment(treatment_index, specialty, reviewer, "Private peel", concerns=[scars]))
    pages["botox"].create_alias(parent=treatment_index, update_slug="botox-copy")
    return pages


VISIBLE_BY_TITLE = ["Botox", "Chemical peel", "Micro-needling", "Whitening"]


# --- Treatment cards ----------------------------------------------------------------------------------


def test_a_card_holds_what_a_listing_shows(client, catalogue, image):
    response = api_get(client, TREATMENTS, specialty="aesthetics", concern="acne-scars", area="thighs")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    assert (body["limit"], body["offset"]) == (20, 0)
    card = body["results"][0]
    assert card["id"] == catalogue["needling"].pk
    assert card["locale"] == "en"
    assert card["title"] == "Micro-needling"
    assert card["summary"] == "Collagen induction for scars and lines."
    assert card["url"] == "/en/treatments/micro-needling/"
    assert card["specialty"] == {"slug": "aesthetics", "name": "Aesthetics"}
    assert card["concerns"] == [{"slug": "acne-scars", "name": "Acne scars"}]
    assert card["last_reviewed"] == "2026-01-10"
    assert card["first_published_at"].startswith("2025-03-01")
    assert card["key_facts"] == [
        {"name": "session_length", "label": "Session length", "low": 120, "high": None, "unit": "minutes"},
        {"name": "numbing_lead_time", "label": "Numbing applied before", "low": 30, "high": 45, "unit": "minutes"},
    ]
    hero = card["hero"]
    assert hero["id"] == image.pk
    assert hero["alt"] == "A cheek after treatment"
    assert (hero["width"], hero["height"]) == (640, 480)
    assert hero["renditions"] and all(rendition["url"] for rendition in hero["renditions"])


def test_a_card_without_hero_image_has_null_hero(client, catalogue):
    card = api_get(client, TREATMENTS, specialty="dentistry").json()["results"][0]
    assert card["title"] == "Whitening"
    assert card["hero"] is None
    assert card["concerns"] == []


def test_only_live_public_real_pages_are_listed(client, catalogue):
    """The draft, the page behind a password and the alias of Botox are left out."""
    response = api_get(client, TREATMENTS)
    assert titles(response) == VISIBLE_BY_TITLE
    assert response.json()["count"] == 4


def test_a_restriction_on_the_index_hides_every_treatment_under_it(client, catalogue, treatment_index):
    restrict(treatment_index)
    response = api_get(client, TREATMENTS)
    assert response.json() == {"count": 0, "limit": 20, "offset": 0, "results": []}


def test_unpublishing_removes_a_card_from_the_next_answer(client, catalogue):
    assert titles(api_get(client, TREATMENTS)) == VISIBLE_BY_TITLE
    catalogue["botox"].unpublish()
    assert titles(api_get(client, TREATMENTS)) == ["Chemical peel", "Micro-needling", "Whitening"]


def test_answers_carry_validators_and_a_current_copy_gets_a_304(client, catalogue):
    for url in (TREATMENTS, "/api/v1/specialties/", "/api/v1/concerns/", "/api/v1/site/", "/api/v1/sitemap/"):
        response = api_get(client, url)
        assert response.status_code == 200
        assert response["ETag"]
        assert response["Cache-Control"].startswith("public")
        assert api_get(client, url, headers={"If-None-Match": response["ETag"]}).status_code == 304
    other_parameters = api_get(client, TREATMENTS, limit=2)
    assert other_parameters["ETag"] != api_get(client, TREATMENTS)["ETag"]


def test_parameters_that_look_alike_are_cached_apart(client, catalogue):
    assert titles(api_get(client, TREATMENTS, specialty="aesthetics:acne-scars")) == []
    assert titles(api_get(client, TREATMENTS, specialty="aesthetics", concern="acne-scars")) == [
        "Chemical peel",
        "Micro-needling",
    ]


@pytest.mark.parametrize(
    "ordering, expected",
    [
        ("title", VISIBLE_BY_TITLE),
        ("-title", VISIBLE_BY_TITLE[::-1]),
        ("last_reviewed", ["Botox", "Chemical peel", "Micro-needling", "Whitening"]),
        ("-last_reviewed", ["Whitening", "Micro-needling", "Chemical peel", "Botox"]),
        # Never published (the peel) comes last both ways.
        ("first_published", ["Whitening", "Micro-needling", "Botox", "Chemical peel"]),
        ("-first_published", ["Botox", "Micro-needling", "Whitening", "Chemical peel"]),
    ],
)
def test_ordering(client, catalogue, ordering, expected):
    assert titles(api_get(client, TREATMENTS, ordering=ordering)) == expected


def test_title_ordering_ignores_case(client, catalogue, treatment_index, specialty, reviewer):
    make_treatment(treatment_index, specialty, reviewer, "anti-ageing peel")
    assert titles(api_get(client, TREATMENTS))[:2] == ["anti-ageing peel", "Botox"]
    assert titles(api_get(client, TREATMENTS, ordering="-title"))[-2:] == ["Botox", "anti-ageing peel"]


def test_pagination_keeps_the_total_count(client, catalogue):
    first = api_get(client, TREATMENTS, limit=2).json()
    second = api_get(client, TREATMENTS, limit=2, offset=2).json()
    beyond = api_get(client, TREATMENTS, limit=2, offset=10).json()
    assert [card["title"] for card in first["results"]] == VISIBLE_BY_TITLE[:2]
    assert [card["title"] for card in second["results"]] == VISIBLE_BY_TITLE[2:]
    assert (first["count"], second["count"], beyond["count"]) == (4, 4, 4)
    assert (second["limit"], second["offset"]) == (2, 2)
    assert beyond["results"] == []


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"specialty": "aesthetics"}, ["Botox", "Chemical peel", "Micro-needling"]),
        ({"specialty": "dentistry"}, ["Whitening"]),
        ({"concern": "acne-scars"}, ["Chemical peel", "Micro-needling"]),
        ({"concern": "wrinkles"}, ["Botox", "Chemical peel"]),
        ({"area": "face"}, ["Botox", "Chemical peel", "Micro-needling"]),
        ({"area": "neck"}, ["Chemical peel"]),
        ({"area": "teeth"}, ["Whitening"]),
        ({"area": "lips"}, []),
        ({"concern": "wrinkles", "area": "neck"}, ["Chemical peel"]),
        ({"specialty": "dentistry", "concern": "wrinkles"}, []),
        # Slugs are data: one that matches nothing gives an empty list, not an error.
        ({"specialty": "no-such-specialty"}, []),
        ({"concern": "no-such-concern"}, []),
    ],
)
def test_filters(client, catalogue, params, expected):
    response = api_get(client, TREATMENTS, **params)
    assert titles(response) == expected
    assert response.json()["count"] == len(expected)


def republish_with_body(page, body):
    page = TreatmentPage.objects.get(pk=page.pk)
    page.body = body
    page.save_revision().publish()


def test_area_filter_reads_list_items_stored_in_the_older_format(client, catalogue):
    republish_with_body(catalogue["botox"], areas_body("lips", older_format=True))
    assert titles(api_get(client, TREATMENTS, area="lips")) == ["Botox"]
    assert "Botox" not in titles(api_get(client, TREATMENTS, area="face"))


def test_area_filter_ignores_area_codes_in_other_text(client, catalogue):
    """A note that mentions a code, or another block's field named "area", is not a target area."""
    body = areas_body("face")
    body[0]["value"]["areas"][0]["value"]["note"] = '"area": "lips"'
    body.append({"type": "section", "id": str(uuid.uuid4()), "value": {"heading": "lips", "body": "<p>area</p>"}})
    republish_with_body(catalogue["botox"], body)
    assert titles(api_get(client, TREATMENTS, area="lips")) == []


@pytest.mark.parametrize(
    "params, field",
    [
        ({"limit": 101}, "limit"),
        ({"limit": 0}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"offset": -1}, "offset"),
        ({"offset": "x"}, "offset"),
        ({"ordering": "price"}, "ordering"),
        ({"ordering": "-locale"}, "ordering"),
        ({"area": "elbow"}, "area"),
        ({"locale": "fr"}, "locale"),
        # No slug holds a control character, and PostgreSQL refuses NUL in a query (a 500 there).
        ({"specialty": "aesthetics\x00"}, "specialty"),
        ({"concern": "acne\x1fscars"}, "concern"),
    ],
)
def test_bad_parameters_are_400s_naming_the_field(client, catalogue, params, field):
    response = api_get(client, TREATMENTS, **params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_parameter"
    assert error["field"] == field
    assert error["message"]


def test_limit_100_is_allowed(client, catalogue):
    assert api_get(client, TREATMENTS, limit=100).json()["count"] == 4


def test_the_number_of_queries_does_not_depend_on_limit(
    client, treatment_index, specialty, reviewer, concern, django_assert_num_queries
):
    scars = factories.make_concern("Scars", "scars")
    for number in range(22):
        image = factories.make_image(f"Hero {number}", width=40, height=30)
        make_treatment(
            treatment_index,
            specialty,
            reviewer,
            f"Peel {number:02}",
            concerns=[concern, scars],
            hero_image=image,
            hero_alt_text="A face",
        )
    api_get(client, TREATMENTS, limit=100)  # creates the renditions once, as the first visitors would

    with CaptureQueriesContext(connection) as two_cards:
        assert len(api_get(client, TREATMENTS, limit=2).json()["results"]) == 2
    with django_assert_num_queries(len(two_cards)):
        results = api_get(client, TREATMENTS, limit=20).json()["results"]
    assert len(results) == 20
    assert all(card["hero"]["renditions"] and len(card["concerns"]) == 2 for card in results)
    filtered = {"area": "face", "concern": "scars", "ordering": "-first_published"}
    with CaptureQueriesContext(connection) as two_filtered_cards:
        api_get(client, TREATMENTS, limit=2, **filtered)
    with django_assert_num_queries(len(two_filtered_cards)):
        assert len(api_get(client, TREATMENTS, limit=20, **filtered).json()["results"]) == 20


# --- Spanish ------------------------------------------------------------------------------------------


def slug_spanish(text):
    slugs = {"home": "inicio", "treatments": "tratamientos", "micro-needling": "microagujas", "privacy": "privacidad"}
    return slugs.get(text, f"ES {text}")


@pytest.fixture
def spanish(home, treatment_index, treatment, specialty, concern, reviewer, django_capture_on_commit_callbacks):
    """The home page, the index and the micro-needling article live in Spanish, with their snippets."""
    th.submit(home, treatment_index, treatment)
    th.translate_everything(slug_spanish)
    with django_capture_on_commit_callbacks(execute=True):
        for instance in (specialty, concern, reviewer, home, treatment_index, treatment):
            th.translation_for(instance).save_target(publish=True)
    return treatment.get_translation(th.spanish()).specific


def test_spanish_cards_are_spanish_pages_with_spanish_snippets(client, spanish, treatment):
    response = api_get(client, TREATMENTS, locale="es")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 1
    card = body["results"][0]
    assert card["id"] == spanish.pk
    assert card["locale"] == "es"
    assert card["title"] == "ES Micro-needling"
    assert card["url"] == "/es/tratamientos/microagujas/"
    assert card["specialty"] == {"slug": "aesthetics", "name": "ES Aesthetics"}
    assert card["concerns"] == [{"slug": "acne-scars", "name": "ES Acne scars"}]
    assert card["hero"]["alt"] == "ES A patient's cheek after treatment"
    assert card["key_facts"][0]["name"] == "session_length"
    assert card["key_facts"][0]["label"] == "Duración de la sesión"  # from the site's Spanish catalogue

    english = api_get(client, TREATMENTS, locale="en").json()["results"]
    assert [card["id"] for card in english] == [treatment.pk]


def test_spanish_filters_use_the_same_slugs_and_area_codes(client, spanish):
    assert api_get(client, TREATMENTS, locale="es", specialty="aesthetics", concern="acne-scars").json()["count"] == 1
    assert api_get(client, TREATMENTS, locale="es", area="thighs").json()["count"] == 1
    assert api_get(client, TREATMENTS, locale="es", area="lips").json()["count"] == 0


def test_a_spanish_draft_is_not_listed(client, spanish):
    spanish.unpublish()
    assert api_get(client, TREATMENTS, locale="es").json()["count"] == 0
    assert api_get(client, TREATMENTS, locale="en").json()["count"] == 1


# --- Specialties and concerns -------------------------------------------------------------------------


def test_specialties_in_editors_order_with_booking_channels(client, catalogue):
    response = api_get(client, "/api/v1/specialties/")
    assert response.status_code == 200
    assert response.json() == [
        {
            "slug": "dentistry",
            "name": "Dentistry",
            "description": "",
            "booking": {
                "url": "https://example.com/book/dentistry/",
                "phone": "+526649876543",
                "whatsapp": "+526641234567",
                "whatsapp_url": "https://wa.me/526641234567",
            },
        },
        {
            "slug": "aesthetics",
            "name": "Aesthetics",
            "description": "",
            "booking": {
                "url": "https://example.com/book/aesthetics/",
                "phone": None,
                "whatsapp": "+526641234567",
                "whatsapp_url": "https://wa.me/526641234567",
            },
        },
    ]


def test_concerns_by_name_with_other_names(client, catalogue):
    Concern.objects.filter(slug="wrinkles").update(also_known_as="lines, crow's feet, ")
    response = api_get(client, "/api/v1/concerns/")
    assert [item["slug"] for item in response.json()] == ["acne-scars", "wrinkles"]
    assert response.json()[1] == {
        "slug": "wrinkles",
        "name": "Wrinkles",
        "description": "",
        "also_known_as": ["lines", "crow's feet"],
    }


@pytest.fixture
def spanish_snippets(specialty, concern):
    """Spanish specialties in every state: complete, half done, machine-translated, never submitted, Spanish-only."""
    half_done = factories.make_specialty("Dentistry", "dentistry", description="Teeth and gums.")
    machine = factories.make_specialty("Laser medicine", "laser", description="Lasers.")
    factories.make_specialty("Nutrition", "nutrition")  # never submitted for translation
    th.submit(specialty, concern, half_done, machine)
    th.translate(th.translation_for(specialty))
    th.translate(th.translation_for(concern))
    th.translate(th.translation_for(half_done), limit=1)
    StringTranslation.objects.create(
        translation_of=th.untranslated(th.translation_for(machine)).first().string,
        locale=th.spanish(),
        context=th.untranslated(th.translation_for(machine)).first().context,
        data="Medicina láser",
        translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
    )
    th.translate(th.translation_for(machine))  # the rest by a translator; the name awaits review
    for instance in (specialty, concern, half_done, machine):
        th.translation_for(instance).save_target(publish=True)
    Specialty.objects.create(
        name="Medicina estética avanzada", slug="avanzada", locale=th.spanish(), booking_url="https://example.com/"
    )


def test_only_completely_translated_specialties_are_listed_in_spanish(client, spanish_snippets):
    assert Specialty.objects.filter(locale=th.spanish()).count() == 4
    response = api_get(client, "/api/v1/specialties/", locale="es")
    assert [(item["slug"], item["name"]) for item in response.json()] == [
        ("aesthetics", "ES Aesthetics"),
        ("avanzada", "Medicina estética avanzada"),
    ]
    english = [item["slug"] for item in api_get(client, "/api/v1/specialties/").json()]
    assert english == ["aesthetics", "dentistry", "laser", "nutrition"]


def test_only_completely_translated_concerns_are_listed_in_spanish(client, spanish_snippets):
    wrinkles = factories.make_concern("Wrinkles", "wrinkles")
    th.submit(wrinkles)  # exists in Spanish, still in English
    response = api_get(client, "/api/v1/concerns/", locale="es")
    assert response.json() == [{"slug": "acne-scars", "name": "ES Acne scars", "description": "", "also_known_as": []}]


def test_snippet_listings_reject_unknown_locales(client, db):
    for url in ("/api/v1/specialties/", "/api/v1/concerns/", "/api/v1/site/", "/api/v1/sitemap/"):
        response = api_get(client, url, locale="xx")
        assert response.status_code == 400
        assert response.json()["error"]["field"] == "locale"


LOCALIZED_LISTINGS = [TREATMENTS, "/api/v1/specialties/", "/api/v1/concerns/", "/api/v1/site/", "/api/v1/sitemap/"]


@pytest.mark.parametrize("url", LOCALIZED_LISTINGS)
@pytest.mark.parametrize("code", ["xx", "EN", "\x00", "x" * 300])
def test_an_unknown_locale_is_refused_before_the_cache_is_touched(client, db, url, code, monkeypatch):
    """Arbitrary input must not become a cache key: each one would be an entry nobody asks for again."""
    keys_made = []
    monkeypatch.setattr(caching, "representation_key", lambda *args: keys_made.append(args))

    response = api_get(client, url, locale=code)

    assert response.status_code == 400
    assert response.json()["error"]["field"] == "locale"
    assert keys_made == []


def test_snippet_listings_cost_a_fixed_number_of_queries(client, spanish_snippets, django_assert_num_queries):
    forget_everything()  # measure answers built, not answers served from the cache
    with CaptureQueriesContext(connection) as few:
        api_get(client, "/api/v1/specialties/", locale="es")
    for number in range(5):
        more = factories.make_specialty(f"Specialty {number}", f"specialty-{number}")
        th.submit(more)
        th.translate(th.translation_for(more))
        th.translation_for(more).save_target(publish=True)
    forget_everything()
    with django_assert_num_queries(len(few)):
        assert len(api_get(client, "/api/v1/specialties/", locale="es").json()) == 7


# --- The site frame -----------------------------------------------------------------------------------


@pytest.fixture
def clinic(home, treatment_index, specialty):
    privacy = StandardPage(title="Privacy notice", slug="privacy", body="<p>We protect your data.</p>")
    home.add_child(instance=privacy)
    home.add_child(instance=StandardPage(title="About us", slug="about", body="<p>Hi.</p>", show_in_menus=True))
    home.add_child(instance=StandardPage(title="Prices", slug="prices", body="<p>Soon.</p>", show_in_menus=True))
    Page.objects.get(slug="prices").specific.unpublish()
    staff = StandardPage(title="Staff area", slug="staff", body="<p>Staff.</p>", show_in_menus=True)
    home.add_child(instance=staff)
    restrict(staff)
    texts = ClinicText.objects.create(
        tagline="Skin and smile care in Tijuana",
        opening_hours_note="Closed on public holidays.",
        medical_disclaimer="This article does not replace a consultation.",
        privacy_summary="We only use your data to book your visit.",
    )
    return ClinicSettings.objects.create(
        name="Clínica Bella",
        street_address="Blvd. Agua Caliente 1234, Suite 5",
        neighbourhood="Aviación",
        city="Tijuana",
        region="B.C.",
        postal_code="22014",
        country="MX",
        phone="+526641112233",
        whatsapp="+526644445566",
        email="hola@clinica.example",
        latitude="32.512345",
        longitude="-117.012345",
        advertising_permit="2025-COFEPRIS-123",
        privacy_notice_page=privacy,
        texts=texts,
        opening_hours=[
            {
                "type": "period",
                "value": {"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "19:00"},
            },
            {"type": "period", "value": {"days": ["sat"], "opens": "09:00", "closes": "14:00"}},
        ],
        social_links=[{"type": "link", "value": {"network": "instagram", "url": "https://instagram.com/clinica"}}],
    )


def test_site_in_english(client, clinic, treatment_index):
    response = api_get(client, "/api/v1/site/")
    assert response.status_code == 200
    site = response.json()
    assert site["locale"] == "en"
    assert site["clinic"] == {
        "name": "Clínica Bella",
        "address": {
            "lines": ["Blvd. Agua Caliente 1234, Suite 5", "Aviación", "Tijuana, B.C. 22014", "México"],
            "street_address": "Blvd. Agua Caliente 1234, Suite 5",
            "neighbourhood": "Aviación",
            "city": "Tijuana",
            "region": "B.C.",
            "postal_code": "22014",
            "country": "MX",
        },
        "phone": "+526641112233",
        "whatsapp": "+526644445566",
        "whatsapp_url": "https://wa.me/526644445566",
        "email": "hola@clinica.example",
        "opening_hours": [
            {"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "19:00"},
            {"days": ["sat"], "opens": "09:00", "closes": "14:00"},
        ],
        "coordinates": {"latitude": 32.512345, "longitude": -117.012345},
        "social_links": [{"network": "instagram", "url": "https://instagram.com/clinica"}],
    }
    assert site["texts"] == {
        "tagline": "Skin and smile care in Tijuana",
        "opening_hours_note": "Closed on public holidays.",
        "medical_disclaimer": "This article does not replace a consultation.",
        "privacy_summary": "We only use your data to book your visit.",
    }
    # Home, the treatment index (always) and the children shown in menus; not the draft, the restricted
    # page or the privacy notice (not in menus).
    assert [(link["title"], link["url"]) for link in site["navigation"]] == [
        ("Home", "/en/"),
        ("Treatments", "/en/treatments/"),
        ("About us", "/en/about/"),
    ]
    privacy = Page.objects.get(slug="privacy")
    assert site["footer_links"] == [{"id": privacy.pk, "title": "Privacy notice", "url": "/en/privacy/"}]
    assert site["legal"] == {"advertising_permit": "2025-COFEPRIS-123", "privacy_notice_url": "/en/privacy/"}
    assert [channel["slug"] for channel in site["booking_channels"]] == ["aesthetics"]
    assert site["booking_channels"][0]["booking"]["url"] == "https://example.com/book/aesthetics/"


def test_site_without_settings_or_content_still_answers(client, db):
    response = api_get(client, "/api/v1/site/", locale="es")
    assert response.status_code == 200
    site = response.json()
    assert site["navigation"] == [] and site["footer_links"] == [] and site["booking_channels"] == []
    assert site["texts"] == dict.fromkeys(["tagline", "opening_hours_note", "medical_disclaimer", "privacy_summary"])
    assert site["legal"] == {"advertising_permit": None, "privacy_notice_url": None}
    assert site["clinic"]["coordinates"] is None


def test_reading_the_site_without_settings_writes_nothing(client, db, settings, django_capture_on_commit_callbacks):
    """Wagtail's ``load()`` saves default settings on first read: a save that would drop every cached answer
    and notify the frontends that the settings changed, because someone read them."""
    settings.FRONTEND_WEBHOOK_URLS = ["https://frontend.example/api/revalidate"]
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert api_get(client, "/api/v1/site/").status_code == 200

    assert not ClinicSettings.objects.exists()
    assert callbacks == []


def test_an_untranslated_spanish_tree_has_no_spanish_navigation(client, clinic, home):
    """wagtail-localize's alias of the English home page in Spanish is English text: not linked under es."""
    home.copy_for_translation(th.spanish(), alias=True)
    cache.clear()  # a new site root (Wagtail caches them)
    site = api_get(client, "/api/v1/site/", locale="es").json()
    assert site["navigation"] == []
    assert [link["url"] for link in api_get(client, "/api/v1/site/").json()["navigation"]][0] == "/en/"
    assert "http://localhost/es/" not in sitemap_urls(api_get(client, "/api/v1/sitemap/"))


def test_site_in_spanish_never_shows_english_prose(client, clinic, spanish, django_capture_on_commit_callbacks):
    """Half-translated clinic texts: the translated field in Spanish, the rest null; no English links."""
    th.submit(clinic.texts)
    th.translate(th.translation_for(clinic.texts), limit=1)  # the tagline only
    th.translation_for(clinic.texts).save_target(publish=True)

    site = api_get(client, "/api/v1/site/", locale="es").json()
    assert site["locale"] == "es"
    assert site["texts"] == {
        "tagline": "ES Skin and smile care in Tijuana",
        "opening_hours_note": None,
        "medical_disclaimer": None,
        "privacy_summary": None,
    }
    assert [(link["title"], link["url"]) for link in site["navigation"]] == [
        ("ES Home", "/es/"),
        ("ES Treatments", "/es/tratamientos/"),
    ]
    # The privacy notice has no Spanish version yet: no link rather than the English page.
    assert site["footer_links"] == []
    assert site["legal"] == {"advertising_permit": "2025-COFEPRIS-123", "privacy_notice_url": None}
    assert [(item["slug"], item["name"]) for item in site["booking_channels"]] == [("aesthetics", "ES Aesthetics")]
    assert site["clinic"]["name"] == "Clínica Bella"


def test_site_in_spanish_links_the_spanish_privacy_notice(client, clinic, spanish, django_capture_on_commit_callbacks):
    privacy = Page.objects.get(slug="privacy")
    th.submit(privacy)
    th.translate_everything(slug_spanish)
    with django_capture_on_commit_callbacks(execute=True):
        th.translation_for(privacy).save_target(publish=True)
    site = api_get(client, "/api/v1/site/", locale="es").json()
    spanish_privacy = privacy.get_translation(th.spanish())
    assert site["footer_links"] == [{"id": spanish_privacy.pk, "title": "ES Privacy notice", "url": "/es/privacidad/"}]
    assert site["legal"]["privacy_notice_url"] == "/es/privacidad/"


# --- Sitemap ------------------------------------------------------------------------------------------


def sitemap_urls(response):
    return [entry["url"] for entry in response.json()["pages"]]


def test_sitemap_lists_every_live_public_page_of_every_language(
    client, spanish, treatment, treatment_index, specialty, reviewer
):
    whitening = make_treatment(treatment_index, specialty, reviewer, "Whitening")
    make_treatment(treatment_index, specialty, reviewer, "Laser draft").unpublish()
    restrict(make_treatment(treatment_index, specialty, reviewer, "Private peel"))
    whitening.create_alias(parent=treatment_index, update_slug="whitening-copy")

    response = api_get(client, "/api/v1/sitemap/")
    assert response.status_code == 200
    assert sitemap_urls(response) == [
        "http://localhost/en/",
        "http://localhost/en/treatments/",
        "http://localhost/en/treatments/micro-needling/",
        "http://localhost/en/treatments/whitening/",
        "http://localhost/es/",
        "http://localhost/es/tratamientos/",
        "http://localhost/es/tratamientos/microagujas/",
    ]
    entries = {entry["url"]: entry for entry in response.json()["pages"]}
    needling = entries["http://localhost/en/treatments/micro-needling/"]
    assert needling["locale"] == "en"
    assert needling["alternates"] == [
        {"locale": "en", "url": "http://localhost/en/treatments/micro-needling/"},
        {"locale": "es", "url": "http://localhost/es/tratamientos/microagujas/"},
    ]
    assert entries["http://localhost/es/tratamientos/microagujas/"]["locale"] == "es"
    assert entries["http://localhost/es/tratamientos/microagujas/"]["alternates"] == needling["alternates"]
    assert entries["http://localhost/en/treatments/whitening/"]["alternates"] == [
        {"locale": "en", "url": "http://localhost/en/treatments/whitening/"}
    ]


def test_sitemap_urls_are_the_ones_wagtail_builds(client, spanish, treatment, treatment_index, specialty, reviewer):
    """Built from paths without page objects (for speed), they must equal ``Page.full_url``, quoting included."""
    make_treatment(treatment_index, specialty, reviewer, "Depilación")
    urls = set(sitemap_urls(api_get(client, "/api/v1/sitemap/")))
    assert urls == {page.full_url for page in Page.objects.live().filter(depth__gt=1)}
    assert "http://localhost/en/treatments/depilaci%C3%B3n/" in urls


def test_the_sitemap_comes_in_pages_its_index_lists(client, spanish, treatment, settings):
    whole = sitemap_urls(api_get(client, "/api/v1/sitemap/", locale="en"))
    spanish_count = len(sitemap_urls(api_get(client, "/api/v1/sitemap/", locale="es")))
    assert len(whole) == spanish_count == 3
    settings.SITEMAP_PAGE_SIZE = 2

    index = api_get(client, "/api/v1/sitemap/index/").json()

    assert index["page_size"] == 2
    assert [(item["locale"], item["page"], item["count"]) for item in index["sitemaps"]] == [
        ("en", 1, 2),
        ("en", 2, 1),
        ("es", 1, 2),
        ("es", 2, 1),
    ]
    english = [item["path"] for item in index["sitemaps"] if item["locale"] == "en"]
    assert english[1] == "/api/v1/sitemap/?locale=en&page=2"
    pages = [api_get(client, path).json() for path in english]
    assert [page["page"] for page in pages] == [1, 2]
    assert [entry["url"] for page in pages for entry in page["pages"]] == whole  # in tree order, once each
    beyond = api_get(client, "/api/v1/sitemap/", locale="en", page=3)
    assert beyond.status_code == 404 and beyond.json()["error"]["code"] == "not_found"
    assert api_get(client, "/api/v1/sitemap/", page=0).json()["error"]["field"] == "page"


def test_an_empty_language_still_has_its_first_sitemap_page(client, home):
    index = api_get(client, "/api/v1/sitemap/index/").json()
    assert {(item["locale"], item["page"]) for item in index["sitemaps"]} == {("en", 1), ("es", 1)}
    assert api_get(client, "/api/v1/sitemap/", locale="es").json() == {"page": 1, "pages": []}


def test_sitemap_of_one_language_keeps_alternates_in_the_others(client, spanish, treatment):
    response = api_get(client, "/api/v1/sitemap/", locale="es")
    assert sitemap_urls(response) == [
        "http://localhost/es/",
        "http://localhost/es/tratamientos/",
        "http://localhost/es/tratamientos/microagujas/",
    ]
    entry = response.json()["pages"][2]
    assert entry["locale"] == "es"
    assert [alternate["locale"] for alternate in entry["alternates"]] == ["en", "es"]


def test_sitemap_leaves_out_alternates_that_are_not_live(client, spanish, treatment):
    spanish.unpublish()
    response = api_get(client, "/api/v1/sitemap/", locale="en")
    entry = next(item for item in response.json()["pages"] if item["url"].endswith("/micro-needling/"))
    assert entry["alternates"] == [{"locale": "en", "url": "http://localhost/en/treatments/micro-needling/"}]


def test_sitemap_gives_when_each_page_was_last_published(client, treatment):
    revision = treatment.save_revision()
    revision.publish()
    treatment.refresh_from_db()
    entries = {entry["url"]: entry for entry in api_get(client, "/api/v1/sitemap/").json()["pages"]}
    published = entries["http://localhost/en/treatments/micro-needling/"]["last_modified"]
    expected = treatment.last_published_at
    # Django's JSON encoder writes milliseconds, as JavaScript's Date does.
    expected = expected.replace(microsecond=expected.microsecond // 1000 * 1000)
    assert datetime.datetime.fromisoformat(published.replace("Z", "+00:00")) == expected
    assert entries["http://localhost/en/"]["last_modified"] is None  # created live, never published since


def test_a_cache_revalidating_by_date_gets_the_sitemap_without_a_page_unpublished_since(
    client, treatment, treatment_index, specialty, reviewer, monkeypatch
):
    """Last-Modified moves forward with every change: were it the newest page's publication date, it would
    go back when that page is unpublished, and a cache asking If-Modified-Since would keep listing it."""
    older = make_treatment(treatment_index, specialty, reviewer, "Whitening")
    Page.objects.filter(pk=older.pk).update(last_published_at=at(2024, 1, 1))
    Page.objects.filter(pk=treatment.pk).update(last_published_at=at(2025, 1, 1))
    forget_everything()
    first = api_get(client, "/api/v1/sitemap/")
    assert "micro-needling" in first.content.decode()

    Page.objects.get(pk=treatment.pk).unpublish()
    built_later = caching.built_at() + 60
    monkeypatch.setattr(caching, "built_at", lambda: built_later)  # the unpublish happens a minute later
    again = api_get(client, "/api/v1/sitemap/", headers={"if-modified-since": first["Last-Modified"]})

    assert again.status_code == 200
    assert "micro-needling" not in again.content.decode()
    assert client.get("/api/v1/sitemap/", headers={"if-modified-since": again["Last-Modified"]}).status_code == 304


def test_sitemap_costs_a_fixed_number_of_queries(
    client, spanish, treatment_index, specialty, reviewer, concern, django_assert_num_queries
):
    api_get(client, "/api/v1/sitemap/")  # Wagtail's site root paths, cached from now on
    forget_everything()  # measure answers built, not answers served from the cache
    with CaptureQueriesContext(connection) as few_pages:
        api_get(client, "/api/v1/sitemap/")
    with CaptureQueriesContext(connection) as few_pages_one_language:
        api_get(client, "/api/v1/sitemap/", locale="es")
    for number in range(6):
        make_treatment(treatment_index, specialty, reviewer, f"Peel {number}", concerns=[concern])
    forget_everything()  # pages created live, without a publish
    with django_assert_num_queries(len(few_pages)):
        assert len(api_get(client, "/api/v1/sitemap/").json()["pages"]) == 12
    with django_assert_num_queries(len(few_pages_one_language)):
        api_get(client, "/api/v1/sitemap/", locale="es")


def test_the_sitemap_of_every_language_follows_a_publish_in_any_language(client, spanish):
    assert len(api_get(client, "/api/v1/sitemap/").json()["pages"]) == 6
    spanish.unpublish()
    urls = sitemap_urls(api_get(client, "/api/v1/sitemap/"))
    assert len(urls) == 5
    assert "http://localhost/es/tratamientos/microagujas/" not in urls
