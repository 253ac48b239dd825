"""Turn plain demo content into StreamField data in the current block format, with stable ids.

Content files write a body as ``(block_type, value)`` pairs with plain dicts and lists, snippets by slug
and images by key. This module walks the block definitions to produce what Wagtail stores: list items
as ``{"type": "item", "id": …, "value": …}`` (wagtail-localize skips lists without item ids), every
struct field present (optional text as ``""``, never ``None``), and chooser values as primary keys.
Ids are UUIDv5 of a stable path, so loading the same content twice gives the same data.
"""

import uuid

from wagtail import blocks

from .errors import DemoContentError

DEMO_NAMESPACE = uuid.UUID("6f1d3c2e-52a4-4c1b-9a57-3b0d8e7f4a10")

TEXT_BLOCKS = (blocks.CharBlock, blocks.TextBlock, blocks.RichTextBlock, blocks.URLBlock, blocks.EmailBlock)


def stable_id(*path):
    """The same UUID for the same path, on every run and every machine."""
    return str(uuid.uuid5(DEMO_NAMESPACE, "/".join(str(part) for part in path)))


def stream_data(stream_block, content, key, resolve):
    """Raw StreamField data for ``content`` (a list of ``(block_type, value)`` pairs).

    ``key`` names the field that holds the stream (e.g. ``"treatment/micro-needling/body"``); ``resolve``
    maps a chooser's ``(model, natural key)`` to a primary key.
    """
    data = []
    for index, (block_type, value) in enumerate(content):
        if block_type not in stream_block.child_blocks:
            raise DemoContentError(f"{key}: unknown block type '{block_type}'")
        path = (key, index)
        child = stream_block.child_blocks[block_type]
        data.append({"type": block_type, "id": stable_id(*path), "value": _raw(child, value, path, resolve)})
    return data


def _raw(block, value, path, resolve):
    if isinstance(block, blocks.StructBlock):
        unknown = set(value) - set(block.child_blocks)
        if unknown:
            raise DemoContentError(f"{_where(path)}: unknown field(s) {', '.join(sorted(unknown))}")
        return {
            name: _raw(child, value[name], (*path, name), resolve) if name in value else _default(child)
            for name, child in block.child_blocks.items()
        }
    if isinstance(block, blocks.ListBlock):
        return [
            {
                "type": "item",
                "id": stable_id(*path, index),
                "value": _raw(block.child_block, item, (*path, index), resolve),
            }
            for index, item in enumerate(value)
        ]
    if isinstance(block, blocks.ChooserBlock):
        return resolve(block.target_model, value)
    return value


def _default(block):
    value = block.get_prep_value(block.get_default())
    if value is None and isinstance(block, TEXT_BLOCKS):
        return ""
    return value


def _where(path):
    return "/".join(str(part) for part in path)
