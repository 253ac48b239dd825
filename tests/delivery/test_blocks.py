"""A block owns its API shape: a new block type reaches the OpenAPI document and the answer with nothing
written for it outside its own class (``delivery.blocks``)."""

import uuid

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.urls import path
from ninja import NinjaAPI
from wagtail import blocks

from delivery.blocks import represent, represent_stream, stream_item_union, value_schema
from delivery.representation import RepresentationContext
from treatments.blocks import TreatmentBodyBlock
from treatments.schemas import BLOCK_SCHEMAS


class DosageItemBlock(blocks.StructBlock):
    substance = blocks.CharBlock()
    amount_mg = blocks.IntegerBlock(required=False)


class DosageBlock(blocks.StructBlock):
    """A throwaway block type, as an editor of another site might add one."""

    heading = blocks.CharBlock()
    route = blocks.ChoiceBlock(choices=[("oral", "By mouth"), ("topical", "On the skin")])
    note = blocks.RichTextBlock()
    items = blocks.ListBlock(DosageItemBlock())


class BodyWithDosage(TreatmentBodyBlock):
    dosage = DosageBlock()


api = NinjaAPI(urls_namespace="throwaway_block_api")


@api.get("/body/{page_id}/", response=list[stream_item_union(BodyWithDosage())])
def body_with_dosage(request, page_id: int):
    from treatments.models import TreatmentPage

    page = TreatmentPage.objects.get(pk=page_id)
    stream = BodyWithDosage().to_python([*page.body.raw_data, DOSAGE])
    context = RepresentationContext(page, request)
    context.prefetch()
    return represent_stream(BodyWithDosage(), stream, context)


urlpatterns = [path("throwaway/", api.urls)]

DOSAGE = {
    "type": "dosage",
    "id": str(uuid.uuid4()),
    "value": {
        "heading": "How much",
        "route": "oral",
        "note": "<p>With food.</p>",
        "items": [{"type": "item", "id": str(uuid.uuid4()), "value": {"substance": "Ibuprofen", "amount_mg": None}}],
    },
}


@pytest.mark.urls(__name__)
def test_a_new_block_type_is_in_the_openapi_document_and_the_answer(client, treatment):
    schemas = client.get("/throwaway/openapi.json").json()["components"]["schemas"]

    assert schemas["DosageBlockSchema"]["properties"]["type"]["const"] == "dosage"
    value = schemas["DosageValue"]
    assert value["required"] == ["heading", "route", "note", "items"]
    assert value["properties"]["route"]["enum"] == ["oral", "topical"]
    assert value["properties"]["note"]["description"] == "Render-ready HTML."
    assert value["properties"]["items"]["items"] == {"$ref": "#/components/schemas/DosageItem"}
    assert schemas["DosageItem"]["properties"]["amount_mg"]["anyOf"] == [{"type": "integer"}, {"type": "null"}]
    assert {"SectionBlockSchema", "ImageBlockSchema", "BookingCTAValue"} <= set(schemas)

    body = client.get(f"/throwaway/body/{treatment.pk}/").json()

    assert body[-1] == {
        "type": "dosage",
        "id": DOSAGE["id"],
        "value": {
            "heading": "How much",
            "route": "oral",
            "note": "<p>With food.</p>",
            "items": [{"substance": "Ibuprofen", "amount_mg": None}],
        },
    }
    assert [item["type"] for item in body[:-1]] == [item["type"] for item in treatment.body.raw_data]


@pytest.mark.parametrize("block_type", list(TreatmentBodyBlock.base_blocks))
def test_every_block_types_preview_value_fits_its_api_schema(block_type, treatment):
    """What the editor sees as the block's preview is also a valid API answer for it."""
    block = TreatmentBodyBlock().child_blocks[block_type]
    stored = block.get_prep_value(block.to_python(block.meta.preview_value))
    context = RepresentationContext(treatment)

    value = represent(block, stored, context)

    item = BLOCK_SCHEMAS[block_type].model_validate({"type": block_type, "id": "x", "value": value})
    assert item.model_dump(mode="json")["value"] == value


def test_two_blocks_claiming_one_component_name_is_a_configuration_error():
    class OtherSectionBlock(blocks.StructBlock):
        title = blocks.CharBlock()

        class Meta:
            api_name = "Section"

    class Clashing(blocks.StreamBlock):
        section = OtherSectionBlock()

    with pytest.raises(ImproperlyConfigured, match="Two blocks define the API component SectionValue"):
        stream_item_union(Clashing())


def test_a_block_declaring_half_of_its_shape_is_a_configuration_error():
    class HalfDeclaredBlock(blocks.StructBlock):
        title = blocks.CharBlock()

        def api_representation(self, value, context):
            return {"title": value["title"].upper()}

    with pytest.raises(ImproperlyConfigured, match="HalfDeclared.* must declare both"):
        value_schema(HalfDeclaredBlock())


def test_wagtails_own_api_representation_is_left_as_wagtail_makes_it(treatment, specialty):
    """Wagtail's v2 API (the benchmark's stock comparison) calls it with its serializer's dict."""
    stream = treatment.body.stream_block.get_api_representation(treatment.body, {})
    items = {item["type"]: item["value"] for item in stream}

    assert items["booking_cta"]["specialty"] == specialty.pk
    assert items["target_areas"]["areas"][0]["area"] == "face"
