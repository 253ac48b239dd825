"""Editors create every page type in the Wagtail admin, and every content rule reaches the right field."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from home.models import HomePage, StandardPage
from tests import factories
from tests.admin_forms import every_block_form_data, listblock, treatment_form_data
from treatments.blocks import TreatmentBodyBlock
from treatments.models import TreatmentIndexPage, TreatmentPage


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))


@pytest.fixture
def admin(admin_client):
    return admin_client


def post_treatment(client, index, data, action="action-submit"):
    """Post the new-article form with an editor's action: submitting for medical review validates everything."""
    data = {**data, action: "1"} if action else data
    return client.post(add_url(TreatmentPage, index), data)


def body_error(response):
    """The StreamField's validation error from the editor form that was sent back."""
    return response.context["form"].errors.as_data()["body"][0]


def nested(error, *path):
    """Walk a StreamField/Struct/List validation error down to one child, e.g. (0, "items", 1, "title")."""
    for step in path:
        error = error.block_errors[step]
    return error


class TestCreatingPages:
    def test_an_editor_creates_a_treatment_page_with_every_block_type(
        self, admin, treatment_index, specialty, reviewer, concern, image
    ):
        other = factories.make_concern("Fine lines", "fine-lines")
        body = every_block_form_data(specialty, image)
        posted = {item["type"]: item["value"] for key, item in body.items() if key != "count"}
        posted["procedure_steps"]["steps"]["1"]["value"]["duration_minutes"] = ""  # an optional number left empty
        posted["preparation"]["items"]["0"]["value"]["lead_time_unit"] = "months"
        response = post_treatment(admin, treatment_index, treatment_form_data(specialty, [concern, other], body))

        assert response.status_code == 302, response.context["form"].errors if response.context else response
        submitted = TreatmentPage.objects.get(slug="dermal-fillers")
        assert submitted.workflow_in_progress and not submitted.live  # published once a reviewer approves
        page = submitted.get_latest_revision_as_object()
        assert [block.block_type for block in page.body] == list(TreatmentBodyBlock().child_blocks)
        assert page.concerns == [concern, other]
        blocks = {block.block_type: block.value for block in page.body}
        assert [step["duration_minutes"] for step in blocks["procedure_steps"]["steps"]] == [45, None]
        assert blocks["preparation"]["items"][0]["lead_time_unit"] == "months"
        assert blocks["booking_cta"]["specialty"] == specialty
        assert blocks["image"]["image"] == image
        assert blocks["risks"]["pauses"][0]["unit"] == "months"
        assert [fact.name for fact in page.key_facts] == ["session_length", "numbing_lead_time", "downtime", "sessions"]

    def test_home_index_and_standard_pages_can_be_created(self, admin, db):
        root = Page.get_first_root_node()
        response = admin.post(
            add_url(HomePage, root),
            nested_form_data(
                {"title": "Inicio", "slug": "inicio", "heading": "", "intro": rich_text(""), "action-publish": "1"}
            ),
        )
        assert response.status_code == 302
        home = HomePage.objects.get(slug="inicio")

        response = admin.post(
            add_url(TreatmentIndexPage, home),
            nested_form_data(
                {"title": "Treatments", "slug": "treatments", "intro": rich_text("<p>All</p>"), "action-publish": "1"}
            ),
        )
        assert response.status_code == 302
        assert TreatmentIndexPage.objects.child_of(home).live().count() == 1

        response = admin.post(
            add_url(StandardPage, home),
            nested_form_data(
                {
                    "title": "Privacy notice",
                    "slug": "privacy",
                    "body": rich_text("<p>We protect data.</p>"),
                    "action-publish": "1",
                }
            ),
        )
        assert response.status_code == 302
        assert StandardPage.objects.get(slug="privacy").live

    def test_index_page_cannot_be_added_twice_under_one_home(self, admin, treatment_index, home):
        response = admin.get(add_url(TreatmentIndexPage, home))
        assert response.status_code == 403 or response.status_code == 302


@pytest.mark.django_db
class TestTreatmentPageRules:
    @pytest.fixture(autouse=True)
    def setup(self, admin, treatment_index, specialty, reviewer, concern, image):
        self.client, self.index = admin, treatment_index
        self.specialty, self.reviewer, self.concern, self.image = specialty, reviewer, concern, image

    def post(self, body=None, **overrides):
        body = body or every_block_form_data(self.specialty, self.image)
        data = treatment_form_data(self.specialty, [self.concern], body, **overrides)
        response = post_treatment(self.client, self.index, data)
        assert response.status_code == 200, "the invalid page was saved"
        assert not TreatmentPage.objects.filter(slug="dermal-fillers").exists()
        return response

    def field_error(self, response, field):
        return " ".join(response.context["form"].errors[field])

    def test_hero_image_needs_alt_text(self):
        response = self.post(hero_image=str(self.image.pk), hero_alt_text=" ")
        assert "Describe the hero image" in self.field_error(response, "hero_alt_text")

    def test_key_fact_ranges_must_not_be_reversed(self):
        response = self.post(numbing_minutes_min="60", numbing_minutes_max="45")
        assert "must not be smaller" in self.field_error(response, "numbing_minutes_max")

    def test_key_fact_upper_bound_needs_a_lower_bound(self):
        response = self.post(downtime_days_min="", downtime_days_max="3")
        assert "lower bound" in self.field_error(response, "downtime_days_min")

    def test_key_facts_are_numbers_within_bounds(self):
        response = self.post(session_minutes="two hours")
        assert self.field_error(response, "session_minutes")
        response = self.post(sessions_min="0")
        assert self.field_error(response, "sessions_min")

    def test_a_concern_cannot_be_listed_twice(self):
        data = treatment_form_data(
            self.specialty,
            [self.concern, self.concern],
            every_block_form_data(self.specialty, self.image),
        )
        response = post_treatment(self.client, self.index, data)
        assert response.status_code == 200
        formset = response.context["form"].formsets["treatment_concerns"]
        assert "already listed" in " ".join(formset.forms[1].errors["concern"])

    def test_at_least_one_concern_is_required(self):
        data = treatment_form_data(self.specialty, [], every_block_form_data(self.specialty, self.image))
        data.update(nested_form_data({"treatment_concerns": inline_formset([], min=1)}))
        response = post_treatment(self.client, self.index, data)
        assert response.status_code == 200
        assert response.context["form"].formsets["treatment_concerns"].non_form_errors()

    def body_with(self, block_type, value):
        from wagtail.test.utils.form_data import streamfield

        return streamfield([(block_type, value)])

    def test_benefits_need_at_least_one_item(self):
        response = self.post(body=self.body_with("benefits", {"heading": "Benefits", "items": listblock()}))
        error = nested(body_error(response), 0, "items")
        assert "minimum number of items is 1" in " ".join(e.message for e in error.non_block_errors.as_data())

    def test_a_benefit_cannot_be_listed_twice(self):
        items = listblock({"title": "Softer scars", "detail": ""}, {"title": "softer  Scars", "detail": ""})
        response = self.post(body=self.body_with("benefits", {"heading": "Benefits", "items": items}))
        error = nested(body_error(response), 0, "items", 1, "title")
        assert "already listed" in error.messages[0]

    def test_a_target_area_must_come_from_the_list_and_appear_once(self):
        areas = listblock({"area": "face", "note": ""}, {"area": "face", "note": "again"})
        response = self.post(body=self.body_with("target_areas", {"heading": "Areas", "areas": areas}))
        assert "already listed" in nested(body_error(response), 0, "areas", 1, "area").messages[0]

        areas = listblock({"area": "elbow", "note": ""})
        response = self.post(body=self.body_with("target_areas", {"heading": "Areas", "areas": areas}))
        assert nested(body_error(response), 0, "areas", 0, "area").messages

    def test_an_article_is_not_submitted_for_review_without_its_risks(self):
        without_risks = every_block_form_data(self.specialty, self.image, leave_out=["risks"])
        response = self.post(body=without_risks)
        messages = [error.message for error in body_error(response).non_block_errors.as_data()]
        assert "Add a “Risks and contraindications” block: every article states its risks." in messages

        draft = treatment_form_data(self.specialty, [self.concern], without_risks)
        assert post_treatment(self.client, self.index, draft, action=None).status_code == 302  # a draft may wait
        assert TreatmentPage.objects.get(slug="dermal-fillers").get_latest_revision_as_object().body

    def test_only_one_target_areas_block_per_page(self):
        from wagtail.test.utils.form_data import streamfield

        block = {"heading": "Areas", "areas": listblock({"area": "face", "note": ""})}
        response = self.post(body=streamfield([("target_areas", block), ("target_areas", block)]))
        messages = [error.message for error in body_error(response).non_block_errors.as_data()]
        assert "Target areas" in " ".join(messages)

    def test_preparation_items_need_a_lead_time(self):
        item = {
            "kind": "product",
            "subject": "Retinol",
            "instruction": "Stop.",
            "lead_time": "",
            "lead_time_unit": "days",
        }
        response = self.post(
            body=self.body_with("preparation", {"heading": "B", "intro": "", "items": listblock(item)})
        )
        assert nested(body_error(response), 0, "items", 0, "lead_time").messages

    def test_procedure_step_duration_cannot_be_negative(self):
        step = {"title": "Numbing", "description": "Cream.", "duration_minutes": "-5"}
        response = self.post(body=self.body_with("procedure_steps", {"heading": "S", "steps": listblock(step)}))
        error = nested(body_error(response), 0, "steps", 0, "duration_minutes")
        assert "greater than or equal to 0" in error.messages[0]

    def test_aftercare_entry_cannot_end_before_it_starts(self):
        entry = {"kind": "expect", "starts_after": "3", "ends_after": "1", "unit": "days", "text": "Redness."}
        response = self.post(body=self.body_with("aftercare", {"heading": "A", "entries": listblock(entry)}))
        assert "before the start" in nested(body_error(response), 0, "entries", 0, "ends_after").messages[0]

    def test_comparison_needs_rows_and_a_verdict(self):
        value = {"alternative_name": "Laser", "intro": "", "rows": listblock(), "verdict": ""}
        response = self.post(body=self.body_with("comparison", value))
        error = nested(body_error(response), 0)
        assert error.block_errors["rows"].non_block_errors
        assert error.block_errors["verdict"].messages

    def test_faq_questions_are_not_repeated(self):
        items = listblock(
            {"question": "Pain?", "answer": rich_text("<p>A</p>")},
            {"question": "pain?", "answer": rich_text("<p>B</p>")},
        )
        response = self.post(body=self.body_with("faq", {"heading": "FAQ", "items": items}))
        assert "already asked" in nested(body_error(response), 0, "items", 1, "question").messages[0]

    def test_reference_year_cannot_be_in_the_future_and_url_must_be_valid(self):
        ref = {"title": "T", "publisher": "P", "year": "2999", "url": "not a url"}
        response = self.post(body=self.body_with("references", {"heading": "R", "items": listblock(ref)}))
        item = nested(body_error(response), 0, "items", 0)
        assert "url" in item.block_errors
        ref["url"] = ""
        response = self.post(body=self.body_with("references", {"heading": "R", "items": listblock(ref)}))
        assert "future" in nested(body_error(response), 0, "items", 0, "year").messages[0]

    def test_booking_cta_needs_a_specialty(self):
        response = self.post(body=self.body_with("booking_cta", {"specialty": "", "label": "Book", "text": ""}))
        assert nested(body_error(response), 0, "specialty").messages

    def test_image_block_needs_alt_text(self):
        value = {"image": str(self.image.pk), "alt_text": "", "caption": "Caption"}
        response = self.post(body=self.body_with("image", value))
        assert nested(body_error(response), 0, "alt_text").messages


def test_body_areas_are_kept_in_a_filterable_field(treatment):
    assert treatment.area_codes == ",face,thighs,"
    assert list(TreatmentPage.objects.filter(**TreatmentPage.area_filter("thighs"))) == [treatment]
    assert not TreatmentPage.objects.filter(**TreatmentPage.area_filter("scalp")).exists()
