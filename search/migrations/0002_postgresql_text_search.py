"""PostgreSQL only: accent-folding text-search configurations per language, trigram and GIN indexes.

Other databases skip this migration's SQL (the portable engine stems in Python). The extensions need a
role allowed to create them (the database owner on PostgreSQL 13+ for these two trusted extensions).
"""

from django.db import migrations

CONFIGURATIONS = {"clinic_english": "english", "clinic_simple": "simple", "clinic_spanish": "spanish"}
WORD_TOKENS = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"

CREATE_INDEXES = [
    "CREATE INDEX IF NOT EXISTS search_document_vector_gin ON search_searchdocument USING gin (search_vector)",
    "CREATE INDEX IF NOT EXISTS search_term_trigram_gin ON search_searchterm USING gin (term gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS search_suggestion_trigram_gin ON search_suggestion USING gin (folded gin_trgm_ops)",
]
DROP_INDEXES = [
    "DROP INDEX IF EXISTS search_document_vector_gin",
    "DROP INDEX IF EXISTS search_term_trigram_gin",
    "DROP INDEX IF EXISTS search_suggestion_trigram_gin",
]


def configuration_sql(name, stemmer):
    """A copy of a built-in configuration that strips accents before stemming ("acné" and "acne" meet)."""
    dictionary = "simple" if stemmer == "simple" else f"{stemmer}_stem"
    return f"""
        DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}') THEN
                CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{stemmer});
                ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {WORD_TOKENS} WITH unaccent, {dictionary};
            END IF;
        END $$;
    """


def install(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for name, stemmer in CONFIGURATIONS.items():
        schema_editor.execute(configuration_sql(name, stemmer))
    for statement in CREATE_INDEXES:
        schema_editor.execute(statement)


def uninstall(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in DROP_INDEXES:
        schema_editor.execute(statement)
    for name in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_index")]

    operations = [migrations.RunPython(install, uninstall)]
