"""Builders for test content: a site tree and a treatment body that uses every block type."""

import datetime
import io
import uuid

from django.contrib.auth.models import Group, User
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from treatments.blocks import TreatmentBodyBlock
from treatments.models import Concern, Reviewer, Specialty, TreatmentConcern, TreatmentIndexPage, TreatmentPage


def user_in(group_name, username):
    """A user in one of the groups the migrations create, with an e-mail address for notifications."""
    user = User.objects.create_user(username=username, password="pw", email=f"{username}@example.com")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def make_image(title="Test image", width=640, height=480):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 150, 140)).save(buffer, "PNG")
    return Image.objects.create(title=title, file=ImageFile(buffer, name=f"{uuid.uuid4().hex}.png"))


def make_home():
    """Replace Wagtail's welcome page with a HomePage that the default site serves."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    home = HomePage(title="Home", slug="home", heading="Clínica", locale=Locale.get_default())
    root.add_child(instance=home)
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    return Page.objects.get(pk=home.pk).specific


def make_specialty(name="Aesthetics", slug="aesthetics", **fields):
    fields.setdefault("booking_url", f"https://example.com/book/{slug}/")
    fields.setdefault("whatsapp", "+526641234567")
    return Specialty.objects.create(name=name, slug=slug, locale=Locale.get_default(), **fields)


def make_concern(name="Acne scars", slug="acne-scars"):
    return Concern.objects.create(name=name, slug=slug, locale=Locale.get_default())


def make_reviewer(name="Dr. Ana Ruiz", user=None, specialties=()):
    """A reviewer profile; with ``user`` and ``specialties`` it may approve articles of those specialties."""
    reviewer = Reviewer.objects.create(
        name=name,
        credentials="MD, dermatologist",
        licence_number="12345678",
        institution="Universidad de Guadalajara",
        user=user,
        locale=Locale.get_default(),
    )
    reviewer.specialties.set(specialties)
    return reviewer


def make_index(home, title="Treatments", slug="treatments"):
    index = TreatmentIndexPage(title=title, slug=slug)
    home.add_child(instance=index)
    return index


def every_block_body(specialty, image):
    """Raw StreamField data with one block of every type, in the current format (list items with ids).

    Each value is its block's preview value (what editors see in the block picker), with the specialty
    and image chosen: a block added to the article body is in every test that uses this.
    """
    body_block = TreatmentBodyBlock()
    chosen = {"booking_cta": {"specialty": specialty.pk}, "image": {"image": image.pk}}
    return [
        {"type": name, "id": str(uuid.uuid4()), "value": stored_preview(block, chosen.get(name, {}))}
        for name, block in body_block.child_blocks.items()
    ]


def preview(block_type):
    """The preview value of a body block type, as its block declares it (what tests expect to see)."""
    return TreatmentBodyBlock().child_blocks[block_type].meta.preview_value


def preview_value(block, chosen=None):
    """A body block's preview value as its Python value, with ``chosen`` (ids) in place of what it leaves empty."""
    return block.to_python({**block.meta.preview_value, **(chosen or {})})


def stored_preview(block, chosen=None):
    return block.get_prep_value(preview_value(block, chosen))


def make_treatment(index, specialty, reviewer, concerns=(), title="Micro-needling", slug="micro-needling", **fields):
    fields.setdefault("summary", "Collagen induction for scars and lines.")
    fields.setdefault("last_reviewed", datetime.date(2026, 1, 10))  # fixed for exact dates; statuses set their own
    fields.setdefault("session_minutes", 120)
    page = TreatmentPage(title=title, slug=slug, specialty=specialty, reviewer=reviewer, **fields)
    for concern in concerns:
        page.treatment_concerns.add(TreatmentConcern(concern=concern))
    index.add_child(instance=page)
    return page
