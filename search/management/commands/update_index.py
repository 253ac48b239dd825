"""``manage.py update_index``: Wagtail's index rebuild, then the clinic's per-language search index."""

from wagtail.search.management.commands.update_index import Command as WagtailUpdateIndex

from delivery.caching import invalidate
from delivery.dependencies import SEARCH
from search.documents import rebuild_index


class Command(WagtailUpdateIndex):
    help = "Rebuild Wagtail's search index and the per-language index of the public search."

    def handle(self, **options):
        super().handle(**options)
        count = rebuild_index()
        invalidate([SEARCH])  # cached search answers were built from the old index
        if options.get("verbosity", 1):
            self.stdout.write(f"Public search: {count} pages indexed.")
