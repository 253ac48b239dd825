"""Start a translation: the action behind "Start translation" in the status report, dashboard and e-mails.

wagtail-localize's "Translate" action belongs to whoever may submit the English original (editors); a
translator may not open English pages at all. Starting the translation into a language the person
translates for creates it exactly as submitting would (the page's untranslated parents become aliases,
related snippets are submitted too), then opens the translation editor.
"""

from django.apps import apps
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.operations import TranslationCreator

from localization.translators import translatable_locale_ids, works_on_translations
from localization.worklist import edit_url


def may_start_translation(user, locale):
    allowed = translatable_locale_ids(user)
    return works_on_translations(user) and (allowed is None or locale.pk in allowed)


def source_instance(app_label, model_name, pk):
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    if not issubclass(model, TranslatableMixin):
        raise Http404
    instance = get_object_or_404(model, pk=unquote(pk))
    if instance.locale_id != Locale.get_default().pk:
        raise Http404
    return instance.specific if isinstance(instance, Page) else instance


@require_POST
def start_translation(request, app_label, model_name, pk, language_code):
    locale = get_object_or_404(Locale.objects.exclude(pk=Locale.get_default().pk), language_code=language_code)
    if not may_start_translation(request.user, locale):
        raise PermissionDenied
    instance = source_instance(app_label, model_name, pk)
    target = instance.get_translation_or_none(locale)
    if target is None or getattr(target, "alias_of_id", None):
        with transaction.atomic():
            TranslationCreator(request.user, [locale]).create_translations(instance)
        target = instance.get_translation(locale)
        messages.success(
            request,
            _("Translation of “%(title)s” into %(language)s started.")
            % {"title": instance, "language": locale.get_display_name()},
        )
    return redirect(edit_url(type(target), target.pk))
