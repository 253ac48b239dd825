"""Admin wiring of the translation workflow: publishing refusals and the glossary."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import TranslatableMixin
from wagtail.permissions import policy_registry

from .completeness import gaps_for_instance
from .guards import refusal_message
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
