"""Indexes for the treatment listing: its count and each of its orderings, whatever the size of the site.

- ``visible_treatment_count`` counts a language's live originals of the treatment page type, less those
  under a view restriction (a ``path`` prefix), from one index alone instead of joining every treatment
  row of the language.
- Each ordering (``treatments.api.ORDERINGS``) walks an index in its order and stops after the page
  asked for, instead of sorting the language: title (either way, read backwards for descending), first
  publication and last review, each direction with undated pages last.

All are partial on what listings show (live originals). SQLite gets them too, without ``NULLS LAST``,
which its indexes cannot state.
"""

from django.db import migrations

LISTED = "WHERE live AND alias_of_id IS NULL"
INDEXES = {
    "treatments_listing_count": f"wagtailcore_page (locale_id, content_type_id, path) {LISTED}",
    "treatments_listing_title": f"wagtailcore_page (locale_id, lower(title), id) {LISTED}",
    "treatments_listing_first_published": (
        f"wagtailcore_page (locale_id, first_published_at ASC NULLS LAST, lower(title), id) {LISTED}"
    ),
    "treatments_listing_first_published_desc": (
        f"wagtailcore_page (locale_id, first_published_at DESC NULLS LAST, lower(title), id) {LISTED}"
    ),
    "treatments_listing_last_reviewed": "treatments_treatmentpage (last_reviewed ASC NULLS LAST)",
    "treatments_listing_last_reviewed_desc": "treatments_treatmentpage (last_reviewed DESC NULLS LAST)",
}


def create_indexes(apps, schema_editor):
    for name, definition in INDEXES.items():
        if schema_editor.connection.vendor != "postgresql":
            definition = definition.replace(" NULLS LAST", "")
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")


def drop_indexes(apps, schema_editor):
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("treatments", "0010_editors_keep_the_claims_list"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(create_indexes, drop_indexes)]
