"""Attach the medical review workflow, and its reviewers, to every source-language treatment index.

Translations are published by translators through wagtail-localize, which does not run workflows.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save, pre_save
from django.utils.translation import gettext as _
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.models import GroupPagePermission, Locale, Workflow, WorkflowPage

from localization.completeness import synced_translation_of
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


def check_before_publishing(sender, instance, raw=False, **kwargs):
    """Whatever publishes an article (approval, translation, schedule, script), a forbidden claim stops it, and
    an English article never goes live as a synced translation of another language: only approval signs it."""
    if raw or not is_being_published(instance):
        return
    if instance.locale_id == Locale.get_default().pk and synced_translation_of(instance) is not None:
        raise PublishPermissionError(_("An English article goes live by medical approval, not as a translation."))
    check_claims_before_publishing(instance)


def register_signal_handlers():
    post_save.connect(assign_medical_review, sender=TreatmentIndexPage, dispatch_uid="assign_medical_review")
    pre_save.connect(check_before_publishing, sender=TreatmentPage, dispatch_uid="treatments_check_before_publishing")
