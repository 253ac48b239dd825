"""The one walk over stored block data (``localization.streams``): keys, labels and defaults as Wagtail and
wagtail-localize see them."""

from localization.streams import labels_for_keys, leaves
from treatments.blocks import TreatmentBodyBlock

BODY = TreatmentBodyBlock()
AREAS = {
    "type": "target_areas",
    "id": "s1",
    "value": {"areas": [{"type": "item", "id": "i1", "value": {"area": "face", "note": "Scars"}}]},
}


def test_every_leaf_comes_with_its_segment_keys_names_and_labels():
    found = [(leaf.keys, leaf.names, leaf.labels, leaf.stored) for leaf in leaves(BODY, [AREAS])]

    keys, names = ("s1", "areas", "i1", "note"), ("target_areas", "areas", "item", "note")
    assert (keys, names, ("Target areas", "Areas", "item 1", "Note"), "Scars") in found


def test_a_struct_child_missing_from_stored_data_has_its_default_as_wagtail_reads_it():
    heading = next(leaf for leaf in leaves(BODY, [AREAS]) if leaf.names[-1] == "heading")

    assert heading.stored == "Treatment areas"


def test_a_path_is_labelled_as_far_as_the_stored_value_has_it():
    assert labels_for_keys(BODY, [AREAS], ["s1", "areas", "i1", "area"]) == ["Target areas", "Areas", "item 1", "Area"]
    assert labels_for_keys(BODY, [AREAS], ["s1", "areas", "gone", "area"]) == ["Target areas", "Areas", "gone"]
    empty = {**AREAS, "value": {"heading": "Where", "areas": []}}
    assert labels_for_keys(BODY, [empty], ["s1", "areas", "i1", "note"]) == ["Target areas", "Areas", "i1"]
