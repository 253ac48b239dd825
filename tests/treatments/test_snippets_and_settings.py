"""Snippets and clinic settings are edited in the admin, with errors on the field that is wrong."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import ClinicSettings
from treatments.models import Concern, Reviewer, Specialty


def snippet_add_url(model):
    return reverse(f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}:add") + "?locale=en"


def errors(response, field):
    return " ".join(response.context["form"].errors.get(field, []))


@pytest.mark.django_db
class TestSpecialty:
    def test_created_with_its_booking_channels(self, admin_client):
        data = {
            "name": "Dental",
            "slug": "dental",
            "description": "",
            "booking_url": "https://clinica.example/book/dental/",
            "phone": "+526649876543",
            "whatsapp": "+526649876543",
            "sort_order": "1",
        }
        response = admin_client.post(snippet_add_url(Specialty), data)
        assert response.status_code == 302
        specialty = Specialty.objects.get(slug="dental")
        assert specialty.whatsapp_url == "https://wa.me/526649876543"

    def test_needs_at_least_one_booking_channel(self, admin_client):
        data = {"name": "Dental", "slug": "dental", "booking_url": "", "phone": "", "whatsapp": "", "sort_order": "0"}
        response = admin_client.post(snippet_add_url(Specialty), data)
        assert response.status_code == 200
        assert "at least one booking channel" in errors(response, "booking_url")
        assert not Specialty.objects.exists()

    def test_phone_numbers_are_international(self, admin_client):
        data = {"name": "Dental", "slug": "dental", "phone": "664 123 4567", "whatsapp": "", "sort_order": "0"}
        response = admin_client.post(snippet_add_url(Specialty), data)
        assert "international format" in errors(response, "phone")


@pytest.mark.django_db
def test_reviewer_licence_is_seven_or_eight_digits(admin_client):
    data = {"name": "Dr. Ana", "credentials": "MD", "licence_number": "AB12", "institution": "UABC", "bio": ""}
    response = admin_client.post(snippet_add_url(Reviewer), data)
    assert "7 or 8 digits" in errors(response, "licence_number")
    data["licence_number"] = "1234567"
    assert admin_client.post(snippet_add_url(Reviewer), data).status_code == 302
    assert Reviewer.objects.get().licence_number == "1234567"


@pytest.mark.django_db
def test_concern_slug_is_unique_per_language(admin_client, concern):
    data = {"name": "Acne scars again", "slug": concern.slug, "description": "", "also_known_as": ""}
    response = admin_client.post(snippet_add_url(Concern), data)
    assert response.status_code == 200
    assert "already uses this slug" in errors(response, "slug")
    assert Concern.objects.count() == 1


@pytest.mark.django_db
class TestClinicSettings:
    @property
    def url(self):
        return reverse("wagtailsettings:edit", args=["home", "clinicsettings", ClinicSettings.load().pk])

    def form_data(self, **overrides):
        data = {
            "name": "Clínica Río",
            "street_address": "Blvd. General Sánchez Taboada 9589, Suite 102",
            "neighbourhood": "Zona Urbana Río",
            "city": "Tijuana",
            "region": "B.C.",
            "postal_code": "22010",
            "country": "MX",
            "phone": "+526641234567",
            "whatsapp": "+526641234567",
            "email": "hola@clinica.example",
            "opening_hours": streamfield([("period", {"opens": "09:00", "closes": "19:00"})]),
            "latitude": "32.521",
            "longitude": "-117.015",
            "advertising_permit": "2026-0000-DEMO",
            "privacy_notice_page": "",
            "social_links": streamfield([]),
        }
        data.update(overrides)
        data = nested_form_data(data)
        data["opening_hours-0-value-days"] = ["mon", "tue"]  # a multiple choice posts the key once per value
        return data

    def test_saved_from_the_admin(self, admin_client):
        response = admin_client.post(self.url, self.form_data())
        assert response.status_code == 302, response.context["form"].errors
        settings = ClinicSettings.load()
        assert settings.postal_address_lines[0] == "Blvd. General Sánchez Taboada 9589, Suite 102"
        assert settings.opening_hours[0].value["days"] == ["mon", "tue"]

    def test_closing_time_must_follow_opening_time(self, admin_client):
        hours = streamfield([("period", {"opens": "14:00", "closes": "09:00"})])
        response = admin_client.post(self.url, self.form_data(opening_hours=hours))
        assert response.status_code == 200
        error = response.context["form"].errors.as_data()["opening_hours"][0]
        assert "after opening" in error.block_errors[0].block_errors["closes"].messages[0]

    def test_coordinates_come_in_pairs_and_in_range(self, admin_client):
        response = admin_client.post(self.url, self.form_data(longitude=""))
        assert "both coordinates" in errors(response, "longitude")
        response = admin_client.post(self.url, self.form_data(latitude="123"))
        assert errors(response, "latitude")
        assert ClinicSettings.load().street_address == ""
