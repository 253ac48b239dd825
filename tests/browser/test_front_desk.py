"""The front desk's day: a patient asks for an appointment in Spanish, the front desk takes it from there.

The request arrives the way the frontend sends it, through the running site's API (a form token, the
minimum fill time, then the POST). The front desk signs in, finds it in "Appointment requests", narrows
the listing with the filters, reads it with its consent evidence, marks it contacted with a note and
sees the change in its history; the CSV export carries the reference but never the message, which may
be health information. The patient's confirmation went to their address, in Spanish; an editor neither
sees the menu item nor gets into the listing, a request or the export. The tests run in file order
(`-p no:randomly`), each using the request the first one sent.
"""

import csv
import io
import json
import re
import time
import urllib.error
import urllib.request

import pytest

from tests.browser.conftest import TEAM_PASSWORD, expect, get_json, login, sent_emails

pytestmark = pytest.mark.browser

PATIENT = {
    "name": "Lucía Fernández Ibarra",
    "email": "lucia.fernandez@example.com",
    "phone": "+52 664 123 4567",
    "message": "Tengo manchas oscuras en las mejillas desde el embarazo y quisiera saber qué tratamiento me conviene.",
}
NOTE = "Llamada por WhatsApp: prefiere el martes por la mañana."

# What the patient's test sent, for the front desk's tests.
sent = {}


def post_json(url, body):
    """(status, decoded JSON) of a POST from the test process, as the frontend sends it."""
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def messages(page):
    return page.locator(".messages")


def listing_row(page, reference):
    return page.locator("tbody tr", has_text=reference)


def value(details, label):
    """The value (<dd>) shown for a field label (<dt>) in the inspect view."""
    return details.locator("dt", has_text=re.compile(f"^{re.escape(label)}$")).locator("xpath=following-sibling::dd[1]")


def open_inspect(row, reference):
    """Open a request from its listing row's "More options" menu (the reference itself links to the edit view)."""
    row.get_by_role("button", name=f"More options for '{reference}'").click()
    row.get_by_role("link", name="Inspect").click()
    expect(row.page).to_have_url(re.compile(r"/admin/appointment_requests/inspect/\d+/$"))


def header_action(page, name):
    """Click an item of the header's "Actions" drop-down (the "…" next to the title)."""
    actions = page.get_by_role("navigation", name="Actions")
    actions.get_by_role("button", name="Actions").click()
    actions.get_by_role("link", name=name, exact=True).click()


def open_filter(page, label):
    """Open the listing's filters drop-down at one filter (Wagtail's drill-down menu)."""
    drilldown = page.locator("#filters-drilldown")
    if not drilldown.locator(".w-drilldown__menu").is_visible():
        page.get_by_role("button", name="Show filters").click()
    drilldown.locator("button.w-drilldown__toggle", has_text=label).click()


def close_filters(page):
    page.keyboard.press("Escape")


def test_patient_requests_an_appointment_in_spanish(base_url):
    status, site = get_json(f"{base_url}/api/v1/site/?locale=es")
    assert status == 200, site
    assert site["booking_channels"], "no specialty takes bookings in Spanish"
    channel = site["booking_channels"][0]
    status, english = get_json(f"{base_url}/api/v1/site/?locale=en")
    assert status == 200, english
    specialty = next(item for item in english["booking_channels"] if item["slug"] == channel["slug"])

    status, token = get_json(f"{base_url}/api/v1/appointments/form-token/")
    assert status == 200, token
    time.sleep(token["min_fill_seconds"] + 0.2)  # a person takes at least this long to fill the form
    status, created = post_json(
        f"{base_url}/api/v1/appointments/",
        {
            "specialty": channel["slug"],
            "name": PATIENT["name"],
            "email": PATIENT["email"],
            "phone": PATIENT["phone"],
            "preferred_channel": "whatsapp",
            "preferred_time_of_day": "morning",
            "message": PATIENT["message"],
            "locale": "es",
            "privacy_consent": True,
            "health_data_consent": True,
            "form_token": token["token"],
            "website": "",
        },
    )
    assert status == 201, created
    assert created["status"] == "new"
    assert re.fullmatch(r"[A-Z]{2}-[0-9A-Z]+", created["reference"]), created
    assert created["reference"] in created["message"]
    sent.update(reference=created["reference"], specialty=specialty["name"], slug=channel["slug"])


def test_front_desk_finds_reads_and_moves_the_request_along(page, base_url, shot):
    if not sent:
        pytest.skip("the patient's request was not created")
    reference = sent["reference"]

    login(page, base_url, "frontdesk", TEAM_PASSWORD)
    menu_item = page.get_by_role("link", name="Appointment requests")
    expect(menu_item).to_be_visible()
    shot(page, "dashboard")
    menu_item.click()
    expect(page).to_have_url(f"{base_url}/admin/appointment_requests/")
    row = listing_row(page, reference)
    expect(row).to_be_visible()
    expect(row).to_contain_text("New")
    expect(row).to_contain_text(PATIENT["name"])
    expect(row).to_contain_text(sent["specialty"])
    received = row.locator("td").last.inner_text().strip()  # "Received at", the clinic's local time
    shot(page, "listing")

    # Only the new requests, then only this specialty's: the listing reloads in place at each choice.
    open_filter(page, "Status")
    with page.expect_response(lambda r: "/admin/appointment_requests/results/" in r.url):
        page.locator("#filters-drilldown").get_by_role("radio", name="New", exact=True).check()
    expect(page).to_have_url(re.compile(r"[?&]status=new"))
    expect(row).to_be_visible()
    shot(page, "filtered-by-status")
    page.locator("#filters-drilldown .w-drilldown__back:visible").click()
    open_filter(page, "Specialty")
    with page.expect_response(lambda r: "/admin/appointment_requests/results/" in r.url):
        page.locator("#filters-drilldown").get_by_label("Specialty").select_option(label=sent["specialty"])
    expect(page).to_have_url(re.compile(r"[?&]specialty=\d+"))
    expect(row).to_be_visible()
    close_filters(page)
    shot(page, "filtered-by-specialty")

    # Its "More options" menu opens the request to read (the inspect view): who, what, what they consented to.
    open_inspect(row, reference)
    details = page.locator("main dl")
    expect(details).to_contain_text(PATIENT["name"])
    expect(details).to_contain_text(PATIENT["message"])
    expect(details).to_contain_text("+526641234567")
    expect(value(details, "Received at")).to_have_text(received)  # the same time as in the listing
    expect(value(details, "Privacy notice version")).to_contain_text("Aviso de privacidad")  # the Spanish notice
    expect(value(details, "Privacy notice accepted at")).not_to_have_text("—")
    expect(value(details, "Health data consent given at")).not_to_have_text("—")
    expect(value(details, "Status changed by")).to_have_text("—")
    shot(page, "inspect")
    request_id = int(re.search(r"/inspect/(\d+)/", page.url).group(1))

    # Marked as contacted, with a note for colleagues.
    header_action(page, "Edit")
    expect(page).to_have_url(f"{base_url}/admin/appointment_requests/edit/{request_id}/")
    page.get_by_role("combobox", name="Status").select_option(label="Contacted")
    page.get_by_label("Front desk notes").fill(NOTE)
    shot(page, "edit")
    page.get_by_role("button", name="Save").click()

    # Back on the listing: the request is contacted; reading it again shows who moved it and the note.
    expect(page).to_have_url(f"{base_url}/admin/appointment_requests/")
    expect(messages(page)).to_contain_text(f"Appointment request '{reference}' updated.")
    row = listing_row(page, reference)
    expect(row.locator("td").nth(1)).to_have_text("Contacted")
    shot(page, "listing-contacted")
    open_inspect(row, reference)
    details = page.locator("main dl")
    expect(value(details, "Status")).to_have_text("Contacted")
    expect(value(details, "Status changed by")).to_have_text("frontdesk")
    expect(value(details, "Front desk notes")).to_have_text(NOTE)
    shot(page, "inspect-contacted")

    # The history (a link of the edit view's header) names the change and who made it.
    header_action(page, "Edit")
    page.get_by_role("link", name="History", exact=True).click()
    expect(page).to_have_url(f"{base_url}/admin/appointment_requests/history/{request_id}/")
    change = page.locator("tbody tr", has_text="Status changed from “New” to “Contacted”")
    expect(change).to_be_visible()
    expect(change.locator("td").nth(1)).to_have_text("frontdesk")
    shot(page, "history")
    sent.update(id=request_id)


def test_front_desk_exports_the_listing_without_the_messages(page, base_url, shot):
    if "id" not in sent:
        pytest.skip("the front desk did not handle the request")

    login(page, base_url, "frontdesk", TEAM_PASSWORD)
    page.goto(f"{base_url}/admin/appointment_requests/")
    shot(page, "listing")
    actions = page.get_by_role("navigation", name="Actions")
    actions.get_by_role("button", name="Actions").click()
    export = actions.get_by_role("link", name="Download CSV")
    expect(export).to_have_attribute("href", re.compile(r"[?&]export=csv"))
    shot(page, "export-menu")
    with page.expect_download() as download_info:
        export.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv"), download.suggested_filename
    text = open(download.path(), encoding="utf-8-sig").read()

    reader = csv.DictReader(io.StringIO(text))
    ours = [row for row in reader if row["Reference"] == sent["reference"]]
    assert len(ours) == 1, f"{sent['reference']} is not in the CSV:\n{text}"
    assert ours[0]["Name"] == PATIENT["name"]
    assert ours[0]["Status"] == "Contacted"  # the label the listing shows, not the stored code
    assert not {"Message", "Front desk notes"} & set(reader.fieldnames), reader.fieldnames
    assert PATIENT["message"] not in text and "manchas oscuras" not in text, "the message left in the CSV"
    assert NOTE not in text, "the front desk's notes left in the CSV"


def test_front_desk_and_patient_are_told_by_email(base_url):
    if not sent:
        pytest.skip("the patient's request was not created")
    # The specialty's front-desk inbox (its snippet's address in the demo), with a link to the request.
    to_desk = [email for email in sent_emails() if email["to"] == f"{sent['slug']}@clinica.example"]
    assert len(to_desk) == 1, f"the front desk got {len(to_desk)} e-mails (artifacts/browser/emails/)"
    assert to_desk[0]["subject"] == f"New appointment request {sent['reference']} ({sent['specialty']})"
    assert PATIENT["name"] in to_desk[0]["body"] and "/admin/appointment_requests/inspect/" in to_desk[0]["body"]
    assert PATIENT["message"] not in to_desk[0]["body"]
    to_patient = [email for email in sent_emails() if email["to"] == PATIENT["email"]]
    assert len(to_patient) == 1, f"the patient got {len(to_patient)} e-mails (artifacts/browser/emails/)"
    confirmation = to_patient[0]
    # In the language the patient wrote in (locale/es), naming them and their reference.
    assert confirmation["subject"] == f"Recibimos tu solicitud de cita {sent['reference']}"
    assert confirmation["body"].startswith(f"Hola {PATIENT['name']}:")
    assert sent["reference"] in confirmation["body"]
    assert PATIENT["message"] not in confirmation["body"]


def test_editor_neither_sees_nor_opens_the_requests(page, base_url, shot):
    login(page, base_url, "editor", TEAM_PASSWORD)
    expect(page.get_by_role("link", name="Appointment requests")).to_have_count(0)
    shot(page, "dashboard-without-requests")

    request_id = sent.get("id", 1)
    for path in ["", f"inspect/{request_id}/", f"edit/{request_id}/", "?export=csv"]:
        response = page.goto(f"{base_url}/admin/appointment_requests/{path}")
        expect(page).to_have_url(f"{base_url}/admin/")
        expect(messages(page)).to_contain_text("Sorry, you do not have permission to access this area.")
        assert PATIENT["name"] not in page.content()
        assert response.status == 200  # the dashboard, after Wagtail's redirect
    shot(page, "refused")
