"""Create the demo team for a local or demo site: an editor, medical reviewers, a Spanish translator, the front desk.

Each user gets one of the groups the migrations create, so the three roles of the editorial workflow can
be tried (and driven by the browser tests) without clicking through Settings → Users. The password comes
from --password or DEMO_TEAM_PASSWORD; without either one is generated and printed this one time.
Existing users are left as they are, apart from being added to their group. Refused when DEBUG is off,
unless --force: shared demo passwords do not belong on a production site.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from appointments.permissions import FRONT_DESK_GROUP
from demo.content.snippets import REVIEWERS
from demo.loader import link_reviewer_accounts
from localization.translators import translator_groups
from treatments.permissions import MEDICAL_REVIEWERS_GROUP


def demo_team():
    """(username, group, e-mail) of each demo user; the groups come from Wagtail's and this project's migrations."""
    return [
        ("editor", "Editors", "editor@example.com"),
        *((data["username"], MEDICAL_REVIEWERS_GROUP, f"{data['username']}@example.com") for data in REVIEWERS),
        ("translator", translator_groups()["es"], "translator@example.com"),
        ("frontdesk", FRONT_DESK_GROUP, "frontdesk@example.com"),
    ]


class Command(BaseCommand):
    help = (
        "Create the demo users 'editor' (Editors), 'reviewer', 'dentist' and 'nutritionist' (Medical reviewers, "
        "linked to the demo reviewers), 'translator' (Translators (Spanish)) and 'frontdesk' (Front desk) if they do "
        "not exist (password from --password or DEMO_TEAM_PASSWORD)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--password", help="Password of new demo users (default: $DEMO_TEAM_PASSWORD).")
        parser.add_argument("--force", action="store_true", help="Run even when DEBUG is off.")

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError("DEBUG is off: demo users do not belong on a production site (use --force to insist).")

        team = demo_team()
        groups = {}
        for _username, group_name, _email in team:
            try:
                groups[group_name] = Group.objects.get(name=group_name)
            except Group.DoesNotExist:
                raise CommandError(f"group '{group_name}' does not exist; has `manage.py migrate` been run?") from None

        password = options["password"] or os.environ.get("DEMO_TEAM_PASSWORD")
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)

        User = get_user_model()
        for username, group_name, email in team:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create_user(username=username, email=email, password=password)
                outcome = f"Created '{username}' ({email})"
                if generated:
                    outcome += f" with password '{password}' - shown once, note it now"
            else:
                outcome = f"'{username}' already exists"
            user.groups.add(groups[group_name])
            self.stdout.write(f"{outcome}, in '{group_name}'.")
        link_reviewer_accounts()  # the demo reviewers approve with these accounts
