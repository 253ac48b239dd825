"""A StreamField's stored data as addressed leaves: the one walk over block values the project makes.

wagtail-localize names each string of a stream by a path of keys: the stream item's id, the struct
child's name, the list item's id (``body.<id>.items.<id>.title``). The walk gives every leaf block
with those keys, the block names along the way (the stream's block type first) and the labels an
editor reads ("Benefits › item 2 › Title"). Translation reports name untranslated strings with it,
search takes a page's text from it, and the delivery API finds what a page refers to (links, images,
snippets) with it before reading them in bulk.

It reads stored data, never Wagtail's Python values: converting a stream reads every chosen image and
snippet from the database, which a walk that wants text or ids does not need.
"""

from dataclasses import dataclass
from typing import Any

from django.utils.text import capfirst
from wagtail import blocks


@dataclass(frozen=True)
class Leaf:
    keys: tuple[str, ...]
    names: tuple[str, ...]
    labels: tuple[str, ...]
    block: blocks.Block
    stored: Any


def leaves(block, stored, keys=(), names=(), labels=()):
    """Every leaf of a block's stored value, in order (an empty struct or list has none)."""
    if stored is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for item in stored:
            child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
            if child is not None:
                step = (str(item.get("id") or ""), item["type"], label_of(child))
                yield from leaves(child, item.get("value"), *extended(keys, names, labels, step))
    elif isinstance(block, blocks.ListBlock):
        for index, item in enumerate(stored or []):
            key = str(item["id"]) if is_list_item(item) and item.get("id") else str(index)
            step = (key, "item", f"item {index + 1}")
            yield from leaves(block.child_block, list_item_value(item), *extended(keys, names, labels, step))
    elif isinstance(block, blocks.StructBlock):
        if isinstance(stored, dict):
            for name, child in block.child_blocks.items():
                step = (name, name, label_of(child))
                yield from leaves(child, stored.get(name), *extended(keys, names, labels, step))
    else:
        yield Leaf(keys, names, labels, block, stored)


def labels_for_keys(block, stored, keys):
    """The labels of a path of keys into a stream, as far as the stream has it; the rest as given."""
    keys = tuple(keys)
    best = ()
    for leaf in leaves(block, stored):
        matched = common_prefix(leaf.keys, keys)
        if len(matched) > len(best):
            best = leaf.labels[: len(matched)]
        if len(matched) == len(keys):
            break
    return [*best, *keys[len(best) :][:1]]


def list_items(stored):
    """A list's stored values, whether in the current block format (items with ids) or the older plain list."""
    return [list_item_value(item) for item in stored or []]


def is_list_item(item):
    return isinstance(item, dict) and item.get("type") == "item" and "value" in item


def list_item_value(item):
    return item["value"] if is_list_item(item) else item


def label_of(block):
    return capfirst(str(block.label))


def extended(keys, names, labels, step):
    key, name, label = step
    return (*keys, key), (*names, name), (*labels, label)


def common_prefix(first, second):
    matched = []
    for one, other in zip(first, second, strict=False):
        if one != other:
            break
        matched.append(one)
    return tuple(matched)
