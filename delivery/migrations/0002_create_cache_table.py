"""Create the database cache's table whenever the database cache is configured (production without Redis).

The delivery API's answers live in the cache; with Django's database cache, any command that reads a page
(the demo loader, `publish_scheduled`) needs the table. Creating it here makes `migrate` enough, like every
other table. `createcachetable` skips caches that are not database caches and tables that exist.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("delivery", "0001_initial")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
