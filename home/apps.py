from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and clinic settings"

    def ready(self):
        """Tell the delivery API what this app serves and what its answers depend on."""
        from delivery.signal_handlers import watch_settings, watch_snippet
        from delivery.structured_data import register_publisher

        from . import serializers  # noqa: F401 - registers the page types
        from .models import ClinicSettings, ClinicText
        from .structured_data import clinic_node

        register_publisher(clinic_node)
        watch_snippet(ClinicText, site_wide=True)
        watch_settings(ClinicSettings)
