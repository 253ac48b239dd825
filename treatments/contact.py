"""Phone and WhatsApp numbers, kept in one international format so links work on every phone."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

phone_validator = RegexValidator(
    r"^\+[1-9]\d{7,14}$",
    _("Use the international format with country code and digits only, e.g. +526641234567."),
)


def whatsapp_link(number):
    """The wa.me link for a number in international format, or an empty string without one."""
    return f"https://wa.me/{number.lstrip('+')}" if number else ""
