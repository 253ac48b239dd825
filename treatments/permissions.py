"""Who may publish a treatment article.

On a medical site an article must not go live without a medical reviewer's approval, and the article
must name that reviewer. Wagtail lets any user with "publish" permission skip a workflow, so treatment
pages replace that rule: nobody publishes an English article directly. Editors, moderators and reviewers
submit to the "Medical review" workflow, and approving it publishes, signed by the approver
(``treatments.review``). Translations of a reviewed article follow ordinary page permissions, so
translators publish them. Unpublishing (taking an article down) stays with those allowed to publish
other pages.
"""

from django.utils.functional import cached_property
from wagtail.models import Locale, PagePermissionTester

MEDICAL_REVIEWERS_GROUP = "Medical reviewers"
MEDICAL_REVIEW_WORKFLOW = "Medical review"


class MedicalReviewPermissionMixin:
    @cached_property
    def is_source_language(self):
        """Translations are published by translators with page permissions on their language's tree."""
        return self.page.locale_id == Locale.get_default().pk


class TreatmentPagePermissionTester(MedicalReviewPermissionMixin, PagePermissionTester):
    def can_publish(self):
        if not self.is_source_language:
            return super().can_publish()
        return False  # published by the medical review's approval only

    # Hiding never needs a medical review: those allowed to publish other pages may take an article off a
    # schedule or restrict who sees it, as they may unpublish it (Wagtail bases both on can_publish).
    def can_unschedule(self):
        return super().can_publish()

    def can_set_view_restrictions(self):
        return super().can_publish()


class TreatmentIndexPermissionTester(MedicalReviewPermissionMixin, PagePermissionTester):
    def can_publish_subpage(self):
        if not self.is_source_language:
            return super().can_publish_subpage()
        return False  # a new article is submitted for medical review, not published
