"""A minimum fill time without a session: the frontend fetches a signed token when it shows the form.

``GET /api/v1/appointments/form-token/`` answers the time it was issued and a random id, signed with
``SECRET_KEY`` (Django's ``TimestampSigner``). A request sent sooner than
``APPOINTMENTS_MIN_FILL_SECONDS`` after it, with a token older than ``APPOINTMENTS_FORM_TOKEN_MAX_AGE``
or with a forged one is refused with a 400 naming ``form_token``. People take longer than a few seconds
to fill a form; scripts do not. A token stores one request only (``spend``): a patient correcting a
refused form sends the same token again, a script cannot post many requests on one.
"""

import secrets
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

SALT = "appointments.form-token"


def min_fill_seconds():
    return settings.APPOINTMENTS_MIN_FILL_SECONDS


def issue_form_token():
    return signing.TimestampSigner(salt=SALT).sign(f"{time.time_ns()}:{secrets.token_hex(8)}")


class FormTokenError(Exception):
    """``reason`` is ``invalid``, ``expired``, ``too_fast`` or ``used``."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def check_form_token(token):
    """The token's id; ``FormTokenError`` when it cannot be accepted."""
    signer = signing.TimestampSigner(salt=SALT)
    try:
        issued_ns, token_id = signer.unsign(token or "", max_age=settings.APPOINTMENTS_FORM_TOKEN_MAX_AGE).split(":")
        elapsed = time.time() - int(issued_ns) / 1e9
    except signing.SignatureExpired:
        raise FormTokenError("expired") from None
    except (signing.BadSignature, ValueError):
        raise FormTokenError("invalid") from None
    if elapsed < min_fill_seconds():
        raise FormTokenError("too_fast")
    if cache.get(spent_key(token_id)):
        raise FormTokenError("used")
    return token_id


def spend(token_id, tries=3):
    """Mark the token used, atomically; False when another request spent it first.

    Django's database cache answers ``add`` with False on any database error (a locked SQLite file
    included), not only when the key exists: the key is looked up before the token counts as spent, and
    a cache that keeps failing lets the request through rather than lose it.
    """
    key = spent_key(token_id)
    for _try in range(tries):
        if cache.add(key, True, timeout=settings.APPOINTMENTS_FORM_TOKEN_MAX_AGE + 60):
            return True
        if cache.get(key):
            return False
    return True


def release(token_id):
    """Give the token back when its request could not be stored after all."""
    cache.delete(spent_key(token_id))


def spent_key(token_id):
    return f"appointments:form-token-spent:{token_id}"
