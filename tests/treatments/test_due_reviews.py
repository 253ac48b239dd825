"""A review lapses MEDICAL_REVIEW_PERIOD_DAYS after its approval: the API, the page, a report, the dashboard and
the reviewer's daily e-mail all say so."""

import datetime
import io
import smtplib

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from tests import factories
from treatments.models import ReviewReminder, TreatmentPage

API_PATH = "/api/v1/pages/by-path/?path=/en/treatments/micro-needling/"


def reviewed_days_ago(page, days):
    TreatmentPage.objects.filter(pk=page.pk).update(last_reviewed=timezone.localdate() - datetime.timedelta(days=days))


@pytest.mark.parametrize(
    ("days_ago", "status"),
    [(0, "current"), (334, "current"), (335, "due_soon"), (365, "due_soon"), (366, "overdue")],
    ids=["today", "due-in-31-days", "due-in-30-days", "due-today", "lapsed-yesterday"],
)
def test_the_api_says_whether_the_review_is_current_due_soon_or_overdue(client, treatment, days_ago, status):
    reviewed_days_ago(treatment, days_ago)
    review = client.get(API_PATH).json()["review"]
    assert review["status"] == status
    due = datetime.date.fromisoformat(review["last_reviewed"]) + datetime.timedelta(days=365)
    assert review["next_review_due"] == due.isoformat()


def test_the_review_period_is_a_setting(client, treatment, settings):
    settings.MEDICAL_REVIEW_PERIOD_DAYS = 90
    reviewed_days_ago(treatment, 100)
    assert client.get(API_PATH).json()["review"]["status"] == "overdue"


def test_a_cached_answer_does_not_outlive_its_day(client, treatment, monkeypatch):
    """The answer of the day before midnight is not served after it: the status may have changed."""
    reviewed_days_ago(treatment, 360)
    assert client.get(API_PATH).json()["review"]["status"] == "due_soon"

    today = timezone.localdate()
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: today + datetime.timedelta(days=6))
    assert client.get(API_PATH).json()["review"]["status"] == "overdue"


def lapsed_notice(client, url):
    response = client.get(url)
    assert response.status_code == 200
    notice = BeautifulSoup(response.content, "html.parser").select_one(".review-lapsed")
    return " ".join(notice.get_text(" ").split()) if notice else None


def test_an_overdue_article_keeps_its_content_and_says_its_review_lapsed(client, treatment):
    reviewed_days_ago(treatment, 400)
    treatment.refresh_from_db()
    due = treatment.next_review_due
    notice = lapsed_notice(client, "/en/treatments/micro-needling/")
    assert notice.startswith(f"This article's medical review lapsed on {due:%b}")
    assert "Micro-needling" in client.get("/en/treatments/micro-needling/").content.decode()

    reviewed_days_ago(treatment, 10)
    assert lapsed_notice(client, "/en/treatments/micro-needling/") is None


# --- The report and the dashboard --------------------------------------------------------------------------


@pytest.fixture
def due_articles(treatment_index, treatment, specialty, concern, medical_reviewer):
    """Micro-needling overdue (reviewed by the fixture's reviewer), a dental article due soon, one current."""
    doctor_profile = medical_reviewer.reviewer_profiles.get()
    TreatmentPage.objects.filter(pk=treatment.pk).update(reviewer=doctor_profile)
    reviewed_days_ago(treatment, 400)
    dental = factories.make_specialty("Dental", "dental")
    dentist = factories.make_reviewer("Dr. Luis Ferrer")  # a profile not linked to an account yet
    whitening = factories.make_treatment(treatment_index, dental, dentist, [concern], "Teeth whitening", "whitening")
    reviewed_days_ago(whitening, 350)
    current = factories.make_treatment(treatment_index, specialty, doctor_profile, [concern], "Peel", "peel")
    reviewed_days_ago(current, 20)
    return treatment, whitening


REPORT_URL = reverse("treatments_due_reviews")


def listed(response):
    assert response.status_code == 200
    rows = BeautifulSoup(response.content, "html.parser").select("tr[data-status]")
    return [(" ".join(row.select_one(".title").get_text().split()), row["data-status"]) for row in rows]


def test_the_report_lists_what_is_overdue_or_due_soon_filtered_by_specialty_reviewer_and_status(
    client, editor, due_articles, specialty
):
    client.force_login(editor)
    assert listed(client.get(REPORT_URL)) == [("Micro-needling", "overdue"), ("Teeth whitening", "due_soon")]
    assert listed(client.get(REPORT_URL, {"specialty": specialty.pk})) == [("Micro-needling", "overdue")]
    dentist_profile = due_articles[1].reviewer
    assert listed(client.get(REPORT_URL, {"reviewer": dentist_profile.pk})) == [("Teeth whitening", "due_soon")]
    assert listed(client.get(REPORT_URL, {"status": "overdue"})) == [("Micro-needling", "overdue")]

    export = client.get(REPORT_URL, {"export": "csv"})
    assert export.status_code == 200
    lines = b"".join(export.streaming_content).decode().splitlines()
    assert lines[0] == "Title,Specialty,Reviewer,Last reviewed,Next review due,Status"
    assert lines[1].startswith('Micro-needling,Aesthetics,"Dra. Elena Soto, MD, dermatologist",')
    assert lines[1].endswith(",Overdue")


def test_the_report_is_not_for_translators_or_the_front_desk(client, translator, due_articles):
    client.force_login(translator)
    assert client.get(REPORT_URL).status_code in (302, 403)
    client.force_login(factories.user_in("Front desk", "reception"))
    assert client.get(REPORT_URL).status_code in (302, 403)


def dashboard_rows(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    panel = BeautifulSoup(response.content, "html.parser").select_one("[aria-labelledby=medical-reviews-due-heading]")
    if panel is None:
        return None
    return [" ".join(row.select_one(".title").get_text().split()) for row in panel.select("tr[data-status]")]


def test_a_reviewer_sees_their_own_reviews_due_on_the_dashboard_and_an_editor_sees_all(
    client, medical_reviewer, editor, due_articles
):
    client.force_login(medical_reviewer)
    assert dashboard_rows(client) == ["Micro-needling"]
    client.force_login(editor)
    assert dashboard_rows(client) == ["Micro-needling", "Teeth whitening"]


# --- The reviewers' daily e-mail -----------------------------------------------------------------------------


def notify():
    output = io.StringIO()
    call_command("notify_due_reviews", stdout=output)
    return output.getvalue()


def test_each_reviewer_is_e_mailed_their_list_once_a_day(medical_reviewer, due_articles):
    output = notify()

    # The dentist's profile has no account to e-mail: the command says so.
    assert output.splitlines() == [
        "1 reviewer(s) e-mailed, 0 already e-mailed today.",
        "1 article(s) due with no reviewer account to tell: Teeth whitening.",
    ]
    [message] = mail.outbox
    assert message.to == [medical_reviewer.email]
    assert message.subject == "1 article needs your medical review"
    assert "Micro-needling — Overdue" in message.body
    assert f"/admin/pages/{due_articles[0].pk}/edit/" in message.body
    assert "Teeth whitening" not in message.body

    assert notify().startswith("0 reviewer(s) e-mailed, 1 already e-mailed today.")
    assert len(mail.outbox) == 1


class RefusingServer:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("gone")


def test_a_failed_e_mail_is_tried_again_by_the_next_run(medical_reviewer, due_articles, settings):
    settings.EMAIL_BACKEND = "tests.treatments.test_due_reviews.RefusingServer"
    with pytest.raises(CommandError, match="could not e-mail Dra. Elena Soto"):
        notify()
    assert not ReviewReminder.objects.exists()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert notify().startswith("1 reviewer(s) e-mailed")
    assert len(mail.outbox) == 1
