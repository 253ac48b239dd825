"""Who may publish a treatment article.

On a medical site an article must not go live without a medical reviewer's approval. Wagtail lets any
user with "publish" permission skip a workflow, so treatment pages replace that rule: only members of
"Medical reviewers" (and superusers) can publish them. Editors and moderators submit to the "Medical
review" workflow; a reviewer's approval publishes (Wagtail publishes an approved revision as the
approving user, so the approver must be allowed to publish).
"""

from django.utils.functional import cached_property
from wagtail.models import PagePermissionTester

MEDICAL_REVIEWERS_GROUP = "Medical reviewers"
MEDICAL_REVIEW_WORKFLOW = "Medical review"


class MedicalReviewPermissionMixin:
    @cached_property
    def may_publish_treatments(self):
        user = self.user
        if not user.is_active:
            return False
        return user.is_superuser or user.groups.filter(name=MEDICAL_REVIEWERS_GROUP).exists()


class TreatmentPagePermissionTester(MedicalReviewPermissionMixin, PagePermissionTester):
    def can_publish(self):
        return self.may_publish_treatments


class TreatmentIndexPermissionTester(MedicalReviewPermissionMixin, PagePermissionTester):
    def can_publish_subpage(self):
        return self.may_publish_treatments
