"""What the translation workflow stores beside wagtail-localize's own tables."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class TranslatedRevisionCheck(models.Model):
    """Whether a revision written by wagtail-localize held a complete translation when it was made.

    wagtail-localize writes untranslated strings in English into the revision it saves; publishing
    such a revision would put English under a Spanish URL. The check is recorded when the revision is
    written and consulted when anything tries to publish it.
    """

    revision = models.OneToOneField("wagtailcore.Revision", on_delete=models.CASCADE, related_name="+")
    missing_segments = models.PositiveIntegerField()
    summary = models.TextField(blank=True)
    checked_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Revision {self.revision_id}: {self.missing_segments} untranslated"

    @property
    def complete(self):
        return self.missing_segments == 0


class GlossaryTerm(index.Indexed, models.Model):
    """Clinic terminology with its approved Spanish rendering.

    Drives the offline machine pre-fill and the terminology check, so "micro-needling" is always
    "microagujas" and never a literal word-by-word rendering.
    """

    english = models.CharField(max_length=120, unique=True, help_text=_("The English term, e.g. 'micro-needling'."))
    spanish = models.CharField(max_length=120, help_text=_("The approved Spanish term, e.g. 'microagujas'."))
    note = models.CharField(max_length=300, blank=True, help_text=_("Optional usage note for translators."))

    panels = [FieldPanel("english"), FieldPanel("spanish"), FieldPanel("note")]
    search_fields = [index.SearchField("english"), index.SearchField("spanish")]

    class Meta:
        ordering = ["english"]
        verbose_name = _("glossary term")

    def __str__(self):
        return f"{self.english} → {self.spanish}"
