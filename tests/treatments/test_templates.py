"""The server-rendered site: page templates, one template per body block, the footer and block previews."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale

from home.models import ClinicSettings, StandardPage
from home.templatetags.clinic_tags import weekday_names
from tests import factories
from tests.factories import preview
from treatments.blocks import TreatmentBodyBlock
from treatments.models import KeyFact, TreatmentPage
from treatments.templatetags.treatment_tags import format_quantity, key_fact_value, timeline_point, total_minutes

TREATMENT_URL = "/en/treatments/micro-needling/"


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def text_of(element):
    return " ".join(element.get_text(" ").split())


@pytest.fixture
def treatment_soup(client, treatment):
    return soup_of(client.get(TREATMENT_URL))


# --- The treatment page -------------------------------------------------------------------------


def test_treatment_page_is_an_english_document_with_a_skip_link(treatment_soup):
    assert treatment_soup.html["lang"] == "en"
    skip_link = treatment_soup.select_one("a.skip-link")
    assert skip_link["href"] == "#main"
    assert treatment_soup.select_one("main#main") is not None
    assert text_of(treatment_soup.select_one("main h1")) == "Micro-needling"
    assert treatment_soup.title.string.startswith("Micro-needling")


def test_header_links_to_the_treatments_index(treatment_soup):
    nav_link = treatment_soup.select_one("header nav a")
    assert nav_link["href"] == "/en/treatments/"


def test_treatment_page_shows_summary_specialty_hero_and_concerns(treatment_soup):
    header = treatment_soup.select_one("article.treatment > header")
    assert "Collagen induction for scars and lines." in text_of(header)
    specialty_link = header.select_one(".treatment-specialty a")
    assert specialty_link["href"] == "/en/treatments/?specialty=aesthetics"
    assert text_of(specialty_link) == "Aesthetics"
    hero = header.select_one("img.hero-image")
    assert hero["alt"] == "A patient's cheek after treatment"
    assert hero["width"] and hero["height"]
    assert "Acne scars" in text_of(treatment_soup.select_one(".concerns"))


def test_key_facts_give_numbers_with_units(treatment_soup):
    facts = treatment_soup.select_one(".key-facts dl")
    assert [text_of(dt) for dt in facts.select("dt")] == ["Session length"]
    assert [text_of(dd) for dd in facts.select("dd")] == ["120 minutes"]


def test_key_fact_ranges_show_both_bounds(client, treatment):
    treatment.numbing_minutes_min, treatment.numbing_minutes_max = 45, 60
    treatment.sessions_min, treatment.sessions_max = 3, 3
    treatment.save()
    facts = text_of(soup_of(client.get(TREATMENT_URL)).select_one(".key-facts"))
    assert "Numbing applied before 45–60 minutes" in facts
    assert "Sessions usually needed 3 sessions" in facts


def test_medical_review_shows_dates_and_reviewer_licence(treatment_soup):
    review = treatment_soup.select_one("section.medical-review")
    dates = {text_of(dt): dt.find_next_sibling("dd").time for dt in review.select("dt")}
    assert dates["Last reviewed"]["datetime"] == "2026-01-10"
    assert dates["Next review due"]["datetime"] == "2027-01-10"
    assert "2026" in text_of(dates["Last reviewed"])
    text = text_of(review)
    assert "Dr. Ana Ruiz" in text
    assert "MD, dermatologist" in text
    assert "Cédula profesional 12345678" in text


def test_reviewer_bio_is_shown(client, treatment):
    treatment.reviewer.bio = "Twenty years of treating skin."
    treatment.reviewer.save()
    review = soup_of(client.get(TREATMENT_URL)).select_one("section.medical-review")
    assert "Twenty years of treating skin." in text_of(review)


def test_disclaimer_ends_every_treatment_article(client, treatment_index, specialty, reviewer):
    factories.make_treatment(treatment_index, specialty, reviewer, title="Peel", slug="peel", body=[])
    article = soup_of(client.get("/en/treatments/peel/")).select_one("article.treatment")
    last = article.find_all(recursive=False)[-1]
    assert "medical-disclaimer" in last["class"]
    assert "does not replace a consultation" in text_of(last)


# --- One check per body block, against tests.factories.every_block_body ---------------------------


def check_section(block):
    assert text_of(block.h2) == "How it works"
    assert "Controlled micro-injuries renew the skin." in text_of(block)


def check_benefits(block):
    items = [text_of(li) for li in block.select("ul > li")]
    assert items == ["Softer acne scars Scars look shallower.", "Smaller pores"]


def check_target_areas(block):
    # The stored codes ("face", "thighs") are shown as their labels.
    assert [text_of(li) for li in block.select("ul > li")] == ["Face : Lines and scars", "Thighs : Stretch marks"]


def check_preparation(block):
    assert "Tell us what you take." in text_of(block)
    item = text_of(block.select_one("li"))
    assert "Medication to pause: Ibuprofen" in item
    assert "Stop 7 days before your appointment." in item


def check_procedure_steps(block):
    steps = block.select("ol > li")
    assert [text_of(step.h3) for step in steps] == ["Numbing", "Needling"]
    assert text_of(steps[1].select_one(".step-duration")) == "about 30 minutes"
    assert text_of(block.select_one(".steps-total")) == "In total, about 75 minutes."


def check_aftercare(block):
    entry = block.select_one("ol.timeline > li")
    assert "aftercare-expect" in entry["class"]
    assert text_of(entry) == f"Day 0–2 (What to expect) : {preview('aftercare')['entries'][0]['text']}"


def check_risks(block):
    risks = block.select("ul.risks > li")
    assert [text_of(risk.strong) for risk in risks] == ["Redness and swelling", "Scarring or dark spots"]
    assert "(Very common: more than 1 in 10 people)" in text_of(risks[0])
    assert "Gone within two days." in text_of(risks[0])
    assert "(Rare: up to 1 in 1,000 people)" in text_of(risks[1])
    assert text_of(block.select_one("ul.contraindications")) == "Pregnancy or breastfeeding"
    assert text_of(block.select_one("ul.pauses")) == "Isotretinoin : stop it 6 months before the session."


def check_comparison(block):
    table = block.table
    assert "Laser therapy" in text_of(table.caption)
    assert [text_of(th) for th in table.select("thead th[scope=col]")] == ["Aspect", "Micro-needling", "Laser therapy"]
    row = table.select_one("tbody tr")
    assert text_of(row.select_one("th[scope=row]")) == "Cost"
    assert [text_of(td) for td in row.select("td")] == ["Lower", "Higher"]
    assert preview("comparison")["verdict"] in text_of(block.select_one(".verdict"))


def check_faq(block):
    details = block.select_one("details")
    assert text_of(details.summary) == "Does it hurt?"
    assert text_of(BeautifulSoup(preview("faq")["items"][0]["answer"], "html.parser")) in text_of(details)


def check_callout(block):
    assert block.name == "aside"
    assert "callout-warning" in block["class"]
    assert block["aria-label"] == preview("callout")["title"]
    assert text_of(BeautifulSoup(preview("callout")["text"], "html.parser")) in text_of(block)


def check_references(block):
    item = block.select_one("ol > li")
    assert text_of(item.cite) == "Microneedling: a review"
    link = item.cite.a
    assert link["href"] == "https://example.org/"
    assert "noopener" in link["rel"]
    assert "Journal of Dermatology" in text_of(item)
    assert "2021" in text_of(item)


def check_booking_cta(block):
    button = block.select_one("a.button")
    assert button["href"] == "https://example.com/book/aesthetics/"
    assert text_of(button) == preview("booking_cta")["label"]
    assert block.select_one("a[href='https://wa.me/526641234567']") is not None


def check_image(block):
    assert block.name == "figure"
    img = block.img
    assert img["alt"] == preview("image")["alt_text"]
    assert img["src"].endswith(".png")
    assert text_of(block.figcaption) == preview("image")["caption"]


BLOCK_CHECKS = {
    "section": check_section,
    "benefits": check_benefits,
    "target_areas": check_target_areas,
    "preparation": check_preparation,
    "procedure_steps": check_procedure_steps,
    "aftercare": check_aftercare,
    "risks": check_risks,
    "comparison": check_comparison,
    "faq": check_faq,
    "callout": check_callout,
    "references": check_references,
    "booking_cta": check_booking_cta,
    "image": check_image,
}


def test_every_body_block_type_has_a_check():
    assert set(BLOCK_CHECKS) == set(TreatmentBodyBlock().child_blocks)


@pytest.mark.parametrize("block_type", sorted(BLOCK_CHECKS))
def test_body_block_renders_its_content(treatment_soup, block_type):
    css_class = "block-" + block_type.replace("_", "-")
    blocks = treatment_soup.select(f"article.treatment .{css_class}")
    assert len(blocks) == 1, f"expected one .{css_class}"
    BLOCK_CHECKS[block_type](blocks[0])


def test_booking_cta_offers_the_specialty_phone(client, treatment, specialty):
    specialty.phone = "+526649998877"
    specialty.save()
    block = soup_of(client.get(TREATMENT_URL)).select_one(".block-booking-cta")
    assert block.select_one("a[href='tel:+526649998877']") is not None


def test_booking_cta_without_a_booking_url_shows_the_label_unlinked(client, treatment, specialty):
    specialty.booking_url = ""
    specialty.save()
    block = soup_of(client.get(TREATMENT_URL)).select_one(".block-booking-cta")
    assert block.select_one("a.button") is None
    assert text_of(block.select_one(".booking-label")) == preview("booking_cta")["label"]


# --- Filters behind the block templates -------------------------------------------------------------


def test_quantities_are_pluralised_and_ranged():
    assert format_quantity(1, "sessions") == "1 session"
    assert format_quantity(7, "days") == "7 days"
    assert format_quantity(45, "minutes", 60) == "45–60 minutes"
    assert format_quantity(2, "weeks", 2) == "2 weeks"


def test_key_fact_value_uses_the_range_only_when_there_is_one():
    assert key_fact_value(KeyFact("downtime", "Downtime", 0, 2, "days")) == "0–2 days"
    assert key_fact_value(KeyFact("sessions", "Sessions", 1, 1, "sessions")) == "1 session"


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ({"starts_after": 0, "ends_after": 2, "unit": "days"}, "Day 0–2"),
        ({"starts_after": 3, "ends_after": 3, "unit": "days"}, "Day 3"),
        ({"starts_after": 2, "ends_after": None, "unit": "weeks"}, "From week 2"),
    ],
)
def test_timeline_point(entry, expected):
    assert timeline_point(entry) == expected


def test_total_minutes_needs_at_least_one_duration():
    assert total_minutes([{"duration_minutes": None}, {"duration_minutes": 0}]) is None
    assert total_minutes([{"duration_minutes": 45}, {"duration_minutes": None}]) == 45


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        (["mon", "tue", "wed", "thu", "fri"], "Monday–Friday"),
        (["sat", "mon"], "Monday, Saturday"),
        (["mon", "tue", "wed", "sat", "sun"], "Monday–Wednesday, Saturday, Sunday"),
        ([], ""),
    ],
)
def test_weekday_names(codes, expected):
    assert weekday_names(codes) == expected


# --- Index, home and standard pages -------------------------------------------------------------------


def test_index_lists_treatments_as_cards(client, treatment):
    soup = soup_of(client.get("/en/treatments/"))
    card = soup.select_one(".treatment-list .treatment-card")
    assert card.h3.a["href"] == TREATMENT_URL
    assert text_of(card.h3) == "Micro-needling"
    assert "Collagen induction for scars and lines." in text_of(card)
    assert "Aesthetics" in text_of(card.select_one(".card-specialty"))
    assert soup.select_one(".empty-state") is None


def test_index_filters_by_specialty(client, treatment):
    soup = soup_of(client.get("/en/treatments/?specialty=aesthetics"))
    assert soup.select_one(".treatment-card a")["href"] == TREATMENT_URL
    assert soup.select_one("select[name=specialty] option[selected]")["value"] == "aesthetics"
    assert text_of(soup.select_one("#treatment-list-heading")) == "Treatments in Aesthetics"


def test_index_filter_excludes_other_specialties_and_says_so(client, treatment):
    soup = soup_of(client.get("/en/treatments/?specialty=other"))
    assert soup.select_one(".treatment-card") is None
    assert "micro-needling" not in soup.decode()
    assert "no treatments in this specialty" in text_of(soup.select_one(".empty-state"))


def test_index_without_treatments_shows_an_empty_state(client, treatment_index):
    soup = soup_of(client.get("/en/treatments/"))
    assert "no treatments to show yet" in text_of(soup.select_one(".empty-state"))


def test_index_filter_form_offers_every_specialty(client, treatment):
    factories.make_specialty(name="Dentistry", slug="dentistry")
    soup = soup_of(client.get("/en/treatments/"))
    form = soup.select_one("form.specialty-filter")
    assert form["method"] == "get"
    label = form.select_one("label[for=specialty-filter]")
    assert label is not None and form.select_one("select#specialty-filter") is not None
    assert [option["value"] for option in form.select("option")] == ["", "aesthetics", "dentistry"]
    nav_link = soup.select_one("header nav a")
    assert nav_link["aria-current"] == "page"


def test_home_page_shows_heading_intro_and_featured_treatments(client, home, treatment):
    home.intro = "<p>Aesthetic medicine and dentistry in Tijuana.</p>"
    home.save_revision().publish()
    soup = soup_of(client.get("/en/"))
    assert soup.html["lang"] == "en"
    assert text_of(soup.select_one("main h1")) == "Clínica"
    assert "Aesthetic medicine and dentistry in Tijuana." in text_of(soup.select_one("main .intro"))
    assert soup.select_one(".featured-treatments .treatment-card a")["href"] == TREATMENT_URL


def test_home_page_without_treatments_index_has_no_treatments_link(client, home):
    soup = soup_of(client.get("/en/"))
    assert soup.select_one("header nav") is None
    assert soup.select_one(".featured-treatments") is None


def test_standard_page_renders_its_body(client, home):
    page = StandardPage(
        title="Privacy notice",
        slug="privacy",
        body="<h2>Your data</h2><p>We keep it safe.</p>",
        search_description="How we use your data.",
    )
    home.add_child(instance=page)
    soup = soup_of(client.get("/en/privacy/"))
    assert text_of(soup.select_one("main h1")) == "Privacy notice"
    assert text_of(soup.select_one("main article h2")) == "Your data"
    assert "We keep it safe." in text_of(soup.select_one("main"))
    assert soup.select_one("meta[name=description]")["content"] == "How we use your data."


def test_spanish_pages_say_so_and_link_to_the_spanish_index(client, home, treatment_index):
    spanish, _created = Locale.objects.get_or_create(language_code="es")
    home.copy_for_translation(spanish).save_revision().publish()
    index_es = treatment_index.copy_for_translation(spanish)
    index_es.title = "Tratamientos"
    index_es.save_revision().publish()
    soup = soup_of(client.get("/es/"))
    assert soup.html["lang"] == "es"
    nav_link = soup.select_one("header nav a")
    assert nav_link["href"] == "/es/treatments/"
    assert text_of(nav_link) == "Tratamientos"


# --- Footer from the clinic settings ------------------------------------------------------------------


@pytest.fixture
def clinic(home):
    privacy = StandardPage(title="Privacy notice", slug="privacy", body="<p>We keep it safe.</p>")
    home.add_child(instance=privacy)
    settings = ClinicSettings.load()
    settings.name = "Clínica Dermadent"
    settings.street_address = "Blvd. Agua Caliente 100"
    settings.neighbourhood = "Zona Río"
    settings.city = "Tijuana"
    settings.region = "B.C."
    settings.postal_code = "22010"
    settings.phone = "+526641112233"
    settings.whatsapp = "+526644445566"
    settings.email = "hola@example.com"
    settings.advertising_permit = "2335012002A00123"
    settings.privacy_notice_page = privacy
    settings.opening_hours = [
        {"type": "period", "value": {"days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "19:00"}},
        {"type": "period", "value": {"days": ["sat"], "opens": "10:00", "closes": "14:00"}},
    ]
    settings.social_links = [{"type": "link", "value": {"network": "instagram", "url": "https://instagram.com/x"}}]
    settings.save()
    return settings


def test_footer_shows_the_clinic_settings(client, clinic):
    soup = soup_of(client.get("/en/"))
    footer = soup.select_one("footer")
    assert text_of(footer.h2) == "Clínica Dermadent"
    assert soup.title.string.endswith("Clínica Dermadent")
    address = text_of(footer.address)
    assert "Blvd. Agua Caliente 100" in address
    assert "Tijuana, B.C. 22010" in address
    assert text_of(footer.select_one("a[href='tel:+526641112233']")) == "+526641112233"
    assert footer.select_one("a[href='https://wa.me/526644445566']") is not None
    assert footer.select_one("a[href='mailto:hola@example.com']") is not None
    hours = footer.select_one("dl.opening-hours")
    assert [text_of(dt) for dt in hours.select("dt")] == ["Monday–Friday", "Saturday"]
    assert [t["datetime"] for t in hours.select("dd time")] == ["09:00", "19:00", "10:00", "14:00"]
    permit = footer.select_one(".advertising-permit")
    assert text_of(permit) == "Permiso de publicidad COFEPRIS: 2335012002A00123"
    assert permit["lang"] == "es"
    assert text_of(footer.select_one("a[href='/en/privacy/']")) == "Privacy notice"
    assert text_of(footer.select_one("a[href='https://instagram.com/x']")) == "Instagram"


def test_footer_leaves_out_what_is_not_filled_in(client, home):
    footer = soup_of(client.get("/en/")).select_one("footer")
    assert footer.address is None
    assert footer.select_one("a[href^='tel:']") is None
    assert footer.select_one(".advertising-permit") is None
    assert footer.select_one(".opening-hours") is None


# --- Block previews in the admin ------------------------------------------------------------------------

PREVIEW_TEXT = {
    "section": "Controlled micro-injuries renew the skin.",
    "benefits": "Smaller pores",
    "target_areas": "Thighs",
    "preparation": "Stop 7 days before your appointment.",
    "procedure_steps": "In total, about 75 minutes.",
    "aftercare": "Day 0–2",
    "risks": "Pregnancy or breastfeeding",
    "comparison": "Laser therapy",
    "faq": "Does it hurt?",
    "callout": "Medical disclaimer",
    "references": "Microneedling: a review",
    "booking_cta": "Book an appointment",
    "image": "The skin's layers",
}


def body_child_blocks():
    return TreatmentPage._meta.get_field("body").stream_block.child_blocks


def test_every_body_block_has_preview_text():
    assert set(PREVIEW_TEXT) == set(body_child_blocks())


@pytest.mark.parametrize("block_type", sorted(PREVIEW_TEXT))
def test_block_preview_renders(admin_client, block_type):
    block = body_child_blocks()[block_type]
    assert block.is_previewable
    response = admin_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    soup = soup_of(response)
    assert soup.select_one("link[href$='home/site.css']") is not None
    assert PREVIEW_TEXT[block_type] in text_of(soup.select_one("main"))


def test_review_dates_follow_the_page_and_the_review_period(client, treatment, settings):
    settings.MEDICAL_REVIEW_PERIOD_DAYS = 180
    treatment.last_reviewed = datetime.date(2025, 6, 1)
    treatment.save()
    soup = soup_of(client.get(TREATMENT_URL))
    assert [t["datetime"] for t in soup.select(".review-dates time")] == ["2025-06-01", "2025-11-28"]
    licence = text_of(soup.select_one(".reviewer-licence"))
    assert licence == "Cédula profesional 12345678, title issued by Universidad de Guadalajara."
