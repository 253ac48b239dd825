"""Admin views of the medical review: what an approval or rejection did, and reviewers' claim overrides.

Wagtail's workflow action view (the "Approve" and "Request changes" buttons of the dashboard's *Awaiting
your review* panel) returns to the page editor without a word, and the editor's own action menu says
only "Page … has been updated": the reviewer could not tell whether the article went live. Treatment
pages use the view subclass below, and `treatments.wagtail_hooks` adds the same message after the page
editor's workflow actions.
"""

from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import TaskState, WorkflowState
from wagtail.snippets.views.snippets import CreateView as SnippetCreateView

from .models import TreatmentPage


class ReviewActionView(WorkflowActionView):
    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        self.task_state.refresh_from_db()
        self.object.refresh_from_db()
        say_what_happened(request, self.task_state, self.object)
        return response


def say_what_happened(request, task_state, page):
    title = {"title": page.title}
    if task_state.status == TaskState.STATUS_APPROVED:
        if page.live and task_state.workflow_state.status == WorkflowState.STATUS_APPROVED:  # last task: published
            live = [messages.button(page.url, _("View live"), new_window=True)] if page.url else None
            messages.success(request, _("“%(title)s” is approved and published.") % title, buttons=live)
        else:
            messages.success(request, _("“%(title)s” is approved.") % title)
    elif task_state.status == TaskState.STATUS_REJECTED:
        messages.success(request, _("Changes were requested on “%(title)s”; its editor has been told.") % title)


def say_what_the_editor_action_did(request, page):
    """After "Approve and Publish" or "Request changes" from the page editor's action menu."""
    task_state = (
        TaskState.objects.filter(
            workflow_state__base_content_type__model="page", workflow_state__object_id=str(page.pk)
        )
        .exclude(finished_at=None)
        .order_by("-finished_at")
        .first()
    )
    if task_state is not None and task_state.finished_by_id == request.user.pk:
        page.refresh_from_db()
        say_what_happened(request, task_state, page)


class TreatmentPageViewSet(PageViewSet):
    model = TreatmentPage
    workflow_action_view_class = ReviewActionView


class RecordOverrideView(SnippetCreateView):
    """The reviewer who records an override is kept with it: it is their decision, on the record."""

    def save_instance(self):
        override = self.form.save(commit=False)
        override.recorded_by = self.request.user
        override.save()
        return override
