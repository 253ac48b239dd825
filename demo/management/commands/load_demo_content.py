"""``manage.py load_demo_content``: the demo site in English and Spanish, safe to run again."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from demo.errors import DemoContentError
from demo.loader import load_demo_content


class Command(BaseCommand):
    help = (
        "Load the English demo content: the home page (replacing Wagtail's welcome page) as the default site's "
        "root, the treatment index, a privacy notice, the clinic settings and texts, specialties, concerns, "
        "reviewers, generated illustrations and four treatment articles, all published. Then translate all of it "
        "into Spanish through wagtail-localize, from the reviewed text in demo/translations/spanish.py, and "
        "publish the Spanish versions (/es/…). Creates only what is missing and leaves anything that already "
        "exists untouched (found by slug, licence number or image title; a live Spanish version is kept as it "
        "is), so running it again changes nothing and never overwrites an editor's changes. An English string "
        "without Spanish stops the command and leaves the database as it was. To reset a demo object, delete it "
        "and run the command again."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--english-only",
            action="store_true",
            help="Load the English demo content only; do not translate it into Spanish.",
        )

    def handle(self, *args, **options):
        try:
            report = load_demo_content(spanish=not options["english_only"])
        except DemoContentError as error:
            raise CommandError(str(error)) from error
        except DatabaseError as error:
            first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
            raise CommandError(f"database error ({first_line}); has `manage.py migrate` been run?") from error
        self.stdout.write(report.summary())
