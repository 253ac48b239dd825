"""Words the benchmark's treatment articles are made of, in English and Spanish.

Titles combine a technique, an audience and a format (16 × 12 × 6 = 1,152 distinct titles before a
number is appended), so a search benchmark finds a realistic spread of matches rather than N copies
of one article. Each technique names the demo article its body is copied from (by demo slug), which
fixes its specialty, reviewer and hero image, and the concerns (demo concern slugs) it addresses.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Technique:
    english: str
    spanish: str
    template: str  # slug of the demo treatment whose body, specialty, reviewer and hero image it reuses
    concerns: tuple[str, ...]
    english_summary: str
    spanish_summary: str


@dataclass(frozen=True)
class Phrase:
    english: str
    spanish: str


TECHNIQUES = (
    Technique(
        "Micro-needling",
        "Microagujas",
        "micro-needling",
        ("acne-scars", "enlarged-pores", "stretch-marks"),
        "Fine needles prompt the skin to make new collagen",
        "Agujas finas estimulan a la piel a producir colágeno nuevo",
    ),
    Technique(
        "Teeth whitening",
        "Blanqueamiento dental",
        "teeth-whitening",
        ("tooth-discoloration",),
        "A peroxide gel lifts stains from the enamel",
        "Un gel de peróxido aclara las manchas del esmalte",
    ),
    Technique(
        "Personalised nutrition plan",
        "Plan de nutrición personalizado",
        "personalised-nutrition-plan",
        ("weight-management",),
        "An eating plan built around your health and the food you like",
        "Un plan de alimentación hecho a la medida de tu salud y de lo que te gusta comer",
    ),
    Technique(
        "Hydrating facial",
        "Facial hidratante",
        "hydrating-facial",
        ("dehydrated-skin", "uneven-skin-tone"),
        "Cleansing, exfoliation and serums bring water back to the skin",
        "Limpieza, exfoliación y sueros devuelven el agua a la piel",
    ),
    Technique(
        "Chemical peel",
        "Peeling químico",
        "micro-needling",
        ("hyperpigmentation", "uneven-skin-tone", "acne-scars"),
        "A controlled acid solution removes the outer layer of dull skin",
        "Una solución ácida controlada retira la capa externa de piel opaca",
    ),
    Technique(
        "Dental cleaning",
        "Limpieza dental",
        "teeth-whitening",
        ("tooth-discoloration",),
        "Scaling and polishing remove tartar and surface stains",
        "El raspado y el pulido eliminan el sarro y las manchas superficiales",
    ),
    Technique(
        "Sports nutrition",
        "Nutrición deportiva",
        "personalised-nutrition-plan",
        ("weight-management",),
        "Meals timed around training to recover faster and keep energy up",
        "Comidas organizadas en torno al entrenamiento para recuperarte mejor y tener energía",
    ),
    Technique(
        "Deep-cleansing facial",
        "Facial de limpieza profunda",
        "hydrating-facial",
        ("enlarged-pores", "dehydrated-skin"),
        "Steam, extraction and a clay mask clear congested pores",
        "Vapor, extracción y una mascarilla de arcilla destapan los poros",
    ),
    Technique(
        "Radiofrequency micro-needling",
        "Microagujas con radiofrecuencia",
        "micro-needling",
        ("loss-of-elasticity", "fine-lines-and-wrinkles"),
        "Needles deliver gentle heat deep in the skin to tighten it",
        "Las agujas llevan un calor suave al interior de la piel para reafirmarla",
    ),
    Technique(
        "Porcelain veneers",
        "Carillas de porcelana",
        "teeth-whitening",
        ("tooth-discoloration",),
        "Thin shells of porcelain cover chipped or stained teeth",
        "Láminas delgadas de porcelana cubren dientes astillados o manchados",
    ),
    Technique(
        "Gut-health plan",
        "Plan para la salud digestiva",
        "personalised-nutrition-plan",
        ("weight-management",),
        "Fibre, fermented foods and regular meals to calm digestion",
        "Fibra, alimentos fermentados y horarios regulares para una digestión tranquila",
    ),
    Technique(
        "Oxygen facial",
        "Facial de oxígeno",
        "hydrating-facial",
        ("dehydrated-skin",),
        "A stream of oxygen-rich mist carries serums into the skin",
        "Una bruma rica en oxígeno ayuda a que los sueros penetren en la piel",
    ),
    Technique(
        "Platelet-rich plasma",
        "Plasma rico en plaquetas",
        "micro-needling",
        ("hair-loss", "fine-lines-and-wrinkles"),
        "Growth factors from your own blood support repair",
        "Los factores de crecimiento de tu propia sangre favorecen la reparación",
    ),
    Technique(
        "Tooth-coloured fillings",
        "Resinas del color del diente",
        "teeth-whitening",
        ("tooth-discoloration",),
        "Composite resin restores a tooth and matches its shade",
        "La resina compuesta restaura el diente con su mismo tono",
    ),
    Technique(
        "LED light therapy",
        "Terapia de luz LED",
        "micro-needling",
        ("acne-scars", "hyperpigmentation"),
        "Red and blue light calm inflammation and breakouts",
        "La luz roja y azul calman la inflamación y los brotes",
    ),
    Technique(
        "Anti-ageing facial",
        "Facial antiedad",
        "hydrating-facial",
        ("fine-lines-and-wrinkles", "loss-of-elasticity"),
        "Massage, peptides and masks firm tired skin",
        "Masaje, péptidos y mascarillas reafirman la piel cansada",
    ),
)

AUDIENCES = (
    Phrase("for first-timers", "para principiantes"),
    Phrase("for travellers", "para viajeros"),
    Phrase("for men", "para hombres"),
    Phrase("after 40", "después de los 40"),
    Phrase("before a wedding", "antes de una boda"),
    Phrase("for athletes", "para deportistas"),
    Phrase("for busy schedules", "para agendas ocupadas"),
    Phrase("for teenagers", "para adolescentes"),
    Phrase("at weekends", "en fin de semana"),
    Phrase("for sensitive patients", "para pacientes sensibles"),
    Phrase("as maintenance", "de mantenimiento"),
    Phrase("for women", "para mujeres"),
)

FORMATS = (
    Phrase("", ""),
    Phrase("express", "exprés"),
    Phrase("intensive", "intensivo"),
    Phrase("follow-up", "de seguimiento"),
    Phrase("combined", "combinado"),
    Phrase("premium", "premium"),
)

AUDIENCE_NOTES = (
    Phrase(
        "Planned step by step for patients who have never had it done.",
        "Planeado paso a paso para quienes nunca se lo han hecho.",
    ),
    Phrase(
        "Fits a short trip across the border, with aftercare you can follow at home.",
        "Cabe en un viaje corto a Tijuana, con cuidados posteriores que puedes seguir en casa.",
    ),
    Phrase("Adjusted to thicker skin and men's routines.", "Ajustado a la piel más gruesa y a la rutina masculina."),
    Phrase(
        "Adapted to how skin and metabolism change with age.", "Adaptado a los cambios de la piel y el metabolismo."
    ),
    Phrase("Timed so that results peak on the big day.", "Programado para que el resultado luzca en el gran día."),
    Phrase("Scheduled around training and competitions.", "Programado en torno a entrenamientos y competencias."),
    Phrase("Short visits that fit a lunch break.", "Visitas cortas que caben en la hora de la comida."),
    Phrase("Gentle settings and a parent's consent.", "Parámetros suaves y consentimiento de madre, padre o tutor."),
    Phrase(
        "Saturday appointments and a quiet Sunday to recover.", "Citas en sábado y un domingo tranquilo para reponerte."
    ),
    Phrase("Lower intensity and a patch test first.", "Menor intensidad y una prueba previa en una zona pequeña."),
    Phrase(
        "A lighter session every few months keeps the result.",
        "Una sesión ligera cada pocos meses mantiene el resultado.",
    ),
    Phrase("Planned around the menstrual cycle when it matters.", "Planeado según el ciclo menstrual cuando importa."),
)
