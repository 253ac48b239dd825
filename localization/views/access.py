"""Who sees the translation reports: one rule for the menu item and the view."""

from django.core.exceptions import PermissionDenied
from wagtail.admin.menu import MenuItem

from localization.translators import works_on_translations


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return works_on_translations(request.user)


class TranslationReportAccessMixin:
    """Refuse the report to anyone outside administrators, translation submitters and translators."""

    def dispatch(self, request, *args, **kwargs):
        if not works_on_translations(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
