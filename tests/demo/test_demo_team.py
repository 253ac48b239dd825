"""`ensure_demo_team`: one user per role for trying the workflow, never on a production site."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command


def test_creates_one_user_per_role_once(db, settings):
    settings.DEBUG = True
    output = io.StringIO()
    call_command("ensure_demo_team", "--password", "s3cret-pw", stdout=output)
    call_command("ensure_demo_team", "--password", "other", stdout=io.StringIO())

    groups = {user.username: list(user.groups.values_list("name", flat=True)) for user in User.objects.all()}
    assert groups == {
        "editor": ["Editors"],
        "reviewer": ["Medical reviewers"],
        "dentist": ["Medical reviewers"],
        "nutritionist": ["Medical reviewers"],
        "translator": ["Translators (Spanish)"],
        "frontdesk": ["Front desk"],
    }
    assert User.objects.get(username="translator").check_password("s3cret-pw")  # not reset by the second run
    assert "s3cret-pw" not in output.getvalue()


def test_refused_when_debug_is_off(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        call_command("ensure_demo_team", "--password", "pw", stdout=io.StringIO())
    assert not User.objects.exists()
