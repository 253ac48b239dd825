from django.db import migrations, models
import django.db.models.deletion
import wagtail.search.index


class Migration(migrations.Migration):
    initial = True

    dependencies = [("wagtailcore", "0098_apitoken")]

    operations = [
        migrations.CreateModel(
            name="GlossaryTerm",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("english", models.CharField(help_text="The English term, e.g. 'micro-needling'.", max_length=120, unique=True)),
                ("spanish", models.CharField(help_text="The approved Spanish term, e.g. 'microagujas'.", max_length=120)),
                ("note", models.CharField(blank=True, help_text="Optional usage note for translators.", max_length=300)),
            ],
            options={"verbose_name": "glossary term", "ordering": ["english"]},
            bases=(wagtail.search.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name="TranslatedRevisionCheck",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("missing_segments", models.PositiveIntegerField()),
                ("summary", models.TextField(blank=True)),
                ("checked_at", models.DateTimeField(auto_now_add=True)),
                (
                    "revision",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="wagtailcore.revision"
                    ),
                ),
            ],
        ),
    ]
