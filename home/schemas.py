"""API schemas for the home page, plain content pages and the treatment index page.

Each is the page envelope (``delivery.representation.PageSchema``) plus its own content; rich text is
render-ready HTML. The treatment index carries its introduction only: the cards come from
``GET /api/v1/treatments/``.
"""

from typing import Literal

from pydantic import Field

from delivery.representation import PageSchema


class HomePageSchema(PageSchema):
    """The home page of one language."""

    type: Literal["home.HomePage"]
    heading: str = Field(description="The main heading: the editor's, or the title when left empty.")
    intro: str = Field(description="Render-ready HTML.")


class StandardPageSchema(PageSchema):
    """A plain content page, such as the privacy notice."""

    type: Literal["home.StandardPage"]
    body: str = Field(description="Render-ready HTML.")


class TreatmentIndexPageSchema(PageSchema):
    """The treatments page: its introduction; list the treatments with `GET /api/v1/treatments/`."""

    type: Literal["treatments.TreatmentIndexPage"]
    intro: str = Field(description="Render-ready HTML.")
