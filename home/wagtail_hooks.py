"""Admin registration of the clinic's translatable texts."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ClinicText


class ClinicTextViewSet(SnippetViewSet):
    model = ClinicText
    icon = "doc-full"
    menu_label = "Clinic texts"
    list_display = ["tagline", "locale"]


register_snippet(ClinicTextViewSet)
