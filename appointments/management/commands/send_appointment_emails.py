from django.core.management.base import BaseCommand

from appointments.notifications import send_due


class Command(BaseCommand):
    help = "Send the appointment e-mails that are due (first attempts missed and retries). Run it every minute."

    def handle(self, *args, **options):
        attempted = send_due()
        sent = sum(1 for email in attempted if email.status == email.Status.SENT)
        self.stdout.write(f"{len(attempted)} appointment e-mail(s) attempted, {sent} sent.")
