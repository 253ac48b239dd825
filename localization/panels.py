"""The translator's dashboard panel: what awaits translation in their languages, most urgent first."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from .translators import is_translator, works_on_translations
from .worklist import language_in_sentence, target_locales_for, worklist

PANEL_LENGTH = 10


class TranslationWorkPanel(Component):
    name = "translation_work"
    template_name = "localization/panels/translation_work.html"
    order = 90  # above Wagtail's own panels: for a translator this is the day's work

    def __init__(self, request):
        self.request = request

    @staticmethod
    def is_shown_to(user):
        """Translators see their work; administrators see every language's."""
        return works_on_translations(user) and (user.is_superuser or is_translator(user))

    def get_context_data(self, parent_context):
        user = self.request.user
        locales = target_locales_for(user)
        items = worklist(locales)
        report = reverse("localization_translation_status")
        return {
            "items": items[:PANEL_LENGTH],
            "more": max(len(items) - PANEL_LENGTH, 0),
            "languages": ", ".join(language_in_sentence(locale) for locale in locales),
            "report_url": f"{report}?state=needs_translation"
            + (f"&locale={locales[0].language_code}" if len(locales) == 1 else ""),
            "csrf_token": parent_context.get("csrf_token"),
            "request": self.request,
        }
