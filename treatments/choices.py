"""The fixed lists editors choose from in treatment articles; their codes are the API's and the filters'."""

from django.utils.translation import gettext_lazy as _

BODY_AREAS = [
    ("face", _("Face")),
    ("under_eyes", _("Under the eyes")),
    ("lips", _("Lips")),
    ("neck", _("Neck")),
    ("chest", _("Chest and décolletage")),
    ("back", _("Back")),
    ("arms", _("Arms")),
    ("hands", _("Hands")),
    ("abdomen", _("Abdomen")),
    ("flanks", _("Flanks")),
    ("buttocks", _("Buttocks")),
    ("thighs", _("Thighs")),
    ("legs", _("Legs")),
    ("scalp", _("Scalp")),
    ("teeth", _("Teeth")),
    ("gums", _("Gums")),
]

TIME_UNITS = [
    ("minutes", _("minutes")),
    ("hours", _("hours")),
    ("days", _("days")),
    ("weeks", _("weeks")),
    ("months", _("months")),
]

#: How often a risk or side effect happens, in the frequency bands of medicine leaflets (CIOMS).
RISK_FREQUENCIES = [
    ("very_common", _("Very common: more than 1 in 10 people")),
    ("common", _("Common: up to 1 in 10 people")),
    ("uncommon", _("Uncommon: up to 1 in 100 people")),
    ("rare", _("Rare: up to 1 in 1,000 people")),
    ("very_rare", _("Very rare: up to 1 in 10,000 people")),
]

#: The key facts an article states as numbers (name, label, low field, high field, unit).
KEY_FACT_RANGES = [
    # name, label, low field, high field, unit
    ("session_length", _("Session length"), "session_minutes", None, "minutes"),
    ("numbing_lead_time", _("Numbing applied before"), "numbing_minutes_min", "numbing_minutes_max", "minutes"),
    ("downtime", _("Typical downtime"), "downtime_days_min", "downtime_days_max", "days"),
    ("sessions", _("Sessions usually needed"), "sessions_min", "sessions_max", "sessions"),
]
