"""Create "Translators (Spanish)": admin access, Spanish snippets (scoped by policy), Spanish pages.

Page permissions on the Spanish tree are granted here if it already exists, otherwise when its home
page is created (``localization.signal_handlers``).
"""

from django.db import migrations

GROUP_NAME = "Translators (Spanish)"
SNIPPET_MODELS = [
    ("treatments", "specialty"),
    ("treatments", "concern"),
    ("treatments", "reviewer"),
    ("home", "clinictext"),
]
PAGE_PERMISSIONS = ["change_page", "publish_page"]


def create_translators(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Locale = apps.get_model("wagtailcore", "Locale")

    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    admin_ct, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_ct, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    group.permissions.add(access_admin)
    for app_label, model in SNIPPET_MODELS:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        for action in ("change",):
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=f"{action}_{model}", defaults={"name": f"Can {action} {model}"}
            )
            group.permissions.add(permission)

    spanish = Locale.objects.filter(language_code="es").first()
    if spanish is None:
        return
    page_ct, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")
    for root in Page.objects.filter(depth=2, locale=spanish):
        for codename in PAGE_PERMISSIONS:
            permission, _ = Permission.objects.get_or_create(content_type=page_ct, codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=root, permission=permission)


def remove_translators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("localization", "0001_initial"),
        ("treatments", "0002_medical_review_workflow"),
        ("home", "0003_clinic_text"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_translators, remove_translators)]
