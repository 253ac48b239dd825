"""The Spanish demo content: made through wagtail-localize from demo/translations/spanish.py, complete and live."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Locale, ModelLogEntry, Page, PageLogEntry, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationLog, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from demo import content
from demo.translations import spanish as demo_spanish
from demo.translations.apply import TOOL_NAME, normalised
from home.models import ClinicSettings, ClinicText
from localization.completeness import gaps_for_instance
from treatments.models import Concern, Reviewer, Specialty, TreatmentConcern, TreatmentPage

pytestmark = pytest.mark.django_db

SPANISH_URLS = {
    "/en/": "/es/",
    "/en/treatments/": "/es/tratamientos/",
    "/en/privacy-notice/": "/es/aviso-de-privacidad/",
    "/en/treatments/micro-needling/": "/es/tratamientos/microagujas/",
    "/en/treatments/teeth-whitening/": "/es/tratamientos/blanqueamiento-dental/",
    "/en/treatments/personalised-nutrition-plan/": "/es/tratamientos/plan-de-nutricion-personalizado/",
    "/en/treatments/hydrating-facial/": "/es/tratamientos/facial-hidratante/",
    "/en/treatments/chemical-peel/": "/es/tratamientos/peeling-quimico/",
    "/en/treatments/botulinum-toxin/": "/es/tratamientos/toxina-botulinica/",
    "/en/treatments/dermal-fillers/": "/es/tratamientos/rellenos-dermicos/",
    "/en/treatments/prp-for-hair-loss/": "/es/tratamientos/prp-capilar/",
    "/en/treatments/porcelain-veneers/": "/es/tratamientos/carillas-de-porcelana/",
    "/en/treatments/laser-hair-removal/": "/es/tratamientos/depilacion-laser/",
}

# Words a reader of each Spanish page must find there (case-insensitive).
CHARACTERISTIC_SPANISH = {
    "/es/": ["odontología", "cosmetología", "tratamientos"],
    "/es/tratamientos/": ["filtra por especialidad", "microagujas", "blanqueamiento dental"],
    "/es/aviso-de-privacidad/": ["aviso de privacidad", "derechos arco", "datos personales sensibles"],
    "/es/tratamientos/microagujas/": [
        "microagujas",
        "protector solar",
        "hiperpigmentación",
        "manchas oscuras",
        "estrías",
        "cicatrices de acné",
        "consultorio",
        "agenda tu cita",
        "preguntas frecuentes",
    ],
    "/es/tratamientos/blanqueamiento-dental/": ["blanqueamiento", "encías", "esmalte"],
    "/es/tratamientos/plan-de-nutricion-personalizado/": ["plan de alimentación", "nutriólogo", "seguimiento"],
    "/es/tratamientos/facial-hidratante/": ["ácido hialurónico", "mascarilla hidratante", "protector solar"],
}

DEMO_SNIPPET_MODELS = [Specialty, Concern, Reviewer, ClinicText]
COUNTED_MODELS = [
    Page,
    Revision,
    PageLogEntry,
    ModelLogEntry,
    TranslationSource,
    Translation,
    StringTranslation,
    TranslationLog,
    TreatmentConcern,
    *DEMO_SNIPPET_MODELS,
]


def load(*args):
    out = io.StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


def spanish():
    return Locale.objects.get(language_code="es")


def english():
    return Locale.get_default()


def spanish_pages():
    return Page.objects.filter(locale=spanish()).specific()


def demo_snippets(locale):
    return [instance for model in DEMO_SNIPPET_MODELS for instance in model.objects.filter(locale=locale)]


def snapshot():
    return {
        "counts": {model.__name__: model.objects.count() for model in COUNTED_MODELS},
        "pages": {
            page.pk: (page.title, page.slug, page.live, page.latest_revision_id, page.last_published_at)
            for page in Page.objects.all()
        },
        "strings": sorted(StringTranslation.objects.values_list("pk", "data", "translation_type", "tool_name")),
        "snippets": sorted(str(instance) for instance in demo_snippets(spanish())),
    }


def strings_of(instance):
    """The translatable strings of a page or snippet, in order, as (path, text)."""
    return [
        (segment.path, segment.string.data)
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    ]


def dictionary():
    return {normalised(english): text for english, text in demo_spanish.SPANISH.items()}


@pytest.fixture
def demo(db, demo_loaded_once):
    """The demo as loaded once for this module; each test's own changes are rolled back after it."""
    return demo_loaded_once


# Tests that need an empty database run first: the shared demo stays loaded until the module ends.


def test_spanish_is_added_to_english_demo_content_loaded_before(db, client):
    load("--english-only")
    assert not Page.objects.filter(locale=spanish()).exists()
    assert not TranslationSource.objects.exists()

    output = load()

    assert output.startswith("Demo content: created nothing;")
    assert "In Spanish: translated 1 home page," in output
    assert client.get("/es/tratamientos/microagujas/").status_code == 200


def test_a_missing_spanish_string_stops_the_command_and_publishes_nothing(db, monkeypatch):
    monkeypatch.delitem(demo_spanish.SPANISH, "Faded dark spots")

    with pytest.raises(CommandError) as failure:
        load()

    message = str(failure.value)
    assert message.startswith("no Spanish for 1 demo string") and "'Faded dark spots'" in message
    assert "\n" not in message
    assert not Page.objects.filter(locale=spanish()).exists()
    assert not any(model.objects.filter(locale=spanish()).exists() for model in DEMO_SNIPPET_MODELS)
    assert not StringTranslation.objects.exists() and not Translation.objects.exists()


def test_a_missing_string_leaves_english_content_loaded_before_untouched(db, monkeypatch):
    load("--english-only")
    english_before = sorted(Page.objects.values_list("pk", "latest_revision_id"))
    monkeypatch.delitem(demo_spanish.SPANISH, "Put on sunscreen every day: treated skin burns more easily than usual.")
    monkeypatch.delitem(demo_spanish.SPANISH, "Dental")

    with pytest.raises(CommandError, match=r"no Spanish for 2 demo strings .*'Dental', 'Put on sunscreen every day"):
        load()

    assert sorted(Page.objects.values_list("pk", "latest_revision_id")) == english_before
    assert not Page.objects.filter(locale=spanish()).exists()


def test_a_spanish_string_that_drops_a_link_is_refused(db, monkeypatch):
    english_text = next(key for key in demo_spanish.SPANISH if '<a id="a1">' in key)
    monkeypatch.setitem(demo_spanish.SPANISH, english_text, "Escríbenos por correo electrónico.")

    with pytest.raises(CommandError, match="must keep the links"):
        load()

    assert not Page.objects.filter(locale=spanish()).exists()


def test_the_english_only_option_loads_no_spanish(db):
    output = load("--english-only")

    assert "In Spanish" not in output
    assert not Page.objects.filter(locale=spanish()).exists()
    assert not Translation.objects.exists()


# Every page and snippet is translated, complete and live


def test_every_demo_page_is_live_in_spanish_at_its_spanish_url(demo, client):
    english_pages = Page.objects.filter(locale=english(), depth__gt=1)
    assert {page.url for page in english_pages} == set(SPANISH_URLS)
    for page in english_pages:
        target = page.get_translation(spanish()).specific
        assert target.live and target.url == SPANISH_URLS[page.url]
        assert gaps_for_instance(target) == [], target.url
        response = client.get(target.url)
        assert response.status_code == 200, target.url
        assert '<html lang="es"' in response.content.decode()


def test_every_spanish_page_reads_in_spanish(demo, client):
    for url, words in CHARACTERISTIC_SPANISH.items():
        text = client.get(url).content.decode().lower()
        for word in words:
            assert word in text, (url, word)


def test_every_string_of_every_spanish_page_and_snippet_is_the_reviewed_spanish(demo):
    """Field by field and block by block, the Spanish version holds the dictionary's Spanish for its English."""
    spanish_text = dictionary()
    sources = list(Page.objects.filter(locale=english(), depth__gt=1).specific()) + demo_snippets(english())
    for source in sources:
        target = source.get_translation(spanish())
        expected = [(path, spanish_text[normalised(text)]) for path, text in strings_of(source)]
        assert strings_of(target) == expected, source


def test_english_is_gone_from_the_spanish_micro_needling_page(demo, client):
    text = client.get("/es/tratamientos/microagujas/").content.decode()
    body = dict(content.MICRO_NEEDLING["body"])
    english = [item["title"] for item in body["benefits"]["items"]]
    english += [step["title"] for step in body["procedure_steps"]["steps"]]
    english += [item["question"] for item in body["faq"]["items"]]
    english += [content.MICRO_NEEDLING["summary"], "Put on sunscreen", "Home derma rollers", "Hyperpigmentation"]
    for sentence in english:
        assert sentence not in text, sentence
    assert "Cédula profesional 10482736" in text  # the reviewer, synchronised and shown in Spanish


def test_the_spanish_micro_needling_page_keeps_every_block_and_number(demo):
    source = TreatmentPage.objects.get(slug="micro-needling", locale=english())
    target = source.get_translation(spanish())

    assert [(block.block_type, block.id) for block in target.body] == [
        (block.block_type, block.id) for block in source.body
    ]
    assert target.key_facts and [(fact.low, fact.high) for fact in target.key_facts] == [
        (fact.low, fact.high) for fact in source.key_facts
    ]
    assert target.specialty.locale == spanish() and target.specialty.name == "Medicina estética"
    assert target.reviewer.locale == spanish() and target.reviewer.licence_number == source.reviewer.licence_number
    assert [concern.name for concern in target.concerns] == [
        "Cicatrices de acné",
        "Líneas finas y arrugas",
        "Poros dilatados",
        "Hiperpigmentación",
        "Tono de piel disparejo",
        "Pérdida de elasticidad",
        "Estrías",
        "Caída del cabello",
    ]
    ctas = [block.value["specialty"] for block in target.body if block.block_type == "booking_cta"]
    assert ctas and all(specialty.locale == spanish() for specialty in ctas)


def test_every_demo_snippet_exists_in_spanish_and_is_complete(demo):
    sources = demo_snippets(english())
    assert len(sources) == 4 + 16 + 3 + 1
    for source in sources:
        target = source.get_translation(spanish())
        assert gaps_for_instance(target) == [], source
    for specialty in Specialty.objects.filter(locale=english()):
        target = specialty.get_translation(spanish())
        assert (target.slug, target.phone, target.booking_url) == (
            specialty.slug,
            specialty.phone,
            specialty.booking_url,
        )
        assert target.name != specialty.name


def test_the_clinic_settings_show_the_spanish_clinic_texts(demo):
    settings = ClinicSettings.load()
    with translation.override("es"):
        texts = settings.texts.localized
    assert texts.locale == spanish()
    assert texts.tagline.startswith("Medicina estética, odontología")
    assert texts.opening_hours_note == "Cerrado los domingos y días festivos."
    assert "No sustituyen una consulta" in texts.medical_disclaimer
    assert "aviso de privacidad" in texts.privacy_summary


def test_every_spanish_string_is_a_manual_translation_by_the_demo_loader(demo):
    strings = StringTranslation.objects.filter(locale=spanish())
    assert strings.exists()
    assert set(strings.values_list("translation_type", "tool_name", "has_error")) == {
        (StringTranslation.TRANSLATION_TYPE_MANUAL, TOOL_NAME, False)
    }
    assert Translation.objects.filter(target_locale=spanish(), enabled=True).count() == 13 + 24


def test_the_report_names_what_was_translated(demo):
    assert demo.rstrip().endswith(
        "In Spanish: translated 1 home page, 1 treatment index, 1 standard page, 1 clinic text, 4 specialties, "
        "16 concerns, 3 reviewers, 10 treatment pages; already translated nothing."
    )


# Idempotency and editors' changes


def test_a_second_run_translates_and_changes_nothing(demo):
    before = snapshot()

    output = load()

    assert snapshot() == before
    assert "In Spanish: translated nothing; already translated 1 home page," in output


def test_a_spanish_translation_changed_by_an_editor_is_kept(demo, django_capture_on_commit_callbacks):
    source = TreatmentPage.objects.get(slug="micro-needling", locale=english())
    page_translation = Translation.objects.get(source__object_id=source.translation_key, target_locale=spanish())
    summary = page_translation.source.stringsegment_set.get(context__path="summary")
    StringTranslation.objects.filter(translation_of=summary.string, context=summary.context).update(
        data="Un resumen escrito por una editora."
    )
    with django_capture_on_commit_callbacks(execute=True):
        page_translation.save_target(publish=True)
    before = snapshot()

    load()

    assert snapshot() == before
    assert source.get_translation(spanish()).specific.summary == "Un resumen escrito por una editora."


def test_a_deleted_spanish_page_is_translated_again(demo, client):
    """Deleting a translation deletes its wagtail-localize records too; the next run rebuilds them alike."""
    counts_before = {model: model.objects.count() for model in (Page, Translation, StringTranslation)}
    Page.objects.get(locale=spanish(), url_path__endswith="/blanqueamiento-dental/").delete()

    output = load()

    assert "In Spanish: translated 1 treatment page;" in output
    assert {model: model.objects.count() for model in counts_before} == counts_before
    assert client.get("/es/tratamientos/blanqueamiento-dental/").status_code == 200


# The dictionary stays complete


def test_every_dictionary_entry_is_used_by_the_demo_content(demo):
    english_strings = {
        normalised(text)
        for source in TranslationSource.objects.filter(locale=english())
        for text in source.stringsegment_set.values_list("string__data", flat=True)
    }
    keys = [normalised(key) for key in demo_spanish.SPANISH]

    assert len(keys) == len(set(keys)), "two entries for the same English string"
    assert sorted(set(keys) - english_strings) == []
    assert all(text.strip() for text in demo_spanish.SPANISH.values())
