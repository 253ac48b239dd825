"""A translator's day in the admin: told what awaits, every link usable, pre-fill that says what it did."""

import re

from bs4 import BeautifulSoup
from django.contrib.auth.models import User
from django.urls import reverse
from wagtail.models import Locale

from localization.models import GlossaryTerm
from localization.worklist import start_translation_url
from tests import translation_helpers as th
from treatments.models import TreatmentPage


def dashboard_panel(client):
    soup = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    return soup.find(id="translation-work-content") or soup.find(id="translation-work")


def test_dashboard_lists_what_awaits_the_translator_with_links_they_can_open(client, translator, submitted):
    client.force_login(translator)
    panel = dashboard_panel(client)
    assert panel is not None, "the translator's dashboard has an 'Awaiting translation' panel"
    spanish = submitted.get_translation(th.spanish())
    rows = {row.select_one(".title-wrapper").get_text(strip=True): row for row in panel.select("tr[data-state]")}
    assert "Micro-needling" in rows
    link = rows["Micro-needling"].find("a", string=re.compile("Translate"))
    assert link["href"] == reverse("wagtailadmin_pages:edit", args=(spanish.pk,))
    assert client.get(link["href"]).status_code == 200  # the translation editor


def test_dashboard_panel_is_for_translators_and_administrators_only(client, editor, submitted):
    client.force_login(editor)
    assert dashboard_panel(client) is None


def test_translator_starts_a_translation_nobody_submitted(client, translator, home, treatment_index, treatment):
    th.submit(home, treatment_index)  # the article itself was never submitted
    client.force_login(translator)
    panel = dashboard_panel(client)
    row = next(row for row in panel.select("tr[data-state]") if "Micro-needling" in row.get_text())
    form = row.find("form")
    assert form["action"] == start_translation_url(TreatmentPage, treatment.pk, th.spanish())

    assert client.get(form["action"]).status_code == 405  # starting changes data: POST only
    response = client.post(form["action"])

    spanish = treatment.get_translation(th.spanish())
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=(spanish.pk,))
    assert not spanish.live
    assert client.get(response.url).status_code == 200


def test_only_people_who_translate_may_start_a_translation(client, medical_reviewer, home, treatment_index, treatment):
    th.submit(home, treatment_index)
    client.force_login(medical_reviewer)
    response = client.post(start_translation_url(TreatmentPage, treatment.pk, th.spanish()))
    assert response.status_code in (302, 403)
    assert treatment.get_translation_or_none(th.spanish()) is None
    # and never from a translation, or into the source language
    client.force_login(User.objects.create_superuser("jefa", "j@example.com", "pw"))
    english = Locale.get_default()
    assert client.post(start_translation_url(TreatmentPage, treatment.pk, english)).status_code == 404


def test_every_link_in_the_status_report_opens_something_the_translator_may_use(
    client, translator, home, treatment_index, treatment, concern
):
    th.submit(home, treatment_index)
    client.force_login(translator)
    report = client.get(reverse("localization_translation_status"), {"locale": "es"})
    soup = BeautifulSoup(report.content, "html.parser")
    rows = soup.select("tr[data-state]")
    assert rows
    for row in rows:
        link, form = row.select_one("td.title a"), row.select_one("td.title form")
        if link is not None:
            assert client.get(link["href"]).status_code == 200, row.get_text(" ", strip=True)
        else:
            assert form is not None, row.get_text(" ", strip=True)
            response = client.post(form["action"], follow=True)
            assert response.status_code == 200, row.get_text(" ", strip=True)
            assert response.redirect_chain[-1][0] != reverse("wagtailadmin_home")


def test_only_target_language_is_preselected_when_submitting(admin_client, treatment, home, treatment_index):
    th.submit(home, treatment_index)
    form = admin_client.get(reverse("wagtail_localize:submit_page_translation", args=(treatment.pk,)))
    checkbox = BeautifulSoup(form.content, "html.parser").select_one('input[name="locales"]')
    assert checkbox["value"] == str(th.spanish().pk)
    assert checkbox.has_attr("checked")


def prefill(client, translation, page):
    url = reverse("wagtail_localize:machine_translate", args=(translation.pk,))
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    response = client.post(f"{url}?next={edit}", follow=True)
    return [str(message) for message in response.context["messages"]]


def test_prefill_says_how_many_strings_it_filled(client, translator, submitted):
    spanish = submitted.get_translation(th.spanish())
    translation = th.translation_for(submitted)
    GlossaryTerm.objects.create(english="Micro-needling", spanish="Microagujas")
    untranslated = th.untranslated(translation).count()
    client.force_login(translator)

    messages = prefill(client, translation, spanish)

    left = th.untranslated(translation).count()
    assert 0 < untranslated - left < untranslated
    assert f"pre-filled {untranslated - left} of {untranslated} untranslated strings" in messages[0]
    assert "Successfully" not in " ".join(messages)


def test_prefill_says_plainly_when_it_filled_nothing(client, translator, submitted):
    spanish = submitted.get_translation(th.spanish())
    translation = th.translation_for(submitted)
    untranslated = th.untranslated(translation).count()
    client.force_login(translator)

    messages = prefill(client, translation, spanish)

    assert th.untranslated(translation).count() == untranslated
    assert f"filled none of the {untranslated} untranslated strings" in messages[0]


def test_prefill_still_refuses_people_who_may_not_edit_the_translation(client, medical_reviewer, submitted):
    client.force_login(medical_reviewer)
    translation = th.translation_for(submitted)
    untranslated = th.untranslated(translation).count()
    GlossaryTerm.objects.create(english="Micro-needling", spanish="Microagujas")
    response = client.post(reverse("wagtail_localize:machine_translate", args=(translation.pk,)))
    assert response.status_code in (302, 403)
    assert th.untranslated(translation).count() == untranslated


def test_suggestions_endpoint_names_the_tools_awaiting_confirmation(client, translator, submitted):
    spanish = submitted.get_translation(th.spanish())
    translation = th.translation_for(submitted)
    url = reverse("localization_suggestions", args=(translation.pk,))
    client.force_login(translator)
    assert client.get(url).json()["tools"] == []

    GlossaryTerm.objects.create(english="Micro-needling", spanish="Microagujas")
    prefill(client, translation, spanish)

    answer = client.get(url).json()
    assert answer["tools"] == ["Clinic glossary"]
    assert answer["label"] == "Accept"
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=(spanish.pk,)))
    assert b"localization/js/accept-suggestions.js" in editor_page.content


def test_suggestions_are_private_to_people_who_may_edit_the_translation(client, medical_reviewer, submitted):
    client.force_login(medical_reviewer)  # may open English articles only
    translation = th.translation_for(submitted)
    response = client.get(reverse("localization_suggestions", args=(translation.pk,)))
    assert response.status_code in (302, 403)
