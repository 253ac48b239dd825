"""Draft previews: signed tokens bound to one revision, the preview endpoint, and Wagtail's preview on the frontend.

Tests marked ``needs_headless_mixin`` exercise the admin preview through ``HeadlessPreviewMixin``; they run
once ``TreatmentPage`` has it in its bases (``class TreatmentPage(HeadlessPreviewMixin, Page)``).
"""

import time
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.urls import reverse
from wagtail.models import Page

from delivery.preview import PREVIEW_TOKEN_SALT, HeadlessPreviewMixin, make_preview_token, read_preview_token
from tests import factories
from tests.api_helpers import api_get

FRONTEND = "https://www.clinica.example"
TREATMENT_PATH = "/en/treatments/micro-needling/"


def test_every_page_type_previews_through_the_frontend():
    from wagtail.models import get_page_models

    assert all(
        issubclass(model, HeadlessPreviewMixin)
        for model in get_page_models()
        if model.__module__.startswith(("home.", "treatments."))
    )


def preview(client, token):
    return api_get(client, "/api/v1/preview/", {"token": token})


def by_path(client, path=TREATMENT_PATH):
    return api_get(client, "/api/v1/pages/by-path/", {"path": path})


def assert_error(response, status, code):
    assert response.status_code == status, response.content
    error = response.json()["error"]
    assert error["code"] == code
    assert set(error) >= {"code", "message", "field"}


def assert_private(response):
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives
    assert "public" not in directives
    assert not any(directive.startswith("s-maxage") for directive in directives)


@pytest.fixture
def published(treatment):
    """The treatment, published through a revision, then edited: a draft with newer, unpublished changes."""
    treatment.save_revision().publish()
    treatment.refresh_from_db()
    treatment.title = "Micro-needling (draft)"
    treatment.summary = "A summary nobody has published yet."
    draft = treatment.save_revision()
    return treatment, draft


@pytest.fixture
def never_published(treatment_index, specialty, reviewer, concern):
    page = factories.make_treatment(
        treatment_index, specialty, reviewer, [concern], title="Dermal fillers", slug="dermal-fillers", live=False
    )
    page.summary = "Hyaluronic acid restores lost volume."
    return page, page.save_revision()


# --- The preview endpoint ---------------------------------------------------------------------


def test_a_draft_of_a_published_page_is_previewed_and_the_live_page_is_unchanged(client, published):
    page, draft = published
    live_before = by_path(client)

    response = preview(client, make_preview_token(draft))

    assert response.status_code == 200
    data = response.json()
    assert data["id"] == page.pk
    assert data["title"] == "Micro-needling (draft)"
    assert data["summary"] == "A summary nobody has published yet."
    assert_private(response)
    # The same representation as the live page: the same fields, the same type.
    live_after = by_path(client)
    assert live_after.status_code == 200
    assert set(data) == set(live_after.json())
    assert data["type"] == live_after.json()["type"]
    # The draft reached neither the live page nor its cache.
    assert live_before.json()["title"] == live_after.json()["title"] == "Micro-needling"
    assert live_after.json()["summary"] == "Collagen induction for scars and lines."


def test_a_page_that_was_never_published_is_previewed_but_not_served_live(client, never_published):
    page, draft = never_published

    response = preview(client, make_preview_token(draft))

    assert response.status_code == 200
    assert response.json()["title"] == "Dermal fillers"
    assert response.json()["summary"] == "Hyaluronic acid restores lost volume."
    assert_private(response)
    assert by_path(client, "/en/treatments/dermal-fillers/").status_code == 404


def test_a_token_shows_its_own_revision_not_the_latest(client, published):
    page, first_draft = published
    page.title = "Micro-needling (second draft)"
    page.save_revision()

    assert preview(client, make_preview_token(first_draft)).json()["title"] == "Micro-needling (draft)"


def test_a_preview_is_not_cached_between_requests(client, published):
    page, draft = published
    token = make_preview_token(draft)
    assert preview(client, token).json()["title"] == "Micro-needling (draft)"

    # Autosave overwrites the editor's latest revision in place: the same token shows the new content.
    page.title = "Micro-needling (autosaved)"
    page.save_revision(overwrite_revision=draft)

    assert preview(client, token).json()["title"] == "Micro-needling (autosaved)"


def test_missing_or_empty_token_is_a_400(client, db):
    assert_error(api_get(client, "/api/v1/preview/"), 400, "invalid_parameter")
    response = preview(client, "")
    assert_error(response, 400, "invalid_parameter")
    assert response.json()["error"]["field"] == "token"


@pytest.mark.parametrize("position", [0, 10, -1], ids=["payload-start", "payload", "signature-end"])
def test_a_tampered_token_is_refused(client, published, position):
    _page, draft = published
    token = make_preview_token(draft)
    index = position % len(token)
    changed = "A" if token[index] != "A" else "B"
    tampered = token[:index] + changed + token[index + 1 :]

    response = preview(client, tampered)

    assert_error(response, 401, "invalid_token")
    assert response.json()["error"]["field"] == "token"


def test_a_token_for_another_page_cannot_be_forged_by_swapping_ids(client, published, never_published):
    _page, draft = published
    _other_page, other_draft = never_published
    rest = make_preview_token(draft).split(":", 1)[1]
    forged_payload = make_preview_token(other_draft).split(":", 1)[0]

    assert_error(preview(client, f"{forged_payload}:{rest}"), 401, "invalid_token")


def test_a_value_signed_for_something_else_is_not_a_token(client, published):
    _page, draft = published
    signed_elsewhere = signing.TimestampSigner().sign_object({"page": draft.object_id, "revision": draft.pk})

    assert_error(preview(client, signed_elsewhere), 401, "invalid_token")
    assert_error(preview(client, "not-a-token"), 401, "invalid_token")


def test_an_expired_token_is_refused(client, published):
    _page, draft = published
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 3601):
        token = make_preview_token(draft)

    assert_error(preview(client, token), 401, "expired_token")


def test_token_lifetime_comes_from_the_setting(client, published, settings):
    _page, draft = published
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 120):
        token = make_preview_token(draft)
    assert preview(client, token).status_code == 200

    settings.PREVIEW_TOKEN_MAX_AGE = 60
    assert_error(preview(client, token), 401, "expired_token")


def test_a_token_for_a_deleted_revision_is_a_404(client, published):
    page, draft = published
    token = make_preview_token(draft)
    draft.delete()

    assert_error(preview(client, token), 404, "not_found")


def test_a_token_for_a_deleted_page_is_a_404(client, never_published):
    page, draft = never_published
    token = make_preview_token(draft)
    page.delete()

    assert_error(preview(client, token), 404, "not_found")


def test_a_page_type_the_api_does_not_serve_is_a_404_not_a_500(client, home):
    plain = home.add_child(instance=Page(title="Plain page", slug="plain"))

    assert_error(preview(client, make_preview_token(plain.save_revision())), 404, "not_found")


def test_a_token_names_one_page_and_one_revision(published):
    page, draft = published
    token = make_preview_token(draft)

    assert signing.TimestampSigner(salt=PREVIEW_TOKEN_SALT).unsign_object(token) == {
        "page": page.pk,
        "revision": draft.pk,
    }
    assert read_preview_token(token) == draft


def test_the_preview_endpoint_is_documented_with_the_page_union(client, db):
    document = client.get("/api/v1/openapi.json").json()
    operation = document["paths"]["/api/v1/preview/"]["get"]
    page_operation = document["paths"]["/api/v1/pages/{page_id}/"]["get"]
    assert operation["responses"]["200"]["content"] == page_operation["responses"]["200"]["content"]
    by_path_schema = document["paths"]["/api/v1/pages/by-path/"]["get"]["responses"]["200"]["content"]
    page_union = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert page_union["discriminator"]["propertyName"] == "type"
    assert "TreatmentPageSchema" in str(page_union["oneOf"]) and "TreatmentPageSchema" in str(by_path_schema)
    assert {"400", "401", "404"} <= set(operation["responses"])
    assert [parameter["name"] for parameter in operation["parameters"]] == ["token"]


# --- Wagtail's preview opens the frontend ---------------------------------------------------------


def frontend_token(response):
    """The token in the frontend URL that the admin preview frames."""
    assert response.status_code == 200
    iframe = BeautifulSoup(response.content, "html.parser").select_one("iframe[data-frontend-preview]")
    assert iframe is not None, response.content[:500]
    url = urlsplit(iframe["src"])
    assert f"{url.scheme}://{url.netloc}{url.path}" == f"{FRONTEND}/preview"
    return parse_qs(url.query)["token"][0]


@pytest.fixture
def frontend(settings):
    settings.FRONTEND_URL = FRONTEND + "/"


def test_view_draft_opens_the_frontend_with_a_token_the_api_accepts(admin_client, client, published, frontend):
    page, draft = published

    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))

    token = frontend_token(response)
    assert read_preview_token(token) == draft
    api_response = preview(client, token)
    assert api_response.status_code == 200
    assert api_response.json()["title"] == "Micro-needling (draft)"


def test_the_editors_preview_panel_opens_the_frontend(admin_client, client, published, frontend):
    from tests.admin_forms import every_block_form_data, treatment_form_data

    page, draft = published
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    specialty, concern = page.specialty, page.concerns[0]
    image = factories.make_image()
    data = treatment_form_data(
        specialty, [concern], every_block_form_data(specialty, image), title=page.title, slug=page.slug
    )
    assert admin_client.post(url, data).json()["is_valid"]

    response = admin_client.get(url, {"in_preview_panel": "true"})

    token = frontend_token(response)
    assert read_preview_token(token) == draft
    assert preview(client, token).json()["title"] == "Micro-needling (draft)"
    # Inside the panel the page is only the frontend: no bar above it.
    assert BeautifulSoup(response.content, "html.parser").select_one(".frontend-preview-bar") is None


def test_an_older_revision_in_the_history_is_previewed_as_itself(admin_client, client, published, frontend):
    page, first_draft = published
    page.title = "Micro-needling (second draft)"
    page.save_revision()

    response = admin_client.get(reverse("wagtailadmin_pages:revisions_view", args=[page.pk, first_draft.pk]))

    token = frontend_token(response)
    assert read_preview_token(token) == first_draft
    assert preview(client, token).json()["title"] == "Micro-needling (draft)"


def test_a_published_page_without_changes_previews_its_live_revision(admin_client, client, treatment, frontend):
    revision = treatment.save_revision()
    revision.publish()

    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[treatment.pk]))

    assert read_preview_token(frontend_token(response)) == revision


def test_without_frontend_url_the_server_rendered_preview_is_kept(admin_client, published, settings):
    settings.FRONTEND_URL = ""
    page, _draft = published

    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("iframe[data-frontend-preview]") is None
    assert " ".join(soup.select_one("main h1").get_text(" ").split()) == "Micro-needling (draft)"


def test_a_new_page_without_a_revision_keeps_the_server_rendered_preview(
    admin_client, treatment_index, specialty, reviewer, concern, image, frontend
):
    from tests.admin_forms import every_block_form_data, treatment_form_data

    url = reverse("wagtailadmin_pages:preview_on_add", args=["treatments", "treatmentpage", treatment_index.pk])
    data = treatment_form_data(specialty, [concern], every_block_form_data(specialty, image))
    assert admin_client.post(url, data).json()["is_valid"]

    response = admin_client.get(url)

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("iframe[data-frontend-preview]") is None
    assert " ".join(soup.select_one("main h1").get_text(" ").split()) == "Dermal fillers"
