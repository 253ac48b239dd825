"""The reviewer is the approver: reviewer profiles belong to user accounts, and the "Medical review" task signs.

The existing "Medical review" group approval task becomes a ``MedicalReviewTask`` in place (same task id,
groups and workflows, so articles awaiting review stay in it). A page's next review date is no longer
typed: it follows from the last review and ``MEDICAL_REVIEW_PERIOD_DAYS``.
"""

import django.db.models.deletion
import treatments.models
from django.conf import settings
from django.db import migrations, models


WORKFLOW_NAME = "Medical review"


def make_the_task_sign(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    MedicalReviewTask = apps.get_model("treatments", "MedicalReviewTask")
    medical_type, _ = ContentType.objects.get_or_create(app_label="treatments", model="medicalreviewtask")
    for task in GroupApprovalTask.objects.filter(name=WORKFLOW_NAME, content_type__model="groupapprovaltask"):
        child = MedicalReviewTask(groupapprovaltask_ptr_id=task.pk)
        child.save_base(raw=True)  # the child row only: the task and its groups already exist
        apps.get_model("wagtailcore", "Task").objects.filter(pk=task.pk).update(content_type=medical_type)


def make_it_a_group_approval_again(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    MedicalReviewTask = apps.get_model("treatments", "MedicalReviewTask")
    group_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task_ids = list(MedicalReviewTask.objects.values_list("pk", flat=True))
    apps.get_model("wagtailcore", "Task").objects.filter(pk__in=task_ids).update(content_type=group_type)
    MedicalReviewTask.objects.filter(pk__in=task_ids)._raw_delete(schema_editor.connection.alias)


class Migration(migrations.Migration):

    dependencies = [
        ('treatments', '0006_specialty_front_desk_email'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtailimages', '0027_image_description'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='MedicalReviewTask',
            fields=[
                ('groupapprovaltask_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to='wagtailcore.groupapprovaltask')),
            ],
            options={
                'verbose_name': 'medical review task',
                'verbose_name_plural': 'medical review tasks',
            },
            bases=('wagtailcore.groupapprovaltask',),
        ),
        migrations.RemoveField(
            model_name='treatmentpage',
            name='next_review_due',
        ),
        migrations.AddField(
            model_name='reviewer',
            name='institution',
            preserve_default=False,
            field=models.CharField(default='', help_text='The institution that issued the professional title, as the cédula names it.', max_length=200, verbose_name='issuing institution'),
        ),
        migrations.AddField(
            model_name='reviewer',
            name='specialties',
            field=models.ManyToManyField(blank=True, help_text='Articles of these specialties are the only ones this reviewer may approve.', limit_choices_to=treatments.models.in_source_language, related_name='reviewers', to='treatments.specialty', verbose_name='specialties reviewed'),
        ),
        migrations.AddField(
            model_name='reviewer',
            name='user',
            field=models.ForeignKey(blank=True, help_text='The account this reviewer approves articles with (in the Medical reviewers group); without one they cannot approve.', limit_choices_to={'groups__name': 'Medical reviewers', 'is_active': True}, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='reviewer_profiles', to=settings.AUTH_USER_MODEL, verbose_name='user account'),
        ),
        migrations.AlterField(
            model_name='treatmentpage',
            name='last_reviewed',
            field=models.DateField(blank=True, null=True, verbose_name='last reviewed'),
        ),
        migrations.AlterField(
            model_name='treatmentpage',
            name='reviewer',
            field=models.ForeignKey(blank=True, help_text='Recorded when a medical reviewer approves the article; nobody types it.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='reviewed_treatments', to='treatments.reviewer'),
        ),
        migrations.AddConstraint(
            model_name='reviewer',
            constraint=models.UniqueConstraint(fields=('user', 'locale'), name='one_reviewer_profile_per_user_and_locale'),
        ),
        migrations.RunPython(make_the_task_sign, make_it_a_group_approval_again),
    ]
