"""What a team using stock ``wagtail.api.v2`` would declare to serve the content /api/v1/ serves.

Stock v2 shows only the fields a model lists in ``api_fields``, and the project's models list none
(its own API does not need them). Without them v2 would answer a title and a few meta fields, and the
comparison would time a much smaller answer. The fields below are the ones a frontend needs for the
same article: summary, hero image with renditions at the widths /api/v1/ offers, specialty, reviewer,
concerns, key facts, review dates and the body. They are declared on the classes at start-up of the
benchmark's URLs only (``cms.urls_bench``), never in the project's models.

``STOCK_API_FIELDS=bare`` skips them, to time v2 as installed: a much smaller answer, a lower bar.
"""

import os

from rest_framework import serializers
from wagtail.api import APIField
from wagtail.images.api.fields import ImageRenditionField

from delivery.images import RENDITION_WIDTHS
from treatments.models import Concern, Reviewer, Specialty, TreatmentConcern, TreatmentPage

from .key_facts import KEY_FACT_FIELDS


def stock_fields_wanted(environ=os.environ):
    return environ.get("STOCK_API_FIELDS", "").strip().lower() != "bare"


def describe_stock_fields(environ=os.environ):
    if stock_fields_wanted(environ):
        return "api_fields as /api/v1/ serves them (bench/stock_api.py)"
    return "bare: no api_fields (STOCK_API_FIELDS=bare), titles and meta fields only"


class SpecialtySerializer(serializers.ModelSerializer):
    class Meta:
        model = Specialty
        fields = ["id", "name", "slug", "booking_url", "phone", "whatsapp"]


class ReviewerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Reviewer
        fields = ["id", "name", "credentials", "licence_number"]


class ConcernSerializer(serializers.ModelSerializer):
    class Meta:
        model = Concern
        fields = ["id", "name", "slug"]


def hero_rendition_fields():
    """One rendition field per width: v2's ``ImageRenditionField`` takes a single filter spec."""
    return [
        APIField(f"hero_{width}", serializer=ImageRenditionField(f"width-{width}", source="hero_image"))
        for width in RENDITION_WIDTHS
    ]


def declare_api_fields():
    """Give the treatment models the ``api_fields`` stock v2 reads (idempotent)."""
    TreatmentConcern.api_fields = [APIField("concern", serializer=ConcernSerializer())]
    TreatmentPage.api_fields = [
        APIField("summary"),
        APIField("hero_image"),
        *hero_rendition_fields(),
        APIField("hero_alt_text"),
        APIField("specialty", serializer=SpecialtySerializer()),
        APIField("reviewer", serializer=ReviewerSerializer()),
        APIField("treatment_concerns"),
        *(APIField(name) for name in KEY_FACT_FIELDS),
        APIField("last_reviewed"),
        APIField("next_review_due"),
        APIField("body"),
    ]
