"""The evidence of a patient's consent, and the one value that identifies a client without naming it.

LFPDPPP asks the clinic to show who consented, when, and to which version of the privacy notice. The
version is the live revision of the notice page in the patient's language, copied once into
``PrivacyNoticeVersion`` so it outlives the page. The client address is kept only as a keyed hash
(HMAC-SHA256 with ``SECRET_KEY``): it matches a later complaint from the same connection, and cannot be
turned back into the address by someone who reads the table.
"""

from django.conf import settings
from django.utils.crypto import salted_hmac

from home.models import ClinicSettings

from .models import PrivacyNoticeVersion

ADDRESS_SALT = "appointments.client-address"


def client_address(request):
    """The address our own proxies saw (``NINJA_NUM_PROXIES``, set from ``LOGIN_PROXY_COUNT``), else ``REMOTE_ADDR``.

    Each proxy appends the address it received from to ``X-Forwarded-For``; entries further left were
    written by the client and prove nothing. A header shorter than the proxy count is not trusted at all.
    """
    proxies = settings.NINJA_NUM_PROXIES or 0
    forwarded = [address.strip() for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if proxies and len(forwarded) >= proxies and forwarded[-proxies]:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def address_hash(address):
    return salted_hmac(ADDRESS_SALT, address, algorithm="sha256").hexdigest() if address else ""


def privacy_notice(language_code):
    """The privacy notice page a patient writing in that language accepts, or None when it is not live."""
    clinic = ClinicSettings.base_queryset().first()
    return clinic.privacy_notice_in(language_code) if clinic else None


def accepted_version(notice):
    """The stored copy of the notice's live revision, made the first time someone accepts it."""
    revision = notice.live_revision
    version, _created = PrivacyNoticeVersion.objects.get_or_create(
        revision_id=revision.pk,
        defaults={
            "page_id": notice.pk,
            "language": notice.locale.language_code,
            "title": notice.title,
            "published_at": notice.last_published_at or revision.created_at,
            "content": revision.content,
        },
    )
    return version
