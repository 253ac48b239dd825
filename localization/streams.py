"""A StreamField's stored data as addressed leaves: the one walk over block values the project makes.

wagtail-localize names each string of a stream by a path of keys: the stream item's id, the struct
child's name, the list item's id (``body.<id>.items.<id>.title``). The walk gives every leaf block
with those keys, the blocks above it, the block names along the way (the stream's block type first)
and the labels an editor reads ("Benefits › item 2 › Title"). Translation reports name untranslated
strings with it, search takes a page's text from it, and the delivery API finds what a page refers to
(links, images, snippets) with it before reading them in bulk.

It reads stored data, never Wagtail's Python values: converting a stream reads every chosen image and
snippet from the database, which a walk that wants text or ids does not need. A struct child missing
from stored data (content saved before the child existed, or written by a script) has its default,
as Wagtail gives it when it reads the value.
"""

from dataclasses import dataclass
from typing import Any

from django.utils.text import capfirst
from wagtail import blocks


@dataclass(frozen=True)
class Step:
    """One step down a block's stored value: to a stream item, a list item or a struct child."""

    key: str
    name: str
    block: blocks.Block
    stored: Any
    item_number: int | None = None  # a list item's, counted from 1

    @property
    def label(self):
        """What an editor reads; made only when asked (the API's walks for ids never ask)."""
        return f"item {self.item_number}" if self.item_number is not None else label_of(self.block)


@dataclass(frozen=True)
class Leaf:
    keys: tuple[str, ...]
    names: tuple[str, ...]
    steps: tuple[Step, ...]
    parents: tuple[blocks.Block, ...]
    block: blocks.Block
    stored: Any

    @property
    def labels(self):
        return tuple(step.label for step in self.steps)


def children(block, stored):
    """The steps from a stream, list or struct value to its children; none from a leaf."""
    if isinstance(block, blocks.StreamBlock):
        for item in stored or []:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                yield Step(str(item.get("id") or ""), item["type"], child, item.get("value"))
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(stored or []):
            key = str(item.get("id") or index) if is_list_item(item) else str(index)
            yield Step(key, "item", block.child_block, list_item_value(item), item_number=index + 1)
    elif isinstance(block, blocks.StructBlock) and isinstance(stored, dict):
        for name, child in block.child_blocks.items():
            yield Step(name, name, child, child_stored(child, stored, name))


def is_container(block):
    return isinstance(block, (blocks.StreamBlock, blocks.ListBlock, blocks.StructBlock))


def leaves(block, stored):
    """Every leaf of a block's stored value that has a value, in order."""
    yield from _leaves(block, stored, ())


def _leaves(block, stored, steps):
    if is_container(block):
        for step in children(block, stored):
            yield from _leaves(step.block, step.stored, (*steps, (block, step)))
    elif stored is not None:
        path = [step for _parent, step in steps]
        yield Leaf(
            keys=tuple(step.key for step in path),
            names=tuple(step.name for step in path),
            steps=tuple(path),
            parents=tuple(parent for parent, _step in steps),
            block=block,
            stored=stored,
        )


def labels_for_keys(block, stored, keys):
    """The labels along a path of keys into a stream, as far as the stored value has it; then the first
    key it does not have, as given."""
    labels = []
    for key in keys:
        step = next((step for step in children(block, stored) if step.key == key), None)
        if step is None:
            return [*labels, key]
        labels.append(step.label)
        block, stored = step.block, step.stored
    return labels


def child_stored(child, stored, name):
    """A struct child's stored value; its default where stored data has none."""
    if isinstance(stored, dict) and name in stored:
        return stored[name]
    return child.get_prep_value(child.get_default())


def is_list_item(item):
    return isinstance(item, dict) and item.get("type") == "item" and "value" in item


def list_item_value(item):
    return item["value"] if is_list_item(item) else item


def label_of(block):
    return capfirst(str(block.label))
