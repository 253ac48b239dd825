"""The dashboard panel of medical reviews due: a reviewer sees theirs; editors and administrators see all."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from .due_reviews import due_reviews
from .reports import may_follow_reviews
from .review import reviewer_profile

PANEL_LENGTH = 10


class DueReviewsPanel(Component):
    name = "medical_reviews_due"
    template_name = "treatments/panels/due_reviews.html"
    order = 95

    def __init__(self, request):
        self.request = request

    @staticmethod
    def is_shown_to(user):
        return may_follow_reviews(user)

    def get_context_data(self, parent_context):
        articles = due_reviews()
        profile = reviewer_profile(self.request.user)
        report_url = reverse("treatments_due_reviews")
        if profile is not None:
            articles = articles.filter(reviewer=profile)
            report_url += f"?reviewer={profile.pk}"
        articles = list(articles[: PANEL_LENGTH + 1])
        return {
            "articles": articles[:PANEL_LENGTH],
            "more": len(articles) > PANEL_LENGTH,
            "own": profile is not None,
            "report_url": report_url,
        }
