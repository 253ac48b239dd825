"""Translators are e-mailed, in their language, when content awaits them: through real requests and commits.

The notice is sent after the transaction commits (a django-tasks task); these tests commit for real so the
callbacks run as they do in production.
"""

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.urls import reverse
from wagtail.models import Page

from tests import translation_helpers as th
from treatments.models import TreatmentPage

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("migrated_rows_restored"),
]


@pytest.fixture
def translator():
    user = User.objects.create_user("traductora", "traductora@example.com", "pw", first_name="Lucía")
    user.groups.add(Group.objects.get(name="Translators (Spanish)"))
    return user


def to(user):
    return [message for message in mail.outbox if user.email in message.to]


def test_submitting_an_article_sends_the_translator_one_notice_in_spanish(
    admin_client, translator, home, treatment_index, treatment, settings
):
    th.submit(home, treatment_index)
    mail.outbox.clear()

    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=(treatment.pk,)),
        {"locales": [th.spanish().pk]},
    )

    assert response.status_code == 302
    notices = to(translator)
    assert len(notices) == 1, [message.subject for message in notices]
    notice = notices[0]
    spanish = treatment.get_translation(th.spanish())
    assert notice.subject.startswith("[Clínica CMS] «Micro-needling» y 3 elementos más")
    assert "Hola Lucía" in notice.body
    assert f"{settings.WAGTAILADMIN_BASE_URL}/admin/pages/{spanish.pk}/edit/" in notice.body
    assert "Enviado para traducir al español" in notice.body


def test_a_live_translation_that_falls_behind_the_english_is_announced(
    translator, home, treatment_index, treatment, settings
):
    th.submit(home, treatment_index, treatment)
    th.translate_everything()
    for page in (home, treatment_index, treatment):
        th.translation_for(page).save_target(publish=True)
    spanish = TreatmentPage.objects.get(pk=treatment.get_translation(th.spanish()).pk)
    assert spanish.live
    mail.outbox.clear()

    english = TreatmentPage.objects.get(pk=treatment.pk)
    english.summary = "A new English summary nobody has translated."
    english.save_revision().publish()

    notices = to(translator)
    assert len(notices) == 1
    assert "Cambió en inglés" in notices[0].body
    assert f"/admin/pages/{spanish.pk}/edit/" in notices[0].body
    assert Page.objects.get(pk=spanish.pk).live  # the public keeps the last published Spanish


def test_no_notice_when_nothing_new_awaits(translator, home, treatment_index, treatment):
    th.submit(home, treatment_index, treatment)
    th.translate_everything()
    for page in (home, treatment_index, treatment):
        th.translation_for(page).save_target(publish=True)
    mail.outbox.clear()

    TreatmentPage.objects.get(pk=treatment.pk).save_revision().publish()  # republished, nothing changed

    assert to(translator) == []
