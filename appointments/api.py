"""``/api/v1/appointments/``: a patient's request from the frontend, in their language.

Never cached (``Cache-Control: no-store``), never in an error report (the request is marked wholly
sensitive), limited per client by ``SharedRateThrottle`` (429 with ``Retry-After``), guarded by a
honeypot and a signed form token for the minimum fill time. The answer of a valid request is its
reference; an invalid one lists every field in error, in the patient's language.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from ninja import Router, Status
from ninja.decorators import decorate_view

from delivery.errors import ApiError, ErrorResponse, error_body
from delivery.routing import SiteRoots

from .consent import privacy_notice
from .form_tokens import issue_form_token, min_fill_seconds
from .forms import FORM_TOKEN_MESSAGES, AppointmentRequestForm
from .intake import FormTokenSpent, PrivacyNoticeUnavailable, store_request
from .schemas import AppointmentCreated, AppointmentErrorResponse, AppointmentRequestIn, FormToken
from .throttling import SharedRateThrottle

router = Router(tags=["appointments"])


@router.get(
    "/form-token/",
    response={200: FormToken},
    summary="A token for the appointment form",
    description="Fetch it when the form is shown and send it back as `form_token`; it proves a person took "
    "at least `min_fill_seconds` to fill the form.",
)
@decorate_view(never_cache)
def form_token(request):
    return {
        "token": issue_form_token(),
        "min_fill_seconds": min_fill_seconds(),
        "max_age_seconds": settings.APPOINTMENTS_FORM_TOKEN_MAX_AGE,
    }


@router.post(
    "/",
    response={201: AppointmentCreated, 400: AppointmentErrorResponse, 429: ErrorResponse, 503: ErrorResponse},
    throttle=[SharedRateThrottle()],
    openapi_extra={
        "responses": {
            429: {
                "headers": {
                    "Retry-After": {
                        "description": "Seconds to wait before sending again.",
                        "schema": {"type": "integer"},
                    }
                }
            }
        }
    },
    summary="Request an appointment",
    description=(
        "Stores the request, tells the specialty's front desk and confirms to the patient by e-mail. Errors "
        "name every field in error in the request's language (`locale`, else `Accept-Language`); a missing "
        "consent answers with the privacy notice's URL. 429 with `Retry-After` when one client sends too many."
    ),
)
@decorate_view(never_cache, sensitive_post_parameters())  # error reports show none of it (cms.error_reports)
def request_appointment(request, payload: AppointmentRequestIn):
    data = payload.model_dump()
    language = patient_language(data.get("locale"))
    if data.get("locale") in (None, ""):
        data["locale"] = language  # stored with the consent: the language the notice was shown in
    with translation.override(language):
        form = AppointmentRequestForm(data=data)
        notice = privacy_notice(language)
        if not form.is_valid():
            return Status(400, invalid_request(form, notice, request))
        try:
            appointment = store_request(form.cleaned_data, request, notice)
        except FormTokenSpent:
            form.add_error("form_token", FORM_TOKEN_MESSAGES["used"])
            return Status(400, invalid_request(form, notice, request))
        except PrivacyNoticeUnavailable:
            raise ApiError(
                503,
                "privacy_notice_unavailable",
                _("Appointment requests are closed until the privacy notice is published. Please call us."),
            ) from None
        return Status(
            201,
            {
                "reference": appointment.reference,
                "status": appointment.status,
                "message": _("Thank you. We received your request %(reference)s and will contact you soon.")
                % {"reference": appointment.reference},
            },
        )


def patient_language(locale):
    """The body's ``locale`` when it names a language of the site, else the request's (Accept-Language)."""
    codes = [code for code, _name in settings.LANGUAGES]
    return locale if isinstance(locale, str) and locale in codes else translation.get_language()


def invalid_request(form, notice, request):
    fields = form.errors_by_field()
    body = error_body("invalid_request", _("Check the fields in error and send the request again."), next(iter(fields)))
    body["error"]["fields"] = fields
    body["error"]["privacy_notice_url"] = SiteRoots.for_request(request).path(notice) if notice else None
    return body
