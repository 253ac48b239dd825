"""The Spanish message catalogue: complete, compiled, and what a Spanish reader actually sees.

locale/es/LC_MESSAGES/django.po holds the Spanish of every string in the templates and the code
(the site, the admin help texts, the reports); django.mo is what Django reads. A new or changed
English string leaves an empty or fuzzy entry after `makemessages -l es`, and a forgotten
`compilemessages -l es` leaves the site showing the old text: both fail here.
"""

import datetime
import re
from collections import Counter
from pathlib import Path

import polib
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.utils import translation

from tests import translation_helpers as th
from treatments.blocks import BODY_AREAS, TIME_UNITS
from treatments.models import TreatmentPage
from treatments.templatetags.treatment_tags import format_quantity

LOCALE_DIR = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES"
PO_PATH = LOCALE_DIR / "django.po"
MO_PATH = LOCALE_DIR / "django.mo"

# What must survive translation unchanged: printf placeholders ("%(name)s", "%s", "%d"…, but not the
# "%" of "% translated"), str.format fields ("{name}") and HTML tags ("<strong>").
PLACEHOLDER = re.compile(
    r"%(?:\([^)]+\))?[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]"
    r"|%%"
    r"|\{[^{}]*\}"
    r"|</?[a-zA-Z][^>]*>"
)


@pytest.fixture(scope="module")
def po():
    return polib.pofile(str(PO_PATH))


def entries(catalogue):
    return [entry for entry in catalogue if not entry.obsolete]


def label(entry):
    return f"{entry.msgid!r} ({', '.join(f'{path}:{line}' for path, line in entry.occurrences[:2])})"


def placeholders(text):
    return Counter(PLACEHOLDER.findall(text))


def translations(catalogue):
    """{(context, msgid, msgid_plural): msgstr, or the tuple of plural forms} of the translated entries."""
    result = {}
    for entry in entries(catalogue):
        if "fuzzy" in getattr(entry, "flags", []):
            continue  # msgfmt leaves fuzzy entries out of the .mo
        key = (entry.msgctxt, entry.msgid, entry.msgid_plural or None)
        if entry.msgid_plural:
            forms = tuple(entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural))
            if all(forms):
                result[key] = forms
        elif entry.msgstr:
            result[key] = entry.msgstr
    return result


# --- The .po file ----------------------------------------------------------------------------------------


def test_header_is_spanish_with_two_plural_forms(po):
    assert po.metadata["Language"] == "es"
    assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert not po.metadata_is_fuzzy


def test_every_entry_is_translated(po):
    assert entries(po), "the catalogue is empty: run makemessages -l es"
    untranslated = []
    for entry in entries(po):
        if entry.msgid_plural:
            forms = entry.msgstr_plural
            if sorted(forms) != [0, 1] or not all(form.strip() for form in forms.values()):
                untranslated.append(label(entry))
        elif not entry.msgstr.strip():
            untranslated.append(label(entry))
    assert untranslated == []


def test_no_entry_is_fuzzy(po):
    assert [label(entry) for entry in entries(po) if "fuzzy" in entry.flags] == []


def test_translations_keep_every_placeholder(po):
    problems = []
    for entry in entries(po):
        if entry.msgid_plural:
            pairs = [
                (entry.msgid, entry.msgstr_plural.get(0, "")),
                (entry.msgid_plural, entry.msgstr_plural.get(1, "")),
            ]
        else:
            pairs = [(entry.msgid, entry.msgstr)]
        for english, spanish in pairs:
            if placeholders(english) != placeholders(spanish):
                problems.append(f"{label(entry)}: {sorted(placeholders(english))} ≠ {sorted(placeholders(spanish))}")
    assert problems == []


def test_placeholder_pattern():
    assert placeholders("%(amount)s días y %s, {name} <strong>x</strong>") == Counter(
        ["%(amount)s", "%s", "{name}", "<strong>", "</strong>"]
    )
    assert placeholders("% traducido") == Counter()


def test_python_format_entries_format_with_their_own_names(po):
    """Each python-format msgstr formats with the names of its msgid (what the code passes)."""
    for entry in entries(po):
        if "python-format" not in entry.flags:
            continue
        names = dict.fromkeys(re.findall(r"%\(([^)]+)\)", entry.msgid), 1)
        strings = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for spanish in strings:
            spanish % names  # raises KeyError / ValueError / TypeError on a broken placeholder


# --- The compiled .mo file -------------------------------------------------------------------------------


def test_mo_file_holds_exactly_the_po_translations(po):
    """django.mo is up to date: run `manage.py compilemessages -l es` after editing django.po."""
    assert MO_PATH.exists()
    mo = polib.mofile(str(MO_PATH))
    assert mo.metadata.get("Plural-Forms") == po.metadata["Plural-Forms"]
    expected, compiled = translations(po), translations(mo)
    assert sorted(set(expected) - set(compiled)) == [], "translated in django.po but not compiled"
    assert sorted(set(compiled) - set(expected)) == [], "compiled but no longer in django.po"
    assert {key: value for key, value in compiled.items() if expected[key] != value} == {}


# --- At run time ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        ("Last reviewed", "Última revisión"),
        ("Next review due", "Próxima revisión"),
        ("Reviewed by", "Revisado por"),
        ("Privacy notice", "Aviso de privacidad"),
        ("Treatments", "Tratamientos"),
        ("Page not found", "Página no encontrada"),
        ("On the day of your appointment.", "El día de tu cita."),
    ],
)
def test_gettext_returns_spanish(english, spanish):
    with translation.override("es"):
        assert translation.gettext(english) == spanish
    with translation.override("en"):
        assert translation.gettext(english) == english


@pytest.mark.parametrize(
    ("english", "values", "spanish"),
    [
        (
            "Cédula profesional %(number)s, title issued by %(institution)s.",
            {"number": "12345678", "institution": "UABC"},
            "Cédula profesional 12345678, título expedido por UABC.",
        ),
        ("Stop %(when)s before your appointment.", {"when": "7 días"}, "Suspéndelo 7 días antes de tu cita."),
    ],
)
def test_placeholders_are_filled_in_spanish(english, values, spanish):
    # The msgids are passed in, not written as gettext("…") here: makemessages would list this file.
    with translation.override("es"):
        assert translation.gettext(english) % values == spanish


@pytest.mark.parametrize(
    ("low", "unit", "high", "spanish"),
    [
        (1, "minutes", None, "1 minuto"),
        (45, "minutes", None, "45 minutos"),
        (1, "hours", None, "1 hora"),
        (1, "days", None, "1 día"),
        (0, "days", None, "0 días"),
        (7, "days", None, "7 días"),
        (1, "weeks", None, "1 semana"),
        (2, "weeks", None, "2 semanas"),
        (1, "months", None, "1 mes"),
        (6, "months", None, "6 meses"),
        (1, "sessions", None, "1 sesión"),
        (1, "sessions", 3, "1–3 sesiones"),
    ],
)
def test_quantities_use_the_spanish_plural_forms(low, unit, high, spanish):
    with translation.override("es"):
        assert format_quantity(low, unit, high) == spanish


def test_body_areas_time_units_and_field_names_in_spanish():
    with translation.override("es"):
        areas = {code: str(name) for code, name in BODY_AREAS}
        units = {code: str(name) for code, name in TIME_UNITS}
        last_reviewed = str(TreatmentPage._meta.get_field("last_reviewed").verbose_name)
    assert areas == {
        "face": "Rostro",
        "under_eyes": "Debajo de los ojos",
        "lips": "Labios",
        "neck": "Cuello",
        "chest": "Pecho y escote",
        "back": "Espalda",
        "arms": "Brazos",
        "hands": "Manos",
        "abdomen": "Abdomen",
        "flanks": "Flancos",
        "buttocks": "Glúteos",
        "thighs": "Muslos",
        "legs": "Piernas",
        "scalp": "Cuero cabelludo",
        "teeth": "Dientes",
        "gums": "Encías",
    }
    assert units == {"minutes": "minutos", "hours": "horas", "days": "días", "weeks": "semanas", "months": "meses"}
    assert last_reviewed == "última revisión"


# --- A Spanish page, rendered ----------------------------------------------------------------------------


def text_of(element):
    return " ".join(element.get_text(" ").split())


@pytest.fixture
def spanish_treatment(home, treatment_index, treatment, django_capture_on_commit_callbacks):
    """The treatment (every block type) translated and published in Spanish, its parents too."""
    th.submit(home, treatment_index, treatment)
    th.translate_everything()
    with django_capture_on_commit_callbacks(execute=True):
        for instance in (home, treatment_index, treatment):
            th.translation_for(instance).save_target(publish=True)
    return treatment.get_translation(th.spanish())


def test_spanish_treatment_page_shows_the_template_text_in_spanish(client, spanish_treatment):
    response = client.get(spanish_treatment.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "es"
    page = text_of(soup)

    assert text_of(soup.select_one("#key-facts-heading")) == "Datos clave"
    assert text_of(soup.select_one("#concerns-heading")) == "Indicado para"
    assert text_of(soup.select_one("#medical-review-heading")) == "Revisión médica"
    assert [text_of(term) for term in soup.select(".review-dates dt")] == ["Última revisión", "Próxima revisión"]
    assert "10 de enero de 2026" in text_of(soup.select_one(".review-dates"))
    assert text_of(soup.select_one(".reviewer p")).startswith("Revisado por Dr. Ana Ruiz")
    licence = text_of(soup.select_one(".reviewer-licence"))
    assert licence == "Cédula profesional 12345678, título expedido por Universidad de Guadalajara."
    assert [text_of(area.strong) for area in soup.select(".target-areas li")] == ["Rostro", "Muslos"]
    assert "Suspéndelo 7 días antes de tu cita." in text_of(soup.select_one(".preparation-items"))
    assert "Medicamento a suspender:" in text_of(soup.select_one(".preparation-items"))
    assert text_of(soup.select_one(".steps-total")) == "En total, aproximadamente 75 minutos."
    assert text_of(soup.select_one(".timeline-point")) == "Días 0–2"
    assert text_of(soup.select_one(".aftercare-kind")) == "(Qué esperar)"
    assert "Escríbenos por WhatsApp" in text_of(soup.select_one(".booking-channels"))
    assert text_of(soup.select_one(".medical-disclaimer")).startswith("Este artículo es solo informativo")

    for english in (
        "Key facts",
        "Helps with",
        "Medical review",
        "Last reviewed",
        "Reviewed by",
        "before your appointment",
        "In total, about",
        "What to expect",
        "Message us on WhatsApp",
        "This article is for information only",
        "Skip to main content",
    ):
        assert english not in page


def test_spanish_404_page_is_in_spanish(client, spanish_treatment):
    response = client.get("/es/tratamientos/no-existe/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert text_of(soup.select_one("main h1")) == "Página no encontrada"
    assert text_of(soup.select_one("main a")) == "Ir a la página de inicio"


def test_a_lapsed_review_is_announced_in_spanish(client, spanish_treatment):
    lapsed_on = datetime.date.today() - datetime.timedelta(days=400)
    TreatmentPage.objects.filter(pk=spanish_treatment.pk).update(last_reviewed=lapsed_on)
    soup = BeautifulSoup(client.get(spanish_treatment.url).content, "html.parser")
    assert text_of(soup.select_one(".review-lapsed")).startswith("La revisión médica de este artículo caducó el")
