"""Translation memory, the glossary pre-fill (our default machine translator) and the terminology check."""

import io
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils.module_loading import import_string
from wagtail.models import Locale
from wagtail_localize.machine_translators.deepl import DeepLTranslator
from wagtail_localize.machine_translators.libretranslate import LibreTranslator
from wagtail_localize.models import StringTranslation
from wagtail_localize.strings import StringValue

from localization.machine_translators.config import GLOSSARY, machine_translator_setting
from localization.machine_translators.glossary import GlossaryTranslator
from localization.machine_translators.prefill import machine_prefill
from localization.memory import TOOL_NAME, prefill_from_memory, remembered_translations
from localization.models import GlossaryTerm
from localization.terminology import Entry, Glossary, fold, terminology_findings
from tests import translation_helpers as th
from treatments.models import Concern, TreatmentPage

PROJECT = Path(__file__).resolve().parents[2]
MANUAL = StringTranslation.TRANSLATION_TYPE_MANUAL
MACHINE = StringTranslation.TRANSLATION_TYPE_MACHINE


@pytest.fixture
def glossary(db):
    GlossaryTerm.objects.create(english="micro-needling", spanish="microagujas")
    GlossaryTerm.objects.create(english="hyperpigmentation", spanish="hiperpigmentación")


@pytest.fixture
def english(db):
    return Locale.get_default()


def translate_string(instance, english_text, spanish_text, translation_type=MANUAL):
    """A translator translates one string of an object in the translation editor."""
    segment = th.translation_for(instance).source.stringsegment_set.get(string__data=english_text)
    return StringTranslation.objects.create(
        translation_of=segment.string,
        locale=th.spanish(),
        context=segment.context,
        data=spanish_text,
        translation_type=translation_type,
    )


def spanish_string(instance, path):
    return StringTranslation.objects.filter(
        locale=th.spanish(), context__object_id=instance.translation_key, context__path=path
    ).first()


def make_concern(name, slug, **fields):
    return Concern.objects.create(name=name, slug=slug, locale=Locale.get_default(), **fields)


# Translation memory


def test_a_string_translated_on_a_page_is_prefilled_in_a_snippet_field(submitted):
    translate_string(submitted, "Collagen induction for scars and lines.", "Inducción de colágeno para cicatrices.")
    fine_lines = make_concern("Fine lines", "fine-lines", description="Collagen induction for scars and lines.")

    th.submit(fine_lines)

    prefilled = spanish_string(fine_lines, "description")
    assert prefilled.data == "Inducción de colágeno para cicatrices."
    assert prefilled.translation_type == MACHINE and prefilled.tool_name == TOOL_NAME
    assert spanish_string(fine_lines, "name") is None  # never translated anywhere: left for the translator
    # The Spanish draft written at submission already holds the suggestion.
    assert fine_lines.get_translation(th.spanish()).description == "Inducción de colágeno para cicatrices."


def test_memory_fills_new_english_strings_after_an_edit_and_never_overwrites(submitted):
    translate_string(submitted, "Smaller pores", "Poros más pequeños")
    translate_string(submitted, "Collagen induction for scars and lines.", "Inducción de colágeno para cicatrices.")
    fine_lines = make_concern("Fine lines", "fine-lines", description="Collagen induction for scars and lines.")
    th.submit(fine_lines)
    # The translator rewrites the suggestion for this snippet.
    reviewed = spanish_string(fine_lines, "description")
    reviewed.data, reviewed.translation_type = "Inducción de colágeno (revisado).", MANUAL
    reviewed.save()

    # The English snippet gains a string that was translated on the treatment page.
    fine_lines.also_known_as = "Smaller pores"
    fine_lines.save()

    prefilled = spanish_string(fine_lines, "also_known_as")
    assert (prefilled.data, prefilled.translation_type, prefilled.tool_name) == (
        "Poros más pequeños",
        MACHINE,
        TOOL_NAME,
    )
    assert spanish_string(fine_lines, "description").data == "Inducción de colágeno (revisado)."
    assert prefill_from_memory(th.translation_for(fine_lines)) == 0
    # The memory now offers the most recent manual translation.
    string_id = reviewed.translation_of_id
    assert remembered_translations([string_id], th.spanish()) == {string_id: "Inducción de colágeno (revisado)."}


def test_memory_prefers_a_translators_version_over_a_machine_one(submitted):
    pores = make_concern("Smaller pores", "smaller-pores")
    th.submit(pores)
    manual = translate_string(submitted, "Smaller pores", "Poros más pequeños")
    # A more recent machine translation of the same English text elsewhere does not win...
    translate_string(pores, "Smaller pores", "Poros menores", translation_type=MACHINE)
    # ... but a machine translation is remembered when it is the only one.
    machine = translate_string(submitted, "Softer acne scars", "Cicatrices suaves", translation_type=MACHINE)

    remembered = remembered_translations([manual.translation_of_id, machine.translation_of_id], th.spanish())

    assert remembered == {
        manual.translation_of_id: "Poros más pequeños",
        machine.translation_of_id: "Cicatrices suaves",
    }


# The glossary machine translator


def test_glossary_translator_substitutes_terms_and_keeps_capitals(glossary, english):
    sentence = StringValue.from_plaintext("Micro-needling reduces hyperpigmentation")
    shouted = StringValue.from_plaintext("MICRO NEEDLING")
    untouched = StringValue.from_plaintext("Book a consultation")

    result = GlossaryTranslator({}).translate(english, th.spanish(), [sentence, shouted, untouched])

    assert result[sentence].data == "Microagujas reduces hiperpigmentación"
    assert result[shouted].data == "MICROAGUJAS"
    # Nothing to offer: the string stays untranslated rather than "translated" into English.
    assert untouched not in result


def test_glossary_translator_keeps_links_and_markup(glossary, english):
    value, attrs = StringValue.from_source_html(
        'Ask about <a href="https://example.com/mn/">micro-needling</a> for <b>hyperpigmentation</b>.'
    )

    translated = GlossaryTranslator({}).translate(english, th.spanish(), [value])[value]

    assert translated.data == 'Ask about <a id="a1">microagujas</a> for <b>hiperpigmentación</b>.'
    assert translated.render_html(attrs) == (
        'Ask about <a href="https://example.com/mn/">microagujas</a> for <b>hiperpigmentación</b>.'
    )


def test_glossary_translator_offers_the_translation_memory_first(submitted, glossary, english):
    translate_string(submitted, "Smaller pores", "Poros más pequeños")
    value = StringValue.from_plaintext("Smaller pores")
    assert GlossaryTranslator({}).translate(english, th.spanish(), [value])[value].data == "Poros más pequeños"


def test_glossary_translator_only_translates_english_into_spanish(english):
    translator = GlossaryTranslator({})
    assert translator.can_translate(english, th.spanish())
    assert not translator.can_translate(th.spanish(), english)


def test_longest_terms_win_and_hyphenated_compounds_are_one_word():
    glossary = Glossary(
        [Entry("needling", "punción"), Entry("micro-needling", "microagujas"), Entry("peel", "peeling")]
    )
    assert glossary.substitute("Micro-needling, not needling.") == ("Microagujas, not punción.", 2)
    assert glossary.substitute("microneedling and micro needling")[0] == "microagujas and microagujas"
    assert glossary.substitute("A peeled, peel-off mask")[1] == 0
    assert fold("  Hiperpigmentación  ") == "hiperpigmentacion"


def test_machine_translate_button_uses_the_glossary(submitted, glossary, admin_client, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": GLOSSARY, "OPTIONS": {}}
    translation = th.translation_for(submitted)

    response = admin_client.post(reverse("wagtail_localize:machine_translate", args=(translation.pk,)))

    assert response.status_code == 302
    title = spanish_string(submitted, "title")
    assert (title.data, title.translation_type, title.tool_name) == ("Microagujas", MACHINE, "Clinic glossary")
    assert spanish_string(submitted, "summary") is None  # no glossary term: left for the translator


def test_machine_prefill_fills_like_the_button_and_keeps_existing_translations(submitted, glossary):
    translate_string(submitted, "Micro-needling", "Microagujas (tratamiento)")
    translation = th.translation_for(submitted)

    filled = machine_prefill(translation, machine_translator=GlossaryTranslator({}))

    assert filled == 2  # the slug and the reference's title, which name the term; the title was already translated
    assert spanish_string(submitted, "slug").data == "microagujas"
    reference = StringTranslation.objects.get(locale=th.spanish(), translation_of__data="Microneedling: a review")
    assert reference.data == "Microagujas: a review"
    assert spanish_string(submitted, "title").data == "Microagujas (tratamiento)"
    assert machine_prefill(translation, machine_translator=GlossaryTranslator({})) == 0


# Which machine translator the settings select


def test_without_configuration_the_offline_glossary_translates():
    setting = machine_translator_setting({})
    assert setting == {"CLASS": GLOSSARY, "OPTIONS": {}}
    assert import_string(setting["CLASS"]) is GlossaryTranslator


def test_a_deepl_key_selects_deepl():
    setting = machine_translator_setting({"DEEPL_API_KEY": "secret:fx", "LIBRETRANSLATE_URL": "https://lt.example"})
    assert import_string(setting["CLASS"]) is DeepLTranslator
    assert setting["OPTIONS"] == {"AUTH_KEY": "secret:fx"}


def test_a_libretranslate_url_selects_libretranslate():
    setting = machine_translator_setting({"LIBRETRANSLATE_URL": "https://lt.example/", "LIBRETRANSLATE_API_KEY": "k"})
    assert import_string(setting["CLASS"]) is LibreTranslator
    assert setting["OPTIONS"] == {"LIBRETRANSLATE_URL": "https://lt.example", "API_KEY": "k"}
    assert LibreTranslator(setting["OPTIONS"]).get_api_endpoint() == "https://lt.example"
    assert machine_translator_setting({"LIBRETRANSLATE_URL": "https://lt.example"})["OPTIONS"]["API_KEY"] == ""


def test_the_selector_imports_without_django_being_set_up():
    code = "from localization.machine_translators.config import machine_translator_setting as f; print(f({})['CLASS'])"
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == GLOSSARY


# The terminology check


@pytest.fixture
def off_glossary(submitted, glossary):
    """The title "Micro-needling" translated literally instead of with the approved term."""
    return translate_string(submitted, "Micro-needling", "Micro-agujas pinchadas")


def test_terminology_check_finds_a_translation_that_ignores_the_glossary(off_glossary, submitted):
    [finding] = terminology_findings(th.spanish())

    assert (finding.term, finding.expected) == ("micro-needling", "microagujas")
    assert (finding.english, finding.spanish, finding.where) == ("Micro-needling", "Micro-agujas pinchadas", "Title")
    spanish_page = submitted.get_translation(th.spanish())
    assert isinstance(finding.instance, TreatmentPage) and finding.instance.pk == spanish_page.pk


def test_terminology_check_ignores_case_and_accents(submitted, glossary):
    melasma = make_concern("Hyperpigmentation", "hyperpigmentation")
    th.submit(melasma)
    translate_string(melasma, "Hyperpigmentation", "HIPERPIGMENTACION")
    assert terminology_findings(th.spanish()) == []


def test_check_terminology_command_fails_like_a_linter_until_fixed(off_glossary):
    out = io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("check_terminology", "--locale", "es", stdout=out)
    assert failure.value.returncode == 1
    [line] = out.getvalue().splitlines()
    assert "Title" in line and "“micro-needling” should be “microagujas”" in line and "Micro-agujas pinchadas" in line

    off_glossary.data = "Microagujas"
    off_glossary.save()
    out = io.StringIO()
    call_command("check_terminology", stdout=out)  # no CommandError: exit status 0
    assert "No terminology findings" in out.getvalue()


def test_terminology_report_lists_findings_for_administrators(off_glossary, admin_client):
    response = admin_client.get(reverse("localization_terminology_report"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Micro-agujas pinchadas" in content and "microagujas" in content
    menu = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("localization_terminology_report") in menu


def test_terminology_report_is_open_to_translators_only(off_glossary, client, django_user_model):
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    visitors = Group.objects.create(name="Admin visitors")
    visitors.permissions.add(admin_access)
    outsider = django_user_model.objects.create_user("outsider", password="x")
    outsider.groups.add(visitors)
    client.force_login(outsider)
    assert client.get(reverse("localization_terminology_report")).status_code in (302, 403)

    translator = django_user_model.objects.create_user("traductora", password="x")
    translator.groups.add(Group.objects.get(name="Translators (Spanish)"))
    client.force_login(translator)
    assert client.get(reverse("localization_terminology_report")).status_code == 200
