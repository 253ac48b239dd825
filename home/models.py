"""The home page, plain content pages, and the clinic's own details."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin

from delivery.preview import HeadlessPreviewMixin
from delivery.visibility import public_pages, public_real_versions
from treatments.contact import phone_validator, whatsapp_link

from .choices import SOCIAL_NETWORKS, WEEKDAYS


def linkable_pages():
    """Pages a link in the site's navigation may lead to (``delivery.visibility``)."""
    return public_real_versions(Page.objects.all())


class HomePage(HeadlessPreviewMixin, Page):
    """The root of each language's site; introduces the clinic and links to the treatments."""

    heading = models.CharField(max_length=120, blank=True, help_text=_("Main heading; the title if empty."))
    intro = RichTextField(blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("heading"), FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from treatments.models import TreatmentPage

        context = super().get_context(request, *args, **kwargs)
        context["featured_treatments"] = public_pages(TreatmentPage.objects.descendant_of(self)).select_related(
            "specialty"
        )[:6]
        return context


class StandardPage(HeadlessPreviewMixin, Page):
    """A plain content page such as the privacy notice."""

    body = RichTextField(features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [FieldPanel("body")]
    subpage_types = []

    class Meta:
        verbose_name = _("standard page")


class OpeningHoursBlock(blocks.StructBlock):
    """Opening hours as data (days and times) so each language and the frontend format them."""

    days = blocks.MultipleChoiceBlock(choices=WEEKDAYS, help_text=_("The days these hours apply to."))
    opens = blocks.TimeBlock(help_text=_("Opening time."))
    closes = blocks.TimeBlock(help_text=_("Closing time; must be after opening."))

    class Meta:
        icon = "time"
        label = _("Opening hours")

    def clean(self, value):
        value = super().clean(value)
        if value["opens"] and value["closes"] and value["closes"] <= value["opens"]:
            raise blocks.StructBlockValidationError(
                block_errors={"closes": ValidationError(_("Closing time must be after opening time."))}
            )
        return value


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.ChoiceBlock(choices=SOCIAL_NETWORKS)
    url = blocks.URLBlock()

    class Meta:
        icon = "link-external"
        label = _("Social link")


class ClinicText(TranslatableMixin, models.Model):
    """The clinic's own sentences shown across the site, translated like any snippet.

    Wagtail settings cannot be translated, so the settings hold facts (address, phones, permit) and
    point to this snippet for prose; each language has its own copy through wagtail-localize.
    """

    tagline = models.CharField(max_length=160, help_text=_("One line under the clinic's name."))
    opening_hours_note = models.CharField(
        max_length=200, blank=True, help_text=_("e.g. 'Closed on public holidays.' Shown with the opening hours.")
    )
    medical_disclaimer = models.TextField(max_length=600, help_text=_("Shown at the end of every treatment article."))
    privacy_summary = models.CharField(
        max_length=300, blank=True, help_text=_("One sentence next to the privacy-notice link.")
    )

    panels = [
        FieldPanel("tagline"),
        FieldPanel("opening_hours_note"),
        FieldPanel("medical_disclaimer"),
        FieldPanel("privacy_summary"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("clinic text")
        verbose_name_plural = _("clinic texts")

    def __str__(self):
        return self.tagline


@register_setting(icon="site")
class ClinicSettings(BaseGenericSetting):
    """Who the clinic is and how to reach it; shown in the footer, in structured data and in the API."""

    name = models.CharField(max_length=120, default="Clínica")
    street_address = models.CharField(max_length=200, help_text=_("Street, number and suite."))
    neighbourhood = models.CharField(max_length=120, blank=True, help_text=_("Colonia / zona."))
    city = models.CharField(max_length=80)
    region = models.CharField(max_length=80, help_text=_("State, e.g. 'B.C.'."))
    postal_code = models.CharField(max_length=10)
    country = models.CharField(max_length=2, default="MX", help_text=_("ISO country code, e.g. MX."))
    phone = models.CharField(max_length=16, blank=True, validators=[phone_validator])
    whatsapp = models.CharField(max_length=16, blank=True, validators=[phone_validator])
    email = models.EmailField(blank=True)
    opening_hours = StreamField([("period", OpeningHoursBlock())], blank=True)
    latitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    advertising_permit = models.CharField(
        _("COFEPRIS advertising permit number"),
        max_length=40,
        blank=True,
        help_text=_("Permiso de publicidad; shown in the footer of every page."),
    )
    privacy_notice_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    social_links = StreamField([("link", SocialLinkBlock())], blank=True)
    texts = models.ForeignKey(
        ClinicText,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Tagline, disclaimer and notes, in English; each language uses its translation."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("texts"),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldPanel("neighbourhood"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("postal_code"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address and map"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("phone"), FieldPanel("whatsapp")]), FieldPanel("email")],
            heading=_("Contact"),
        ),
        FieldPanel("opening_hours"),
        MultiFieldPanel(
            [FieldPanel("advertising_permit"), FieldPanel("privacy_notice_page")], heading=_("Legal notices")
        ),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = _("clinic settings")

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError({"longitude": _("Give both coordinates or neither.")})

    @property
    def postal_address_lines(self):
        region = " ".join(part for part in [self.region, self.postal_code] if part)
        locality = ", ".join(part for part in [self.city, region] if part)
        lines = [self.street_address, self.neighbourhood, locality, self.get_country_display()]
        return [line for line in lines if line]

    def get_country_display(self):
        return {"MX": "México", "US": "United States"}.get(self.country, self.country)

    def privacy_notice_in(self, language_code):
        """The live, public privacy notice written in that language, or None (never another language's)."""
        if not self.privacy_notice_page_id:
            return None
        same_page = Page.objects.filter(pk=self.privacy_notice_page_id).values("translation_key")
        return (
            linkable_pages()
            .filter(translation_key__in=same_page, locale__language_code=language_code)
            .select_related("locale")
            .first()
        )

    @property
    def localized_texts(self):
        """The clinic texts in the active language, if translated; otherwise the English ones."""
        return self.texts.localized if self.texts_id else None

    @property
    def whatsapp_url(self):
        return whatsapp_link(self.whatsapp)
