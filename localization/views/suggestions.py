"""What the translation editor's "Accept" buttons need (localization/static/localization/js/accept-suggestions.js).

The tools whose suggestions in this translation still await a translator's confirmation (the editor
names the tool in each suggestion's comment), and the button's words in the admin's language.
"""

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.views.edit_translation import user_can_edit_instance


def suggestion_tools(translation):
    """Names of the machine tools (translation memory included) behind unconfirmed suggestions."""
    strings = translation.source.stringsegment_set.values("string_id")
    return list(
        StringTranslation.objects.filter(
            translation_of_id__in=strings,
            locale_id=translation.target_locale_id,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
        )
        .exclude(tool_name="")
        .order_by("tool_name")
        .values_list("tool_name", flat=True)
        .distinct()
    )


def suggestions(request, translation_id):
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    return JsonResponse(
        {
            "tools": suggestion_tools(translation),
            "label": _("Accept"),
            "title": _("Accept this suggestion as the translation"),
        }
    )
