"""Admin registration of the treatment snippets, grouped under one "Treatments" menu."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
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
