from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppointmentsConfig(AppConfig):
    name = "appointments"
    verbose_name = _("Appointment requests")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import AppointmentRequest
        from .views import ReadAndProgressOnly

        register_permission_policy(AppointmentRequest, ReadAndProgressOnly(AppointmentRequest))
