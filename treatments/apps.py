from django.apps import AppConfig


class TreatmentsConfig(AppConfig):
    name = "treatments"
    verbose_name = "Treatments"

    def ready(self):
        """Attach the review workflow, and tell the delivery API what this app serves and depends on."""
        from delivery.signal_handlers import watch_snippet
        from localization.guards import register_publish_check

        from . import checks, serializers  # noqa: F401 - registers the system check and the page type
        from .claims import publish_check
        from .models import Concern, Reviewer, Specialty
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
        register_publish_check(publish_check)
        watch_snippet(Specialty, site_wide=True)  # its booking channels are on every page's site answer
        watch_snippet(Concern)
        watch_snippet(Reviewer)
