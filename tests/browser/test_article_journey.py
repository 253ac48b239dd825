"""One article's journey: an editor writes it, a medical reviewer publishes it, a translator puts it in Spanish.

Clicked through the admin as each user would, on the running test site: the editor meets the form's
validation errors on the fields they concern, fixes them, saves a draft, checks the preview and submits
to the "Medical review" workflow; the reviewer finds the article on the dashboard, previews it and
approves it, and the delivery API then serves it. The editor sends it for translation; the translator,
told by e-mail, opens it from the dashboard, accepts a translation-memory suggestion, is refused while a
string is missing, publishes, and the API serves the Spanish page. Each test uses the page the one
before it worked on (the tests run in file order, `-p no:randomly`).
"""

import datetime
import re
import zoneinfo

import pytest
from django.conf import settings

from tests.browser.conftest import TEAM_PASSWORD, expect, get_json, login, sent_emails
from treatments.blocks import TreatmentBodyBlock

pytestmark = pytest.mark.browser

TITLE = "Enzyme peel"
SLUG = "enzyme-peel"
SECTION_TEXT = "Fruit enzymes dissolve the dead cells on the surface of the skin."
IMAGE = "Skin layers and micro-needles"  # a demo image (demo/content)
SPECIALTY = "Aesthetics"


def clinic_today():
    """Today in the clinic's time zone (TIME_ZONE), the day the site records a review on."""
    return datetime.datetime.now(zoneinfo.ZoneInfo(settings.TIME_ZONE)).date()


# What the editor's test submitted, for the reviewer's test.
submitted = {}


def fill_rich_text(page, field_id, text):
    """Type into the Draftail editor that stands for the hidden input `field_id`."""
    page.locator(f"#{field_id}").locator("xpath=..").locator("[contenteditable=true]").click()
    page.keyboard.type(text)
    expect(page.locator(f"#{field_id}")).to_have_value(re.compile(re.escape(text)))


def choose(page, field_id, choice):
    """Pick `choice` in the chooser modal (image, snippet) of the hidden input `field_id`."""
    page.locator(f"#{field_id}-chooser [data-chooser-action-choose]").click()
    modal = page.locator(".modal")
    modal.locator("a[data-chooser-modal-choice]", has_text=choice).first.click()
    expect(modal).to_be_hidden()
    expect(page.locator(f"#{field_id}")).not_to_have_value("")


def fill_section(page, prefix):
    page.fill(f"#{prefix}-heading", "What is an enzyme peel?")
    fill_rich_text(page, f"{prefix}-body", SECTION_TEXT)


def fill_benefits(page, prefix):
    page.fill(f"#{prefix}-items-0-value-title", "Brighter skin")


def fill_target_areas(page, prefix):
    page.select_option(f"#{prefix}-areas-0-value-area", "face")


def fill_preparation(page, prefix):
    page.fill(f"#{prefix}-items-0-value-subject", "Retinoids")
    page.fill(f"#{prefix}-items-0-value-instruction", "Stop applying retinoid creams.")
    page.fill(f"#{prefix}-items-0-value-lead_time", "3")


def fill_procedure_steps(page, prefix):
    page.fill(f"#{prefix}-steps-0-value-title", "Enzyme mask")
    page.fill(f"#{prefix}-steps-0-value-description", "The enzyme mask rests on the skin.")
    page.fill(f"#{prefix}-steps-0-value-duration_minutes", "-15")  # the slip the editor is told about


def fill_aftercare(page, prefix):
    page.fill(f"#{prefix}-entries-0-value-starts_after", "0")
    page.fill(f"#{prefix}-entries-0-value-ends_after", "1")
    page.fill(f"#{prefix}-entries-0-value-text", "Slight redness for a day.")


def fill_risks(page, prefix):
    page.fill(f"#{prefix}-risks-0-value-effect", "Stinging during the peel")
    page.fill(f"#{prefix}-contraindications-0-value-condition", "Broken or sunburnt skin")


def fill_comparison(page, prefix):
    page.fill(f"#{prefix}-alternative_name", "Chemical peel")
    page.fill(f"#{prefix}-rows-0-value-aspect", "Downtime")
    page.fill(f"#{prefix}-rows-0-value-this_treatment", "None")
    page.fill(f"#{prefix}-rows-0-value-alternative", "A few days")
    page.fill(f"#{prefix}-verdict", "An enzyme peel suits sensitive skin; a chemical peel goes deeper.")


def fill_faq(page, prefix):
    page.fill(f"#{prefix}-items-0-value-question", "Does it sting?")
    fill_rich_text(page, f"{prefix}-items-0-value-answer", "A slight tingling for a few minutes.")


def fill_callout(page, prefix):
    fill_rich_text(page, f"{prefix}-text", "Tell us if you are pregnant or breastfeeding.")


def fill_references(page, prefix):
    page.fill(f"#{prefix}-items-0-value-title", "Enzymes in dermatology")
    page.fill(f"#{prefix}-items-0-value-publisher", "Journal of Cosmetic Dermatology")
    page.fill(f"#{prefix}-items-0-value-year", "2021")


def fill_booking_cta(page, prefix):
    choose(page, f"{prefix}-specialty", SPECIALTY)
    page.fill(f"#{prefix}-label", "Book an enzyme peel")


def fill_image(page, prefix):
    choose(page, f"{prefix}-image", IMAGE)
    page.fill(f"#{prefix}-alt_text", "Diagram of the layers of the skin")


BLOCK_FILLERS = {
    "section": fill_section,
    "benefits": fill_benefits,
    "target_areas": fill_target_areas,
    "preparation": fill_preparation,
    "procedure_steps": fill_procedure_steps,
    "aftercare": fill_aftercare,
    "risks": fill_risks,
    "comparison": fill_comparison,
    "faq": fill_faq,
    "callout": fill_callout,
    "references": fill_references,
    "booking_cta": fill_booking_cta,
    "image": fill_image,
}


def insert_block(page, index, block):
    """Add `block` at the end of the body through the "+" button and the block picker."""
    page.locator("#body-root button.c-sf-add-button").last.click()
    page.get_by_role("option", name=str(block.meta.label), exact=True).click()
    expect(page.locator(f"input[name='body-{index}-type']")).to_have_value(block.name)


def footer_action(page, name):
    """Click an action of the editor's footer menu (Save draft's "More actions" drop-down)."""
    footer = page.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name=name, exact=True).click()


def messages(page):
    return page.locator(".messages")


def test_editor_writes_an_article_with_every_block_and_submits_it(page, base_url, shot):
    body_blocks = list(TreatmentBodyBlock().child_blocks.values())
    assert {block.name for block in body_blocks} == set(BLOCK_FILLERS), "a body block type has no filler here"

    login(page, base_url, "editor", TEAM_PASSWORD)
    shot(page, "dashboard")

    # Pages › Home › Treatments (the English index), then "Add child page": one page type, so the form.
    page.goto(f"{base_url}/admin/pages/")
    page.get_by_role("link", name="Explore child pages of 'Home'").click()
    page.get_by_role("link", name="Explore child pages of 'Treatments'").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Exploring: Treatments")
    index_url = page.url
    page.get_by_role("link", name="Add child page").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/add/treatments/treatmentpage/\d+/$"))
    shot(page, "new-treatment-form")

    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "A mild peel with fruit enzymes for sensitive skin.")
    choose(page, "id_specialty", SPECIALTY)
    choose(page, "id_treatment_concerns-0-concern", "Enlarged pores")
    page.fill("#id_session_minutes", "45")
    # The medical review is not the editor's to type: the approving reviewer's name and date are recorded.
    expect(page.locator("#id_reviewer")).to_have_count(0)
    expect(page.get_by_text("Approving the article in the Medical review workflow records")).to_be_visible()
    shot(page, "page-fields")

    for index, block in enumerate(body_blocks):
        insert_block(page, index, block)
        BLOCK_FILLERS[block.name](page, f"body-{index}-value")
    shot(page, "every-block")

    # Saving shows each error on its own field.
    page.get_by_role("button", name="Save draft").click()
    # Autosave may have created the page a moment before the click: "created" or "saved".
    expect(messages(page)).to_contain_text(re.compile("could not be (created|saved) due to validation errors"))
    shot(page, "validation-errors")
    steps = next(index for index, block in enumerate(body_blocks) if block.name == "procedure_steps")
    duration = f"body-{steps}-value-steps-0-value-duration_minutes"
    expect(page.locator(f"#{duration}-errors")).to_contain_text("Ensure this value is greater than or equal to 0.")
    page.locator(f"#{duration}").scroll_into_view_if_needed()
    shot(page, "error-on-step-duration")
    # Nothing typed was lost on the way.
    expect(page.locator("#id_specialty")).not_to_have_value("")
    expect(page.locator("input[name='body-0-value-body']")).to_have_value(re.compile(re.escape(SECTION_TEXT)))

    page.fill(f"#{duration}", "15")
    page.get_by_role("button", name="Save draft").click()
    # Autosave may have created the page a moment before the click: "created" or "updated".
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    expect(messages(page)).to_contain_text(re.compile(rf"Page '{TITLE}' (created|has been updated)"))
    page_id = int(re.search(r"/admin/pages/(\d+)/edit/", page.url).group(1))
    shot(page, "draft-saved")

    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(preview.locator("main")).to_contain_text(SECTION_TEXT)
    expect(preview.locator("main")).to_contain_text("Book an enzyme peel")
    shot(page, "preview-panel")
    page.get_by_role("button", name="Toggle preview").click()

    footer_action(page, "Submit to Medical review")
    expect(page).to_have_url(index_url)
    expect(messages(page)).to_contain_text(f"Page '{TITLE}' has been submitted for moderation")
    shot(page, "submitted")

    # Not public before the medical review.
    status, _ = get_json(f"{base_url}/api/v1/pages/by-path/?path=/en/treatments/{SLUG}/")
    assert status == 404
    submitted.update(id=page_id, title=TITLE, slug=SLUG)


def test_a_reviewer_of_another_specialty_is_told_why_they_cannot_approve(new_context, base_url, shot):
    """The dentist opens the skin article from the same dashboard: no "Approve", and the reason in words."""
    if not submitted:
        pytest.skip("the editor's test did not submit an article")
    page = new_context().new_page()
    login(page, base_url, "dentist", TEAM_PASSWORD)
    page.goto(f"{base_url}/admin/pages/{submitted['id']}/edit/")
    expect(messages(page)).to_contain_text(
        f"it is about {SPECIALTY} and your reviewer profile covers Dental. A reviewer of {SPECIALTY} must approve it."
    )
    footer = page.get_by_role("navigation", name="Actions (footer)")
    footer.get_by_role("button", name="More actions").click()
    expect(footer.get_by_role("button", name="Request changes", exact=True)).to_be_visible()
    expect(footer.get_by_role("button", name="Approve and Publish", exact=True)).to_have_count(0)
    shot(page, "another-specialty-cannot-approve")


def test_reviewer_previews_and_approves_the_submitted_article(page, base_url, shot):
    if not submitted:
        pytest.skip("the editor's test did not submit an article")

    assert any(
        email["to"] == "reviewer@example.com" and f'The page "{TITLE}" has been submitted for approval' in email["body"]
        for email in sent_emails()
    ), "the reviewer was not notified by e-mail (artifacts/browser/emails/)"

    login(page, base_url, "reviewer", TEAM_PASSWORD)
    awaiting = page.locator("#awaiting-review-section")
    expect(awaiting.get_by_role("link", name=TITLE)).to_be_visible()
    shot(page, "dashboard-awaiting-review")

    # The dashboard's Preview (Wagtail's workflow preview) opens the draft in a new tab.
    row = awaiting.locator("tr", has=page.get_by_role("link", name=TITLE))
    row.get_by_role("button", name="Actions").click()
    with page.expect_popup() as popup_info:
        row.get_by_role("link", name="Preview").click()
    popup = popup_info.value
    popup.wait_for_load_state("load")
    expect(popup.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(popup.locator("main")).to_contain_text(SECTION_TEXT)
    shot(popup, "workflow-preview")
    popup.close()

    # Open it in the editor and preview it there too.
    awaiting.get_by_role("link", name=TITLE).click()
    expect(page).to_have_url(f"{base_url}/admin/pages/{submitted['id']}/edit/")
    shot(page, "editor")
    with page.expect_response(lambda r: "/edit/preview/" in r.url and r.request.method == "POST") as preview_post:
        page.get_by_role("button", name="Toggle preview").click()
    assert preview_post.value.status == 200, (
        f"the reviewer's preview was refused: {preview_post.value.status} {preview_post.value.headers.get('location')}"
    )
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(preview.locator("main")).to_contain_text(SECTION_TEXT)
    shot(page, "preview-panel")
    page.get_by_role("button", name="Toggle preview").click()

    footer_action(page, "Approve and Publish")
    page.wait_for_url(lambda url: not url.endswith(f"/admin/pages/{submitted['id']}/edit/"))
    expect(messages(page)).to_contain_text(f"“{TITLE}” is approved and published.")
    shot(page, "after-approval")
    expect(messages(page)).not_to_contain_text("permission", ignore_case=True)

    status, article = get_json(f"{base_url}/api/v1/pages/by-path/?path=/en/treatments/{SLUG}/")
    assert status == 200, article
    assert article["title"] == TITLE
    # Signed by the reviewer who approved it, today.
    assert article["review"]["reviewer"]["name"] == "Dra. Mariana Castillo Vega"
    assert article["review"]["last_reviewed"] == clinic_today().isoformat()

    public = page.context.new_page()
    public.goto(f"{base_url}/en/treatments/{SLUG}/")
    expect(public.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(public.locator(".reviewer")).to_contain_text("Reviewed by Dra. Mariana Castillo Vega")
    shot(public, "published-article")
    public.close()
    submitted.update(live=True)


SPANISH_TITLE = "Peeling enzimático"
SPANISH_SLUG = "peeling-enzimatico"


def segments(page, state):
    return page.locator(f".js-translation-editor li.{state}")


def translate_segment(segment, text):
    """The editor's own way: Translate (or Edit), type, Save; wait until the segment is saved."""
    segment.get_by_role("button", name=re.compile("^(Translate|Edit)$")).click()
    segment.locator("textarea").fill(text)
    segment.get_by_role("button", name="Save").click()
    expect(segment.locator("textarea")).to_have_count(0)


def fill_visible_segments(page):
    """Translate each untranslated string shown in the current tab of the translation editor."""
    visible = page.locator(".js-translation-editor li.incomplete:visible")
    while visible.count():
        segment = visible.first
        source = segment.locator("p").first.inner_text().strip()
        translate_segment(segment, spanish_for(source))


def spanish_for(source):
    if source == TITLE:
        return SPANISH_TITLE
    if source == SLUG:
        return SPANISH_SLUG
    return f"ES {source}"


def test_translator_is_told_translates_and_publishes_the_article_in_spanish(new_context, base_url, shot):
    if not submitted.get("live"):
        pytest.skip("the reviewer's test did not publish the article")

    # The editor sends the live article for translation; Spanish, the only other language, is ticked.
    editor = new_context().new_page()
    login(editor, base_url, "editor", TEAM_PASSWORD)
    editor.goto(f"{base_url}/admin/pages/{submitted['id']}/edit/")
    editor.get_by_role("button", name="Actions").first.click()
    editor.get_by_role("link", name="Translate this page").click()
    spanish_box = editor.get_by_role("checkbox", name="Spanish")
    expect(spanish_box).to_be_checked()
    shot(editor, "translate-form-spanish-ticked")
    editor.get_by_role("button", name="Submit").click()
    expect(messages(editor)).to_contain_text("successfully submitted")
    shot(editor, "submitted-for-translation")

    notices = [email for email in sent_emails() if email["to"] == "translator@example.com"]
    assert notices, "the translator was not notified by e-mail (artifacts/browser/emails/)"
    assert f"«{TITLE}»" in notices[-1]["subject"] and "traducción al español" in notices[-1]["subject"]
    assert f"{base_url}/admin/pages/" in notices[-1]["body"]

    # The translator opens it from the dashboard.
    page = new_context().new_page()
    login(page, base_url, "translator", TEAM_PASSWORD)
    row = page.locator("tr[data-state]", has_text=TITLE)
    expect(row).to_be_visible()
    shot(page, "dashboard-awaiting-translation")
    row.get_by_role("link", name="Translate").click()
    expect(segments(page, "incomplete").first).to_be_visible()
    shot(page, "translation-editor")

    # A heading translated elsewhere on the site arrives from the translation memory: one click accepts it.
    accept = page.locator("[data-accept-suggestion] button")
    expect(accept.first).to_be_visible()
    suggestions = accept.count()
    suggestion = accept.first.locator("xpath=ancestor::li[contains(@class, 'complete')][1]")
    suggestion.scroll_into_view_if_needed()
    shot(page, "memory-suggestion")
    accept.first.click()
    expect(accept).to_have_count(suggestions - 1)
    shot(page, "suggestion-accepted")
    while accept.count():  # the other memory suggestions, confirmed the same way
        accept.first.click()
        page.wait_for_timeout(100)
    expect(accept).to_have_count(0)

    # Every string of the Content tab; the slug, on the Promote tab, is forgotten at first.
    fill_visible_segments(page)
    page.get_by_role("button", name="Publish in Spanish").click()
    expect(messages(page)).to_contain_text("1 untranslated segment: Slug")
    shot(page, "refused-one-string-missing")
    status, _ = get_json(f"{base_url}/api/v1/pages/by-path/?path=/es/tratamientos/{SPANISH_SLUG}/")
    assert status == 404

    page.get_by_role("tab", name="Promote").click()
    fill_visible_segments(page)
    shot(page, "slug-translated")
    expect(segments(page, "incomplete")).to_have_count(0)
    page.get_by_role("button", name="Publish in Spanish").click()
    expect(messages(page)).to_contain_text(f"Published '{SPANISH_TITLE}' in Spanish.")
    expect(messages(page)).not_to_contain_text("permission", ignore_case=True)
    shot(page, "published-in-spanish")

    status, article = get_json(f"{base_url}/api/v1/pages/by-path/?path=/es/tratamientos/{SPANISH_SLUG}/")
    assert status == 200, article
    assert article["title"] == SPANISH_TITLE
    assert article["locale"] == "es"
    public = page.context.new_page()
    public.goto(f"{base_url}/es/tratamientos/{SPANISH_SLUG}/")
    expect(public.get_by_role("heading", level=1)).to_have_text(SPANISH_TITLE)
    shot(public, "spanish-article")
    public.close()
