"""Which page a localized path names, as the public frontend asks for it (fixing wagtail#6679).

Wagtail's own APIs route ``find/?html_path=`` from the default site's root page, so a Spanish path
(``/es/tratamientos/microagujas/``) never resolves. Here the language prefix chooses the locale, the
locale's site root is the translation of the default site's root page in that locale (Wagtail lists it
among the site root paths), and the rest of the path is looked up by ``url_path`` below that root: the
same answer as ``Page.route()`` for our page types, in one query instead of one per path segment.

Only pages a visitor may see are served: live, not under a view restriction (``PageViewRestriction``
anywhere above them) and not an untranslated copy (the alias wagtail-localize makes of an English page
in the Spanish tree), as ``delivery.visibility`` defines them; the check costs no extra query wherever
pages are read.

A path that no visible page answers may be covered by a redirect (Wagtail's redirects app: old slugs,
moved pages, redirects editors add); otherwise the answer lists the page's versions that do exist in
other languages, from which the caller serves a fallback or builds a 404.
"""

from dataclasses import dataclass, field
from types import SimpleNamespace
from urllib.parse import quote, unquote

from django.db.models import F, Q
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

from .errors import bad_parameter
from .locales import language_codes
from .visibility import is_visible, rows_with_visibility

#: What ``django.urls.reverse`` leaves unquoted in a path it builds.
REVERSE_SAFE = "!$&'()*+,;=/~:@"

PATH_MAX_LENGTH = 500
#: The paths ``parse_path`` may accept, as a JSON Schema pattern: a leading slash (or one percent-encoded: the
#: path is decoded once more), then no control character, query string, fragment or backslash. It refuses
#: more once decoded: encoded control characters, empty and dot segments. (Python's ``$`` also matches before a
#: final newline, so a Python validator lets "/en/\n" through where ECMA-262 does not; the server refuses it.)
PATH_PATTERN = r"^(/|%2[fF])[^\u0000-\u001f\u007f?#\\]*$"
PATH_FIELD = "path"


# --- Paths ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LocalizedPath:
    """A path as the visitor typed it, split into its language prefix and the page's slugs."""

    path: str
    language_code: str | None  # None when the first segment is not a known language
    segments: tuple[str, ...]  # the slugs after the language prefix

    @property
    def canonical(self):
        """One spelling for every way of writing the same path (percent-encoded, without its final slash):
        what routing reads, so the answer is the same for all of them."""
        return f"{self.path.removesuffix('/')}/"

    @property
    def relative_url_path(self):
        """The path below the language's site root, in ``url_path`` form: ``tratamientos/microagujas/``."""
        return "".join(f"{segment}/" for segment in self.segments)


def parse_path(raw_path):
    """Split and check a localized path; a 400 naming ``path`` when it cannot be a page's path.

    Accepted: an absolute path with a language prefix, with or without its trailing slash, percent-encoded
    or not. Refused: no leading slash, over 500 characters, control characters, ``.``/``..`` or empty
    segments, a query string or fragment, backslashes, and no segment at all.
    """
    if raw_path is None or raw_path == "":
        raise bad_parameter(PATH_FIELD, "Give the page's path, e.g. /es/tratamientos/microagujas/.")
    if len(raw_path) > PATH_MAX_LENGTH:
        raise bad_parameter(PATH_FIELD, f"The path is longer than {PATH_MAX_LENGTH} characters.")
    path = unquote(raw_path)
    if any(ord(character) < 32 or ord(character) == 127 for character in path):
        raise bad_parameter(PATH_FIELD, "The path contains control characters.")
    if not path.startswith("/"):
        raise bad_parameter(PATH_FIELD, "The path must start with '/', e.g. /es/tratamientos/microagujas/.")
    if any(character in path for character in "?#\\"):
        raise bad_parameter(PATH_FIELD, "Send the path alone, without query string, fragment or backslashes.")
    segments = path[1:].removesuffix("/").split("/")
    if segments == [""]:
        raise bad_parameter(PATH_FIELD, f"The path must start with a language prefix: {prefix_examples()}.")
    if any(segment in ("", ".", "..") for segment in segments):
        raise bad_parameter(PATH_FIELD, "The path has an empty, '.' or '..' segment.")
    language = segments[0] if segments[0] in language_codes() else None
    return LocalizedPath(path=path, language_code=language, segments=tuple(segments[1:]))


def prefix_examples():
    return ", ".join(f"/{code}/" for code in language_codes())


def unknown_language(localized_path):
    first = localized_path.path[1:].split("/", 1)[0]
    return bad_parameter(PATH_FIELD, f"Unknown locale '{first}' in the path. Use one of: {prefix_examples()}.")


# --- Sites ---------------------------------------------------------------------------------------------


class SiteRoots:
    """The site root paths (Wagtail's cached list: one per site and language), and URLs built from them.

    With internationalisation on, Wagtail lists every translation of a site's root page, each with its
    language; the Spanish home page's ``url_path`` is the root of every Spanish path. Computing it costs
    Wagtail's site-root-paths cache (two queries when cold, none when warm).
    """

    def __init__(self, request=None):
        self.paths = Site.get_site_root_paths()
        # Page.get_url_parts() caches the site root paths on the object it is given: hand it ours.
        self.cache_object = request if request is not None else SimpleNamespace()
        self.cache_object._wagtail_cached_site_root_paths = self.paths
        self._default_site_id = None
        self._prefixes = {}

    @classmethod
    def for_request(cls, request=None):
        """One SiteRoots per request (kept on it), so every page URL of an answer shares one lookup."""
        if request is None:
            return cls()
        roots = getattr(request, "_delivery_site_roots", None)
        if roots is None:
            roots = request._delivery_site_roots = cls(request)
        return roots

    @property
    def default_site_id(self):
        if self._default_site_id is None:
            site_ids = {root.site_id for root in self.paths}
            if len(site_ids) == 1:
                self._default_site_id = site_ids.pop()
            else:
                self._default_site_id = (
                    Site.objects.filter(is_default_site=True).values_list("pk", flat=True).first() or 0
                )
        return self._default_site_id

    def root_for(self, language_code, site_id=None):
        """The root path of a language on a site (the default site when not given), or None."""
        site_id = site_id or self.default_site_id
        for root in self.paths:
            if root.site_id == site_id and root.language_code == language_code:
                return root
        return None

    def roots_of_site(self, site_id=None):
        site_id = site_id or self.default_site_id
        return [root for root in self.paths if root.site_id == site_id]

    def root_of(self, page):
        """The site root path a page lives under (the most specific one), or None."""
        return self.root_of_path(page.url_path)

    def root_of_path(self, url_path):
        for root in self.paths:  # Wagtail sorts them most specific first
            if url_path.startswith(root.root_path):
                return root
        return None

    def path(self, page):
        """The page's localized path (``/es/tratamientos/microagujas/``), or None if no site serves it."""
        parts = page.get_url_parts(self.cache_object)
        return parts[2] if parts and parts[2] else None

    def full_url(self, page):
        parts = page.get_url_parts(self.cache_object)
        return parts[1] + parts[2] if parts and parts[1] and parts[2] else None

    def full_url_of_path(self, url_path):
        """``full_url`` from a ``url_path`` alone, for thousands of rows read as values (the sitemap).

        The same URL Wagtail builds (``Page.get_url_parts``: the first site root the path lies under, its
        language's prefix from ``reverse``, the rest quoted as ``reverse`` quotes it), with ``reverse``
        called once per site root instead of once per page.
        """
        root = self.root_of_path(url_path)
        path = self.path_of_url_path(url_path)
        return root.root_url + path if path and root.root_url else None

    def path_of_url_path(self, url_path):
        """``path`` from a ``url_path`` alone (as ``full_url_of_path`` builds it)."""
        root = self.root_of_path(url_path)
        if root is None:
            return None
        prefix = self._prefixes.get(root)
        if prefix is None:
            try:
                with translation.override(root.language_code):
                    prefix = reverse("wagtail_serve", args=("",))
            except NoReverseMatch:
                prefix = ""
            self._prefixes[root] = prefix
        if not prefix:
            return None
        return prefix + quote(url_path[len(root.root_path) :], safe=REVERSE_SAFE)


# --- Visibility ----------------------------------------------------------------------------------------


# --- A page and its relatives --------------------------------------------------------------------------


class PageFamily:
    """A page, its ancestors and its translations, read in one query with their visibility.

    What the page representation needs besides the page (breadcrumbs, alternates) and what routing
    needs to answer a path (the page, or its versions in other languages).
    """

    def __init__(self, rows):
        self.rows = list(rows)

    @staticmethod
    def queryset(condition):
        pages = Page.objects.filter(condition).select_related("locale", "content_type").order_by("path")
        return rows_with_visibility(pages)

    @classmethod
    def for_url_paths(cls, url_paths, target_url_path):
        """The pages at ``url_paths`` (a path and its prefixes) and the translations of the one at the target.

        Each half is found through an index (``url_path``: migration ``delivery.0003``; ``translation_key``:
        Wagtail's) and the two are joined by id; one ``OR`` of both would read the whole page table.
        """
        at_paths = Page.objects.filter(url_path__in=url_paths).order_by().values("pk")
        target = Page.objects.filter(url_path=target_url_path).values("translation_key")
        translations = Page.objects.filter(translation_key__in=target).order_by().values("pk")
        return cls(cls.queryset(Q(pk__in=at_paths.union(translations))))

    @classmethod
    def for_page_id(cls, page_id):
        """The page with this id, its ancestors and its translations (its path read first, by id)."""
        target = Page.objects.filter(pk=page_id).only("path", "translation_key").first()
        return cls.for_page(target) if target is not None else cls([])

    @classmethod
    def for_page(cls, page):
        """The family of a page instance (possibly a revision's, not saved): from its path and translation key."""
        steplen = Page.steplen
        ancestor_paths = [page.path[:end] for end in range(steplen, len(page.path) + 1, steplen)]
        return cls(cls.queryset(Q(path__in=ancestor_paths) | Q(translation_key=page.translation_key)))

    def get(self, page_id):
        return next((row for row in self.rows if row.pk == page_id), None)

    def at(self, url_path):
        return next((row for row in self.rows if row.url_path == url_path), None)

    def covers(self, page):
        return self.get(page.pk) is not None

    def ancestors(self, page):
        """The page's ancestors, top first."""
        rows = [row for row in self.rows if page.path.startswith(row.path) and row.depth < page.depth]
        return sorted(rows, key=lambda row: row.depth)

    def translations(self, page):
        """The page's versions in other languages (any state)."""
        return [row for row in self.rows if row.translation_key == page.translation_key and row.pk != page.pk]


# --- Resolving -----------------------------------------------------------------------------------------


@dataclass
class Resolution:
    """What a path or id names: a visible page, a redirect, or nothing (with versions in other languages).

    ``language_code`` is the language asked for: the path prefix, or the page's own language by id.
    ``alternates`` (when nothing visible is found) are visible pages in other languages that stand for
    the same page.
    """

    language_code: str | None
    page: Page | None = None  # a base Page row, annotated by with_visibility
    family: PageFamily | None = None
    redirect_to: str | None = None
    redirect_permanent: bool = True
    alternates: list[Page] = field(default_factory=list)

    @property
    def is_redirect(self):
        return self.redirect_to is not None

    def alternate_in(self, language_code):
        return next((row for row in self.alternates if row.locale.language_code == language_code), None)


def resolve_path(raw_path, request=None):
    """What a localized path names; a 400 (``bad_parameter``) for a malformed path or an unknown language."""
    localized_path = parse_path(raw_path)
    roots = SiteRoots.for_request(request)
    if localized_path.language_code is None:
        # An old URL without a language prefix may still be covered by a redirect.
        redirect = find_redirect(localized_path.path, roots)
        if redirect is not None:
            return redirect
        raise unknown_language(localized_path)

    language = localized_path.language_code
    root = roots.root_for(language)
    family = PageFamily([])
    target = None
    if root is not None:
        url_paths = [root.root_path]
        for segment in localized_path.segments:
            url_paths.append(f"{url_paths[-1]}{segment}/")
        family = PageFamily.for_url_paths(url_paths, url_paths[-1])
        target = family.at(url_paths[-1])
        if target is not None and target.locale.language_code == language and is_visible(target):
            return Resolution(language, page=target, family=family)

    redirect = find_redirect(localized_path.path, roots)
    if redirect is not None:
        return redirect
    # A hidden page at the path (draft, private, unpublished, an untranslated copy) answers exactly as if
    # nothing were there: its translations are not offered, only what the visible pages along the path lead to.
    visible = PageFamily([row for row in family.rows if is_visible(row)])
    alternates = pages_standing_for(localized_path, visible, roots)
    return Resolution(language, alternates=visible_elsewhere(alternates, language))


def resolve_page_id(page_id):
    """What a page id names: the page if visible; otherwise nothing, exactly as for an id that does not exist.

    Telling a hidden page's id apart (by its language or its visible translations) would confirm that a
    draft or private page exists.
    """
    family = PageFamily.for_page_id(page_id)
    target = family.get(page_id)
    if target is None or not is_visible(target):
        return Resolution(None)
    return Resolution(target.locale.language_code, page=target, family=family)


def visible_elsewhere(rows, language_code):
    return [row for row in rows if is_visible(row) and row.locale.language_code != language_code]


def pages_standing_for(localized_path, family, roots):
    """Pages in other languages at the place a path names, when nothing exists at the path itself.

    The deepest page that exists along the path (``/es/tratamientos/`` of ``/es/tratamientos/botox/``)
    is followed into its translations, and the rest of the path (``botox/``) is looked for below each:
    so a frontend that swapped the language prefix of an untranslated page still finds its original.
    """
    language_root = roots.root_for(localized_path.language_code)
    deepest = max(family.rows, key=lambda row: len(row.url_path), default=None)
    if deepest is not None and deepest.locale.language_code == localized_path.language_code:
        remaining = (language_root.root_path + localized_path.relative_url_path)[len(deepest.url_path) :]
        bases = (
            Page.objects.filter(translation_key=deepest.translation_key)
            .exclude(pk=deepest.pk)
            .values_list("url_path", flat=True)
        )
    else:
        remaining = localized_path.relative_url_path
        bases = [root.root_path for root in roots.roots_of_site() if root.language_code != localized_path.language_code]
    candidates = [f"{base}{remaining}" for base in bases]
    if not candidates:
        return []
    return list(PageFamily.queryset(Q(url_path__in=candidates)))


def find_redirect(path, roots):
    """A redirect from Wagtail's redirects app covering the path, as a Resolution, or None.

    Site-specific redirects win over those for all sites, as in Wagtail's middleware. A redirect to a
    page that is not visible is no redirect: the path then answers as if it had none.
    """
    old_path = Redirect.normalise_path(path)
    site_id = roots.default_site_id
    redirect = (
        Redirect.get_for_site(site_id).filter(old_path=old_path).order_by(F("site_id").asc(nulls_last=True)).first()
    )
    if redirect is None:
        return None
    if redirect.redirect_page_id is not None:
        target = next(iter(rows_with_visibility(Page.objects.filter(pk=redirect.redirect_page_id))), None)
        target_path = roots.path(target) if target is not None and is_visible(target) else None
        if target_path is None:
            return None
        if redirect.redirect_page_route_path:
            target_path = target_path.rstrip("/") + redirect.redirect_page_route_path
        return Resolution(None, redirect_to=target_path, redirect_permanent=redirect.is_permanent)
    if redirect.redirect_link:
        return Resolution(None, redirect_to=redirect.redirect_link, redirect_permanent=redirect.is_permanent)
    return None
