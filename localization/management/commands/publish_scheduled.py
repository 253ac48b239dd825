"""Wagtail's `publish_scheduled`, which first takes refused revisions off the schedule.

The publishing guards refuse a translated revision written while strings were missing, and whatever an app
registered (``register_publish_check``: forbidden claims…); inside Wagtail's loop a refusal would stop the
whole run, so every later scheduled page would wait forever. Such revisions are unscheduled first, each
with a one-line reason, and everything else publishes as usual.
(This app is listed before Wagtail in INSTALLED_APPS, so this command replaces Wagtail's.)
"""

from django.utils import timezone
from wagtail.management.commands.publish_scheduled import Command as WagtailPublishScheduled
from wagtail.models import Revision

from localization.guards import publish_refusal


class Command(WagtailPublishScheduled):
    def handle(self, *args, **options):
        if not options.get("dryrun"):
            for revision, reason in refused_revisions_due():
                Revision.objects.filter(pk=revision.pk).update(approved_go_live_at=None)
                self.stderr.write(f"Not published, taken off the schedule: {reason}")
        super().handle(*args, **options)


def refused_revisions_due():
    due = Revision.objects.filter(approved_go_live_at__lt=timezone.now()).order_by("approved_go_live_at")
    for revision in due:
        instance = revision.as_object()
        if not hasattr(instance, "locale_id"):
            continue
        reason = publish_refusal(instance, revision.pk)
        if reason:
            yield revision, reason
