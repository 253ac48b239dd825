"""``manage.py import_translations FILE…``: apply PO files returned by a translation agency."""

from django.core.management.base import BaseCommand, CommandError

from localization.po import import_po_file


class Command(BaseCommand):
    help = (
        "Apply translated PO files written by export_translations (or wagtail-localize's own download). Each file "
        "is matched to its translation by the X-WagtailLocalize-TranslationID header. A file that cannot be parsed, "
        "has no or an unknown translation id, belongs to a disabled translation or whose Language header is not the "
        "translation's language is refused as a whole, and the command then exits with an error after the other "
        "files are done. In an accepted file, a non-empty, non-fuzzy msgstr replaces the existing translation of "
        "the same string in the same place; empty msgstr never delete anything. Strings whose msgid/msgctxt are "
        "not in the English source (unknown) or whose HTML is broken or whose links differ from the English "
        "(rejected) are listed and skipped, and leave the existing translation as it was; they do not make the "
        "command fail. Imported strings are not published: save or publish the translation afterwards."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="PO files to import.")

    def handle(self, *args, files, **options):
        refused = []
        for path in files:
            report = import_po_file(path)
            if report.ok:
                style = self.style.WARNING if report.rejected or report.unknown else self.style.SUCCESS
                self.stdout.write(style(report.summary_line()))
                for line in report.detail_lines():
                    self.stdout.write(line)
            else:
                self.stderr.write(self.style.ERROR(report.summary_line()))
                refused.append(report.path.name)
        if refused:
            raise CommandError(
                f"{len(refused)} of {len(files)} file{'' if len(files) == 1 else 's'} refused, nothing of "
                f"{'it' if len(refused) == 1 else 'them'} applied: {', '.join(refused)}"
            )
