"""Attach the medical review workflow, and its reviewers, to every source-language treatment index.

Translations are published by translators through wagtail-localize, which does not run workflows.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save, pre_save
from wagtail.models import GroupPagePermission, Locale, Workflow, WorkflowPage

from localization.guards import is_being_published

from .claims import check_claims_before_publishing
from .models import TreatmentIndexPage, TreatmentPage
from .permissions import MEDICAL_REVIEW_WORKFLOW, MEDICAL_REVIEWERS_GROUP


def assign_medical_review(sender, instance, created, raw=False, **kwargs):
    """Give a new English treatment index the "Medical review" workflow, so every article below it is reviewed.

    Only on creation: an administrator who later assigns another workflow in Settings → Workflows is
    not overruled.
    """
    if not created or raw or instance.locale_id != Locale.get_default().pk:
        return
    workflow = Workflow.objects.filter(name=MEDICAL_REVIEW_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance.page_ptr, defaults={"workflow": workflow})
    let_reviewers_open(instance)


def let_reviewers_open(index):
    """Reviewers read, preview and comment in the page editor, and land there after approving."""
    reviewers = Group.objects.filter(name=MEDICAL_REVIEWERS_GROUP).first()
    if reviewers is not None:
        change_page = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
        GroupPagePermission.objects.get_or_create(group=reviewers, page=index.page_ptr, permission=change_page)


def refuse_publishing_forbidden_claims(sender, instance, raw=False, **kwargs):
    """Whatever publishes an article (approval, translation, schedule, script), a forbidden claim stops it."""
    if not raw and is_being_published(instance):
        check_claims_before_publishing(instance)


def register_signal_handlers():
    post_save.connect(assign_medical_review, sender=TreatmentIndexPage, dispatch_uid="assign_medical_review")
    pre_save.connect(refuse_publishing_forbidden_claims, sender=TreatmentPage, dispatch_uid="forbidden_claims")
