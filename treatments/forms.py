"""Admin form rules that span more than one field of a treatment page."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class TreatmentPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        self.reject_repeated_concerns()
        return cleaned_data

    def reject_repeated_concerns(self):
        """A concern listed twice is an editing slip; flag the second one rather than fail on save."""
        formset = self.formsets.get("treatment_concerns")
        if formset is None or not formset.is_valid():
            return
        seen = set()
        for form in formset.forms:
            if form.cleaned_data.get("DELETE"):
                continue
            concern = form.cleaned_data.get("concern")
            if concern is None:
                continue
            if concern.pk in seen:
                form.add_error("concern", _("This concern is already listed."))
            seen.add(concern.pk)
