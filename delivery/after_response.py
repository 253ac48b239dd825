"""Work that must not delay an answer runs once the response has been sent.

A WSGI server closes the response after its last byte has gone to the client, and Django sends
``request_finished`` then. With the default ``ImmediateBackend``, a django-tasks task enqueued from here
runs in the worker after the response instead of inside it: the first attempt at an appointment's
e-mails (a slow or hanging mail server, bounded by ``EMAIL_TIMEOUT``, holds a worker for a while but
never the patient's answer), the re-indexing of the pages showing a concern an editor renamed. With a
task worker configured, the task is only queued then. Outside a request (a command, a task worker) work
runs at once.
"""

import logging
import threading

from django.core.signals import request_finished, request_started
from django.dispatch import receiver

logger = logging.getLogger(__name__)

_state = threading.local()


@receiver(request_started, dispatch_uid="delivery.after_response.begin")
def begin(sender, **kwargs):
    _state.pending = []


@receiver(request_finished, dispatch_uid="delivery.after_response.run")
def run_pending(sender, **kwargs):
    pending, _state.pending = getattr(_state, "pending", None) or [], None
    for work in pending:
        try:
            work()
        except Exception:  # noqa: BLE001 - one failure must not skip the rest
            logger.exception("Work after the response failed")


def after_response(work):
    """Run ``work()`` once the current response has been sent, or now when there is no request."""
    pending = getattr(_state, "pending", None)
    if pending is None:
        work()
    else:
        pending.append(work)
