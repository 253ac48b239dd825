"""Create the demo content, one small function per kind of object.

The rule throughout: create what is missing, leave what exists untouched. Objects are found by their
natural key (a slug under a parent, a snippet's slug or licence number, an image's title); when one
is found it is neither compared nor updated, so an editor's changes to demo content are never
overwritten and a second run writes nothing. The same holds for the Spanish versions
(``demo.translations``): a live Spanish version is left as it is. Everything runs in one transaction: a
failure leaves the database as it was.
"""

import datetime
import hashlib
import io
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from home.models import ClinicSettings, ClinicText, HomePage, StandardPage
from localization.models import GlossaryTerm
from treatments.models import Concern, Reviewer, Specialty, TreatmentConcern, TreatmentIndexPage, TreatmentPage

from . import content
from .content.clinic import CLINIC, CLINIC_TEXT, OPENING_HOURS, SOCIAL_LINKS
from .content.glossary import GLOSSARY
from .content.site_pages import HOME, PRIVACY_NOTICE, TREATMENT_INDEX
from .content.snippets import CONCERNS, REVIEWERS, SPECIALTIES
from .errors import DemoContentError, creating
from .illustrations import ILLUSTRATIONS
from .report import LoadReport
from .stream import stream_data
from .translations.apply import translate_demo_content

WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"
DEFAULT_SITE_HOSTNAME = "localhost"
DEFAULT_SITE_PORT = 80


def load_demo_content(spanish=True):
    """Create whatever demo content is missing and return a LoadReport of what was done.

    With ``spanish``, the demo content is then translated into Spanish through wagtail-localize
    (``demo.translations``), in the same transaction: a string without Spanish leaves nothing behind.

    The site tree comes first, so that a tree the loader cannot work with fails before any image file
    is written; files written before a later failure are removed, as the transaction cannot do that.
    """
    report = LoadReport()
    new_images = []
    try:
        with transaction.atomic():
            locale = default_locale()
            home = ensure_home_page(locale, report)
            ensure_default_site(home, report)
            index = ensure_child_page(home, TreatmentIndexPage, TREATMENT_INDEX, "index_page", report)
            privacy_notice = ensure_child_page(home, StandardPage, PRIVACY_NOTICE, "standard_page", report)
            clinic_text = ensure_clinic_text(locale, report)
            ensure_clinic_settings(privacy_notice, clinic_text, report)

            refs = DemoReferences(
                specialties={data["slug"]: ensure_specialty(locale, data, report) for data in SPECIALTIES},
                concerns={data["slug"]: ensure_concern(locale, data, report) for data in CONCERNS},
                reviewers={},
                images={key: ensure_image(key, drawing, report, new_images) for key, drawing in ILLUSTRATIONS.items()},
            )
            for data in REVIEWERS:
                refs.reviewers[data["key"]] = ensure_reviewer(locale, data, refs.specialties, report)
            treatments = [ensure_treatment_page(index, data, refs, report) for data in content.TREATMENTS]
            for english, spanish_term, note in GLOSSARY:
                ensure_glossary_term(english, spanish_term, note, report)

            if spanish:
                snippets = [*refs.specialties.values(), *refs.concerns.values(), *refs.reviewers.values(), clinic_text]
                translate_demo_content(snippets, [home, index, privacy_notice, *treatments], report)
            link_reviewer_accounts()
    except Exception:
        for image in new_images:
            image.file.delete(save=False)
        raise
    return report


def default_locale():
    try:
        return Locale.get_default()
    except Locale.DoesNotExist as error:
        raise DemoContentError("no Locale for the default language; run `manage.py migrate` first") from error


# Snippets and images


def ensure_snippet(model, lookup, fields, kind, report):
    existing = model.objects.filter(**lookup).first()
    if existing is not None:
        report.add(kind, created=False)
        return existing
    obj = model(**lookup, **fields)
    with creating(f"{kind} {lookup}"):
        obj.full_clean()
    obj.save()
    report.add(kind, created=True)
    return obj


def ensure_glossary_term(english, spanish, note, report):
    _term, created = GlossaryTerm.objects.get_or_create(english=english, defaults={"spanish": spanish, "note": note})
    report.add("glossary_term", created=created)


def ensure_specialty(locale, data, report):
    fields = {key: value for key, value in data.items() if key != "slug"}
    return ensure_snippet(Specialty, {"locale": locale, "slug": data["slug"]}, fields, "specialty", report)


def ensure_concern(locale, data, report):
    fields = {key: value for key, value in data.items() if key != "slug"}
    return ensure_snippet(Concern, {"locale": locale, "slug": data["slug"]}, fields, "concern", report)


def ensure_reviewer(locale, data, specialties, report):
    """A reviewer with the specialties they may approve (their account is linked by ``link_reviewer_accounts``)."""
    fields = {
        key: value for key, value in data.items() if key not in ("key", "licence_number", "specialties", "username")
    }
    lookup = {"locale": locale, "licence_number": data["licence_number"]}
    reviewer = ensure_snippet(Reviewer, lookup, fields, "reviewer", report)
    if not reviewer.specialties.exists():
        reviewer.specialties.set(specialties[slug] for slug in data["specialties"])
    return reviewer


def link_reviewer_accounts():
    """Give each demo reviewer (in every language) their demo account, for whichever of the two exists last.

    ``load_demo_content`` and ``ensure_demo_team`` may run in either order; approving in the medical
    review needs both the profile and the account.
    """
    User = get_user_model()
    for data in REVIEWERS:
        user = User.objects.filter(username=data["username"]).first()
        if user is not None:
            Reviewer.objects.filter(licence_number=data["licence_number"], user=None).update(user=user)


def ensure_image(key, illustration, report, new_images):
    """The illustration's Wagtail image, found by title; drawn and stored only the first time."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=illustration.title).first()
    if existing is not None:
        report.add("image", created=False)
        return existing
    data = illustration.png()
    image = image_model(
        title=illustration.title,
        file=ImageFile(io.BytesIO(data), name=f"demo-{key}.png"),
        file_size=len(data),
        file_hash=hashlib.sha1(data).hexdigest(),  # noqa: S324 - the content hash Wagtail itself stores (SHA-1)
    )
    image.save()
    new_images.append(image)
    report.add("image", created=True)
    return image


@dataclass
class DemoReferences:
    """The demo snippets and images by key, for the treatment pages that refer to them."""

    specialties: dict
    concerns: dict
    reviewers: dict
    images: dict

    def pick(self, kind, key):
        try:
            return getattr(self, kind)[key]
        except KeyError:
            raise DemoContentError(f"the demo content refers to '{key}', which is not among the demo {kind}") from None

    def resolve(self, model, key):
        """A chooser block's value: the primary key of a specialty (by slug) or an image (by key)."""
        kinds = {Specialty: "specialties", get_image_model(): "images"}
        return self.pick(kinds[model], key).pk


# The site tree


def ensure_home_page(locale, report):
    """The HomePage at the top of the tree, replacing Wagtail's untouched welcome page if need be."""
    root = Page.get_first_root_node()
    existing = root.get_children().type(HomePage).filter(locale=locale).first()
    if existing is not None:
        report.add("home_page", created=False)
        return existing.specific

    remove_wagtail_welcome_page(root)
    taken = root.get_children().filter(slug=HOME["slug"]).first()
    if taken is not None:
        raise DemoContentError(
            f"the slug '{HOME['slug']}' at the top of the tree belongs to '{taken.title}' "
            f"({taken.specific_class.__name__}), not a HomePage; rename or remove it first"
        )
    home = HomePage(locale=locale, **HOME)
    create_page(root, home, "home page", report, "home_page")
    return home


def remove_wagtail_welcome_page(root):
    """Delete the page Wagtail's install creates, only if it is still that page: a plain, childless Page."""
    for page in root.get_children().filter(title=WAGTAIL_WELCOME_TITLE, numchild=0):
        if page.specific_class is not Page:
            continue
        # Site.root_page cascades: park the sites on the tree root rather than deleting them with the page.
        for site in Site.objects.filter(root_page=page):
            site.root_page = root
            site.save()
        page.delete()


def ensure_default_site(home, report):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname=DEFAULT_SITE_HOSTNAME, port=DEFAULT_SITE_PORT, root_page=home, is_default_site=True
        )
        report.add("site", created=True)
    elif site.root_page_id == home.pk:
        report.add("site", created=False)
    elif site.root_page.is_root():  # left there by remove_wagtail_welcome_page
        site.root_page = home
        site.save()
        report.add("site", created=True)
    else:
        raise DemoContentError(
            f"the default site serves '{site.root_page.title}', not the home page '{home.title}'; "
            "point the site at the home page first"
        )


def find_child_page(parent, model, slug):
    """The child of ``parent`` with this slug, or None; a page of another type there is an error."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is None:
        return None
    existing = existing.specific
    if not isinstance(existing, model):
        raise DemoContentError(
            f"'{existing.url_path}' is a {type(existing).__name__}, not a {model.__name__}; rename or remove it first"
        )
    return existing


def ensure_child_page(parent, model, data, kind, report):
    existing = find_child_page(parent, model, data["slug"])
    if existing is not None:
        report.add(kind, created=False)
        return existing
    page = model(locale=parent.locale, **data)
    create_page(parent, page, f"page '{data['slug']}'", report, kind)
    return page


def create_page(parent, page, what, report, kind):
    """Add ``page`` under ``parent`` and publish it through a revision, as the editor would."""
    page.live = False
    with creating(what):
        parent.add_child(instance=page)
        page.save_revision().publish()
    report.add(kind, created=True)


# Clinic settings


def ensure_clinic_text(locale, report):
    """The clinic's English texts: the ones the settings point to, else any English ClinicText, else new ones.

    ClinicText has no natural key; the site needs exactly one per language, so any English one counts.
    """
    settings = ClinicSettings.load()
    existing = settings.texts if settings.texts_id and settings.texts.locale_id == locale.pk else None
    existing = existing or ClinicText.objects.filter(locale=locale).order_by("pk").first()
    if existing is not None:
        report.add("clinic_text", created=False)
        return existing
    return ensure_snippet(ClinicText, {"locale": locale}, CLINIC_TEXT, "clinic_text", report)


def ensure_clinic_settings(privacy_notice, clinic_text, report):
    """Fill in the clinic settings unless someone already has (an empty row from ``load()`` does not count).

    Settings filled in before the clinic texts existed only get the missing link to them.
    """
    settings = ClinicSettings.load()
    if settings.street_address:
        if settings.texts_id is None:
            settings.texts = clinic_text
            settings.save(update_fields=["texts"])
        report.add("clinic_settings", created=False)
        return settings
    for field, value in CLINIC.items():
        setattr(settings, field, value)
    settings.opening_hours = stream_field_data(ClinicSettings, "opening_hours", OPENING_HOURS, "clinic")
    settings.social_links = stream_field_data(ClinicSettings, "social_links", SOCIAL_LINKS, "clinic")
    settings.privacy_notice_page = privacy_notice
    settings.texts = clinic_text
    with creating("clinic settings"):
        settings.full_clean()
    settings.save()
    report.add("clinic_settings", created=True)
    return settings


def stream_field_data(model, field_name, blocks, key, resolve=None):
    """Raw data for ``model.field_name`` from demo content, checked against the field's block rules."""
    stream_block = model._meta.get_field(field_name).stream_block
    data = stream_data(stream_block, blocks, f"{key}/{field_name}", resolve)
    with creating(f"{key} {field_name}"):
        stream_block.clean(stream_block.to_python(data))
    return data


# Treatment pages


def ensure_treatment_page(index, data, refs, report):
    slug = data["slug"]
    existing = find_child_page(index, TreatmentPage, slug)
    if existing is not None:
        report.add("treatment_page", created=False)
        return existing

    page = TreatmentPage(
        locale=index.locale,
        title=data["title"],
        slug=slug,
        summary=data["summary"],
        specialty=refs.pick("specialties", data["specialty"]),
        reviewer=refs.pick("reviewers", data["reviewer"]),
        # Relative to the day it is loaded, so the demo always holds a lapsed review and one due soon.
        last_reviewed=timezone.localdate() - datetime.timedelta(days=data["reviewed_days_ago"]),
        hero_image=refs.pick("images", data["hero_image"]) if data.get("hero_image") else None,
        hero_alt_text=data.get("hero_alt_text", ""),
        body=stream_field_data(TreatmentPage, "body", data["body"], f"treatment/{slug}", refs.resolve),
        **data["key_facts"],
    )
    for concern in data["concerns"]:
        page.treatment_concerns.add(TreatmentConcern(concern=refs.pick("concerns", concern)))
    create_page(index, page, f"treatment page '{slug}'", report, "treatment_page")
    return page
