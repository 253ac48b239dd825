"""Let medical reviewers open the English treatment pages they review.

Approving in the "Medical review" workflow needs no page permission, but everything around it does:
the Pages menu, the editor where a reviewer reads, previews and comments on an article, and the page
Wagtail sends the reviewer to after "Approve and publish". Reviewers get "change" on each English
treatment index (new indexes get it in ``treatments.signal_handlers``); publishing stays governed by
``treatments.permissions`` (only reviewers and superusers publish English articles).
"""

from django.db import migrations

GROUP_NAME = "Medical reviewers"  # treatments.permissions.MEDICAL_REVIEWERS_GROUP


def grant_reviewers_treatment_indexes(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Locale = apps.get_model("wagtailcore", "Locale")
    TreatmentIndexPage = apps.get_model("treatments", "TreatmentIndexPage")

    reviewers = Group.objects.filter(name=GROUP_NAME).first()
    change_page = Permission.objects.filter(content_type__app_label="wagtailcore", codename="change_page").first()
    if reviewers is None or change_page is None:
        return
    from django.conf import settings

    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    for index in TreatmentIndexPage.objects.filter(locale=default):
        GroupPagePermission.objects.get_or_create(group=reviewers, page_id=index.pk, permission=change_page)


def revoke(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    TreatmentIndexPage = apps.get_model("treatments", "TreatmentIndexPage")
    GroupPagePermission.objects.filter(
        group__name=GROUP_NAME, page_id__in=TreatmentIndexPage.objects.values("pk")
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("treatments", "0004_area_codes"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(grant_reviewers_treatment_indexes, revoke)]
