"""Tell translators, by e-mail and in their own language, what awaits them.

Two events reach a language's translator group: content submitted for translation into that language,
and a live translation that fell behind its English original (strings to translate again). Events of
one transaction are gathered and sent once it has committed, as a django-tasks task (the task backend
Wagtail itself uses), so a submission of a page and its related snippets is one e-mail, and a failing
mail server never undoes an editor's work. Each e-mail also lists everything else still awaiting that
translator, with links that open the translation editor (or start the translation).
"""

import logging
import threading
from collections import defaultdict

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation as django_translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks import task
from wagtail.models import Locale
from wagtail_localize.models import Translation

from .completeness import gaps_for_instance
from .translators import translator_groups
from .worklist import language_in_sentence, worklist

logger = logging.getLogger(__name__)

SUBMITTED = "submitted"
OUTDATED = "outdated"

_pending = threading.local()


def notify_later(translation, event):
    """Remember that `translation` was submitted or became outdated; send once the transaction commits."""
    batch = getattr(_pending, "batch", None)
    if batch is None:
        batch = _pending.batch = defaultdict(lambda: defaultdict(set))
    batch[translation.target_locale_id][event].add(translation.pk)
    transaction.on_commit(send_pending)


def send_pending():
    """Enqueue one notice per language for everything gathered (later callbacks of the batch find nothing)."""
    batch = getattr(_pending, "batch", None)
    _pending.batch = None
    for locale_id, events in (batch or {}).items():
        try:
            send_translation_notice.enqueue(locale_id, {event: sorted(pks) for event, pks in events.items()})
        except Exception:  # noqa: BLE001 - a notice is never worth failing the editor's request
            logger.exception("Could not enqueue the translation notice for locale %s", locale_id)


def translators_for(locale):
    group_name = translator_groups().get(locale.language_code)
    if not group_name:
        return []
    return list(
        get_user_model()
        .objects.filter(groups__name=group_name, is_active=True)
        .exclude(email="")
        .select_related("wagtail_userprofile")
    )


def language_of(user, locale):
    """The translator's admin language if they chose one, else the language they translate into."""
    profile = getattr(user, "wagtail_userprofile", None)
    return (profile.preferred_language if profile is not None else "") or locale.language_code


def absolute(url):
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{url}"


@task()
def send_translation_notice(locale_id, events):
    """E-mail each translator of the locale what was submitted, what fell behind, and what else awaits."""
    locale = Locale.objects.filter(pk=locale_id).first()
    if locale is None:
        return 0
    changed = {
        event: list(Translation.objects.filter(pk__in=pks, enabled=True).select_related("source"))
        for event, pks in events.items()
    }
    if not any(changed.values()):
        return 0  # rolled back or disabled since
    sent = 0
    work_by_language = {}  # labels and kinds are in the reader's language: one worklist per language
    for user in translators_for(locale):
        language = language_of(user, locale)
        with django_translation.override(language):
            if language not in work_by_language:
                work_by_language[language] = worklist([locale])
            notice = compose_notice(user, locale, changed, work_by_language[language])
        if notice is not None:
            sent += send_mail(*notice, None, [user.email], fail_silently=False)
    return sent


def notify_outdated_translations(source):
    """After the English source was re-extracted: live translations now missing strings fell behind."""
    for translation in source.translations.filter(enabled=True).select_related("target_locale"):
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            continue
        if getattr(target, "live", True) and gaps_for_instance(target):
            notify_later(translation, OUTDATED)


def compose_notice(user, locale, changed, work):
    items = {item.status.source_key: item for item in work}
    submitted = lines_for(changed.get(SUBMITTED, []), items)
    outdated = lines_for(changed.get(OUTDATED, []), items)
    named = {line["key"] for line in submitted + outdated}
    language = language_in_sentence(locale)
    context = {
        "user": user,
        "language": language,
        "submitted": submitted,
        "outdated": outdated,
        "others": len([key for key in items if key not in named]),
        "report_url": absolute(f"{reverse('localization_translation_status')}?locale={locale.language_code}"),
        "dashboard_url": absolute(reverse("wagtailadmin_home")),
    }
    named_lines = submitted + outdated
    if not named_lines:
        return None
    if len(named_lines) == 1:
        subject = _("“%(title)s” awaits translation into %(language)s") % {
            "title": named_lines[0]["label"],
            "language": language,
        }
    else:
        subject = ngettext(
            "“%(title)s” and %(count)s more item await translation into %(language)s",
            "“%(title)s” and %(count)s more items await translation into %(language)s",
            len(named_lines) - 1,
        ) % {"title": named_lines[0]["label"], "count": len(named_lines) - 1, "language": language}
    body = render_to_string("localization/emails/translation_notice.txt", context)
    return f"[{settings.WAGTAIL_SITE_NAME}] {subject}", body


def lines_for(translations, items):
    """The e-mail's lines for the translations named by the event that still await work."""
    lines = []
    for translation in translations:
        item = items.get(translation.source.object_id)
        if item is None:  # finished in the meantime
            continue
        status = item.status
        lines.append(
            {
                "key": status.source_key,
                "label": status.label,
                "kind": status.model_name,
                "translated": status.translated,
                "total": status.total,
                "is_page": status.is_page,
                "url": absolute(reverse("wagtailadmin_home") if item.starts_translation else item.url),
            }
        )
    return sorted(lines, key=lambda line: not line["is_page"])  # the article first, its snippets after
