"""The home page, plain content pages and the treatment index as the delivery API represents them."""

from delivery.representation import register_page_type
from treatments.models import TreatmentIndexPage

from .models import HomePage, StandardPage
from .schemas import HomePageSchema, StandardPageSchema, TreatmentIndexPageSchema


def home_page_fields(page, context):
    return {"heading": page.heading or page.title, "intro": context.html(page.intro)}


def standard_page_fields(page, context):
    return {"body": context.html(page.body)}


def treatment_index_fields(page, context):
    return {"intro": context.html(page.intro)}


register_page_type(HomePage, HomePageSchema, home_page_fields)
register_page_type(StandardPage, StandardPageSchema, standard_page_fields)
register_page_type(TreatmentIndexPage, TreatmentIndexPageSchema, treatment_index_fields)
