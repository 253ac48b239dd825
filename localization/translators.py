"""Translator groups: who may translate into which language, and nothing else.

A "Translators (Spanish)" member edits and publishes Spanish pages (page permissions on the Spanish
tree, granted when that tree's root is created) and Spanish snippets (a locale-scoped permission
policy), but never English content. Users who also belong to a non-translator group keep that
group's wider rights.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Locale
from wagtail.permission_policies import ModelPermissionPolicy

DEFAULT_TRANSLATOR_GROUPS = {"es": "Translators (Spanish)"}
TRANSLATOR_PAGE_PERMISSIONS = ["change_page", "publish_page"]


def translator_groups():
    """{language code: group name}, from settings.TRANSLATOR_GROUPS."""
    return getattr(settings, "TRANSLATOR_GROUPS", DEFAULT_TRANSLATOR_GROUPS)


def works_on_translations(user):
    """Who may open the translation reports: administrators, anyone who submits content for
    translation (wagtail-localize gives Editors and Moderators that permission), and translators."""
    if not user.is_active:
        return False
    if user.is_superuser or user.has_perm("wagtail_localize.submit_translation"):
        return True
    return is_translator(user)


def is_translator(user):
    """A member of any language's translator group."""
    return user.is_active and user.groups.filter(name__in=translator_groups().values()).exists()


def translatable_locale_ids(user):
    """The locales a user may edit, or None when nothing restricts them (editors, administrators)."""
    if user.is_superuser:
        return None
    cache_name = "_translatable_locale_ids"
    if not hasattr(user, cache_name):
        group_names = set(user.groups.values_list("name", flat=True))
        languages = [code for code, name in translator_groups().items() if name in group_names]
        only_translator = bool(languages) and group_names <= set(translator_groups().values())
        ids = None
        if only_translator:
            ids = set(Locale.objects.filter(language_code__in=languages).values_list("pk", flat=True))
        setattr(user, cache_name, ids)
    return getattr(user, cache_name)


class LocaleScopedPermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed for translators to the locales they translate into."""

    def user_has_permission_for_instance(self, user, action, instance):
        if not super().user_has_permission_for_instance(user, action, instance):
            return False
        allowed = translatable_locale_ids(user)
        return allowed is None or instance.locale_id in allowed

    def instances_user_has_permission_for(self, user, action):
        instances = super().instances_user_has_permission_for(user, action)
        allowed = translatable_locale_ids(user)
        return instances if allowed is None else instances.filter(locale_id__in=allowed)


def grant_translators_tree(root_page):
    """Let the translator group of a locale edit and publish the tree rooted at that locale's home page."""
    name = translator_groups().get(root_page.locale.language_code)
    if not name:
        return
    group, _ = Group.objects.get_or_create(name=name)
    for codename in TRANSLATOR_PAGE_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
        GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
