"""Treatment articles are published only through the "Medical review" workflow."""

import pytest
from django.urls import reverse
from wagtail.models import Workflow, WorkflowState

from tests.admin_forms import every_block_form_data, treatment_form_data
from treatments.models import TreatmentPage
from treatments.permissions import MEDICAL_REVIEW_WORKFLOW, MEDICAL_REVIEWERS_GROUP


@pytest.fixture
def form_data(specialty, reviewer, concern, image):
    return treatment_form_data(specialty, reviewer, [concern], every_block_form_data(specialty, image))


def create_url(index):
    return reverse("wagtailadmin_pages:add", args=("treatments", "treatmentpage", index.pk))


def test_migration_creates_group_task_and_workflow(db):
    workflow = Workflow.objects.get(name=MEDICAL_REVIEW_WORKFLOW)
    assert workflow.active
    task = workflow.tasks.get().specific
    assert task.name == "Medical review"
    assert list(task.groups.values_list("name", flat=True)) == [MEDICAL_REVIEWERS_GROUP]


def test_every_new_treatment_index_gets_the_workflow(treatment_index):
    assert treatment_index.get_workflow().name == MEDICAL_REVIEW_WORKFLOW


def test_editor_cannot_publish_directly_and_sees_submit_instead(client, editor, treatment_index, form_data):
    client.force_login(editor)
    form_page = client.get(create_url(treatment_index))
    assert form_page.status_code == 200
    assert b'name="action-publish"' not in form_page.content
    assert b'name="action-submit"' in form_page.content

    response = client.post(create_url(treatment_index), {**form_data, "action-publish": "1"})
    assert response.status_code == 302
    page = TreatmentPage.objects.get(slug="dermal-fillers")
    assert not page.live
    assert page.get_latest_revision_as_object().title == "Dermal fillers"


def test_moderator_with_publish_permission_still_cannot_skip_review(client, moderator, treatment, form_data):
    client.force_login(moderator)
    edit_url = reverse("wagtailadmin_pages:edit", args=(treatment.pk,))
    edit_form = client.get(edit_url)
    assert edit_form.status_code == 200
    assert b'name="action-publish"' not in edit_form.content

    # Posting the publish action by hand only saves a draft: the live page keeps its reviewed content.
    response = client.post(edit_url, {**form_data, "title": "Unreviewed title", "action-publish": "1"})
    assert response.status_code == 302
    treatment.refresh_from_db()
    assert treatment.title == "Micro-needling"
    assert treatment.get_latest_revision_as_object().title == "Unreviewed title"


def test_submission_is_published_only_when_a_medical_reviewer_approves(
    client, editor, medical_reviewer, treatment_index, form_data
):
    client.force_login(editor)
    client.post(create_url(treatment_index), {**form_data, "action-submit": "1"})
    page = TreatmentPage.objects.get(slug="dermal-fillers")
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state
    assert task_state.task.name == "Medical review"
    assert not page.live

    approve_url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    # The editor who wrote it is not a reviewer: approving is refused.
    client.post(approve_url, {"comment": ""})
    page.refresh_from_db()
    assert not page.live

    client.force_login(medical_reviewer)
    client.post(approve_url, {"comment": "Doses checked."})
    page.refresh_from_db()
    assert page.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
