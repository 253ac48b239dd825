"""Reports › Terminology: Spanish strings that do not use the glossary's approved terms."""

import datetime

from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale

from localization.terminology import terminology_findings
from localization.views.access import TranslationReportAccessMixin, TranslationReportMenuItem

REPORT_LANGUAGE = "es"


class TerminologyReportMenuItem(TranslationReportMenuItem):
    pass


class TerminologyReportView(TranslationReportAccessMixin, ReportView):
    page_title = _("Terminology")
    header_icon = "openquote"
    index_url_name = "localization_terminology_report"
    index_results_url_name = "localization_terminology_report_results"
    no_results_message = _("Every Spanish translation uses the glossary's approved terms.")
    list_export = ["object_type", "object_label", "where", "term", "expected", "english", "spanish"]
    export_headings = {
        "object_type": _("Type"),
        "object_label": _("Content"),
        "where": _("Field"),
        "term": _("Term"),
        "expected": _("Approved Spanish"),
        "english": _("English"),
        "spanish": _("Spanish"),
    }

    def get_filename(self):
        return f"terminology-report-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        locale = Locale.objects.filter(language_code=REPORT_LANGUAGE).first()
        return terminology_findings(locale) if locale else []

    @cached_property
    def columns(self):
        user = self.request.user
        return [
            TitleColumn("object_label", label=_("Content"), get_url=lambda finding: finding.edit_url(user)),
            Column("object_type", label=_("Type")),
            Column("where", label=_("Field")),
            Column("term", label=_("Term")),
            Column("expected", label=_("Approved Spanish")),
            Column("spanish", label=_("Spanish text")),
            Column("english", label=_("English text")),
        ]


def report_urls():
    return [
        path("reports/terminology/", TerminologyReportView.as_view(), name="localization_terminology_report"),
        path(
            "reports/terminology/results/",
            TerminologyReportView.as_view(results_only=True),
            name="localization_terminology_report_results",
        ),
    ]


def report_menu_item():
    return TerminologyReportMenuItem(
        TerminologyReportView.page_title,
        reverse("localization_terminology_report"),
        name="terminology",
        icon_name="openquote",
        order=1300,
    )
