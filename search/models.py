"""The search index: one document per live public page, a lexicon for typos, completions for the search box.

Wagtail's search backends keep one language configuration for the whole index and search every locale
at once (issue 5). These tables are ours so that each document is analysed in its own language: on
PostgreSQL `search_vector` and `whole_vector` are built with the page's text-search configuration; on
other databases the `stems_*` columns hold the same words stemmed in Python (``search.text``).
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchDocument(models.Model):
    """What search knows of one live public page, by weight: A title, B concerns and benefits, C summary, D body."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    specialty = models.ForeignKey(
        "treatments.Specialty", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    title = models.TextField()
    keywords = models.TextField(blank=True, help_text=_("Concern names, their other names and benefit titles."))
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    stems_a = models.TextField(blank=True)
    stems_b = models.TextField(blank=True)
    stems_c = models.TextField(blank=True)
    stems_d = models.TextField(blank=True)
    # PostgreSQL only. Title, concerns and summary (A–C) rank: ranking never reads the long body. Every field
    # (A–D) decides what matches, through its GIN index.
    search_vector = SearchVectorField(null=True, blank=True)
    whole_vector = SearchVectorField(null=True, blank=True)
    indexed_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["locale", "specialty"])]

    def __str__(self):
        return self.title


class SearchTerm(models.Model):
    """A folded word that appears in the index of a locale: what a misspelt query word is corrected to."""

    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    term = models.CharField(max_length=100)
    # How many indexed documents use the word: at 0 it is deleted, so a word that only a page now
    # unpublished or private used is never offered as a correction.
    documents = models.IntegerField(default=1)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["locale", "term"], name="unique_search_term_per_locale")]

    def __str__(self):
        return self.term


class Suggestion(models.Model):
    """A completion for the search box: a treatment title or a concern name of an indexed page."""

    class Kind(models.TextChoices):
        TREATMENT = "treatment", _("Treatment")
        CONCERN = "concern", _("Concern")

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="suggestions")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    text = models.CharField(max_length=255)
    # " micro needling microneedling " — folded words between spaces, so "needl" can match a word start.
    folded = models.CharField(max_length=600)

    class Meta:
        indexes = [models.Index(fields=["locale", "kind"])]

    def __str__(self):
        return self.text
