from django.apps import AppConfig


class DeliveryConfig(AppConfig):
    name = "delivery"
    verbose_name = "Delivery API"

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
