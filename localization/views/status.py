"""Reports › Translation status: how far each page and snippet is translated, per target language.

For translators (what to work on next) and editors (what still shows English or fell behind the
English). The figures come from `localization.status`; this module only filters, links and renders.
"""

import datetime
from dataclasses import dataclass

import django_filters
from django.apps import apps
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.models import TranslationSource

from localization.status import (
    COMPLETE,
    IN_PROGRESS,
    NEEDS_TRANSLATION,
    NOT_STARTED,
    OUTDATED,
    statuses,
    translatable_snippet_models,
)
from localization.views.access import TranslationReportAccessMixin, TranslationReportMenuItem
from localization.worklist import WorkItem, work_item


def target_locale_choices():
    default = Locale.get_default()
    return [(locale.language_code, locale.get_display_name()) for locale in Locale.objects.exclude(pk=default.pk)]


def model_choices():
    """Every page type and translatable snippet model, as 'app_label.model_name'."""
    models = [model for model in get_page_models() if model is not Page] + translatable_snippet_models()
    return [(model._meta.label_lower, capfirst(model._meta.verbose_name)) for model in models]


STATE_CHOICES = [
    (NEEDS_TRANSLATION, _("Needs translation")),
    (OUTDATED, _("Outdated")),
    (IN_PROGRESS, _("In progress")),
    (NOT_STARTED, _("Not started")),
    (COMPLETE, _("Complete")),
]
STATE_LABELS = dict(STATE_CHOICES)


class TranslationStatusFilterSet(WagtailFilterSet):
    """Filters read by the view (statuses are computed, not a queryset to filter)."""

    locale = django_filters.ChoiceFilter(label=_("Locale"), choices=target_locale_choices, empty_label=_("All"))
    state = django_filters.ChoiceFilter(label=_("State"), choices=STATE_CHOICES, empty_label=_("Any"))
    type = django_filters.ChoiceFilter(label=_("Type"), choices=model_choices, empty_label=_("All"))

    class Meta:
        model = TranslationSource
        fields = []


@dataclass(frozen=True)
class StatusRow:
    """A status with what the table needs beside it."""

    status: object
    locale_name: str
    state_label: str
    item: WorkItem  # the translation editor, or "start translation" when there is no translation yet


class TranslationStatusMenuItem(TranslationReportMenuItem):
    pass


class TranslationStatusReportView(TranslationReportAccessMixin, ReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    template_name = "localization/translation_status.html"
    results_template_name = "localization/translation_status_results.html"
    index_url_name = "localization_translation_status"
    index_results_url_name = "localization_translation_status_results"
    filterset_class = TranslationStatusFilterSet
    no_results_message = _("No pages or snippets match these filters.")
    list_export = [
        "status.model_name",
        "status.label",
        "status.locale_code",
        "state_label",
        "status.percent",
        "status.translated",
        "status.total",
        "status.machine_unreviewed",
        "status.related_missing",
        "status.last_translated",
    ]
    export_headings = {
        "status.model_name": _("Type"),
        "status.label": _("Title"),
        "status.locale_code": _("Locale"),
        "state_label": _("State"),
        "status.percent": _("% translated"),
        "status.translated": _("Translated strings"),
        "status.total": _("Strings"),
        "status.machine_unreviewed": _("Machine or memory strings awaiting review"),
        "status.related_missing": _("Related snippets missing"),
        "status.last_translated": _("Last translated"),
    }

    def get_filename(self):
        return f"translation-status-{datetime.date.today():%Y-%m-%d}"

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": TranslationSource.objects.none()}

    def chosen(self, name):
        if self.filters is None or not self.filters.is_valid():
            return ""
        return self.filters.form.cleaned_data.get(name) or ""

    def get_filtered_queryset(self):
        locales = {locale.language_code: locale for locale in Locale.objects.exclude(pk=Locale.get_default().pk)}
        codes = [self.chosen("locale")] if self.chosen("locale") else list(locales)
        model = apps.get_model(self.chosen("type")) if self.chosen("type") else None
        state = self.chosen("state") or None
        self.locales = locales
        return [status for code in codes for status in statuses(code, model=model, state=state)]

    def decorate_paginated_queryset(self, object_list):
        rows = []
        for status in object_list:
            locale = self.locales[status.locale_code]
            rows.append(
                StatusRow(
                    status=status,
                    locale_name=locale.get_display_name(),
                    state_label=STATE_LABELS[status.state],
                    item=work_item(status, locale),
                )
            )
        return rows


def report_urls():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReportView.as_view(),
            name="localization_translation_status",
        ),
        path(
            "reports/translation-status/results/",
            TranslationStatusReportView.as_view(results_only=True),
            name="localization_translation_status_results",
        ),
    ]


def report_menu_item():
    return TranslationStatusMenuItem(
        TranslationStatusReportView.page_title,
        reverse("localization_translation_status"),
        name="translation-status",
        icon_name="globe",
        order=1250,
    )
