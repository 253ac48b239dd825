"""Validation of an appointment request, with every message in the patient's language.

A Django form rather than the API schema alone: its messages go through gettext, so a Spanish request
gets Spanish errors for every field at once, and the rules that span fields (an e-mail or a phone; the
channel matches what was given; health consent when a message is written) live in one place. The
OpenAPI document (``schemas.py``) describes the same fields; this form is what enforces them.
"""

import unicodedata
from datetime import date, timedelta

import phonenumbers
from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from delivery.visibility import public_pages
from treatments.models import Specialty, TreatmentPage

from .form_tokens import FormTokenError, check_form_token
from .models import AppointmentRequest, ContactChannel, TimeOfDay

MAX_PREFERRED_DATES = 3
BOOKING_HORIZON_DAYS = 365
NAME_MAX_LENGTH = AppointmentRequest._meta.get_field("name").max_length
MESSAGE_MAX_LENGTH = 2000
PHONE_INPUT_MAX_LENGTH = 30
EMAIL_MAX_LENGTH = 254
FORM_TOKEN_MAX_LENGTH = 200

FORM_TOKEN_MESSAGES = {
    "invalid": _("This form is not valid any more. Reload the page and send it again."),
    "expired": _("This form has expired. Reload the page and send it again."),
    "too_fast": _("The form was sent too quickly. Wait a few seconds and send it again."),
    "used": _("This form was already sent. Reload the page to send another request."),
}
PRIVACY_CONSENT_MISSING = _("Accept the privacy notice to send your request.")
HEALTH_CONSENT_MISSING = _(
    "Your message may contain health information: give your express consent to its processing, "
    "or leave the message empty."
)


def has_control_characters(text, allowed=""):
    return any(unicodedata.category(char) == "Cc" and char not in allowed for char in text)


class TextField(forms.CharField):
    """Text from JSON: only a string is accepted (never a number or a list turned into one), no control characters."""

    default_error_messages = {
        "not_text": _("Enter text."),
        "control_characters": _("Remove the invisible control characters from this text."),
    }

    def __init__(self, *, allowed_controls="", **kwargs):
        super().__init__(**kwargs)
        self.allowed_controls = allowed_controls

    def to_python(self, value):
        if value is not None and not isinstance(value, str):
            raise forms.ValidationError(self.error_messages["not_text"], code="not_text")
        text = super().to_python(value)
        if has_control_characters(text, self.allowed_controls):
            raise forms.ValidationError(self.error_messages["control_characters"], code="control_characters")
        return text


class ConsentField(forms.Field):
    """A consent: only JSON ``true`` counts, never a truthy string or number; anything but a boolean is refused."""

    default_error_messages = {"not_boolean": _("Answer true or false.")}

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def clean(self, value):
        if value is not None and not isinstance(value, bool):
            raise forms.ValidationError(self.error_messages["not_boolean"], code="not_boolean")
        return value is True


class JsonIntegerField(forms.IntegerField):
    """A whole number from JSON: a number, never a string of digits or a boolean."""

    def to_python(self, value):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


class PhoneField(TextField):
    """A number in international format (``+`` and the country code), stored as E.164 (``+526641234567``)."""

    default_error_messages = {
        "invalid_phone": _("Enter the number in international format, with the country code, e.g. +52 664 123 4567."),
    }

    def to_python(self, value):
        text = super().to_python(value)
        if not text:
            return ""
        try:
            number = phonenumbers.parse(text, None)
        except phonenumbers.NumberParseException:
            number = None
        if number is None or not phonenumbers.is_valid_number(number):
            raise forms.ValidationError(self.error_messages["invalid_phone"], code="invalid_phone")
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class DateListField(forms.Field):
    """Up to three ISO dates (``YYYY-MM-DD``), from today to a year ahead, in the clinic's time zone."""

    default_error_messages = {
        "not_a_list": _('Give a list of dates such as ["2027-01-15"].'),
        "too_many": _("Give at most %(count)s dates."),
        "invalid_date": _("“%(value)s” is not a date in the format YYYY-MM-DD."),
        "past": _("%(value)s has already passed: choose a date from today on."),
        "too_far": _("%(value)s is more than a year away."),
    }

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def clean(self, value):
        if value is None:
            return []
        if not isinstance(value, list):
            raise forms.ValidationError(self.error_messages["not_a_list"], code="not_a_list")
        if len(value) > MAX_PREFERRED_DATES:
            raise forms.ValidationError(
                self.error_messages["too_many"], code="too_many", params={"count": MAX_PREFERRED_DATES}
            )
        today = timezone.localdate()
        days = set()
        for item in value:
            day = parse_iso_date(item)
            if day is None:
                shown = str(item)[:20] if isinstance(item, str) else "?"
                raise forms.ValidationError(
                    self.error_messages["invalid_date"], code="invalid_date", params={"value": shown}
                )
            if day < today:
                raise forms.ValidationError(self.error_messages["past"], code="past", params={"value": item})
            if day > today + timedelta(days=BOOKING_HORIZON_DAYS):
                raise forms.ValidationError(self.error_messages["too_far"], code="too_far", params={"value": item})
            days.add(day)
        return sorted(days)


def parse_iso_date(value):
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


class AppointmentRequestForm(forms.Form):
    """The fields of ``POST /api/v1/appointments/``; ``cleaned_data`` is ready to store."""

    specialty = forms.SlugField(max_length=Specialty._meta.get_field("slug").max_length)
    treatment = JsonIntegerField(required=False, min_value=1, max_value=2**31 - 1)
    name = TextField(max_length=NAME_MAX_LENGTH)
    email = forms.EmailField(required=False, max_length=EMAIL_MAX_LENGTH)
    phone = PhoneField(required=False, max_length=PHONE_INPUT_MAX_LENGTH)
    preferred_channel = forms.ChoiceField(choices=ContactChannel.choices)
    preferred_dates = DateListField()
    preferred_time_of_day = forms.ChoiceField(choices=TimeOfDay.choices, required=False)
    message = TextField(required=False, max_length=MESSAGE_MAX_LENGTH, allowed_controls="\n\r\t")
    locale = forms.ChoiceField(choices=settings.LANGUAGES, required=False)
    privacy_consent = ConsentField()
    health_data_consent = ConsentField()
    form_token = TextField(max_length=FORM_TOKEN_MAX_LENGTH)
    website = forms.CharField(required=False, strip=False)  # the honeypot: hidden from people, filled by bots

    def clean_specialty(self):
        slug = self.cleaned_data["specialty"]
        specialty = Specialty.objects.filter(slug=slug, locale__language_code=settings.LANGUAGE_CODE).first()
        if specialty is None:
            raise forms.ValidationError(_("There is no specialty “%(slug)s”."), code="unknown", params={"slug": slug})
        return specialty

    def clean_treatment(self):
        page_id = self.cleaned_data.get("treatment")
        if page_id is None:
            return None
        page = public_pages(Page.objects.type(TreatmentPage).filter(pk=page_id)).specific().first()
        if page is None:
            raise forms.ValidationError(_("There is no published treatment page with this id."), code="unknown")
        return page

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Leave this field empty."), code="honeypot")
        return ""

    def clean_form_token(self):
        """The token's id, which ``form_tokens.spend`` marks used once the request is stored."""
        try:
            return check_form_token(self.cleaned_data["form_token"])
        except FormTokenError as error:
            raise forms.ValidationError(FORM_TOKEN_MESSAGES[error.reason], code=error.reason) from None

    def clean_preferred_time_of_day(self):
        return self.cleaned_data.get("preferred_time_of_day") or TimeOfDay.ANY

    def clean_locale(self):
        """The language the API resolved (``locale``, else ``Accept-Language``) is always given."""
        return self.cleaned_data.get("locale") or settings.LANGUAGE_CODE

    def clean(self):
        data = super().clean()
        self.check_consents(data)
        self.check_contact(data)
        self.check_treatment_specialty(data)
        return data

    def check_consents(self, data):
        if not data.get("privacy_consent"):
            self.add_error("privacy_consent", forms.ValidationError(PRIVACY_CONSENT_MISSING, code="required"))
        if data.get("message", "").strip() and not data.get("health_data_consent"):
            self.add_error("health_data_consent", forms.ValidationError(HEALTH_CONSENT_MISSING, code="required"))

    def check_contact(self, data):
        if "email" not in data or "phone" not in data:
            return  # already reported as invalid
        email, phone, channel = data["email"], data["phone"], data.get("preferred_channel")
        if not (email or phone):
            self.add_error("email", _("Give an e-mail address or a phone number so that we can reply."))
        elif channel == ContactChannel.EMAIL and not email:
            self.add_error("email", _("You chose to be contacted by e-mail: give your e-mail address."))
        elif channel in (ContactChannel.PHONE, ContactChannel.WHATSAPP) and not phone:
            self.add_error("phone", _("You chose to be contacted by phone or WhatsApp: give your number."))

    def check_treatment_specialty(self, data):
        treatment, specialty = data.get("treatment"), data.get("specialty")
        if treatment is None or specialty is None:
            return
        if treatment.specialty.translation_key != specialty.translation_key:
            self.add_error("treatment", _("This treatment is not offered by the specialty you chose."))

    def errors_by_field(self):
        """``{field: [message, …]}`` in the active language, for the API's 400 answer."""
        return {field: [str(message) for message in messages] for field, messages in self.errors.items()}
