"""Editors and moderators keep the forbidden-claims list; medical reviewers may read and extend it too.

Overrides stay with medical reviewers (0009): an editor may add a phrase to the list, never allow one.
"""

from django.db import migrations

KEEPERS = {
    "Editors": ("add", "change", "delete", "view"),
    "Moderators": ("add", "change", "delete", "view"),
    "Medical reviewers": ("add", "change", "view"),
}


def let_editors_keep_the_list(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    rule_type, _ = ContentType.objects.get_or_create(app_label="treatments", model="claimrule")
    for group_name, actions in KEEPERS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        for action in actions:
            permission, _ = Permission.objects.get_or_create(
                content_type=rule_type, codename=f"{action}_claimrule", defaults={"name": f"Can {action} forbidden claim"}
            )
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("treatments", "0009_risks_block_and_forbidden_claims"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(let_editors_keep_the_list, migrations.RunPython.noop)]
