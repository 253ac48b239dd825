"""Guard against wagtail-localize #918: empty optional text (None) must not break submission."""

import uuid

from tests import factories
from tests import translation_helpers as th


def test_optional_text_left_empty_or_null_still_submits_and_translates(
    treatment_index, specialty, reviewer, concern, home
):
    body = [
        {
            "type": "benefits",
            "id": str(uuid.uuid4()),
            "value": {
                "heading": "Benefits",
                "items": [{"type": "item", "id": str(uuid.uuid4()), "value": {"title": "Firmer skin", "detail": None}}],
            },
        },
        {"type": "callout", "id": str(uuid.uuid4()), "value": {"kind": "info", "title": None, "text": "<p>Note</p>"}},
        {
            "type": "target_areas",
            "id": str(uuid.uuid4()),
            "value": {
                "heading": "Areas",
                "areas": [{"type": "item", "id": str(uuid.uuid4()), "value": {"area": "face", "note": ""}}],
            },
        },
    ]
    page = factories.make_treatment(treatment_index, specialty, reviewer, concerns=[concern], body=body, slug="fillers")
    th.submit(home, treatment_index, page)
    segments = {s.string.data for s in th.untranslated(th.translation_for(page)).select_related("string")}
    assert {"Firmer skin", "Benefits", "Note", "Areas"} <= segments
    assert None not in segments and "" not in segments
