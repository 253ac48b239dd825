"""Create the "Front desk" group: admin access, and reading and progressing appointment requests."""

from django.db import migrations

GROUP_NAME = "Front desk"  # appointments.permissions.FRONT_DESK_GROUP; a migration keeps its own copy
PERMISSIONS = {"view_appointmentrequest": "Can view appointment request", "change_appointmentrequest": "Can change appointment request"}


def create_front_desk(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    admin_ct, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_ct, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    group.permissions.add(access_admin)
    requests_ct, _ = ContentType.objects.get_or_create(app_label="appointments", model="appointmentrequest")
    for codename, name in PERMISSIONS.items():
        permission, _ = Permission.objects.get_or_create(
            content_type=requests_ct, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def remove_front_desk(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("appointments", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_front_desk, remove_front_desk)]
