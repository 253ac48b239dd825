"""The medical review's reports: reviews due, and forbidden claims in live articles.

Both are for reviewers (what to re-check), editors (what to chase) and administrators, filterable and
exportable like Wagtail's own reports. *Medical reviews due* lists live articles whose review has lapsed
or lapses within 30 days (``treatments.due_reviews``); *Forbidden claims* lists live articles whose
wording matches the list without an override (``treatments.claims``).
"""

from dataclasses import dataclass

import django_filters
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from .claims import unallowed_claims
from .due_reviews import due_conditions, due_reviews
from .models import Reviewer, Specialty, TreatmentIndexPage, TreatmentPage, content_languages
from .review_dates import DUE_SOON, OVERDUE, STATUS_LABELS


def may_follow_reviews(user):
    """Administrators, and whoever may edit the English treatment articles (editors, moderators, reviewers)."""
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    indexes = TreatmentIndexPage.objects.filter(locale=Locale.get_default())
    return any(index.permissions_for_user(user).can_edit() for index in indexes)


def source_specialties(request):
    return Specialty.objects.filter(locale=Locale.get_default())


def source_reviewers(request):
    return Reviewer.objects.filter(locale=Locale.get_default())


class DueReviewFilterSet(WagtailFilterSet):
    specialty = django_filters.ModelChoiceFilter(
        label=_("Specialty"), queryset=source_specialties, empty_label=_("All")
    )
    reviewer = django_filters.ModelChoiceFilter(label=_("Reviewer"), queryset=source_reviewers, empty_label=_("All"))
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[(OVERDUE, STATUS_LABELS[OVERDUE]), (DUE_SOON, STATUS_LABELS[DUE_SOON])],
        empty_label=_("Overdue or due soon"),
        method="keep_status",
    )

    class Meta:
        model = TreatmentPage
        fields = ["specialty", "reviewer"]

    def keep_status(self, queryset, name, value):
        return queryset.filter(due_conditions(timezone.localdate())[value]) if value else queryset


class FollowReviewsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_follow_reviews(request.user)


class MedicalReviewReportView(ReportView):
    """A report for those who follow the medical review (``may_follow_reviews``), at ``reports/<slug>/``."""

    slug = ""
    icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        if not may_follow_reviews(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_filename(self):
        return f"{self.slug}-{timezone.localdate():%Y-%m-%d}"

    @classmethod
    def urls(cls):
        return [
            path(f"reports/{cls.slug}/", cls.as_view(), name=cls.index_url_name),
            path(f"reports/{cls.slug}/results/", cls.as_view(results_only=True), name=cls.index_results_url_name),
        ]

    @classmethod
    def menu_item(cls, order):
        url = reverse(cls.index_url_name)
        return FollowReviewsMenuItem(cls.page_title, url, name=cls.slug, icon_name=cls.icon, order=order)


class DueReviewReportView(MedicalReviewReportView):
    slug = "medical-reviews-due"
    icon = header_icon = "doc-full-inverse"
    page_title = _("Medical reviews due")
    template_name = "treatments/reports/due_reviews.html"
    results_template_name = "treatments/reports/due_reviews_results.html"
    index_url_name = "treatments_due_reviews"
    index_results_url_name = "treatments_due_reviews_results"
    filterset_class = DueReviewFilterSet
    no_results_message = _("No live article's medical review is overdue or due within 30 days.")
    list_export = ["title", "specialty", "reviewer", "last_reviewed", "next_review_due", "review_status_label"]
    export_headings = {
        "title": _("Title"),
        "specialty": _("Specialty"),
        "reviewer": _("Reviewer"),
        "last_reviewed": _("Last reviewed"),
        "next_review_due": _("Next review due"),
        "review_status_label": _("Status"),
    }

    def get_queryset(self):
        return due_reviews()


# --- Reports › Forbidden claims in live articles ----------------------------------------------------------


class ClaimFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=content_languages, empty_label=_("All"), method="keep_language"
    )

    class Meta:
        model = TreatmentPage
        fields = []

    def keep_language(self, queryset, name, value):
        return queryset.filter(locale__language_code=value) if value else queryset


class ClaimReportView(MedicalReviewReportView):
    """Live articles whose wording matches the list of forbidden claims without an override.

    Publishing refuses such wording, so a row appears when the list changed after an article went live
    (or an override was removed): the article stays live until someone rewords it or a reviewer decides.
    """

    slug = "forbidden-claims"
    page_title = _("Forbidden claims in live articles")
    header_icon = "warning"
    template_name = "treatments/reports/claims.html"
    results_template_name = "treatments/reports/claims_results.html"
    index_url_name = "treatments_claims"
    index_results_url_name = "treatments_claims_results"
    filterset_class = ClaimFilterSet
    no_results_message = _("No live article uses a phrase from the list without a reviewer's override.")
    list_export = ["page.title", "page.locale.language_code", "claim.rule.phrase", "claim.where", "claim.text"]
    export_headings = {
        "page.title": _("Title"),
        "page.locale.language_code": _("Language"),
        "claim.rule.phrase": _("Phrase"),
        "claim.where": _("Where"),
        "claim.text": _("Text"),
    }

    def get_queryset(self):
        return TreatmentPage.objects.live().select_related("locale").order_by("locale__language_code", "title")

    def get_filtered_queryset(self):
        pages = self.filter_queryset(self.get_queryset())
        return [ClaimRow(page, claim) for page in pages for claim in unallowed_claims(page)]


@dataclass(frozen=True)
class ClaimRow:
    page: TreatmentPage
    claim: object


def report_urls():
    return DueReviewReportView.urls() + ClaimReportView.urls()
