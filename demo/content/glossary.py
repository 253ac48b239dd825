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
    ("chemical peel", "peeling químico", "Not 'exfoliación química': patients search for 'peeling'."),
    ("botulinum toxin", "toxina botulínica", "The brand name Botox is written 'bótox' in running Spanish text."),
    ("dermal fillers", "rellenos dérmicos", ""),
    ("hyaluronic acid", "ácido hialurónico", ""),
    ("platelet-rich plasma", "plasma rico en plaquetas", ""),
    ("porcelain veneers", "carillas de porcelana", ""),
    ("laser hair removal", "depilación láser", ""),
    ("unwanted hair", "vello no deseado", "'Vello' for body hair; 'cabello' only for the hair on the head."),
    ("ingrown hairs", "vellos enterrados", ""),
    ("volume loss", "pérdida de volumen", ""),
    ("expression lines", "líneas de expresión", ""),
    ("crow's feet", "patas de gallo", ""),
    ("excessive sweating", "sudoración excesiva", ""),
]
