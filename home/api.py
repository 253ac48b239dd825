"""Site-wide answers for the delivery API: the clinic, menus and legal notices; and the sitemap.

Only live pages without view restrictions are linked or listed, and only real versions of a language:
an alias of a page in another language (wagtail-localize's stand-in for a missing translation) would
put that language's text under this one. The sitemap lists originals only, each page once; menus
follow the editors' tree, so an alias an editor placed in the same language is a link like any other.

Answers are built as plain data by the ``*_answer`` functions and served through ``delivery.caching``.
"""

from collections import defaultdict

from django.db.models import Q
from ninja import Query, Router
from wagtail.models import Page

from delivery import caching, dependencies
from delivery.errors import responses
from delivery.locales import LOCALE_HELP, OptionalLanguageCode, language_codes, requested_language, resolve_locale
from delivery.routing import SiteRoots
from delivery.visibility import public_originals
from localization.status import fully_translated
from treatments.api import specialty_representation
from treatments.models import Specialty, TreatmentIndexPage

from .models import ClinicSettings, linkable_pages
from .site_schemas import SiteInformation, Sitemap
from .texts import texts_in_locale

router = Router(tags=["site"])


# --- Endpoints -----------------------------------------------------------------------------------------


@router.get(
    "/site/",
    response=responses(SiteInformation),
    summary="Clinic details, navigation and legal notices",
    description=(
        "What the frame of every page needs in one language: the clinic's facts and contact channels, its "
        "texts in that language (null where not translated yet, never another language's), the main "
        "navigation (home, the treatment index and the home page's children shown in menus, in menu order), "
        "footer links, legal notices and the booking channels of each specialty."
    ),
)
def site_information(request, locale: OptionalLanguageCode = Query(None, description=LOCALE_HELP)):
    roots = SiteRoots.for_request(request)
    return caching.cached_json_response(
        request,
        "site",
        [roots.default_site_id, requested_language(locale)],
        lambda: site_answer(locale, request),
    )


@router.get(
    "/sitemap/",
    response=responses(Sitemap),
    summary="Every live, public page",
    description=(
        "Absolute URLs of every live, public page (of one language with `locale`, of all languages without), "
        "in tree order, with the time each was last published and its live, public translations."
    ),
)
def sitemap(
    request,
    locale: OptionalLanguageCode = Query(None, description="Language code; every language when absent."),
):
    return caching.cached_json_response(
        request,
        "sitemap",
        [requested_language(locale) if locale is not None else "*"],
        lambda: sitemap_answer(locale, request),
    )


# --- Answers -------------------------------------------------------------------------------------------


def site_answer(locale, request=None):
    language = resolve_locale(locale)
    roots = SiteRoots.for_request(request)
    # Not ClinicSettings.load(): on a site never configured it saves the defaults, and that save would
    # drop every cached answer and notify the frontends because someone read the settings.
    clinic = ClinicSettings.base_queryset().first() or ClinicSettings()
    dependencies.depends_on_live_pages(language)  # the navigation
    dependencies.depends_on_all(Specialty)  # the booking channels
    privacy_notice = clinic.privacy_notice_in(language.language_code)
    privacy_link = [navigation_link(privacy_notice, roots)] if privacy_notice else []
    return {
        "locale": language.language_code,
        "clinic": clinic_details(clinic),
        "texts": {name: value or None for name, value in vars(texts_in_locale(clinic, language)).items()},
        "navigation": [navigation_link(page, roots) for page in main_navigation(roots, language)],
        "footer_links": privacy_link,
        "legal": {
            "advertising_permit": clinic.advertising_permit or None,
            "privacy_notice_url": privacy_link[0]["url"] if privacy_link else None,
        },
        "booking_channels": [specialty_representation(item) for item in fully_translated(Specialty, language)],
    }


def sitemap_answer(locale, request=None):
    """Every live, public original page (of `locale`, or of all languages), in a fixed number of queries."""
    roots = SiteRoots.for_request(request)
    dependencies.depends_on_live_pages(*([locale] if locale is not None else language_codes()))
    visible = (
        public_originals(Page.objects.all())
        .select_related("locale")
        .only("url_path", "translation_key", "last_published_at", "locale__language_code")
    )
    if locale is not None:
        in_locale = visible.filter(locale=resolve_locale(locale))
        pages = list(in_locale.order_by("path"))
        versions = list(visible.filter(translation_key__in=in_locale.values("translation_key")))
    else:
        pages = versions = list(visible.order_by("path"))

    urls = {page.pk: roots.full_url(page) for page in [*pages, *versions]}
    order = {code: position for position, code in enumerate(language_codes())}
    alternates = defaultdict(list)
    for version in sorted(versions, key=lambda page: order.get(page.locale.language_code, len(order))):
        if urls[version.pk]:
            alternates[version.translation_key].append(
                {"locale": version.locale.language_code, "url": urls[version.pk]}
            )
    return {
        "pages": [
            {
                "url": urls[page.pk],
                "locale": page.locale.language_code,
                "last_modified": page.last_published_at,
                "alternates": alternates[page.translation_key],
            }
            for page in pages
            if urls[page.pk]
        ]
    }


# --- Helpers -------------------------------------------------------------------------------------------


def main_navigation(roots, locale):
    """The locale's home page, then its live, public children that belong in the menu, in menu order.

    A child belongs in the menu when editors ticked "Show in menus", and the treatment index always.
    """
    root = roots.root_for(locale.language_code)
    if root is None:
        return []
    home = linkable_pages().filter(url_path=root.root_path, locale=locale).first()
    if home is None:
        return []
    children = linkable_pages().child_of(home)
    children = children.filter(Q(show_in_menus=True) | children.type_q(TreatmentIndexPage)).order_by("path")
    return [home, *children]


def navigation_link(page, roots):
    return {"id": page.pk, "title": page.title, "url": roots.path(page) or ""}


def clinic_details(clinic):
    coordinates = None
    if clinic.latitude is not None and clinic.longitude is not None:
        coordinates = {"latitude": float(clinic.latitude), "longitude": float(clinic.longitude)}
    return {
        "name": clinic.name,
        "address": {
            "lines": clinic.postal_address_lines,
            "street_address": clinic.street_address,
            "neighbourhood": clinic.neighbourhood or None,
            "city": clinic.city,
            "region": clinic.region,
            "postal_code": clinic.postal_code,
            "country": clinic.country,
        },
        "phone": clinic.phone or None,
        "whatsapp": clinic.whatsapp or None,
        "whatsapp_url": clinic.whatsapp_url or None,
        "email": clinic.email or None,
        "opening_hours": [
            {
                "days": list(block.value["days"]),
                "opens": block.value["opens"].strftime("%H:%M"),
                "closes": block.value["closes"].strftime("%H:%M"),
            }
            for block in clinic.opening_hours
            if block.value["opens"] and block.value["closes"]
        ],
        "coordinates": coordinates,
        "social_links": [
            {"network": block.value["network"], "url": block.value["url"]} for block in clinic.social_links
        ],
    }
