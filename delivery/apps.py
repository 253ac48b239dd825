from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "delivery"
    verbose_name = "Delivery API"

    def ready(self):
        from . import after_response, checks  # noqa: F401 - connect the request signals, register the checks
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
