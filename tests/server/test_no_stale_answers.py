"""No worker serves an unpublished or restricted page, whoever hid it: the admin or a management command.

Two gunicorn workers (tests/server/conftest.py) each answer some of the requests; every check reads
the same URL READS times, so both workers' view of the cache is seen. Before any change, every
surface is read (and cached) in both; after it, none may still show the hidden page.
"""

import subprocess
import sys

import pytest
import requests

from tests.live_site import PROJECT_DIR
from tests.server.conftest import ADMIN_PASSWORD, ARTIFACTS_DIR, HTTPS

pytestmark = pytest.mark.server

READS = 16


def get(base, path, session=None):
    return (session or requests).get(base + path, headers=HTTPS, timeout=30, allow_redirects=False)


def surfaces(page):
    """Every public answer that could show the page: (path, does this answer show it?)."""
    url, title = page["url"], page["title"]
    return [
        (f"/api/v1/pages/by-path/?path={page['url']}", lambda response: response.status_code != 404),
        (f"/api/v1/pages/{page['id']}/", lambda response: response.status_code != 404),
        ("/api/v1/treatments/?locale=en&limit=50", lambda response: f'"{url}"' in response.text),
        (
            f"/api/v1/search/?q={title}&locale=en",
            lambda response: any(result["url"] == url for result in response.json()["results"]),
        ),
        ("/api/v1/sitemap/?locale=en", lambda response: url in response.text),
        (url, lambda response: response.status_code == 200),  # a restricted page redirects to the login
    ]


def read_everything(base, pages):
    for page in pages:
        for path, _ in surfaces(page):
            for _ in range(READS):
                assert get(base, path).status_code < 500, path


def shown_where(base, page):
    """The surfaces that still show `page` in any of READS answers (with how many)."""
    shown = []
    for path, shows in surfaces(page):
        count = sum(1 for _ in range(READS) if shows(get(base, path)))
        if count:
            shown.append(f"{path}: {count}/{READS}")
    return shown


def admin_session(base):
    """Signed in to the admin over the proxy's HTTPS (secure cookies are kept for plain-HTTP loopback)."""
    session = requests.Session()
    session.headers.update({**HTTPS, "Referer": base.replace("http://", "https://") + "/admin/"})
    session.get(base + "/admin/login/")
    insecure_cookies(session)
    response = session.post(
        base + "/admin/login/",
        data={"username": "admin", "password": ADMIN_PASSWORD, "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        allow_redirects=False,
    )
    assert response.status_code == 302, response.text[:500]
    insecure_cookies(session)
    return session


def insecure_cookies(session):
    for cookie in session.cookies:
        cookie.secure = False


def admin_post(session, base, path, data=None):
    response = session.post(
        base + path, data={"csrfmiddlewaretoken": session.cookies["csrftoken"], **(data or {})}, allow_redirects=False
    )
    assert response.status_code in (200, 302), f"{path}: {response.status_code} {response.text[:300]}"
    return response


def manage_shell(env, code):
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code], cwd=PROJECT_DIR, env=env, check=True, capture_output=True
    )


def manage(env, *args):
    with open(ARTIFACTS_DIR / "commands.log", "a") as log:
        subprocess.run(
            [sys.executable, "manage.py", *args], cwd=PROJECT_DIR, env=env, check=True, stdout=log, stderr=log
        )


@pytest.fixture(scope="module")
def articles(production_site):
    base, _ = production_site
    listing = get(base, "/api/v1/treatments/?locale=en&limit=50").json()
    cards = [card for card in listing["results"] if "micro-needling" not in card["url"]]
    assert len(cards) >= 5, listing
    return [{"id": card["id"], "title": card["title"], "url": card["url"]} for card in cards[:5]]


def test_hidden_pages_are_gone_from_every_worker_whoever_hid_them(production_site, articles):
    base, env = production_site
    by_admin_unpublished, by_admin_restricted, by_cron_unpublished, by_command_restricted, control = articles
    read_everything(base, articles)
    for page in articles:
        assert shown_where(base, page), f"positive control: {page['url']} is visible before any change"

    session = admin_session(base)
    admin_post(session, base, f"/admin/pages/{by_admin_unpublished['id']}/unpublish/")
    admin_post(session, base, f"/admin/pages/{by_admin_restricted['id']}/privacy/", {"restriction_type": "login"})
    # Cron: scheduled unpublishing by `publish_scheduled`, and a restriction written by a command.
    manage_shell(
        env,
        "from django.utils import timezone; from wagtail.models import Page; "
        f"Page.objects.filter(pk={by_cron_unpublished['id']}).update(expire_at=timezone.now())",
    )
    manage(env, "publish_scheduled")
    manage_shell(
        env,
        "from wagtail.models import Page, PageViewRestriction; "
        f"PageViewRestriction.objects.create(page=Page.objects.get(pk={by_command_restricted['id']}), "
        "restriction_type='login')",
    )

    for page in (by_admin_unpublished, by_admin_restricted, by_cron_unpublished, by_command_restricted):
        assert shown_where(base, page) == [], f"{page['url']} is still served after being hidden"
    assert len(shown_where(base, control)) == len(surfaces(control)), "an unrelated page disappeared"
