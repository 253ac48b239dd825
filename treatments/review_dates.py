"""When an article's medical review is due again, and what the public is told about it.

One rule for every place that shows it (the page, the API, the reports, the reviewers' e-mails): a
review lasts ``MEDICAL_REVIEW_PERIOD_DAYS`` (365 by default) from the day it was approved; within
``DUE_SOON_DAYS`` of its end it is due soon; after its end it has lapsed (overdue), and the article
keeps its content but says so.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

DEFAULT_PERIOD_DAYS = 365
DUE_SOON_DAYS = 30

CURRENT, DUE_SOON, OVERDUE = "current", "due_soon", "overdue"
REVIEW_STATUSES = (CURRENT, DUE_SOON, OVERDUE)
STATUS_LABELS = {CURRENT: _("Current"), DUE_SOON: _("Due soon"), OVERDUE: _("Overdue")}


def review_period():
    return datetime.timedelta(days=int(getattr(settings, "MEDICAL_REVIEW_PERIOD_DAYS", DEFAULT_PERIOD_DAYS)))


def review_due_date(last_reviewed):
    """The day the review lapses, or None for an article never reviewed."""
    return last_reviewed + review_period() if last_reviewed else None


def review_status(last_reviewed, today=None):
    """``current``, ``due_soon`` or ``overdue`` (an article never reviewed is overdue)."""
    today = today or timezone.localdate()
    due = review_due_date(last_reviewed)
    if due is None or due < today:
        return OVERDUE
    if due <= today + datetime.timedelta(days=DUE_SOON_DAYS):
        return DUE_SOON
    return CURRENT


def reviewed_on_or_before_for_due(day):
    """The latest review date whose review is due on or before ``day`` (for filtering in SQL)."""
    return day - review_period()
