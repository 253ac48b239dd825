from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from appointments.retention import anonymise, due_for_anonymising, parse_age


class Command(BaseCommand):
    help = (
        "Anonymise appointment requests older than --older-than (e.g. 365d): their personal data is erased. Run daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than",
            default=f"{settings.APPOINTMENTS_RETENTION_DAYS}d",
            help="Age in days, e.g. 365d (default: APPOINTMENTS_RETENTION_DAYS, 365).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Say how many would be anonymised; change nothing.")

    def handle(self, *args, **options):
        try:
            age = parse_age(options["older_than"])
        except ValueError as error:
            raise CommandError(str(error)) from None
        due = due_for_anonymising(age)
        if options["dry_run"]:
            self.stdout.write(f"{due.count()} appointment request(s) older than {age.days} days would be anonymised.")
            return
        count = anonymise(due)
        self.stdout.write(f"{count} appointment request(s) older than {age.days} days anonymised.")
