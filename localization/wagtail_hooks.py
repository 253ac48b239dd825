"""Admin wiring of the translation workflow: publishing refusals and the glossary."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.staticfiles import versioned_static
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page, TranslatableMixin
from wagtail.permissions import policy_registry

from .completeness import gaps_for_instance
from .guards import publish_refusal, refusal_message
from .models import GlossaryTerm


def is_publish_request(request):
    """The regular editor posts 'action-publish'; wagtail-localize's translation editor posts action=publish."""
    return request.method == "POST" and ("action-publish" in request.POST or request.POST.get("action") == "publish")


@hooks.register("before_edit_page", order=-10)
def refuse_publishing_incomplete_page_translation(request, page):
    if not is_publish_request(request):
        return None
    gaps = gaps_for_instance(page)
    if not gaps:
        return None
    messages.error(request, refusal_message(page, gaps))
    return redirect("wagtailadmin_pages:edit", page.pk)


def deny_unless_allowed_for_instance(user, action, instance):
    """Wagtail's generic snippet views check model permissions only; translators are scoped per locale."""
    policy = policy_registry.get(instance)
    if not policy.user_has_permission_for_instance(user, action, instance):
        raise PermissionDenied


@hooks.register("before_edit_snippet", order=-20)
def restrict_snippet_editing_to_allowed_locales(request, instance):
    deny_unless_allowed_for_instance(request.user, "change", instance)


@hooks.register("before_delete_snippet", order=-20)
def restrict_snippet_deletion_to_allowed_locales(request, instances):
    for instance in instances:
        deny_unless_allowed_for_instance(request.user, "delete", instance)


@hooks.register("before_edit_snippet", order=-10)
def refuse_publishing_incomplete_snippet_translation(request, instance):
    if not is_publish_request(request) or not isinstance(instance, TranslatableMixin):
        return None
    gaps = gaps_for_instance(instance)
    if not gaps:
        return None
    messages.error(request, refusal_message(instance, gaps))
    return redirect(request.get_full_path())


@hooks.register("register_admin_viewset")
def register_glossary():
    return ModelViewSet(
        "glossary",
        model=GlossaryTerm,
        icon="openquote",
        menu_label="Glossary",
        add_to_settings_menu=True,
        list_display=["english", "spanish", "note"],
        search_fields=["english", "spanish"],
        form_fields=["english", "spanish", "note"],
    )


# Terminology report (localization.views.terminology): Reports › Terminology, for translators and admins.
@hooks.register("register_admin_urls")
def register_terminology_report_urls():
    from .views.terminology import report_urls

    return report_urls()


@hooks.register("register_reports_menu_item")
def register_terminology_report_menu_item():
    from .views.terminology import report_menu_item

    return report_menu_item()


# Translation status report (localization.views.status): Reports › Translation status.
@hooks.register("register_admin_urls")
def register_translation_status_urls():
    from .views.status import report_urls

    return report_urls()


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    from .views.status import report_menu_item

    return report_menu_item()


# wagtail-localize's machine pre-fill and "Translate" form, at their own URLs (localization.views.localize_overrides).
@hooks.register("register_admin_urls", order=-100)
def override_localize_urls():
    from .views.localize_overrides import localize_url_overrides

    return localize_url_overrides()


@hooks.register("register_admin_urls")
def register_translation_work_urls():
    from .views.start import start_translation
    from .views.suggestions import suggestions

    return [
        path(
            "translations/start/<slug:app_label>/<slug:model_name>/<str:pk>/<str:language_code>/",
            start_translation,
            name="localization_start_translation",
        ),
        path("translations/<int:translation_id>/suggestions/", suggestions, name="localization_suggestions"),
    ]


# One click accepts a machine or translation-memory suggestion in the translation editor.
@hooks.register("insert_global_admin_js")
def accept_suggestions_js():
    return format_html('<script src="{}" defer></script>', versioned_static("localization/js/accept-suggestions.js"))


# The translator's dashboard: what awaits translation (localization.panels).
@hooks.register("construct_homepage_panels")
def add_translation_work_panel(request, panels):
    from .panels import TranslationWorkPanel

    if TranslationWorkPanel.is_shown_to(request.user):
        panels.append(TranslationWorkPanel(request))


def latest_version(page):
    """The page as bulk *Publish* would put it live (its latest revision), and that revision's id."""
    return page.specific.get_latest_revision_as_object(), page.latest_revision_id


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_incomplete_translations(request, action_type, objects, action_class_instance):
    """Bulk "Publish" names what would be refused (incomplete translations, apps' checks) instead of a bare 403."""
    if action_type != "publish" or not objects or not isinstance(objects[0], Page):
        return None
    pages = list(objects)
    if request.POST.get("include_descendants"):
        pages += [descendant for page in objects for descendant in page.get_descendants().not_live().specific()]
    reasons = [reason for page in pages if (reason := publish_refusal(*latest_version(page)))]
    if not reasons:
        return None
    for reason in reasons:
        messages.error(request, reason)
    return redirect(action_class_instance.next_url)
