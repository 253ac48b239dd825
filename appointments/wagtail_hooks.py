from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.log_actions import LogFormatter

from .models import AppointmentRequest
from .views import STATUS_CHANGED, AppointmentRequestViewSet


@hooks.register("register_admin_viewset")
def register_appointment_requests():
    return AppointmentRequestViewSet()


@hooks.register("register_log_actions")
def register_status_change(actions):
    @actions.register_action(STATUS_CHANGED)
    class StatusChanged(LogFormatter):
        label = _("Change appointment status")

        def format_message(self, log_entry):
            labels = dict(AppointmentRequest.Status.choices)
            data = log_entry.data or {}
            return _("Status changed from “%(from)s” to “%(to)s”") % {
                "from": labels.get(data.get("from"), data.get("from")),
                "to": labels.get(data.get("to"), data.get("to")),
            }
