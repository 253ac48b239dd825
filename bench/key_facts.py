"""The key-fact fields of a treatment page, read from the model's own table of key facts."""

from treatments.choices import KEY_FACT_RANGES

KEY_FACT_FIELDS = tuple(field for *_name_label, low, high, _unit in KEY_FACT_RANGES for field in (low, high) if field)
