from django.apps import AppConfig


class LocalizationConfig(AppConfig):
    name = "localization"
    verbose_name = "Translation workflow"

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
        register_locale_scoped_policies()


def register_locale_scoped_policies():
    """Translators may only change snippets in their own language (see localization.translators).

    Registered here, before any admin view asks for a model's policy, as Wagtail requires.
    """
    from wagtail.models import Page, get_translatable_models
    from wagtail.permissions import register_permission_policy

    from .translators import LocaleScopedPermissionPolicy

    for model in get_translatable_models(include_subclasses=True):
        if not issubclass(model, Page):
            register_permission_policy(model, LocaleScopedPermissionPolicy(model))
