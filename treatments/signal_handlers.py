"""Attach the medical review workflow to every source-language treatment index as it is created.

Translations are published by translators through wagtail-localize, which does not run workflows.
"""

from django.db.models.signals import post_save
from wagtail.models import Locale, Workflow, WorkflowPage

from .models import TreatmentIndexPage
from .permissions import MEDICAL_REVIEW_WORKFLOW


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


def register_signal_handlers():
    post_save.connect(assign_medical_review, sender=TreatmentIndexPage, dispatch_uid="assign_medical_review")
