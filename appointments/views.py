"""The front desk's place in the admin: the requests, filtered, read, moved along, exported.

Who sees it is decided by model permissions: the "Front desk" group (migration 0002) has ``view`` and
``change``; editors, reviewers and translators have neither, so the menu item, the listing, the
detail and the export all answer them with Wagtail's permission denied. Nobody adds or deletes a
request here: requests come from patients, and old ones are anonymised by ``purge_appointments``.
"""

import datetime

import django_filters
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic import EditView, IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log
from wagtail.permission_policies import ModelPermissionPolicy

from treatments.models import Specialty

from .models import AppointmentRequest

STATUS_CHANGED = "appointments.status_changed"


def default_language_specialties(request):
    return Specialty.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


class AppointmentRequestFilterSet(WagtailFilterSet):
    specialty = django_filters.ModelChoiceFilter(label=_("Specialty"), queryset=default_language_specialties)
    created_at = django_filters.DateFromToRangeFilter(label=_("Received"), widget=DateRangePickerWidget)

    class Meta:
        model = AppointmentRequest
        fields = ["status", "specialty", "created_at"]


class ReadAndProgressOnly(ModelPermissionPolicy):
    """Model permissions, minus adding and deleting, which nobody may do to a patient's request.

    An anonymised request is read-only too: editing it could put personal data back.
    """

    def user_has_permission(self, user, action):
        return action not in ("add", "delete") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [action for action in actions if action not in ("add", "delete")])

    def user_has_permission_for_instance(self, user, action, instance):
        if action == "change" and instance.anonymised_at:
            return False
        return self.user_has_permission(user, action)


class AppointmentEditView(EditView):
    """Saving records who changed the status and when, on the request and in its history.

    Wagtail's edit view checks the model permission only; the policy's per-request rule (an anonymised
    request is read-only) is asked here, so the front desk is told why rather than refused without a word.
    """

    def dispatch(self, request, *args, **kwargs):
        appointment = self.get_object()
        if self.user_has_permission("change") and not self.user_has_permission_for_instance("change", appointment):
            messages.error(request, _("This request has been anonymised: it can be read, no longer changed."))
            return redirect(self.inspect_url_name, appointment.pk)
        return super().dispatch(request, *args, **kwargs)

    def save_instance(self):
        previous, appointment = self.form.initial.get("status"), self.form.instance
        changed = appointment.status != previous
        if changed:
            appointment.status_changed_at = timezone.now()
            appointment.status_changed_by = self.request.user
        super().save_instance()  # in the view's transaction, with the log entry below
        if changed:
            log(appointment, STATUS_CHANGED, user=self.request.user, data={"from": previous, "to": appointment.status})
        return appointment


FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def local_time(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def spreadsheet_text(value):
    """Text a spreadsheet shows as typed: a patient's "=HYPERLINK(…)" must not run on the front desk's computer.

    The OWASP advice for CSV injection: a leading apostrophe makes any cell that could start a formula text
    (E.164 phone numbers, "+52…", included, which would otherwise turn into numbers).
    """
    return f"'{value}" if value.startswith(FORMULA_PREFIXES) else value


class AppointmentIndexView(IndexView):
    """The CSV/XLSX export speaks like the listing: labels rather than stored codes, the clinic's local time."""

    queryset = AppointmentRequest.objects.select_related("specialty")  # a column of the listing and the export

    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        datetime.datetime: {IndexView.FORMAT_CSV: local_time, IndexView.FORMAT_XLSX: local_time},
        str: {IndexView.FORMAT_CSV: spreadsheet_text},  # Wagtail already writes XLSX cells as text
    }
    export_headings = {
        "get_status_display": _("Status"),
        "get_preferred_channel_display": _("Preferred contact"),
        "get_preferred_time_of_day_display": _("Preferred time of day"),
        "get_language_display": _("Language"),
    }


def email_state(email):
    """ "Patient confirmation: Sent (2027-01-10 09:15)" or "Front desk: Pending — 2 × SMTPServerDisconnected"."""
    state = f"{email.get_kind_display()}: {email.get_status_display()}"
    if email.sent_at:
        return f"{state} ({local_time(email.sent_at)})"
    return f"{state} — {email.attempts} × {email.last_error}" if email.last_error else state


class AppointmentInspectView(InspectView):
    def get_field_label(self, field_name, field):
        return _("E-mails") if field_name == "emails" else super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, datetime.datetime):
            return timezone.localtime(value)  # the clinic's time, as in the listing (the template shows UTC)
        return "—" if value is None else value

    def get_preferred_dates_display_value(self):
        return ", ".join(str(day) for day in self.object.preferred_dates) or "—"

    def get_emails_display_value(self):
        """Whether the front desk and the patient were told: what a patient calling to check needs to hear."""
        return "; ".join(email_state(email) for email in self.object.emails.all()) or "—"

    def get_privacy_notice_display_value(self):
        notice = self.object.privacy_notice
        return _("“%(title)s”, revision %(id)s of %(date)s") % {
            "title": notice.title,
            "id": notice.revision_id,
            "date": local_time(notice.published_at),
        }


class AppointmentRequestViewSet(ModelViewSet):
    model = AppointmentRequest
    icon = "calendar-check"
    menu_label = _("Appointment requests")
    menu_order = 150
    add_to_admin_menu = True
    name = "appointment_requests"
    filterset_class = AppointmentRequestFilterSet
    list_display = ["reference", "status", "specialty", "name", "contact", "created_at"]
    list_per_page = 50
    search_fields = ["reference", "name", "email", "phone"]
    search_backend_name = None  # the database's own lookups: requests are not in the search index
    form_fields = ["status", "front_desk_notes"]
    edit_view_class = AppointmentEditView
    inspect_view_enabled = True
    inspect_view_class = AppointmentInspectView
    inspect_view_fields = [
        "reference",
        "status",
        "status_changed_at",
        "status_changed_by",
        "specialty",
        "treatment_title",
        "name",
        "email",
        "phone",
        "preferred_channel",
        "preferred_dates",
        "preferred_time_of_day",
        "message",
        "language",
        "created_at",
        "privacy_consent_at",
        "privacy_notice",
        "health_data_consent_at",
        "client_address_hash",
        "front_desk_notes",
        "emails",
        "anonymised_at",
    ]
    # The message may hold health information and the hash is consent evidence: neither leaves in a CSV.
    index_view_class = AppointmentIndexView
    list_export = [
        "reference",
        "get_status_display",
        "specialty",
        "treatment_title",
        "name",
        "email",
        "phone",
        "get_preferred_channel_display",
        "preferred_dates",
        "get_preferred_time_of_day_display",
        "get_language_display",
        "created_at",
        "status_changed_at",
    ]
    export_filename = "appointment-requests"
