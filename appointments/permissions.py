"""Who may read patients' appointment requests: the "Front desk" group (migration 0002) and superusers."""

FRONT_DESK_GROUP = "Front desk"
