"""Site-wide answers for the delivery API: the clinic, menus and legal notices; and the sitemap.

Only live pages without view restrictions are linked or listed, and only real versions of a language:
an alias of a page in another language (wagtail-localize's stand-in for a missing translation) would
put that language's text under this one. The sitemap lists originals only, each page once; menus
follow the editors' tree, so an alias an editor placed in the same language is a link like any other.

Answers are built as plain data by the ``*_answer`` functions and served through ``delivery.caching``.
"""

from collections import defaultdict
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Count, Q
from django.urls import reverse
from ninja import Query, Router
from wagtail.models import Page

from delivery import caching, dependencies
from delivery.api import URL_NAMESPACE
from delivery.errors import not_found, responses
from delivery.locales import LOCALE_HELP, OptionalLanguageCode, language_codes, requested_language, resolve_locale
from delivery.routing import SiteRoots
from delivery.visibility import public_originals
from localization.status import fully_translated
from treatments.api import specialty_representation
from treatments.models import Specialty, TreatmentIndexPage

from .models import ClinicSettings, linkable_pages
from .site_schemas import SiteInformation, Sitemap, SitemapIndex
from .texts import texts_in_locale

#: Beyond any site: 10,000 pages of 50,000 URLs. A bound, so that no page number makes a cache entry of its own.
MAX_SITEMAP_PAGE = 10_000

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
    response=responses(Sitemap, 404),
    summary="Every live, public page, a page at a time",
    description=(
        "Absolute URLs of live, public pages (of one language with `locale`, of all languages without), in tree "
        "order, with the time each was last published and its live, public translations: at most `page_size` "
        "of them (the index says how many) per `page`, as the sitemaps protocol wants (50,000 at most). A page "
        "beyond the last is a 404; the first always exists."
    ),
)
def sitemap(
    request,
    locale: OptionalLanguageCode = Query(None, description="Language code; every language when absent."),
    page: int = Query(1, ge=1, le=MAX_SITEMAP_PAGE, description="Which page, from 1 (see `/sitemap/index/`)."),
):
    return caching.cached_json_response(
        request,
        "sitemap",
        [requested_language(locale) if locale is not None else "*", page, sitemap_page_size()],
        lambda: sitemap_answer(locale, request, page),
    )


@router.get(
    "/sitemap/index/",
    response=responses(SitemapIndex),
    summary="The sitemap's pages",
    description=(
        "What a sitemap index lists: for each language, its sitemap pages (the first always, empty or not), how "
        "many URLs each holds, and the API path that serves it."
    ),
)
def sitemap_index(request):
    return caching.cached_json_response(request, "sitemap-index", [sitemap_page_size()], sitemap_index_answer)


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


def sitemap_page_size():
    return getattr(settings, "SITEMAP_PAGE_SIZE", 10_000)


def sitemap_answer(locale, request=None, page=1):
    """One page of the sitemap: live, public original pages (of `locale`, or of all languages) in tree order,
    at most ``SITEMAP_PAGE_SIZE``, in three queries whatever their number.

    Rows are read as values and their URLs built from their paths (``SiteRoots.full_url_of_path``): a
    page of 10,000 entries with their alternates would otherwise build 20,000 page objects.
    """
    roots = SiteRoots.for_request(request)
    dependencies.depends_on_live_content(*([locale] if locale is not None else language_codes()))
    visible = public_originals(Page.objects.filter(depth__gt=1))  # the tree's root is no page of any site
    listed = visible.filter(locale=resolve_locale(locale)) if locale is not None else visible
    size = sitemap_page_size()
    window = listed.order_by("path")[(page - 1) * size : page * size]
    fields = ("url_path", "translation_key", "last_published_at", "locale__language_code")
    rows = list(window.values_list(*fields))
    if not rows and page > 1:
        raise not_found(f"The sitemap has fewer than {page} pages.")
    versions = visible.filter(translation_key__in=window.values("translation_key")).values_list(*fields)

    order = {code: position for position, code in enumerate(language_codes())}
    alternates = defaultdict(list)
    for url_path, key, _published, code in sorted(versions, key=lambda row: order.get(row[3], len(order))):
        if url := roots.full_url_of_path(url_path):
            alternates[key].append({"locale": code, "url": url})
    entries = []
    for url_path, key, published, code in rows:
        if url := roots.full_url_of_path(url_path):
            entries.append({"url": url, "locale": code, "last_modified": published, "alternates": alternates[key]})
    return {"page": page, "pages": entries}


def sitemap_index_answer():
    """The sitemap's pages: for each language, as many as its live, public pages need (one at least)."""
    dependencies.depends_on_live_pages(*language_codes())
    visible = public_originals(Page.objects.filter(depth__gt=1))  # the tree's root is no page of any site
    counts = dict(visible.order_by().values_list("locale__language_code").annotate(total=Count("pk")))
    size = sitemap_page_size()
    sitemaps = []
    for code in language_codes():
        total = counts.get(code, 0)
        for number in range(1, min(MAX_SITEMAP_PAGE, max(1, -(-total // size))) + 1):
            sitemaps.append(
                {
                    "locale": code,
                    "page": number,
                    "count": max(0, min(size, total - (number - 1) * size)),
                    "path": f"{reverse(f'{URL_NAMESPACE}:sitemap')}?{urlencode({'locale': code, 'page': number})}",
                }
            )
    return {"page_size": size, "sitemaps": sitemaps}


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
