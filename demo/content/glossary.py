"""The clinic's terminology, English → Spanish, as translators agreed it.

It drives the offline machine pre-fill and the terminology check (``manage.py check_terminology``).
"""

GLOSSARY = [
    ("micro-needling", "microagujas", "Always one word in Spanish; never 'micro-agujas' or 'microneedling'."),
    ("hyperpigmentation", "hiperpigmentación", ""),
    ("dark spots", "manchas oscuras", ""),
    ("acne scars", "cicatrices de acné", ""),
    ("stretch marks", "estrías", ""),
    ("fine lines", "líneas finas", ""),
    ("wrinkles", "arrugas", ""),
    ("enlarged pores", "poros dilatados", ""),
    ("uneven skin tone", "tono de piel disparejo", ""),
    ("loss of elasticity", "pérdida de elasticidad", ""),
    ("hair loss", "caída del cabello", ""),
    ("collagen", "colágeno", ""),
    ("numbing cream", "crema anestésica", ""),
    ("sunscreen", "protector solar", ""),
    ("teeth whitening", "blanqueamiento dental", ""),
    ("professional licence number", "cédula profesional", ""),
]
