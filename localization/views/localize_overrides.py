"""Two of wagtail-localize's admin views, kept at their URLs but made to say what they did.

- Machine pre-fill reported "Successfully translated" even when the translator filled none of the
  strings; it now reports how many of the untranslated strings it filled, and says plainly when none.
- "Translate" asked the editor to tick the only other language; with one target language it is ticked.

`localization.wagtail_hooks` registers these before wagtail-localize's own URLs, so the same paths (and
the URL names the translation editor reverses) lead here.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin import messages
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import machine_translate, user_can_edit_instance
from wagtail_localize.views.submit_translations import SubmitPageTranslationView, SubmitSnippetTranslationView

from localization.completeness import untranslated_segments
from localization.machine_translators.prefill import machine_prefill


def machine_translate_counting(request, translation_id):
    translator = get_machine_translator()
    translation = Translation.objects.filter(pk=translation_id).first()
    if translator is None or translation is None:
        return machine_translate(request, translation_id)  # wagtail-localize's own 404
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    untranslated = untranslated_segments(translation).count()
    filled = machine_prefill(translation, request.user, translator)
    report_prefill(request, translator.display_name, filled, untranslated)
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


def report_prefill(request, tool, filled, untranslated):
    if not untranslated:
        messages.warning(request, _("Every string already has a translation: there was nothing to pre-fill."))
    elif not filled:
        messages.warning(
            request,
            ngettext(
                "%(tool)s filled none of the %(count)s untranslated string. Translate it yourself.",
                "%(tool)s filled none of the %(count)s untranslated strings. Translate them yourself.",
                untranslated,
            )
            % {"tool": tool, "count": untranslated},
        )
    else:
        messages.success(
            request,
            ngettext(
                "%(tool)s pre-filled %(filled)s of %(count)s untranslated string.",
                "%(tool)s pre-filled %(filled)s of %(count)s untranslated strings.",
                untranslated,
            )
            % {"tool": tool, "filled": filled, "count": untranslated}
            + " "
            + _("Check and save each suggestion: suggestions are not published until a translator confirms them."),
        )


class OnlyTargetPreselectedMixin:
    def get_form(self):
        form = super().get_form()
        choices = form.fields["locales"].queryset
        if not form.is_bound and not form.initial.get("locales") and len(choices) == 1:
            form.initial["locales"] = list(choices)
        return form


class SubmitPageTranslation(OnlyTargetPreselectedMixin, SubmitPageTranslationView):
    pass


class SubmitSnippetTranslation(OnlyTargetPreselectedMixin, SubmitSnippetTranslationView):
    pass


def localize_url_overrides():
    """The overridden paths, under wagtail-localize's own prefix (its URLs are included at 'localize/')."""
    return [
        path(
            "localize/translate/<int:translation_id>/machine_translate/",
            machine_translate_counting,
            name="localization_machine_translate",
        ),
        path(
            "localize/submit/page/<int:page_id>/",
            SubmitPageTranslation.as_view(),
            name="localization_submit_page_translation",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            SubmitSnippetTranslation.as_view(),
            name="localization_submit_snippet_translation",
        ),
    ]
