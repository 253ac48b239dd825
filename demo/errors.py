"""The error the demo loader raises, and how a validation error becomes its one-line reason."""

import json
from contextlib import contextmanager

from django.core.exceptions import ValidationError


class DemoContentError(Exception):
    """Raised with a one-line reason; the management command reports it and exits non-zero."""


@contextmanager
def creating(what):
    """Turn a validation error while creating ``what`` into a one-line DemoContentError."""
    try:
        yield
    except ValidationError as error:
        raise DemoContentError(f"cannot create {what}: {describe_validation_error(error)}") from error


def describe_validation_error(error):
    if hasattr(error, "as_json_data"):  # block validation errors know which block and field failed
        return json.dumps(error.as_json_data(), ensure_ascii=False)
    if hasattr(error, "error_dict"):
        return "; ".join(f"{field}: {' '.join(messages)}" for field, messages in error.message_dict.items())
    return " ".join(error.messages)
