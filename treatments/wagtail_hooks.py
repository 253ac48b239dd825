"""Admin registration of the treatment snippets, grouped under one "Treatments" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Concern, Reviewer, Specialty


class SpecialtyViewSet(SnippetViewSet):
    model = Specialty
    icon = "group"
    list_display = ["name", "slug", "phone", "whatsapp"]
    search_fields = ["name"]


class ConcernViewSet(SnippetViewSet):
    model = Concern
    icon = "tag"
    list_display = ["name", "slug", "also_known_as"]
    search_fields = ["name", "also_known_as"]


class ReviewerViewSet(SnippetViewSet):
    model = Reviewer
    icon = "user"
    list_display = ["name", "credentials", "licence_number"]
    search_fields = ["name", "licence_number"]


class TreatmentSnippetsGroup(SnippetViewSetGroup):
    items = (SpecialtyViewSet, ConcernViewSet, ReviewerViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Treatment data")
    menu_name = "treatment-data"


register_snippet(TreatmentSnippetsGroup)


# The dashboard's "Approve" / "Request changes" tell the reviewer what happened (treatments.views).
@hooks.register("register_admin_viewset")
def register_treatment_page_viewset():
    from .views import TreatmentPageViewSet

    return TreatmentPageViewSet("treatment_pages")


@hooks.register("after_edit_page")
def say_what_the_review_did(request, page):
    if request.method == "POST" and request.POST.get("action-workflow-action"):
        from .views import say_what_the_editor_action_did

        say_what_the_editor_action_did(request, page)


@hooks.register("before_edit_page")
def say_why_approval_is_not_offered(request, page):
    """A reviewer who may not approve this article sees why, instead of an "Approve" button that is missing."""
    if request.method != "GET":
        return
    from .review import MedicalReviewTask, approval_refusal, as_treatment, draft_of

    task = page.current_workflow_task
    article = as_treatment(page)
    if article is None or not isinstance(task, MedicalReviewTask):
        return
    if not (request.user.is_superuser or task._user_in_groups(request.user)):
        return
    refusal = approval_refusal(request.user, draft_of(article))
    if refusal is not None:
        messages.warning(request, refusal)


# Reviews due (treatments.reports, treatments.panels): Reports › Medical reviews due and a dashboard panel.
@hooks.register("register_admin_urls")
def register_due_review_report_urls():
    from .reports import report_urls

    return report_urls()


@hooks.register("register_reports_menu_item")
def register_due_review_report_menu_item():
    from .reports import report_menu_item

    return report_menu_item()


@hooks.register("construct_homepage_panels")
def add_due_reviews_panel(request, panels):
    from .panels import DueReviewsPanel

    if DueReviewsPanel.is_shown_to(request.user):
        panels.append(DueReviewsPanel(request))
