"""Who may publish a treatment article.

On a medical site an article must not go live without a medical reviewer's approval. Wagtail lets any
user with "publish" permission skip a workflow, so treatment pages replace that rule: only members of
"Medical reviewers" (and superusers) can publish English articles. Editors and moderators submit to
the "Medical review" workflow; a reviewer's approval publishes (Wagtail publishes an approved revision
as the approving user, so the approver must be allowed to publish). Translations of a reviewed article
follow ordinary page permissions, so translators publish them.
"""

from django.utils.functional import cached_property
from wagtail.models import Locale, PagePermissionTester

MEDICAL_REVIEWERS_GROUP = "Medical reviewers"
MEDICAL_REVIEW_WORKFLOW = "Medical review"


class MedicalReviewPermissionMixin:
    @cached_property
    def may_publish_treatments(self):
        user = self.user
        if not user.is_active:
            return False
        return user.is_superuser or user.groups.filter(name=MEDICAL_REVIEWERS_GROUP).exists()

    @cached_property
    def is_source_language(self):
        """Translations are published by translators with page permissions on their language's tree."""
        return self.page.locale_id == Locale.get_default().pk


class TreatmentPagePermissionTester(MedicalReviewPermissionMixin, PagePermissionTester):
    def can_publish(self):
        if not self.is_source_language:
            return super().can_publish()
        return self.may_publish_treatments


class TreatmentIndexPermissionTester(MedicalReviewPermissionMixin, PagePermissionTester):
    def can_publish_subpage(self):
        if not self.is_source_language:
            return super().can_publish_subpage()
        return self.may_publish_treatments
