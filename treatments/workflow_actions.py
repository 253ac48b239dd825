"""Wagtail's ``WAGTAIL_FINISH_WORKFLOW_ACTION`` for this project.

Wagtail imports this setting while ``wagtail.models`` itself is loading, so this module imports nothing
from Wagtail or this app at the top; the work is in ``treatments.review.publish_approved``.
"""


def publish_approved(workflow_state, user=None):
    from .review import publish_approved as publish

    publish(workflow_state, user=user)
