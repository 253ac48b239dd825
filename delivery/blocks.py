"""StreamField blocks in the API: each block's value schema and representation, taken from the block itself.

Most of a block's API shape follows from what the block is, so it is derived rather than written again:

- a ``StructBlock`` is an object of its children in their order, a component named ``Meta.api_name``
  (default: the class name without ``Block``; ``Value`` is added for a stream's item values);
  ``Meta.api_descriptions`` describes some of its fields for the frontend;
- a ``ListBlock`` is a list of its child; a ``ChoiceBlock`` the ``Literal`` of its choice codes;
- a ``RichTextBlock`` is render-ready HTML (links localized by the page's context);
- text is a string ("" when empty); an optional number, URL, date or choice left empty is null.

A block whose API value is not its stored value says so itself, in two places of one class:
``Meta.api_schema`` (its value schema) and ``api_representation(value, context)``. The value is the
block's Python value; chosen objects in it (images, snippets) come from the page context's bulk reads,
never one query per block. ``context`` is ``delivery.representation.RepresentationContext``. The hook is
not Wagtail's ``get_api_representation``: Wagtail's v2 API calls that one with its serializer's dict as
context (the benchmark serves stock v2 on the same pages), and it keeps Wagtail's default there.

A ``StreamBlock``'s items are ``{"type", "id", "value"}``, one component per block type
(``<api_name>BlockSchema``) in a union discriminated by ``type`` (``stream_item_union``).
"""

import datetime
from typing import Annotated, Literal, Union

from django.core.exceptions import ImproperlyConfigured
from ninja import Schema
from pydantic import Field, create_model
from wagtail import blocks
from wagtail.blocks.field_block import ChooserBlock

from localization.streams import children

from .richtext import stored_id

RENDER_READY_HTML = "Render-ready HTML."

#: Leaf blocks whose empty value is null in the API rather than "".
NULL_WHEN_EMPTY = (
    blocks.IntegerBlock,
    blocks.URLBlock,
    blocks.DecimalBlock,
    blocks.FloatBlock,
    blocks.DateBlock,
    blocks.ChoiceBlock,
)

#: Every component built here, by name, with what it was built from: one name, one definition.
_schemas: dict[str, tuple[tuple, type[Schema]]] = {}


# --- Schemas -------------------------------------------------------------------------------------------------


def api_name(block):
    name = getattr(block.meta, "api_name", None) or type(block).__name__.removesuffix("Block")
    if name == "Struct":
        raise ImproperlyConfigured(f"A StructBlock built in place needs Meta.api_name to be in the API: {block!r}.")
    return name


def stream_item_schemas(stream_block):
    """The schema of each item type of a stream, by type name, in the stream's order."""
    return {name: item_schema(name, child) for name, child in stream_block.child_blocks.items()}


def stream_item_union(stream_block):
    """One body item: a union of the stream's item schemas that generated clients narrow by ``type``."""
    return Annotated[Union[tuple(stream_item_schemas(stream_block).values())], Field(discriminator="type")]  # noqa: UP007


def item_schema(type_name, block):
    value = value_schema(block, name=f"{api_name(block)}Value")
    return named_schema(
        f"{api_name(block)}BlockSchema",
        block,
        type=(Literal[type_name], ...),
        id=(str, ...),
        value=(value, ...),
    )


def value_schema(block, name=None):
    """The pydantic type of a block's API value (its declared ``Meta.api_schema`` if it has one).

    A block declares both halves of its shape or neither: a representation without its schema (or the
    reverse) would answer something the OpenAPI document does not describe.
    """
    declared = getattr(block.meta, "api_schema", None)
    if (declared is not None) != declares_representation(block):
        raise ImproperlyConfigured(
            f"{type(block).__name__} must declare both Meta.api_schema and api_representation, or neither."
        )
    if declared is not None:
        return declared
    if isinstance(block, blocks.StructBlock):
        descriptions = getattr(block.meta, "api_descriptions", {})
        fields = {name: field_of(child, descriptions.get(name)) for name, child in block.child_blocks.items()}
        return named_schema(name or api_name(block), block, **fields)
    if isinstance(block, blocks.ListBlock):
        return list[value_schema(block.child_block)]
    if isinstance(block, blocks.ChoiceBlock):
        return Literal[tuple(code for code, _label in choices_of(block))]
    if isinstance(block, blocks.BooleanBlock):
        return bool
    if isinstance(block, blocks.IntegerBlock):
        return int
    if isinstance(block, blocks.DateBlock):
        return datetime.date
    if isinstance(block, (blocks.FloatBlock, blocks.DecimalBlock)):
        return float
    if isinstance(block, (blocks.RichTextBlock, blocks.CharBlock, blocks.TextBlock, blocks.URLBlock)):
        return str
    raise ImproperlyConfigured(
        f"{type(block).__name__} has no derived API shape: give it Meta.api_schema and api_representation."
    )


def field_of(block, description=None):
    """A struct child as a pydantic field: (type, default), null allowed where an empty value is null."""
    if isinstance(block, blocks.RichTextBlock) and description is None:
        description = RENDER_READY_HTML
    schema = value_schema(block)
    nullable = isinstance(block, NULL_WHEN_EMPTY) and not block.required
    if nullable:
        schema = schema | None
    field = Field(None if nullable else ..., description=description)
    return (schema, field)


def named_schema(name, block, **fields):
    """A component of the OpenAPI document, built once for a block used in several places.

    Two different definitions under one name would make one silently answer with the other's shape (and
    django-ninja keeps one component per name): that is a configuration error, named here.
    """
    definition = (f"{type(block).__module__}.{type(block).__qualname__}", repr(fields))
    if name in _schemas:
        known, schema = _schemas[name]
        if known != definition:
            raise ImproperlyConfigured(f"Two blocks define the API component {name}: give one a Meta.api_name.")
        return schema
    schema = create_model(name, __base__=Schema, __module__=type(block).__module__, **fields)
    _schemas[name] = (definition, schema)
    return schema


def choices_of(block):
    """The block's choices, without the empty one; grouped choices are not supported."""
    choices = [(code, label) for code, label in block.field.choices if code != ""]
    if any(isinstance(label, (list, tuple)) or not isinstance(code, str) for code, label in choices):
        raise ImproperlyConfigured(f"{type(block).__name__}: only flat choices with text codes have a derived shape.")
    return choices


# --- Representation ------------------------------------------------------------------------------------------


def represent_stream(stream_block, stream_value, context):
    """The stream's items as the API gives them, read from the stored data with the context's bulk reads.

    An item whose type the stream no longer has (a block type removed from the code, content not yet
    migrated) is left out, as Wagtail's own rendering does, rather than failing the whole page.
    """
    return [
        {"type": step.name, "id": step.key, "value": represent(step.block, step.stored, context)}
        for step in children(stream_block, stream_value.raw_data)
    ]


def represent(block, stored, context):
    """One block's API value, from its stored form.

    Stored data, not Wagtail's Python values: converting a stream reads every chosen image and snippet
    one block type at a time, where the page context reads them for the whole page at once.
    """
    if declares_representation(block):
        return block.api_representation(python_value(block, stored, context), context)
    if isinstance(block, blocks.StructBlock):
        return {step.name: represent(step.block, step.stored, context) for step in children(block, struct(stored))}
    if isinstance(block, blocks.ListBlock):
        return [represent(step.block, step.stored, context) for step in children(block, stored)]
    if isinstance(block, blocks.RichTextBlock):
        return context.html(stored)
    if isinstance(block, NULL_WHEN_EMPTY):
        return None if stored in (None, "") else block.to_python(stored)
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return "" if stored is None else str(stored)
    return block.get_prep_value(block.to_python(stored))


def declares_representation(block):
    return callable(getattr(block, "api_representation", None))


def python_value(block, stored, context):
    """The block's Python value, with chosen images and snippets from the context instead of a query each."""
    if isinstance(block, ChooserBlock):
        return context.chosen(block.model_class, stored_id(stored))
    if isinstance(block, blocks.StructBlock):
        steps = children(block, struct(stored))
        values = [(step.name, python_value(step.block, step.stored, context)) for step in steps]
        return block.meta.value_class(block, values)
    if isinstance(block, blocks.ListBlock):
        return [python_value(step.block, step.stored, context) for step in children(block, stored)]
    return block.to_python(stored)


def struct(stored):
    """A struct's stored value; every child at its default where there is none."""
    return stored if isinstance(stored, dict) else {}
