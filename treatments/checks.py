"""System checks: the medical review only signs articles if Wagtail hands finished workflows to it."""

from django.conf import settings
from django.core import checks

FINISH_ACTION = "treatments.workflow_actions.publish_approved"


@checks.register()
def finish_workflow_action_is_the_medical_review(app_configs, **kwargs):
    configured = getattr(settings, "WAGTAIL_FINISH_WORKFLOW_ACTION", "wagtail.workflows.publish_workflow_state")
    if configured == FINISH_ACTION:
        return []
    return [
        checks.Error(
            f"WAGTAIL_FINISH_WORKFLOW_ACTION is {configured!r}: approved treatment articles would not be published.",
            hint=f"Set WAGTAIL_FINISH_WORKFLOW_ACTION = {FINISH_ACTION!r}.",
            id="treatments.E001",
        )
    ]
