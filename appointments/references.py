"""Reference codes patients quote on the phone: short, unambiguous, impossible to guess or enumerate.

``CL-`` and eight characters of Crockford's base32 (no I, L, O or U, so nothing is misread): 32⁸ ≈
10¹² codes from ``secrets``, so a reference says nothing about how many requests the clinic gets.
The unique constraint is the arbiter; ``create_with_reference`` draws again on the rare collision.
"""

import secrets

from django.db import IntegrityError, transaction

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PREFIX = "CL-"
RANDOM_LENGTH = 8
REFERENCE_LENGTH = len(PREFIX) + RANDOM_LENGTH
ATTEMPTS = 5


def new_reference():
    return PREFIX + "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))


def create_with_reference(model, **fields):
    """Insert a row with a fresh reference, drawing another one if the database says it is taken.

    Any other integrity error (a foreign key that vanished meanwhile) is raised as it is.
    """
    for _attempt in range(ATTEMPTS):
        reference = new_reference()
        try:
            with transaction.atomic():
                return model.objects.create(reference=reference, **fields)
        except IntegrityError:
            if not model.objects.filter(reference=reference).exists():
                raise
    raise IntegrityError(f"No free reference after {ATTEMPTS} draws.")
