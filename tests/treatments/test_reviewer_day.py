"""A medical reviewer's day in the admin: find what awaits review, read it, comment, approve or reject."""

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from tests.admin_forms import every_block_form_data, treatment_form_data
from tests.treatments.test_review_workflow import create_url
from treatments.models import TreatmentPage


@pytest.fixture
def doctor(medical_reviewer):
    return medical_reviewer


@pytest.fixture
def submitted(client, editor, doctor, treatment_index, specialty, reviewer, concern, image):
    client.force_login(editor)
    data = treatment_form_data(specialty, [concern], every_block_form_data(specialty, image))
    response = client.post(create_url(treatment_index), {**data, "action-submit": "1"})
    assert response.status_code == 302
    client.logout()
    return TreatmentPage.objects.get(slug="dermal-fillers")


def current_task_state(page):
    return WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk)).current_task_state


def test_reviewer_has_the_pages_menu_and_sees_what_awaits_review(client, doctor, submitted):
    client.force_login(doctor)
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert dashboard.status_code == 200
    assert b"Awaiting your review" in dashboard.content
    assert reverse("wagtailadmin_pages:edit", args=(submitted.pk,)).encode() in dashboard.content
    assert reverse("wagtailadmin_explore_root").encode() in dashboard.content  # the Pages menu

    editor_view = client.get(reverse("wagtailadmin_pages:edit", args=(submitted.pk,)))
    assert editor_view.status_code == 200
    assert b"Approve and Publish" in editor_view.content
    assert b"Request changes" in editor_view.content
    assert b"comments" in editor_view.content  # the comments panel is there to annotate the article
    preview = client.get(
        reverse("wagtailadmin_pages:workflow_preview", args=(submitted.pk, current_task_state(submitted).task_id))
    )
    assert preview.status_code == 200
    assert b"Dermal fillers" in preview.content


def test_after_approving_the_reviewer_lands_on_a_success_message(client, doctor, submitted):
    client.force_login(doctor)
    task_state = current_task_state(submitted)
    approve = reverse("wagtailadmin_pages:workflow_action", args=(submitted.pk, "approve", task_state.pk))

    response = client.post(approve, {"comment": "Doses checked."}, follow=True)

    assert response.status_code == 200
    assert TreatmentPage.objects.get(pk=submitted.pk).live
    messages = [str(message) for message in response.context["messages"]]
    assert not any("permission" in message.lower() for message in messages), messages
    assert messages and messages[0].startswith("“Dermal fillers” is approved and published.")
    assert "View live" in messages[0]
    assert response.redirect_chain[-1][0] != reverse("wagtailadmin_home") or messages


def test_reviewer_rejects_with_a_comment_and_the_editor_is_told(client, doctor, editor, submitted):
    client.force_login(doctor)
    task_state = current_task_state(submitted)
    reject = reverse("wagtailadmin_pages:workflow_action", args=(submitted.pk, "reject", task_state.pk))

    response = client.post(reject, {"comment": "State the number of sessions."}, follow=True)

    assert response.status_code == 200
    assert not TreatmentPage.objects.get(pk=submitted.pk).live
    task_state.refresh_from_db()
    assert task_state.status == task_state.STATUS_REJECTED
    assert task_state.comment == "State the number of sessions."
    messages = [str(message) for message in response.context["messages"]]
    assert messages and messages[0].startswith("Changes were requested on “Dermal fillers”")
    to_editor = [message for message in mail.outbox if editor.email in message.to]
    assert to_editor, [message.to for message in mail.outbox]


def test_notification_links_use_the_configured_base_url(client, doctor, submitted, settings):
    to_doctor = [message for message in mail.outbox if doctor.email in message.to]
    assert to_doctor, "the reviewer is e-mailed when an article is submitted"
    body = to_doctor[0].body
    assert f"{settings.WAGTAILADMIN_BASE_URL}/admin/pages/{submitted.pk}/" in body


def test_approving_from_the_page_editor_says_the_article_went_live(
    client, doctor, submitted, specialty, reviewer, concern, image
):
    client.force_login(doctor)
    data = treatment_form_data(specialty, [concern], every_block_form_data(specialty, image))
    edit = reverse("wagtailadmin_pages:edit", args=(submitted.pk,))

    response = client.post(
        edit, {**data, "action-workflow-action": "1", "workflow-action-name": "approve"}, follow=True
    )

    assert response.status_code == 200
    assert TreatmentPage.objects.get(pk=submitted.pk).live
    messages = [str(message) for message in response.context["messages"]]
    assert any(message.startswith("“Dermal fillers” is approved and published.") for message in messages), messages
    assert not any("permission" in message.lower() for message in messages)
