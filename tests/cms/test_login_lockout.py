"""Repeated wrong passwords lock a sign-in out, with a clear page; staff unlock it with one command."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse


@pytest.fixture
def staff(db):
    return User.objects.create_superuser("jefa", "jefa@example.com", "right-password")


def sign_in(client, url, password, username="jefa"):
    return client.post(url, {"username": username, "password": password})


@pytest.mark.parametrize("login_url", ["wagtailadmin_login", "admin:login"])
def test_five_wrong_passwords_lock_the_account_out_with_a_clear_page(client, staff, settings, login_url):
    url = reverse(login_url)
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = sign_in(client, url, "wrong")
        assert response.status_code == 200  # the form again, with its error

    locked = sign_in(client, url, "wrong")
    assert locked.status_code == 429
    assert b"Too many failed sign-in attempts" in locked.content
    assert b"locked for 15 minutes" in locked.content

    # Even the right password is refused until the lock expires or staff lift it.
    assert sign_in(client, url, "right-password").status_code == 429
    assert "_auth_user_id" not in client.session


def test_other_users_and_addresses_are_not_locked(client, staff, settings):
    User.objects.create_user("editor", "e@example.com", "editor-password", is_staff=True)
    url = reverse("wagtailadmin_login")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, url, "wrong")
    assert sign_in(client, url, "editor-password", username="editor").status_code == 302
    other_address = client.post(url, {"username": "jefa", "password": "right-password"}, REMOTE_ADDR="10.0.0.9")
    assert other_address.status_code == 302


def test_staff_unlock_with_axes_reset_username(client, staff, settings):
    url = reverse("wagtailadmin_login")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, url, "wrong")
    assert sign_in(client, url, "right-password").status_code == 429

    call_command("axes_reset_username", "jefa", stdout=io.StringIO())

    assert sign_in(client, url, "right-password").status_code == 302
