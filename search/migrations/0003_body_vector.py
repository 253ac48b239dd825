"""The body gets a vector of its own, so ranking reads only the short title/concerns/summary vector.

Documents indexed before this migration keep the body in `search_vector` and still match; run
``manage.py update_index`` to move it.
"""

import django.contrib.postgres.search
from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS search_document_body_gin ON search_searchdocument USING gin (body_vector)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS search_document_body_gin")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_postgresql_text_search")]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="body_vector",
            field=django.contrib.postgres.search.SearchVectorField(blank=True, null=True),
        ),
        migrations.RunPython(create_index, drop_index),
    ]
