"""Error reports that never carry a patient's data.

Django's ``SafeExceptionReporterFilter`` hides the POST parameters a view names as sensitive and the
variables of functions decorated with ``sensitive_variables``. A JSON request is not POST data, and
its values pass through many frames (the API operation, the form, the model), so for a request marked
wholly sensitive — ``sensitive_post_parameters()`` without names, as the appointment API is — this filter
hides every frame's variables and the client's address too.
"""

from django.views.debug import SafeExceptionReporterFilter

ALL = "__ALL__"
CLIENT_ADDRESS_KEYS = ("REMOTE_ADDR", "HTTP_X_FORWARDED_FOR", "HTTP_X_REAL_IP")


def wholly_sensitive(request):
    return request is not None and getattr(request, "sensitive_post_parameters", None) == ALL


class PersonalDataExceptionReporterFilter(SafeExceptionReporterFilter):
    def get_traceback_frame_variables(self, request, tb_frame):
        if wholly_sensitive(request):
            return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]
        return super().get_traceback_frame_variables(request, tb_frame)

    def get_safe_request_meta(self, request):
        meta = super().get_safe_request_meta(request)
        if wholly_sensitive(request):
            meta.update({key: self.cleansed_substitute for key in CLIENT_ADDRESS_KEYS if key in meta})
        return meta
