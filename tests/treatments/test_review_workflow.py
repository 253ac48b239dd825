"""Treatment articles are published only through the "Medical review" workflow, signed by their approver."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.models import GroupApprovalTask, Workflow, WorkflowState, WorkflowTask
from wagtail_localize.models import Translation, TranslationSource

from tests import factories
from tests import translation_helpers as th
from tests.admin_forms import every_block_form_data, treatment_form_data
from treatments.models import TreatmentPage
from treatments.permissions import MEDICAL_REVIEW_WORKFLOW, MEDICAL_REVIEWERS_GROUP
from treatments.review import MedicalReviewTask


@pytest.fixture
def form_data(specialty, reviewer, concern, image):
    return treatment_form_data(specialty, [concern], every_block_form_data(specialty, image))


def create_url(index):
    return reverse("wagtailadmin_pages:add", args=("treatments", "treatmentpage", index.pk))


def test_migration_creates_the_medical_review_task_and_workflow(db):
    workflow = Workflow.objects.get(name=MEDICAL_REVIEW_WORKFLOW)
    assert workflow.active
    task = workflow.tasks.get().specific
    assert isinstance(task, MedicalReviewTask)
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


def test_not_even_an_administrator_publishes_an_article_directly(admin_client, treatment, form_data):
    edit_url = reverse("wagtailadmin_pages:edit", args=(treatment.pk,))
    assert b'name="action-publish"' not in admin_client.get(edit_url).content

    admin_client.post(edit_url, {**form_data, "title": "Unreviewed title", "action-publish": "1"})
    treatment.refresh_from_db()
    assert treatment.title == "Micro-needling"


def submit_new_article(client, editor, index, form_data):
    client.force_login(editor)
    client.post(create_url(index), {**form_data, "action-submit": "1"})
    page = TreatmentPage.objects.get(slug="dermal-fillers")
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    return page, state


def approve_url(page, state):
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", state.current_task_state.pk))


def test_the_approving_reviewer_and_the_day_are_the_articles_review(
    client, editor, medical_reviewer, treatment_index, form_data
):
    page, state = submit_new_article(client, editor, treatment_index, form_data)
    assert state.current_task_state.task.name == "Medical review"
    assert not page.live
    assert page.get_latest_revision_as_object().reviewer is None  # nobody signed it yet

    # The editor who wrote it is not a reviewer: approving is refused.
    client.post(approve_url(page, state), {"comment": ""})
    page.refresh_from_db()
    assert not page.live

    client.force_login(medical_reviewer)
    client.post(approve_url(page, state), {"comment": "Doses checked."})
    page.refresh_from_db()
    assert page.live
    assert page.reviewer.user == medical_reviewer and page.reviewer.name == "Dra. Elena Soto"
    assert page.last_reviewed == timezone.localdate()
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED

    answer = client.get(f"/api/v1/pages/{page.pk}/").json()
    assert answer["review"]["reviewer"] == {
        "name": "Dra. Elena Soto",
        "credentials": "MD, dermatologist",
        "licence_number": "12345678",
        "institution": "Universidad de Guadalajara",
    }
    assert answer["review"]["last_reviewed"] == timezone.localdate().isoformat()


def test_a_reviewer_of_another_specialty_cannot_approve_and_is_told_why(client, editor, treatment_index, form_data):
    page, state = submit_new_article(client, editor, treatment_index, form_data)
    dentist = factories.user_in("Medical reviewers", "dentist")
    dental = factories.make_specialty("Dental", "dental")
    factories.make_reviewer("Dr. Luis Ferrer", user=dentist, specialties=[dental])
    client.force_login(dentist)

    editor_view = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert b"Approve and Publish" not in editor_view.content
    assert b"Request changes" in editor_view.content
    told = " ".join(str(message) for message in editor_view.context["messages"])
    assert "it is about Aesthetics and your reviewer profile covers Dental" in told

    forged = client.post(approve_url(page, state), {"comment": ""})
    assert forged.url == reverse("wagtailadmin_home")  # Wagtail's "no permission" redirect
    page.refresh_from_db()
    assert not page.live and page.reviewer is None


def test_an_account_without_a_reviewer_profile_cannot_approve(client, editor, treatment_index, form_data):
    page, state = submit_new_article(client, editor, treatment_index, form_data)
    client.force_login(factories.user_in("Medical reviewers", "unlinked"))

    editor_view = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert b"Approve and Publish" not in editor_view.content
    told = " ".join(str(message) for message in editor_view.context["messages"])
    assert "link your account" in told
    client.post(approve_url(page, state), {"comment": ""})
    page.refresh_from_db()
    assert not page.live


def test_an_editor_cannot_name_a_reviewer_or_a_review_date(client, editor, treatment, form_data):
    other = factories.make_reviewer("Dr. Somebody Else")
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=(treatment.pk,))
    client.post(edit_url, {**form_data, "reviewer": str(other.pk), "last_reviewed": "2026-12-01"})

    draft = TreatmentPage.objects.get(pk=treatment.pk).get_latest_revision_as_object()
    assert draft.title == "Dermal fillers"  # the edit was saved…
    assert (draft.reviewer, draft.last_reviewed) == (treatment.reviewer, treatment.last_reviewed)  # …not the review


def test_a_reviewer_cannot_move_an_article_into_their_own_specialty_and_approve_it(
    client, editor, treatment_index, form_data
):
    page, state = submit_new_article(client, editor, treatment_index, form_data)
    dentist = factories.user_in("Medical reviewers", "dentist")
    dental = factories.make_specialty("Dental", "dental")
    factories.make_reviewer("Dr. Luis Ferrer", user=dentist, specialties=[dental])
    client.force_login(dentist)
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    client.post(edit_url, {**form_data, "specialty": str(dental.pk)})  # reviewers may edit during a review
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().specialty == dental

    client.post(approve_url(page, state), {"comment": ""})
    page.refresh_from_db()
    assert not page.live and page.reviewer is None


def test_an_approved_article_scheduled_for_later_can_still_be_taken_off_the_schedule(
    client, admin_user, editor, medical_reviewer, treatment_index, form_data
):
    go_live_at = timezone.now() + timezone.timedelta(days=3)
    scheduled = {**form_data, "go_live_at": go_live_at.strftime("%Y-%m-%d %H:%M")}
    page, state = submit_new_article(client, editor, treatment_index, scheduled)
    client.force_login(medical_reviewer)
    client.post(approve_url(page, state), {"comment": ""})
    page.refresh_from_db()
    assert not page.live and page.get_latest_revision().approved_go_live_at is not None
    assert page.get_latest_revision_as_object().reviewer.user == medical_reviewer

    assert page.permissions_for_user(admin_user).can_unschedule()
    assert not page.permissions_for_user(editor).can_unschedule()


def test_an_article_changed_after_its_medical_approval_is_not_published(
    client, editor, moderator, medical_reviewer, treatment_index, form_data
):
    """With a later step in the workflow, edits made after the medical approval never go live under it."""
    workflow = Workflow.objects.get(name=MEDICAL_REVIEW_WORKFLOW)
    final_check = GroupApprovalTask.objects.create(name="Marketing sign-off")
    final_check.groups.add(Group.objects.get(name="Moderators"))
    WorkflowTask.objects.create(workflow=workflow, task=final_check, sort_order=1)
    page, state = submit_new_article(client, editor, treatment_index, form_data)
    client.force_login(medical_reviewer)
    client.post(approve_url(page, state), {"comment": ""})
    state.refresh_from_db()
    assert state.current_task_state.task.name == "Marketing sign-off"

    client.force_login(moderator)
    client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), {**form_data, "title": "Edited afterwards"})
    client.post(approve_url(page, state), {"comment": ""})
    page.refresh_from_db()
    assert not page.live


def test_hiding_an_article_needs_no_medical_review(admin_client, treatment):
    """Restricting who sees an article, like unpublishing it, stays with those who may publish other pages."""
    assert (
        admin_client.post(
            reverse("wagtailadmin_pages:set_privacy", args=(treatment.pk,)), {"restriction_type": "login"}
        ).status_code
        == 200
    )
    assert treatment.get_view_restrictions().filter(restriction_type="login").exists()


def test_an_english_article_never_goes_live_as_a_synced_translation(home, treatment_index, treatment):
    """wagtail-localize publishes synced translations without permission checks: not into English articles."""
    th.submit(home, treatment_index, treatment)
    spanish = treatment.get_translation(th.spanish())
    source, _created = TranslationSource.get_or_create_from_instance(spanish)
    Translation.objects.create(source=source, target_locale=treatment.locale, enabled=True)

    with pytest.raises(PublishPermissionError, match="goes live by medical approval"):
        treatment.save_revision().publish()
