"""What matches a search is one vector with every field (A–D), with a GIN index: one index lookup finds the
matches, and whether a page has every word is a second lookup instead of joining two vectors per row.

`body_vector` goes: `whole_vector` holds the body too. Existing documents get theirs from the two vectors
they have, so nothing needs re-indexing.
"""

import django.contrib.postgres.search
from django.db import migrations

CREATE_INDEX = "CREATE INDEX IF NOT EXISTS search_document_whole_gin ON search_searchdocument USING gin (whole_vector)"


def fill_and_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "UPDATE search_searchdocument SET whole_vector = "
            "coalesce(search_vector, ''::tsvector) || coalesce(body_vector, ''::tsvector)"
        )
        schema_editor.execute(CREATE_INDEX)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_document_whole_gin")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_term_document_counts")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="whole_vector",
            field=django.contrib.postgres.search.SearchVectorField(blank=True, null=True),
        ),
        migrations.RunPython(fill_and_index, drop_index),
        migrations.RemoveField(model_name="searchdocument", name="body_vector"),
    ]
