"""The medical review: the person who approves an article is the reviewer it names.

English treatment articles go live only by approval in the "Medical review" workflow (nobody has a
"Publish" button for them, ``treatments.permissions``). Its task, ``MedicalReviewTask``, offers
"Approve" only to a user whose reviewer profile covers the article's specialty, and only while the
article makes no forbidden claim without an override (``treatments.claims``); approving writes
that reviewer and today's date into a new revision, which is the one published (Wagtail's
``WAGTAIL_FINISH_WORKFLOW_ACTION`` leads to ``publish_approved`` below). An editor never types a reviewer.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import GroupApprovalTask, Locale, Page, TaskState
from wagtail.workflows import publish_workflow_state

from .models import Reviewer, TreatmentPage


def reviewer_profile(user):
    """The source-language reviewer profile of ``user``, or None."""
    if not user.is_authenticated:
        return None
    return Reviewer.objects.filter(user=user, locale=Locale.get_default()).prefetch_related("specialties").first()


def approval_refusal(user, page):
    """Why ``user`` may not approve ``page`` (its latest draft), in words for them; None when they may."""
    reviewer = reviewer_profile(user)
    if reviewer is None:
        return _(
            "Only a medical reviewer with a reviewer profile can approve this article. Ask an administrator to link "
            "your account to your profile under Treatment data → Reviewers."
        )
    specialty = page.specialty
    covered = {covered.translation_key for covered in reviewer.specialties.all()}
    if specialty.translation_key not in covered:
        names = ", ".join(str(covered) for covered in reviewer.specialties.all()) or _("none")
        return _(
            "You cannot approve this article: it is about %(specialty)s and your reviewer profile covers "
            "%(covered)s. A reviewer of %(specialty)s must approve it."
        ) % {"specialty": specialty.name, "covered": names}
    return None


def claims_refusal(page):
    """Why ``page`` may not be approved for its wording, naming each claim and where it is; None when clean."""
    from .claims import describe, unallowed_claims

    claims = unallowed_claims(page)
    if not claims:
        return None
    return _(
        "This article makes claims health advertising may not make; reword them, or record a claim override "
        "(Treatment data → Claim overrides) with the reason it may say them. %(claims)s"
    ) % {"claims": " ".join(describe(claims))}


def reasons_not_to_approve(user, page):
    return [reason for reason in (approval_refusal(user, page), claims_refusal(page)) if reason]


def draft_of(obj):
    """The article as it will be published: its latest revision (what the workflow publishes)."""
    cached = getattr(obj, "_review_draft", None)
    if cached is None:
        cached = obj._review_draft = obj.get_latest_revision_as_object()
    return cached


def as_treatment(obj):
    """``obj`` as a treatment article, or None (workflows may also hold other pages and snippets)."""
    if isinstance(obj, TreatmentPage):
        return obj
    if isinstance(obj, Page) and obj.specific_class is TreatmentPage:
        return obj.specific
    return None


def record_review(page, user):
    """Write the approver's reviewer profile and today's date into a new latest revision of ``page``."""
    draft = page.get_latest_revision_as_object()
    draft.reviewer = reviewer_profile(user)
    draft.last_reviewed = timezone.localdate()
    return draft.save_revision(user=user, log_action=False, clean=False)


class MedicalReviewTask(GroupApprovalTask):
    """A group approval in which only a reviewer of the article's specialty may approve, and approving signs it."""

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        page = as_treatment(obj)
        if page is None or not actions:
            return actions
        if reasons_not_to_approve(user, draft_of(page)):
            return [action for action in actions if action[0] != "approve"]
        return actions

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        page = as_treatment(task_state.revision.content_object)
        if action_name == "approve" and page is not None and task_state.status == TaskState.STATUS_IN_PROGRESS:
            # What was submitted and what would be published must both be of the reviewer's specialty:
            # a reviewer may edit during the review, but not move an article into their own field.
            refusals = [
                approval_refusal(user, task_state.revision.as_object()),
                *reasons_not_to_approve(user, draft_of(page)),
            ]
            if any(refusals):
                raise PermissionDenied(next(refusal for refusal in refusals if refusal))
            task_state.revision = record_review(page, user)  # the approval is of the signed revision
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return gettext_lazy(
            "A medical reviewer of the article's specialty approves it; their name, cédula and the date are recorded."
        )

    class Meta:
        verbose_name = gettext_lazy("medical review task")
        verbose_name_plural = gettext_lazy("medical review tasks")


def signed_revision_id(workflow_state):
    """The revision the last medical approval of this workflow run signed, or None."""
    task_type = ContentType.objects.get_for_model(MedicalReviewTask)
    approval = (
        TaskState.objects.filter(
            workflow_state=workflow_state, status=TaskState.STATUS_APPROVED, task__content_type=task_type
        )
        .order_by("-finished_at", "-pk")
        .first()
    )
    return approval.revision_id if approval else None


def publish_approved(workflow_state, user=None):
    """Publish what a finished workflow approved (``WAGTAIL_FINISH_WORKFLOW_ACTION``).

    Wagtail publishes as the last approver and checks that they may publish. Nobody may publish an
    English treatment article directly: the medical approval is the permission, for exactly the revision
    it signed. If the article changed after it (a later task's group edited it), nothing is published.
    Everything else is published as Wagtail does.
    """
    page = as_treatment(workflow_state.content_object)
    if page is None:
        publish_workflow_state(workflow_state, user=user)
        return
    latest = page.get_latest_revision()
    if signed_revision_id(workflow_state) != latest.pk:
        raise PermissionDenied(
            _("“%(title)s” changed after its medical approval; submit it to Medical review again.")
            % {"title": page.title}
        )
    latest.publish(user=user, skip_permission_checks=True)
