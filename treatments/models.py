"""Treatment articles and the snippets they refer to.

Snippets (specialties, concerns, reviewers) are translatable models so that Spanish pages point to
Spanish snippets; identifiers, numbers and contact channels are synchronised from English rather
than retyped by translators.
"""

from django import forms
from django.conf import settings
from django.core.exceptions import BadRequest, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator, slug_re
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from delivery.dependencies import depends_on_live_pages
from delivery.preview import HeadlessPreviewMixin
from delivery.visibility import public_originals, public_pages
from localization.languages import default_language_code

from .blocks import TreatmentBodyBlock
from .choices import KEY_FACT_RANGES
from .contact import phone_validator, whatsapp_link
from .forms import TreatmentPageForm
from .permissions import MEDICAL_REVIEWERS_GROUP, TreatmentIndexPermissionTester, TreatmentPagePermissionTester
from .review_dates import STATUS_LABELS, review_due_date, review_status

licence_validator = RegexValidator(r"^\d{7,8}$", _("A cédula profesional is 7 or 8 digits, without spaces or letters."))


class SlugPerLocaleMixin:
    """Slugs identify a snippet across languages, so each must be unique within its locale.

    The database constraint alone would surface as a server error: the admin form has no locale
    field, so Django's form validation skips constraints that involve it.
    """

    def clean(self):
        super().clean()
        locale_id = self.locale_id or self.get_default_locale().pk
        clash = type(self).objects.filter(slug=self.slug, locale_id=locale_id).exclude(pk=self.pk)
        if self.slug and clash.exists():
            raise ValidationError({"slug": _("Another entry in this language already uses this slug.")})


class Specialty(SlugPerLocaleMixin, TranslatableMixin, models.Model):
    """A clinic department patients book with; booking calls to action take their channels from here."""

    name = models.CharField(max_length=80)
    slug = models.SlugField(
        max_length=80, help_text=_("Identifier used in filters and URLs; the same in every language.")
    )
    description = models.TextField(blank=True, max_length=400)
    booking_url = models.URLField(blank=True, help_text=_("Online booking page for this specialty."))
    phone = models.CharField(max_length=16, blank=True, validators=[phone_validator])
    whatsapp = models.CharField(
        max_length=16, blank=True, validators=[phone_validator], help_text=_("WhatsApp number, international format.")
    )
    front_desk_email = models.EmailField(
        blank=True,
        help_text=_("Where this specialty's appointment requests are sent; the clinic's default address if empty."),
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("front_desk_email", overridable=False),
        SynchronizedField("phone", overridable=False),
        SynchronizedField("whatsapp", overridable=False),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("booking_url"),
                FieldRowPanel([FieldPanel("phone"), FieldPanel("whatsapp")]),
                FieldPanel("front_desk_email"),
            ],
            heading=_("Booking channels"),
        ),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("specialty")
        verbose_name_plural = _("specialties")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_specialty_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if not (self.booking_url or self.phone or self.whatsapp):
            raise ValidationError(
                {"booking_url": _("Give at least one booking channel: a URL, a phone or a WhatsApp number.")}
            )

    @property
    def whatsapp_url(self):
        return whatsapp_link(self.whatsapp)


class Concern(SlugPerLocaleMixin, TranslatableMixin, index.Indexed, models.Model):
    """Something that bothers a patient (acne scars, dark spots…); treatments list the concerns they address."""

    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=80, help_text=_("Identifier used in filters; the same in every language."))
    description = models.TextField(blank=True, max_length=400)
    also_known_as = models.CharField(
        max_length=300,
        blank=True,
        help_text=_("Other words patients use for it, separated by commas, e.g. 'dark spots, sun spots'."),
    )

    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("also_known_as")]
    search_fields = [index.SearchField("name"), index.SearchField("also_known_as"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_concern_slug_per_locale"),
        ]

    def __str__(self):
        return self.name


def in_source_language():
    """Choices limited to the source language: a reviewer's specialties are checked against English articles."""
    return models.Q(locale__language_code=default_language_code())


class Reviewer(TranslatableMixin, models.Model):
    """A licensed professional whose approval publishes treatment articles, shown on every article they approved.

    The profile belongs to a user account in "Medical reviewers": approving an article in the medical
    review workflow records that account's reviewer and the date (``treatments.review``), so the name
    and cédula an article shows are those of the person who approved it.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewer_profiles",
        limit_choices_to={"groups__name": MEDICAL_REVIEWERS_GROUP, "is_active": True},
        verbose_name=_("user account"),
        help_text=_(
            "The account this reviewer approves articles with (in the Medical reviewers group); "
            "without one they cannot approve."
        ),
    )
    name = models.CharField(max_length=120)
    credentials = models.CharField(max_length=200, help_text=_("e.g. 'MD, board-certified dermatologist'."))
    licence_number = models.CharField(
        _("professional licence number (cédula profesional)"), max_length=8, validators=[licence_validator]
    )
    institution = models.CharField(
        _("issuing institution"),
        max_length=200,
        help_text=_("The institution that issued the professional title, as the cédula names it."),
    )
    specialties = models.ManyToManyField(
        Specialty,
        related_name="reviewers",
        blank=True,
        limit_choices_to=in_source_language,
        verbose_name=_("specialties reviewed"),
        help_text=_("Articles of these specialties are the only ones this reviewer may approve."),
    )
    photo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    bio = models.TextField(max_length=600, blank=True, help_text=_("Two or three sentences."))

    override_translatable_fields = [
        SynchronizedField("user", overridable=False),
        SynchronizedField("name", overridable=False),
        SynchronizedField("licence_number", overridable=False),
        SynchronizedField("institution", overridable=False),
    ]

    panels = [
        FieldPanel("user"),
        FieldPanel("name"),
        FieldPanel("credentials"),
        FieldRowPanel([FieldPanel("licence_number"), FieldPanel("institution")]),
        FieldPanel("specialties", widget=forms.CheckboxSelectMultiple),
        FieldPanel("photo"),
        FieldPanel("bio"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "locale"], name="one_reviewer_profile_per_user_and_locale"),
        ]

    def __str__(self):
        return f"{self.name}, {self.credentials}"

    def clean(self):
        super().clean()
        locale_id = self.locale_id or self.get_default_locale().pk
        if self.user_id and self.profiles_of_user(locale_id).exists():
            raise ValidationError({"user": _("This account already has a reviewer profile.")})

    def profiles_of_user(self, locale_id):
        return type(self).objects.filter(user=self.user_id, locale_id=locale_id).exclude(pk=self.pk)


class TreatmentIndexPage(HeadlessPreviewMixin, Page):
    """The list of treatments, filterable by specialty (``?specialty=<slug>``)."""

    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["treatments.TreatmentPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("treatment index page")

    def treatments(self, specialty_slug=None):
        pages = (
            public_pages(TreatmentPage.objects.child_of(self))
            .select_related("specialty", "hero_image")
            .order_by("title")
        )
        if specialty_slug:
            pages = pages.filter(specialty__slug=specialty_slug)
        return pages

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        selected = request.GET.get("specialty") or None
        if selected is not None and not slug_re.fullmatch(selected):
            raise BadRequest("specialty: not a specialty slug")  # a NUL would fail the query on PostgreSQL
        context["specialties"] = Specialty.objects.filter(locale=self.locale)
        context["selected_specialty"] = selected
        context["treatments"] = self.treatments(selected)
        return context

    def permissions_for_user(self, user):
        return TreatmentIndexPermissionTester(user, self)


class KeyFact:
    """One key fact as a number (or range) with its unit, for templates and the API."""

    def __init__(self, name, label, low, high, unit):
        self.name, self.label, self.low, self.high, self.unit = name, label, low, high, unit

    @property
    def is_range(self):
        return self.high is not None and self.high != self.low


def bounded(low, high):
    return [MinValueValidator(low), MaxValueValidator(high)]


class TreatmentPage(HeadlessPreviewMixin, Page):
    """One treatment article: typed body blocks, key facts as numbers, and its medical review."""

    summary = models.CharField(max_length=300, help_text=_("One or two sentences shown on cards and in search."))
    hero_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_alt_text = models.CharField(
        max_length=250, blank=True, help_text=_("Describe the hero image for screen readers. Required with an image.")
    )
    specialty = models.ForeignKey(Specialty, on_delete=models.PROTECT, related_name="treatments")

    session_minutes = models.PositiveSmallIntegerField(
        _("session length (minutes)"), null=True, blank=True, validators=bounded(1, 600)
    )
    numbing_minutes_min = models.PositiveSmallIntegerField(
        _("numbing lead time, from (minutes)"), null=True, blank=True, validators=bounded(0, 240)
    )
    numbing_minutes_max = models.PositiveSmallIntegerField(
        _("numbing lead time, to (minutes)"), null=True, blank=True, validators=bounded(0, 240)
    )
    downtime_days_min = models.PositiveSmallIntegerField(
        _("downtime, from (days)"), null=True, blank=True, validators=bounded(0, 90)
    )
    downtime_days_max = models.PositiveSmallIntegerField(
        _("downtime, to (days)"), null=True, blank=True, validators=bounded(0, 90)
    )
    sessions_min = models.PositiveSmallIntegerField(
        _("sessions usually needed, from"), null=True, blank=True, validators=bounded(1, 50)
    )
    sessions_max = models.PositiveSmallIntegerField(
        _("sessions usually needed, to"), null=True, blank=True, validators=bounded(1, 50)
    )

    reviewer = models.ForeignKey(
        Reviewer,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="reviewed_treatments",
        help_text=_("Recorded when a medical reviewer approves the article; nobody types it."),
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)

    body = StreamField(TreatmentBodyBlock())
    area_codes = models.CharField(
        max_length=255,
        blank=True,
        editable=False,
        db_index=True,
        help_text=_("Body areas of the target-areas block, as ',face,thighs,' so listings can filter in SQL."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_alt_text")], heading=_("Hero image")),
        FieldPanel("specialty"),
        InlinePanel("treatment_concerns", label=_("Concerns addressed"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("session_minutes"),
                FieldRowPanel([FieldPanel("numbing_minutes_min"), FieldPanel("numbing_minutes_max")]),
                FieldRowPanel([FieldPanel("downtime_days_min"), FieldPanel("downtime_days_max")]),
                FieldRowPanel([FieldPanel("sessions_min"), FieldPanel("sessions_max")]),
            ],
            heading=_("Key facts"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("reviewer", read_only=True), FieldPanel("last_reviewed", read_only=True)])],
            heading=_("Medical review"),
            help_text=_("Approving the article in the Medical review workflow records its reviewer and date."),
        ),
        FieldPanel("body"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("locale"),
        index.FilterField("specialty"),
        index.FilterField("alias_of"),
        index.RelatedFields("specialty", [index.SearchField("name")]),
    ]

    base_form_class = TreatmentPageForm
    parent_page_types = ["treatments.TreatmentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("treatment page")

    def clean(self):
        super().clean()
        errors = {}
        if self.hero_image_id and not self.hero_alt_text.strip():
            errors["hero_alt_text"] = _("Describe the hero image for people who cannot see it.")
        for _name, _label, low_field, high_field, _unit in KEY_FACT_RANGES:
            if high_field is None:
                continue
            low, high = getattr(self, low_field), getattr(self, high_field)
            if high is not None and low is None:
                errors[low_field] = _("Give the lower bound too, or leave both empty.")
            elif low is not None and high is not None and high < low:
                errors[high_field] = _("This must not be smaller than the 'from' value.")
        if errors:
            raise ValidationError(errors)

    @property
    def next_review_due(self):
        return review_due_date(self.last_reviewed)

    @property
    def review_status(self):
        return review_status(self.last_reviewed)

    @property
    def review_status_label(self):
        return STATUS_LABELS[self.review_status]

    @cached_property
    def key_facts(self):
        facts = []
        for name, label, low_field, high_field, unit in KEY_FACT_RANGES:
            low = getattr(self, low_field)
            high = getattr(self, high_field) if high_field else None
            if low is not None:
                facts.append(KeyFact(name, label, low, high, unit))
        return facts

    @property
    def concerns(self):
        return [link.concern for link in self.treatment_concerns.select_related("concern")]

    def save(self, *args, **kwargs):
        self.area_codes = f",{','.join(self.target_areas)}," if self.target_areas else ""
        return super().save(*args, **kwargs)

    def listing_values(self):
        """What treatment listings filter and sort by (``treatments.api``): a publish that changes none of it
        drops only the listing pages showing this card (``delivery.invalidation.listing_key``)."""
        concern_ids = sorted(link.concern_id for link in self.treatment_concerns.all())
        return (
            self.title,
            self.last_reviewed,
            self.first_published_at,
            self.specialty_id,
            self.area_codes,
            *concern_ids,
        )

    @classmethod
    def area_filter(cls, code):
        """Filter keyword for pages treating a body area, e.g. ``filter(**TreatmentPage.area_filter("face"))``."""
        return {"area_codes__contains": f",{code},"}

    @property
    def target_areas(self):
        """Body areas named in the target-areas block (a page has at most one)."""
        for block in self.body:
            if block.block_type == "target_areas":
                return [item["area"] for item in block.value["areas"]]
        return []

    def permissions_for_user(self, user):
        return TreatmentPagePermissionTester(user, self)


class TreatmentConcern(TranslatableMixin, Orderable):
    """Links a treatment to a concern; a child object (not a many-to-many) so translations follow it."""

    page = ParentalKey(TreatmentPage, on_delete=models.CASCADE, related_name="treatment_concerns")
    concern = models.ForeignKey(Concern, on_delete=models.PROTECT, related_name="+")

    panels = [FieldPanel("concern")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        unique_together = [("translation_key", "locale")]

    def __str__(self):
        return str(self.concern)


def content_languages():
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


class ClaimRule(models.Model):
    """A phrasing health advertising must not use (a promised result, an absence of risk), in one language.

    Matched in articles after folding case and accents (``treatments.claims``); publishing an article
    that contains one is refused unless a medical reviewer recorded a ``ClaimOverride`` for it.
    """

    language = models.CharField(max_length=8, choices=content_languages)
    phrase = models.CharField(
        max_length=120,
        help_text=_(
            "Matched as whole words, ignoring case and accents; end it with * for any ending "
            "(“garantiza*” also finds “garantizado”)."
        ),
    )
    explanation = models.TextField(max_length=400, help_text=_("Why it may not be said, for the editor."))
    suggestion = models.CharField(max_length=200, help_text=_("A wording that says it honestly."))

    panels = [
        FieldRowPanel([FieldPanel("language"), FieldPanel("phrase")]),
        FieldPanel("explanation"),
        FieldPanel("suggestion"),
    ]

    class Meta:
        ordering = ["language", "phrase"]
        verbose_name = _("forbidden claim")
        constraints = [models.UniqueConstraint(fields=["language", "phrase"], name="one_claim_rule_per_phrase")]

    def __str__(self):
        return f"“{self.phrase}” ({self.language})"

    def clean(self):
        from .claims import phrase_pattern

        super().clean()
        if phrase_pattern(self.phrase) is None:
            raise ValidationError({"phrase": _("Give at least one letter or digit.")})
        stored = type(self).objects.filter(pk=self.pk).values("language", "phrase").first() if self.pk else None
        changed = stored and (stored["language"], stored["phrase"]) != (self.language, self.phrase)
        if changed and self.overrides.exists():
            raise ValidationError(
                {"phrase": _("Reviewers allowed this phrase on some pages: add the new wording as a new entry.")}
            )


class ClaimOverride(models.Model):
    """A medical reviewer's decision that one article may use one listed phrase, and why."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    rule = models.ForeignKey(ClaimRule, on_delete=models.CASCADE, related_name="overrides")
    reason = models.TextField(max_length=600, help_text=_("Why this article may say it; kept as the record."))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("claim override")
        constraints = [models.UniqueConstraint(fields=["page", "rule"], name="one_override_per_page_and_rule")]

    def __str__(self):
        return f"{self.rule} — {self.page}"


class ReviewReminder(models.Model):
    """One day's e-mail to a reviewer about their articles due, so ``notify_due_reviews`` sends it once a day."""

    reviewer = models.ForeignKey(Reviewer, on_delete=models.CASCADE, related_name="reminders")
    sent_on = models.DateField()
    article_count = models.PositiveIntegerField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["reviewer", "sent_on"], name="one_review_reminder_a_day")]

    def __str__(self):
        return f"{self.reviewer.name}, {self.sent_on}"


def visible_treatments(locale):
    """Treatment articles a visitor of ``locale`` may see, each once: public originals in that language.

    An answer built from the list depends on which pages of the language are live (``delivery.dependencies``).
    """
    depends_on_live_pages(locale)
    return public_originals(TreatmentPage.objects.filter(locale=locale))


def visible_treatment_count(locale):
    """How many ``visible_treatments(locale)`` there are, counted in the page table alone.

    Counting the queryset would join every treatment row of the language; the page table's rows answer it
    through an index that holds all the count reads (migration 0011), whatever the size of the site.
    """
    depends_on_live_pages(locale)
    return public_originals(Page.objects.type(TreatmentPage).filter(locale=locale)).count()


from .review import MedicalReviewTask  # noqa: E402, F401 - the workflow task is a model of this app
