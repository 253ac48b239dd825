"""Admin wiring of the translation workflow: publishing refusals and the glossary."""

from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import TranslatableMixin

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
