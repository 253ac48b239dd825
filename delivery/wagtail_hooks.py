"""Settings › Webhook deliveries: the read-only log of publish notifications, for superusers only.

Payloads name unpublished and deleted pages and receivers' error messages, so only superusers see the
log; nobody adds, edits or deletes rows by hand (the ``deliver_webhooks`` command prunes old ones).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import WebhookDelivery

READ_ACTIONS = {"view"}


class SuperuserReadOnlyPolicy(BasePermissionPolicy):
    """Active superusers may view; nobody may add, change or delete."""

    def user_has_permission(self, user, action):
        return bool(user.is_active and user.is_superuser and action in READ_ACTIONS)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions):
        users = get_user_model().objects.filter(is_active=True, is_superuser=True)
        return users if READ_ACTIONS.intersection(actions) else users.none()

    def users_with_permission(self, action):
        return self.users_with_any_permission([action])


register_permission_policy(WebhookDelivery, SuperuserReadOnlyPolicy(WebhookDelivery))


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "resubmit"
    menu_label = _("Webhook deliveries")
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = ["event", "url", "status", "attempts", "last_status_code", "next_attempt_at", "created_at"]
    list_filter = ["status", "event"]
    search_fields = ["event", "url"]
    search_backend_name = None  # the database's own matching: the log is not in the search index
    inspect_view_fields = [
        "delivery_id",
        "event",
        "url",
        "status",
        "attempts",
        "last_status_code",
        "last_error",
        "next_attempt_at",
        "payload",
        "attempt_log",
        "created_at",
        "updated_at",
    ]

    def get_urlpatterns(self):
        # A log: the listing and the detail only, no forms to add, edit, copy or delete.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(f"inspect/<{self.pk_path_converter}:pk>/", self.inspect_view, name="inspect"),
        ]

    def get_permissions_to_register(self):
        # Superusers only: no permission for group editors to hand out.
        return Permission.objects.none()


@hooks.register("register_admin_viewset")
def register_webhook_delivery_log():
    return WebhookDeliveryViewSet("webhook_deliveries")
