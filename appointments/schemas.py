"""The OpenAPI shape of ``POST /api/v1/appointments/``, derived from the form that enforces it.

Each property is documented with the limits of its form field (lengths, choices, formats), and the
body is accepted as any JSON object: the form checks every field at once and answers in the patient's
language, where a schema validator would stop at the first error, in English.
"""

from typing import Annotated, Any

from django.conf import settings
from ninja import Schema
from pydantic import ConfigDict, Field, WithJsonSchema

from .forms import MAX_PREFERRED_DATES, AppointmentRequestForm
from .models import AppointmentRequest, ContactChannel, TimeOfDay

FIELDS = AppointmentRequestForm.base_fields
#: The form's required fields, and the consent it insists on (a consent field is never "required": only JSON
#: ``true`` counts, and its message says why).
REQUIRED = [name for name, field in FIELDS.items() if field.required] + ["privacy_consent"]


def documented(schema, description):
    """A property the schema documents and the form validates."""
    return Annotated[Any, WithJsonSchema({**schema, "description": description})]


def text(name, description, **extra):
    """A string property with its form field's length limit; null where the field is optional (as if absent)."""
    types = "string" if FIELDS[name].required else ["string", "null"]
    return documented({"type": types, "maxLength": FIELDS[name].max_length, **extra}, description)


#: A request as the frontend sends it (the token is a placeholder: fetch a fresh one for each form).
EXAMPLE = {
    "specialty": "aesthetics",
    "name": "Ana López",
    "email": "ana@example.com",
    "phone": "+52 664 123 4567",
    "preferred_channel": "whatsapp",
    "preferred_time_of_day": "morning",
    "message": "¿Cuántas sesiones de microagujas necesito para cicatrices de acné?",
    "locale": "es",
    "privacy_consent": True,
    "health_data_consent": True,
    "form_token": "token-from-GET-appointments-form-token",
    "website": "",
}


class AppointmentRequestIn(Schema):
    model_config = ConfigDict(
        json_schema_extra={"required": REQUIRED, "additionalProperties": True, "examples": [EXAMPLE]}
    )

    specialty: text(
        "specialty",
        "The specialty's slug (the same in every language), e.g. `aesthetics`.",
        pattern=r"^[-a-zA-Z0-9_]+$",
    ) = None
    treatment: documented(
        {
            "type": ["integer", "null"],
            "minimum": FIELDS["treatment"].min_value,
            "maximum": FIELDS["treatment"].max_value,
        },
        "Id of the live treatment page the request comes from; it must belong to `specialty`.",
    ) = None
    name: text("name", "The patient's name.", minLength=1) = None
    email: text("email", "E-mail address; an e-mail or a phone is required.", format="email") = None
    phone: text("phone", "Phone in international format with the country code, e.g. `+52 664 123 4567`.") = None
    preferred_channel: documented(
        {"type": "string", "enum": ContactChannel.values},
        "How the patient wants to be contacted; `email` needs `email`, `phone` and `whatsapp` need `phone`.",
    ) = None
    preferred_dates: documented(
        {
            "type": ["array", "null"],
            "items": {"type": "string", "format": "date"},
            "maxItems": MAX_PREFERRED_DATES,
        },
        "Up to three days (`YYYY-MM-DD`) from today to a year ahead.",
    ) = None
    preferred_time_of_day: documented(
        {"type": ["string", "null"], "enum": [*TimeOfDay.values, "", None], "default": TimeOfDay.ANY},
        "When in the day suits the patient; empty or null for any time.",
    ) = None
    message: text("message", "Optional message. Giving one requires `health_data_consent`.") = None
    locale: documented(
        {"type": ["string", "null"], "enum": [*(code for code, _name in settings.LANGUAGES), "", None]},
        "The patient's language: errors and the confirmation e-mail use it. `Accept-Language` when absent, "
        "empty or null.",
    ) = None
    privacy_consent: documented(
        {"const": True},
        "The patient accepted the privacy notice (`privacy_notice_url` of `/site/`).",
    ) = None
    health_data_consent: documented(
        {"type": ["boolean", "null"]},
        "Express consent to process health information; required (true) when `message` is given.",
    ) = None
    form_token: text(
        "form_token", "The token from `GET /appointments/form-token/`, fetched when the form was shown."
    ) = None
    website: documented(
        {"type": ["string", "null"], "maxLength": 0}, "Leave empty: hidden from people, it catches bots."
    ) = None


class AppointmentCreated(Schema):
    reference: str = Field(description="Short code the patient quotes, e.g. `CL-7K2M9QXD`.", examples=["CL-7K2M9QXD"])
    status: str = Field(
        description="Always `new` for a request just received.", examples=[AppointmentRequest.Status.NEW]
    )
    message: str = Field(description="A confirmation sentence in the patient's language.")


class FormToken(Schema):
    token: str = Field(
        description="Send it back as `form_token` with the request.", examples=["eyJpIjoiN2Q0In0:1tQx2b:3Xr9"]
    )
    min_fill_seconds: int = Field(
        description="A request sent sooner than this after the token is refused.", examples=[3]
    )
    max_age_seconds: int = Field(description="The token expires after this many seconds.", examples=[7200])


class AppointmentErrorDetail(Schema):
    code: str = Field(
        description="`invalid_request` (see `fields`), `invalid_parameter`, `privacy_notice_unavailable`."
    )
    message: str
    field: str | None = Field(None, description="The first field in error.")
    fields: dict[str, list[str]] = Field(
        default_factory=dict, description="Every field in error and why, in the request's language."
    )
    privacy_notice_url: str | None = Field(None, description="The privacy notice in the request's language.")


class AppointmentErrorResponse(Schema):
    error: AppointmentErrorDetail
