"""The site publishes in English (the default locale, created by Wagtail) and Spanish."""

from django.db import migrations


def add_spanish(apps, schema_editor):
    apps.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="es")


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(add_spanish, migrations.RunPython.noop)]
