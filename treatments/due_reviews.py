"""Live articles whose medical review has lapsed or lapses soon: what the report, the dashboard and the e-mails list.

Only English articles are listed: a Spanish page shows the review of its English original, and
re-approving the English one is what renews both.
"""

import datetime

from django.db.models import F, Q
from django.utils import timezone
from wagtail.models import Locale

from .models import TreatmentPage
from .review_dates import DUE_SOON, DUE_SOON_DAYS, OVERDUE, review_period


def due_conditions(today):
    """{status: condition on ``last_reviewed``} for the two statuses that need a reviewer, by ``review_status``."""
    lapses_today = today - review_period()  # an article reviewed before this day is overdue
    return {
        OVERDUE: Q(last_reviewed__lt=lapses_today) | Q(last_reviewed=None),
        DUE_SOON: Q(
            last_reviewed__gte=lapses_today, last_reviewed__lte=lapses_today + datetime.timedelta(days=DUE_SOON_DAYS)
        ),
    }


def due_reviews(today=None, status=None):
    """Live English articles overdue or due within ``DUE_SOON_DAYS``, the longest lapsed first.

    ``status`` (``overdue`` or ``due_soon``) keeps one kind. A live article never reviewed counts as overdue.
    """
    conditions = due_conditions(today or timezone.localdate())
    due = conditions[status] if status else conditions[OVERDUE] | conditions[DUE_SOON]
    articles = TreatmentPage.objects.live().filter(due, locale=Locale.get_default())
    return articles.select_related("specialty", "reviewer", "reviewer__user").order_by(
        F("last_reviewed").asc(nulls_first=True), "title", "pk"
    )
