"""What the public may see, in one vocabulary for every surface: the API, the templates, search, the
sitemap and the appointment form.

A page is **public** when it is live and no view restriction (password, login, groups) sits on it or an
ancestor. An **alias** is a copy Wagtail keeps of another page; aliases of a page in another language
are wagtail-localize's stand-in for a translation that does not exist (an English page in the Spanish
tree), and are never a **real version** of their language. Listings, search and the sitemap show
**originals** only, so a page kept in two places is listed once.

Querysets: ``public_pages``, ``public_originals``, ``public_real_versions``. Rows read one by one:
``rows_with_visibility`` reads a queryset's rows with what ``is_visible`` needs, so the check costs no
query per row.
"""

from django.db.models import F, Q
from wagtail.models import PageViewRestriction

from .dependencies import once_per_answer

UNTRANSLATED_COPY = Q(alias_of__isnull=False) & ~Q(alias_of__locale_id=F("locale_id"))


def public_pages(pages):
    return pages.live().public()


def public_originals(pages):
    """Public pages that are no alias: what listings, search and the sitemap show."""
    return public_pages(pages).filter(alias_of__isnull=True)


def public_real_versions(pages):
    """Public pages that are a real version of their language: what a link may lead to."""
    return public_pages(pages).exclude(UNTRANSLATED_COPY)


def rows_with_visibility(pages) -> list:
    """The rows of ``pages`` with what ``is_visible`` needs: ``original_locale_id`` (for an alias, the locale
    of its original) and ``is_restricted`` (a view restriction sits on the page or an ancestor).

    Restrictions are few: their paths are read in one more query and compared in Python, as Wagtail's
    ``public()`` does. Asked in SQL for each row, PostgreSQL read the whole page table once per row.
    """
    rows = list(pages.annotate(original_locale_id=F("alias_of__locale_id")))
    restricted = restricted_paths() if rows else ()
    for row in rows:
        row.is_restricted = bool(restricted) and row.path.startswith(restricted)
    return rows


def restricted_paths() -> tuple[str, ...]:
    """The tree paths of the pages that carry a view restriction (whose subtrees are not public)."""
    return once_per_answer("restricted_paths", read_restricted_paths)


def read_restricted_paths():
    return tuple(PageViewRestriction.objects.order_by().values_list("page__path", flat=True).distinct())


def is_untranslated_copy(page):
    """An alias of a page in another language (a row read by ``rows_with_visibility``)."""
    return page.alias_of_id is not None and getattr(page, "original_locale_id", None) != page.locale_id


def is_visible(page):
    """``public_real_versions`` for one row read by ``rows_with_visibility``."""
    return page.live and not page.is_restricted and not is_untranslated_copy(page)


def is_public_original(page):
    """``public_originals`` for one page instance (one query for its restrictions)."""
    return page.live and page.alias_of_id is None and not page.get_view_restrictions().exists()
