"""Lint the Spanish translations against the glossary: one line per finding, exit status 1 if any."""

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from localization.terminology import terminology_findings


class Command(BaseCommand):
    help = (
        "List translated strings whose English source uses a glossary term while the translation does not use "
        "the approved term. Exits with status 1 when anything is found, like a linter."
    )

    def add_arguments(self, parser):
        parser.add_argument("--locale", default="es", help="Language code of the translations to check (default: es).")

    def handle(self, *args, locale, **options):
        try:
            target = Locale.objects.get(language_code=locale)
        except Locale.DoesNotExist as error:
            raise CommandError(f"No locale with language code {locale!r}.") from error
        findings = terminology_findings(target)
        for finding in findings:
            self.stdout.write(finding.as_line())
        if findings:
            noun = "finding" if len(findings) == 1 else "findings"
            raise CommandError(f"{len(findings)} terminology {noun} in {locale}.", returncode=1)
        self.stdout.write(self.style.SUCCESS(f"No terminology findings in {locale}."))
