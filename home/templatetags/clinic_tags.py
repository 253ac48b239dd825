"""Template helpers for the site frame: languages, the clinic's texts, and opening-hours text.

Everything here answers "what belongs on this page, in this page's language": the same page in the
other languages (switcher, hreflang alternates, canonical), the clinic's own sentences from the
``ClinicText`` snippet, and pages such as the privacy notice in the reader's language.
"""

from dataclasses import dataclass, field

from django import template
from django.conf import settings
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import get_language, get_language_info
from wagtail.coreutils import get_content_languages
from wagtail.models import Locale, Page, Site

from delivery.visibility import public_pages
from home.choices import WEEKDAYS
from home.models import ClinicSettings, HomePage
from home.texts import content_language, texts_in_locale

register = template.Library()

WEEKDAY_ORDER = [code for code, _label in WEEKDAYS]
WEEKDAY_LABELS = dict(WEEKDAYS)


@register.filter
def weekday_names(codes):
    """Day codes as names, three or more consecutive days as a range: "Monday–Friday, Sunday"."""
    positions = sorted({WEEKDAY_ORDER.index(code) for code in codes or [] if code in WEEKDAY_LABELS})
    runs = []
    for position in positions:
        if runs and position == runs[-1][1] + 1:
            runs[-1][1] = position
        else:
            runs.append([position, position])
    names = []
    for first, last in runs:
        if last - first >= 2:
            names.append(f"{WEEKDAY_LABELS[WEEKDAY_ORDER[first]]}–{WEEKDAY_LABELS[WEEKDAY_ORDER[last]]}")
        else:
            names.extend(str(WEEKDAY_LABELS[WEEKDAY_ORDER[p]]) for p in range(first, last + 1))
    return ", ".join(names)


def page_in_context(context):
    """The Wagtail page being rendered, or None (error pages, previews of other models)."""
    page = context.get("page")
    return page if isinstance(page, Page) else None


def current_locale(context):
    """The page's locale, or the active language's when the template renders no page (e.g. a 404)."""
    page = page_in_context(context)
    return page.locale if page is not None else Locale.get_active()


@register.simple_tag(takes_context=True)
def locale_home_page(context):
    """The live home page in the current page's language (or the active language), or None."""
    return HomePage.objects.live().filter(locale=current_locale(context)).first()


# --- The same page in other languages ----------------------------------------------------------------


@dataclass(frozen=True)
class LanguageLink:
    """One entry of the language switcher."""

    language_code: str
    name: str  # in the language itself, so a reader finds their language: "English", "Español"
    url: str | None  # None for the current language when there is no page to link to
    is_current: bool = False
    is_same_page: bool = True  # False when the link goes to that language's home page instead


@dataclass(frozen=True)
class Alternate:
    """A ``<link rel="alternate" hreflang>``: a live, public version of this page, by absolute URL."""

    hreflang: str
    url: str


@dataclass(frozen=True)
class PageLanguages:
    switcher: list[LanguageLink] = field(default_factory=list)
    alternates: list[Alternate] = field(default_factory=list)
    canonical_url: str | None = None

    @property
    def offers_other_languages(self):
        return any(not link.is_current for link in self.switcher)


def language_name(code):
    """ "English", "Español": a language's name in that language."""
    try:
        return capfirst(get_language_info(code)["name_local"])
    except KeyError:
        return get_content_languages().get(code, code)


def live_versions(page, site):
    """Live, public translations of the page and of the site's home page, by language code.

    One query for both (plus Wagtail's query for view restrictions), whatever the number of languages.
    """
    homes = Page.objects.filter(pk=site.root_page_id).values("translation_key")
    same_or_home = Q(translation_key__in=homes)
    if page is not None:
        same_or_home |= Q(translation_key=page.translation_key)
    translations, home_pages = {}, {}
    for version in public_pages(Page.objects.filter(same_or_home)).select_related("locale"):
        code = version.locale.language_code
        if page is not None and version.translation_key == page.translation_key:
            translations[code] = version
        else:
            home_pages[code] = version
    return translations, home_pages


@register.simple_tag(takes_context=True)
def page_languages(context):
    """The language switcher, hreflang alternates and canonical URL for the page being rendered.

    The switcher links to the same page in each other language when that translation is live and
    public, otherwise to that language's home page (if live), never to a draft. Without a page
    (a 404) it links to the home pages.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return PageLanguages()
    page = page_in_context(context)
    current = content_language(page.locale.language_code if page is not None else get_language())
    translations, home_pages = live_versions(page, site)

    switcher = []
    for code in get_content_languages():
        if code == current:
            url = page.get_url(request) if page is not None else None
            switcher.append(LanguageLink(code, language_name(code), url, is_current=True))
        elif code in translations:
            switcher.append(LanguageLink(code, language_name(code), translations[code].get_url(request)))
        elif code in home_pages:
            url = home_pages[code].get_url(request)
            switcher.append(LanguageLink(code, language_name(code), url, is_same_page=False))

    if page is None:
        return PageLanguages(switcher=switcher)
    alternates = [
        Alternate(code, translations[code].get_full_url(request))
        for code in get_content_languages()
        if code in translations
    ]
    default_language = content_language(settings.LANGUAGE_CODE)
    if default_language in translations:
        alternates.append(Alternate("x-default", translations[default_language].get_full_url(request)))
    return PageLanguages(switcher=switcher, alternates=alternates, canonical_url=page.get_full_url(request))


@register.simple_tag(takes_context=True)
def translated_page(context, page):
    """``page`` in the current language if that translation is live and public, else ``page`` itself
    when it is live and public, else None. For links such as the privacy notice in the footer."""
    if page is None:
        return None
    locale = current_locale(context)
    translations = page.get_translations(inclusive=True).filter(locale_id__in={locale.pk, page.locale_id})
    versions = {version.locale_id: version for version in public_pages(translations).select_related("locale")}
    return versions.get(locale.pk) or versions.get(page.locale_id)


# --- The clinic's own sentences ------------------------------------------------------------------------


@register.simple_tag(takes_context=True)
def clinic_texts(context):
    """``{% clinic_texts as texts %}``: the ClinicText in the page's language (see ``home.texts``).

    Looked up once per request; the footer and the treatment article both use it.
    """
    request = context.get("request")
    locale = current_locale(context)
    cache = getattr(request, "_clinic_texts_by_locale", None) if request is not None else None
    if cache is not None and locale.pk in cache:
        return cache[locale.pk]
    texts = texts_in_locale(ClinicSettings.load(request_or_site=request), locale)
    if request is not None:
        request._clinic_texts_by_locale = {**(cache or {}), locale.pk: texts}
    return texts
