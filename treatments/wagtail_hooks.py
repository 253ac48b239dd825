"""Admin registration of the treatment snippets, grouped under one "Treatments" menu."""

from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ClaimOverride, ClaimRule, Concern, Reviewer, Specialty


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


class ClaimRuleViewSet(SnippetViewSet):
    model = ClaimRule
    icon = "warning"
    list_display = ["phrase", "language", "suggestion"]
    list_filter = ["language"]
    search_fields = ["phrase", "explanation"]


class ClaimOverrideViewSet(SnippetViewSet):
    """Medical reviewers (and administrators) allow a listed phrase on one article, with the reason."""

    model = ClaimOverride
    icon = "warning"
    list_display = ["rule", "page", "recorded_by", "recorded_at"]
    panels = [PageChooserPanel("page", "treatments.TreatmentPage"), FieldPanel("rule"), FieldPanel("reason")]
    inspect_view_enabled = True

    @property
    def add_view_class(self):
        from .views import RecordOverrideView

        return RecordOverrideView


class TreatmentSnippetsGroup(SnippetViewSetGroup):
    items = (SpecialtyViewSet, ConcernViewSet, ReviewerViewSet, ClaimRuleViewSet, ClaimOverrideViewSet)
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
    """A reviewer who may not approve this article sees why (their specialty, its wording) instead of a missing
    "Approve" button."""
    if request.method != "GET":
        return
    from .review import MedicalReviewTask, as_treatment, draft_of, reasons_not_to_approve

    task = page.current_workflow_task
    article = as_treatment(page)
    if article is None or not isinstance(task, MedicalReviewTask):
        return
    if not (request.user.is_superuser or task._user_in_groups(request.user)):
        return
    for reason in reasons_not_to_approve(request.user, draft_of(article)):
        messages.warning(request, reason)


# Reviews due (treatments.reports, treatments.panels): Reports › Medical reviews due and a dashboard panel.
@hooks.register("register_admin_urls")
def register_due_review_report_urls():
    from .reports import report_urls

    return report_urls()


@hooks.register("register_reports_menu_item")
def register_due_review_report_menu_item():
    from .reports import DueReviewReportView

    return DueReviewReportView.menu_item(order=1260)


@hooks.register("register_reports_menu_item")
def register_claim_report_menu_item():
    from .reports import ClaimReportView

    return ClaimReportView.menu_item(order=1270)


@hooks.register("construct_homepage_panels")
def add_due_reviews_panel(request, panels):
    from .panels import DueReviewsPanel

    if DueReviewsPanel.is_shown_to(request.user):
        panels.append(DueReviewsPanel(request))


@hooks.register("before_edit_page", order=-5)  # after localization's check that nothing is left untranslated
def refuse_publishing_a_translation_with_forbidden_claims(request, page):
    """The translation editor's "Publish" names each forbidden claim of the Spanish text and where it is."""
    from localization.completeness import synced_translation_of
    from localization.wagtail_hooks import is_publish_request

    from .claims import claims_in, refusal_message, translation_texts, unallowed
    from .review import as_treatment

    article = as_treatment(page) if is_publish_request(request) else None
    translation = synced_translation_of(article) if article is not None else None
    if translation is None:
        return None
    claims = unallowed(claims_in(translation_texts(translation), article.locale.language_code), article.pk)
    if not claims:
        return None
    messages.error(request, refusal_message(article, claims))
    return redirect("wagtailadmin_pages:edit", article.pk)
