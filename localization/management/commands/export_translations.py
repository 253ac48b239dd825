"""``manage.py export_translations --locale es OUTDIR``: one PO file per translation, for an agency."""

from pathlib import Path

from django.core.exceptions import ObjectDoesNotExist
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale
from wagtail_localize.models import SourceDeletedError

from localization.po import export_translation, translations_to_export


class Command(BaseCommand):
    help = (
        "Write one PO file per page or snippet being translated (an enabled wagtail-localize translation) into "
        "the given locale. Files are named <model>-<English object's id>-<first 8 characters of the translation "
        "id>.po, e.g. treatmentpage-7-1a2b3c4d.po; the name is stable from one export to the next and the full "
        "translation id in the X-WagtailLocalize-TranslationID header is what import_translations matches. "
        "Existing translations are filled in. OUTDIR is created if missing; files of the same name are replaced."
    )

    def add_arguments(self, parser):
        parser.add_argument("outdir", help="Directory to write the PO files into (created if missing).")
        parser.add_argument("--locale", required=True, help="Language code of the target locale, e.g. 'es'.")
        parser.add_argument(
            "--outdated-only",
            action="store_true",
            help="Only translations with at least one string not (validly) translated yet.",
        )

    def handle(self, *args, outdir, locale, outdated_only, **options):
        target = Locale.objects.filter(language_code=locale).first()
        if target is None:
            known = ", ".join(Locale.objects.order_by("language_code").values_list("language_code", flat=True))
            raise CommandError(f"unknown locale '{locale}' (locales: {known or 'none'})")
        if target.pk == Locale.get_default().pk:
            raise CommandError(f"'{locale}' is the source language; nothing is translated into it")
        directory = Path(outdir)
        if directory.exists() and not directory.is_dir():
            raise CommandError(f"{directory} exists and is not a directory")
        directory.mkdir(parents=True, exist_ok=True)

        written = skipped_sources = 0
        for translation in translations_to_export(target, outdated_only=outdated_only):
            try:
                path = export_translation(translation, directory)
            except (SourceDeletedError, ObjectDoesNotExist):
                self.stderr.write(f"skipped “{translation.source.object_repr}”: its English original was deleted")
                skipped_sources += 1
                continue
            total, translated = translation.get_progress()
            self.stdout.write(
                f"{path.name}: “{translation.source.object_repr}”, {total} strings, {total - translated} to translate"
            )
            written += 1

        which = "outdated translation" if outdated_only else "translation"
        summary = f"Exported {written} {which}{'' if written == 1 else 's'} into {target.get_display_name()} "
        summary += f"({target.language_code}) to {directory}."
        if skipped_sources:
            summary += f" {skipped_sources} skipped (English original deleted)."
        self.stdout.write(summary)
