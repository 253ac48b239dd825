"""POST data for Wagtail's page editor, built from readable nested structures."""

from wagtail import blocks
from wagtail.blocks.field_block import ChooserBlock
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.factories import preview_value
from treatments.blocks import TreatmentBodyBlock


def listblock(*items):
    """Form data of a ListBlock: each item with its order, no id (new items)."""
    data = {
        str(index): {"value": item, "deleted": "", "order": str(index), "id": ""} for index, item in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def every_block_form_data(specialty, image, leave_out=()):
    """Editor input for one block of every type (but ``leave_out``), as the page editor's JavaScript would post
    it: each block's preview value (``factories.every_block_body`` stores the same), with the specialty and
    image chosen."""
    chosen = {"booking_cta": {"specialty": specialty.pk}, "image": {"image": image.pk}}
    return streamfield(
        [
            (name, form_value(block, preview_value(block, chosen.get(name))))
            for name, block in TreatmentBodyBlock().child_blocks.items()
            if name not in leave_out
        ]
    )


def form_value(block, value):
    """A block's Python value as the editor's form posts it."""
    if isinstance(block, blocks.StructBlock):
        return {name: form_value(child, value[name]) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.ListBlock):
        return listblock(*(form_value(block.child_block, item) for item in value))
    if isinstance(block, blocks.RichTextBlock):
        return rich_text(value.source, features=block.features)
    if isinstance(block, ChooserBlock):
        return str(value.pk) if value is not None else ""
    return "" if value is None else str(value)


def treatment_form_data(specialty, concerns, body, **overrides):
    data = {
        "title": "Dermal fillers",
        "slug": "dermal-fillers",
        "summary": "Hyaluronic acid restores lost volume.",
        "hero_image": "",
        "hero_alt_text": "",
        "specialty": str(specialty.pk),
        "treatment_concerns": inline_formset([{"concern": str(concern.pk), "id": ""} for concern in concerns]),
        "session_minutes": "60",
        "numbing_minutes_min": "20",
        "numbing_minutes_max": "30",
        "downtime_days_min": "0",
        "downtime_days_max": "2",
        "sessions_min": "1",
        "sessions_max": "",
        "body": body,
    }
    data.update(overrides)
    return nested_form_data(data)
