"""Retry publish notifications whose next attempt is due; run it every minute from cron.

With Django's immediate task backend (the default) this is what makes the retries happen; with a
worker backend it is a safety net for deliveries whose task was lost.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from delivery.models import WebhookDelivery
from delivery.webhooks import deliver_due


class Command(BaseCommand):
    help = "Attempt every pending frontend webhook whose next attempt is due."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500, help="At most this many deliveries per run.")
        parser.add_argument(
            "--prune-days",
            type=int,
            default=None,
            help="Also delete delivered and failed deliveries older than this many days.",
        )

    def handle(self, *args, limit, prune_days, **options):
        attempted = deliver_due(limit=limit)
        delivered = sum(1 for delivery in attempted if delivery.status == WebhookDelivery.Status.DELIVERED)
        failed = sum(1 for delivery in attempted if delivery.status == WebhookDelivery.Status.FAILED)
        self.stdout.write(
            f"{len(attempted)} attempted: {delivered} delivered, {failed} failed for good, "
            f"{len(attempted) - delivered - failed} to retry."
        )
        if prune_days is not None:
            cutoff = timezone.now() - timedelta(days=prune_days)
            pruned, _by_model = (
                WebhookDelivery.objects.exclude(status=WebhookDelivery.Status.PENDING)
                .filter(updated_at__lt=cutoff)
                .delete()
            )
            self.stdout.write(f"{pruned} old deliveries pruned.")
