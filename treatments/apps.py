from django.apps import AppConfig


class TreatmentsConfig(AppConfig):
    name = "treatments"
    verbose_name = "Treatments"

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
