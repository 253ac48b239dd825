"""An index on ``wagtailcore_page.url_path``: the API finds a page by its path (``PageFamily.for_url_paths``).

Wagtail has none, and without it every page-by-path answer built reads the whole page table. On
PostgreSQL a hash index: it serves ``=`` and ``IN``, which is all routing asks, and has no length limit
(a B-tree entry must fit in a third of a page, which a deep tree of long slugs could exceed).
"""

from django.db import migrations

INDEX = "delivery_page_url_path"


def create_index(apps, schema_editor):
    method = "USING hash " if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page {method}(url_path)")


def drop_index(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("delivery", "0002_create_cache_table"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(create_index, drop_index)]
