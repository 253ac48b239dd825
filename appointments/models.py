"""Appointment requests sent from the public website, and the e-mails they trigger.

A request holds personal and often health-related data (LFPDPPP): only the front desk reads it in
the admin; it keeps the evidence of what the patient consented to (the privacy notice's revision,
the language, the time, a salted hash of the address); ``purge_appointments`` anonymises it once the
retention period is over. ``__str__`` is the reference alone, so no name or e-mail ends up in a log
line, an admin breadcrumb, a history entry or an error report.
"""

from django.conf import settings
from django.contrib import admin
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from .references import REFERENCE_LENGTH


class ContactChannel(models.TextChoices):
    EMAIL = "email", _("E-mail")
    PHONE = "phone", _("Phone call")
    WHATSAPP = "whatsapp", _("WhatsApp")


class TimeOfDay(models.TextChoices):
    ANY = "any", _("Any time")
    MORNING = "morning", _("Morning")
    AFTERNOON = "afternoon", _("Afternoon")
    EVENING = "evening", _("Evening")


class PrivacyNoticeVersion(models.Model):
    """A privacy notice as patients accepted it: its text is kept here, whatever later happens to the page.

    One row per published revision that someone consented to. Wagtail deletes a page's revisions with
    the page (and ``purge_revisions`` prunes them), so the evidence cannot point at them alone.
    """

    revision_id = models.PositiveIntegerField(_("revision"), unique=True)
    page_id = models.PositiveIntegerField(_("page"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    title = models.CharField(_("title"), max_length=255)
    published_at = models.DateTimeField(_("published at"))
    content = models.JSONField(_("content"), help_text=_("The page revision's content: the text that was accepted."))

    class Meta:
        verbose_name = _("privacy notice version")
        verbose_name_plural = _("privacy notice versions")

    def __str__(self):
        return f"“{self.title}” ({self.language}), revision {self.revision_id}"


class AppointmentRequest(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        CONTACTED = "contacted", _("Contacted")
        BOOKED = "booked", _("Booked")
        CLOSED = "closed", _("Closed")

    reference = models.CharField(_("reference"), max_length=REFERENCE_LENGTH, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.NEW, db_index=True)
    # The specialty in the default language, whatever language the patient wrote in: one filter entry
    # per specialty. PROTECT: deleting a specialty must not take its requests with it.
    specialty = models.ForeignKey(
        "treatments.Specialty", verbose_name=_("specialty"), on_delete=models.PROTECT, related_name="+"
    )
    treatment = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("treatment page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    treatment_title = models.CharField(
        _("treatment"), max_length=255, blank=True, help_text=_("The page's title when the request was sent.")
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=16, blank=True)
    preferred_channel = models.CharField(_("preferred contact channel"), max_length=10, choices=ContactChannel.choices)
    preferred_dates = models.JSONField(_("preferred dates"), default=list, blank=True, encoder=DjangoJSONEncoder)
    preferred_time_of_day = models.CharField(
        _("preferred time of day"), max_length=10, choices=TimeOfDay.choices, default=TimeOfDay.ANY
    )
    message = models.TextField(_("message"), blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)

    # Consent evidence: enough to show who consented, when and to which text — nothing more.
    privacy_consent_at = models.DateTimeField(_("privacy notice accepted at"))
    privacy_notice = models.ForeignKey(
        PrivacyNoticeVersion,
        verbose_name=_("privacy notice version"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The privacy notice, in the patient's language, as it read when it was accepted."),
    )
    health_data_consent_at = models.DateTimeField(
        _("health data consent given at"),
        null=True,
        blank=True,
        help_text=_("Express consent to process the health information in the message."),
    )
    client_address_hash = models.CharField(
        _("client address (salted hash)"),
        max_length=64,
        blank=True,
        help_text=_("Proves which connection consented without storing the address itself."),
    )

    front_desk_notes = models.TextField(
        _("front desk notes"), blank=True, help_text=_("Only the front desk sees these notes.")
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True, editable=False)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("status changed by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("received at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("appointment request")
        verbose_name_plural = _("appointment requests")

    def __str__(self):
        return self.reference

    @admin.display(description=_("contact"))
    def contact(self):
        """How the patient asked to be reached, in one line for the listing."""
        if self.preferred_channel == ContactChannel.EMAIL:
            return self.email
        return self.phone or self.email


class AppointmentEmail(models.Model):
    """One e-mail about a request and the state of its delivery: an outbox row, not a copy of the e-mail.

    The message is rendered from the request at each attempt, so nothing personal is copied here and
    an anonymised request can no longer be mailed.
    """

    class Kind(models.TextChoices):
        FRONT_DESK = "front_desk", _("Front desk")
        PATIENT = "patient", _("Patient confirmation")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    request = models.ForeignKey(AppointmentRequest, on_delete=models.CASCADE, related_name="emails")
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), null=True, blank=True)
    last_error = models.CharField(_("last error"), max_length=300, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("appointment e-mail")
        verbose_name_plural = _("appointment e-mails")
        constraints = [models.UniqueConstraint(fields=["request", "kind"], name="one_appointment_email_per_kind")]
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="appointment_email_due")]

    def __str__(self):
        return f"{self.request.reference} · {self.get_kind_display()}"


class RateLimitHit(models.Model):
    """One request counted by the rate limit, when the cache cannot count atomically across processes.

    Insert, then count: every request sees at least the requests committed before its own count, itself
    included, so no more than the limit ever pass — whatever the number of workers. Rows that have left
    the window are deleted as new ones come, so the table holds one window's worth of requests.
    """

    scope = models.CharField(max_length=40)
    client_hash = models.CharField(max_length=64)
    at = models.DateTimeField()

    class Meta:
        indexes = [
            models.Index(fields=["scope", "client_hash", "at"], name="rate_limit_window"),
            models.Index(fields=["at"], name="rate_limit_expiry"),
        ]

    def __str__(self):
        return f"{self.scope} {self.at:%Y-%m-%d %H:%M:%S}"
