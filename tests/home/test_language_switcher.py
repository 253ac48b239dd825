"""Every page offers itself in the other language: switcher, hreflang alternates, canonical, clinic texts.

English pages live under /en/, their wagtail-localize translations under /es/. A reader (or a search
engine) is only ever sent to live, public pages, and a Spanish page never shows the clinic's English
sentences.
"""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.template import loader
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import StringTranslation

from home.models import ClinicSettings, ClinicText, HomePage, StandardPage
from home.templatetags.clinic_tags import page_languages
from tests import translation_helpers as th

TREATMENT_EN = "/en/treatments/micro-needling/"
TREATMENT_ES = "/es/tratamientos/microagujas/"
SITE_ROOT_URL = "http://localhost"  # the default Site in tests.factories.make_home

SLUGS_ES = {
    "home": "inicio",
    "treatments": "tratamientos",
    "micro-needling": "microagujas",
    "privacy": "aviso-de-privacidad",
}


def spanish_text(text):
    return SLUGS_ES.get(text, f"ES {text}")


def soup_of(response, status=200):
    assert response.status_code == status
    return BeautifulSoup(response.content, "html.parser")


def text_of(element):
    return " ".join(element.get_text(" ").split())


def switcher_links(soup):
    """{language code: <a> or <span>} of the header's language switcher."""
    nav = soup.select_one("header nav.language-switcher")
    if nav is None:
        return {}
    return {item["lang"]: item for item in nav.select("li > a, li > span")}


def alternates(soup):
    return {link["hreflang"]: link["href"] for link in soup.select("head link[rel=alternate][hreflang]")}


def publish_translations(capture_on_commit, *instances):
    """Save the Spanish version of each page or snippet from its translation, as the editor's Publish does."""
    with capture_on_commit(execute=True):
        for instance in instances:
            th.translation_for(instance).save_target(publish=True)


def is_live(page):
    return Page.objects.get(pk=page.pk).live


@pytest.fixture
def spanish_site(home, treatment_index, treatment, django_capture_on_commit_callbacks):
    """The whole tree translated; the home and index published in Spanish, the treatment still a draft."""
    th.submit(home, treatment_index, treatment)
    th.translate_everything(spanish_text)
    publish_translations(django_capture_on_commit_callbacks, home, treatment_index)
    return treatment


@pytest.fixture
def published_spanish(spanish_site, django_capture_on_commit_callbacks):
    publish_translations(django_capture_on_commit_callbacks, spanish_site)
    return spanish_site.get_translation(th.spanish())


@pytest.fixture
def clinic_text(home):
    texts = ClinicText.objects.create(
        tagline="Aesthetic medicine and dentistry in Tijuana.",
        opening_hours_note="Closed on public holidays.",
        medical_disclaimer="Our doctors wrote this guide; book a consultation before any treatment.",
        privacy_summary="We never share your health data.",
    )
    settings = ClinicSettings.load()
    settings.name = "Clínica Dermadent"
    settings.texts = texts
    settings.save()
    return texts


# --- The switcher and the links for search engines -----------------------------------------------------


def test_english_page_links_to_the_same_page_in_spanish(client, published_spanish):
    links = switcher_links(soup_of(client.get(TREATMENT_EN)))
    assert links["es"].name == "a"
    assert links["es"]["href"] == TREATMENT_ES
    assert links["es"]["hreflang"] == "es"
    assert text_of(links["es"]) == "Español"
    assert "language-home" not in links["es"].get("class", [])
    assert links["en"]["aria-current"] == "page"
    assert links["en"]["href"] == TREATMENT_EN
    assert text_of(links["en"]) == "English"
    assert not links["es"].has_attr("aria-current")


def test_english_page_declares_its_translations_and_canonical_url(client, published_spanish):
    soup = soup_of(client.get(TREATMENT_EN))
    assert alternates(soup) == {
        "en": SITE_ROOT_URL + TREATMENT_EN,
        "es": SITE_ROOT_URL + TREATMENT_ES,
        "x-default": SITE_ROOT_URL + TREATMENT_EN,
    }
    assert [link["href"] for link in soup.select("head link[rel=canonical]")] == [SITE_ROOT_URL + TREATMENT_EN]


def test_spanish_page_is_spanish_and_links_back_to_the_english_page(client, published_spanish):
    soup = soup_of(client.get(TREATMENT_ES))
    assert soup.html["lang"] == "es"
    links = switcher_links(soup)
    assert links["en"]["href"] == TREATMENT_EN
    assert text_of(links["en"]) == "English"
    assert links["en"]["lang"] == "en"
    assert links["es"]["aria-current"] == "page"
    assert soup.select_one("head link[rel=canonical]")["href"] == SITE_ROOT_URL + TREATMENT_ES
    assert alternates(soup)["x-default"] == SITE_ROOT_URL + TREATMENT_EN


def test_draft_translation_is_neither_linked_nor_declared(client, spanish_site):
    assert not is_live(spanish_site.get_translation(th.spanish()))
    soup = soup_of(client.get(TREATMENT_EN))
    assert "es" not in alternates(soup)
    spanish = switcher_links(soup)["es"]
    assert spanish["href"] == "/es/"  # the live Spanish home page, not the draft
    assert "language-home" in spanish["class"]
    assert "microagujas" not in soup.decode()


def test_no_spanish_link_when_nothing_is_live_in_spanish(client, home, treatment_index, treatment):
    th.submit(home, treatment_index, treatment)  # drafts only
    soup = soup_of(client.get(TREATMENT_EN))
    assert switcher_links(soup) == {}
    assert set(alternates(soup)) == {"en", "x-default"}


def test_spanish_page_of_an_unpublished_english_original_has_no_x_default(client, published_spanish, treatment):
    treatment.unpublish()
    soup = soup_of(client.get(TREATMENT_ES))
    assert set(alternates(soup)) == {"es"}
    assert switcher_links(soup)["en"]["href"] == "/en/"


def test_private_translation_is_not_linked(client, published_spanish):
    PageViewRestriction.objects.create(page=published_spanish, restriction_type="login")
    soup = soup_of(client.get(TREATMENT_EN))
    assert "es" not in alternates(soup)
    assert switcher_links(soup)["es"]["href"] == "/es/"


def test_switcher_queries_do_not_grow_with_translations(home, treatment, django_capture_on_commit_callbacks):
    def queries_for(page):
        request = RequestFactory().get(page.url)
        context = {"request": request, "page": page}
        page_languages(context)  # the site and its root paths are cached on the request after this
        with CaptureQueriesContext(connection) as queries:
            result = page_languages(context)
        return len(queries), result

    alone, result = queries_for(treatment)
    assert [link.language_code for link in result.switcher] == ["en"]

    th.submit(home, treatment.get_parent(), treatment)
    th.translate_everything(spanish_text)
    publish_translations(django_capture_on_commit_callbacks, home, treatment.get_parent(), treatment)
    translated, result = queries_for(Page.objects.get(pk=treatment.pk).specific)
    assert [link.language_code for link in result.switcher] == ["en", "es"]
    assert translated == alone


# --- The clinic's texts --------------------------------------------------------------------------------


def test_english_pages_show_the_english_clinic_texts(client, clinic_text, treatment):
    soup = soup_of(client.get(TREATMENT_EN))
    footer = soup.select_one("footer")
    assert text_of(footer.select_one(".clinic-tagline")) == "Aesthetic medicine and dentistry in Tijuana."
    assert text_of(footer.select_one(".opening-hours-note")) == "Closed on public holidays."
    assert text_of(footer.select_one(".privacy-summary")) == "We never share your health data."
    disclaimer = text_of(soup.select_one("article .medical-disclaimer"))
    assert disclaimer == "Our doctors wrote this guide; book a consultation before any treatment."


def test_spanish_page_shows_the_translated_clinic_texts(
    client, clinic_text, published_spanish, django_capture_on_commit_callbacks
):
    th.submit(clinic_text)
    th.translate(th.translation_for(clinic_text))
    publish_translations(django_capture_on_commit_callbacks, clinic_text)

    soup = soup_of(client.get(TREATMENT_ES))
    footer = soup.select_one("footer")
    assert text_of(footer.select_one(".clinic-tagline")) == "ES Aesthetic medicine and dentistry in Tijuana."
    assert text_of(footer.select_one(".opening-hours-note")) == "ES Closed on public holidays."
    assert text_of(footer.select_one(".privacy-summary")) == "ES We never share your health data."
    disclaimer = text_of(soup.select_one("article .medical-disclaimer"))
    assert disclaimer == "ES Our doctors wrote this guide; book a consultation before any treatment."
    # …and the English page keeps the English original.
    english = soup_of(client.get(TREATMENT_EN))
    assert text_of(english.select_one("footer .clinic-tagline")) == "Aesthetic medicine and dentistry in Tijuana."


def test_spanish_page_shows_no_english_clinic_texts_before_they_are_translated(client, clinic_text, published_spanish):
    # Submitting saves a Spanish copy at once, holding the English text until someone translates it.
    th.submit(clinic_text)
    assert clinic_text.get_translation(th.spanish()).tagline == clinic_text.tagline

    soup = soup_of(client.get(TREATMENT_ES))
    page = soup.decode()
    for english in (clinic_text.tagline, clinic_text.opening_hours_note, clinic_text.privacy_summary):
        assert english not in page
    assert soup.select_one("footer .clinic-tagline") is None
    disclaimer = text_of(soup.select_one("article .medical-disclaimer"))
    assert clinic_text.medical_disclaimer not in disclaimer
    assert disclaimer == default_disclaimer_es()


def default_disclaimer_es():
    """The template's own disclaimer as the Spanish message catalogue has it (English if not translated yet)."""
    with translation.override("es"):
        return translation.gettext(
            "This article is for information only and does not replace a consultation with a qualified health "
            "professional. Results vary from person to person."
        )


def test_spanish_page_without_a_spanish_clinic_text_uses_the_template_defaults(client, clinic_text, published_spanish):
    assert clinic_text.get_translation_or_none(th.spanish()) is None
    soup = soup_of(client.get(TREATMENT_ES))
    assert clinic_text.tagline not in soup.decode()
    assert soup.select_one("footer .clinic-tagline") is None
    assert clinic_text.medical_disclaimer not in text_of(soup.select_one("article .medical-disclaimer"))


def test_partly_translated_clinic_text_shows_only_the_spanish_parts(
    client, clinic_text, published_spanish, django_capture_on_commit_callbacks
):
    th.submit(clinic_text)
    translate_one_string(th.translation_for(clinic_text), clinic_text.tagline, "Medicina estética en Tijuana.")
    publish_translations(django_capture_on_commit_callbacks, clinic_text)  # the rest falls back to English
    assert clinic_text.get_translation(th.spanish()).privacy_summary == clinic_text.privacy_summary

    soup = soup_of(client.get(TREATMENT_ES))
    assert text_of(soup.select_one("footer .clinic-tagline")) == "Medicina estética en Tijuana."
    assert soup.select_one("footer .opening-hours-note") is None
    assert soup.select_one("footer .privacy-summary") is None
    assert text_of(soup.select_one("article .medical-disclaimer")) == default_disclaimer_es()


def translate_one_string(translation_of_texts, english, spanish):
    segment = th.untranslated(translation_of_texts).select_related("string", "context").get(string__data=english)
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=translation_of_texts.target_locale,
        context=segment.context,
        data=spanish,
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
    )


# --- The privacy notice in the reader's language --------------------------------------------------------


@pytest.fixture
def privacy_notice(home, clinic_text):
    page = StandardPage(title="Privacy notice", slug="privacy", body="<p>We keep it safe.</p>")
    home.add_child(instance=page)
    settings = ClinicSettings.load()
    settings.privacy_notice_page = page
    settings.save()
    return page


def privacy_link(soup):
    return soup.select_one("footer .privacy a")


def test_privacy_link_goes_to_the_live_spanish_notice(
    client, published_spanish, privacy_notice, django_capture_on_commit_callbacks
):
    th.submit(privacy_notice)
    th.translate_everything(spanish_text)
    publish_translations(django_capture_on_commit_callbacks, privacy_notice)

    link = privacy_link(soup_of(client.get(TREATMENT_ES)))
    assert link["href"] == "/es/aviso-de-privacidad/"
    assert not link.has_attr("hreflang")
    assert privacy_link(soup_of(client.get(TREATMENT_EN)))["href"] == "/en/privacy/"


def test_privacy_link_falls_back_to_the_english_notice_not_a_draft(client, published_spanish, privacy_notice):
    th.submit(privacy_notice)  # a Spanish draft only
    link = privacy_link(soup_of(client.get(TREATMENT_ES)))
    assert link["href"] == "/en/privacy/"
    assert link["hreflang"] == "en"


# --- Error pages -----------------------------------------------------------------------------------------


def test_missing_page_renders_the_404_template(client, published_spanish):
    response = client.get("/en/treatments/no-such-treatment/")
    soup = soup_of(response, status=404)
    assert "404.html" in [template.name for template in response.templates]
    assert soup.html["lang"] == "en"
    assert text_of(soup.select_one("main h1")) == "Page not found"
    assert soup.select_one("main a")["href"] == "/en/"
    assert soup.select_one("meta[name=robots]")["content"] == "noindex"
    assert soup.select_one("link[rel=canonical]") is None
    assert switcher_links(soup)["es"]["href"] == "/es/"


def test_missing_spanish_page_is_a_spanish_404(client, published_spanish):
    soup = soup_of(client.get("/es/tratamientos/no-existe/"), status=404)
    assert soup.html["lang"] == "es"
    assert soup.select_one("main a")["href"] == "/es/"
    assert switcher_links(soup)["en"]["href"] == "/en/"


def test_server_error_page_needs_no_database(client, home, monkeypatch, django_assert_num_queries):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(HomePage, "serve", broken)
    client.raise_request_exception = False
    response = client.get("/en/")
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert text_of(soup.select_one("[lang=en] h1")) == "Something went wrong"
    assert text_of(soup.select_one("[lang=es] h1")) == "Algo salió mal"

    with django_assert_num_queries(0):
        loader.get_template("500.html").render()
