"""The Spanish (Mexico) text of the demo content: {English string: Spanish string}.

Keys are the English strings exactly as wagtail-localize extracts them from the demo content: one
entry per field, per list item and per paragraph of rich text (without the ``<p>`` around it; inline
tags stay, and links appear as ``<a id="a1">…</a>``, whose ids the Spanish must keep). Runs of
whitespace count as one space, so a paragraph written over several lines is keyed on one line.
The same English string gets the same Spanish everywhere it appears. Slugs are translated too:
they become the Spanish URLs (``/es/tratamientos/microagujas/``).

Conventions, for whoever reviews or extends this file:
- Mexican usage, addressing the reader as "tú" (as the English "you"), and the clinic's terms:
  "microagujas" (micro-needling), "cita" and "agendar", "consultorio", "cédula profesional",
  "protector solar", "hiperpigmentación", "manchas oscuras", "estrías", "cicatrices de acné",
  "peeling químico", "toxina botulínica" (and "bótox", as the RAE writes the brand in Spanish text),
  "rellenos dérmicos", "carillas de porcelana", "depilación láser", "vello" (body hair) but "cabello"
  (hair on the head), "rastrillo" (razor), "despostillado" (chipped).
- "tu médico", "un dermatólogo", "un nutriólogo" are generic; where the English names a
  cosmetologist, the Spanish uses an impersonal form rather than guess a gender.
- Names of people, of the clinic, of laws and of cited works (reference titles and publishers)
  stay as they are: a citation must match the publication it points to.

When the English demo content changes, ``load_demo_content`` stops with the English strings that
have no entry here; add them (and remove entries no longer used: a test lists them).
"""

SPANISH = {
    # Specialties
    "Aesthetics": "Medicina estética",
    "Medical aesthetics led by dermatologists: scars, lines, pigmentation and skin quality.": (
        "Medicina estética a cargo de dermatólogos: cicatrices, arrugas, manchas y calidad de la piel."
    ),
    "Dental": "Odontología",
    "General and cosmetic dentistry: check-ups, cleaning, whitening and restorations.": (
        "Odontología general y estética: revisiones, limpiezas, blanqueamiento y restauraciones."
    ),
    "Nutrition": "Nutrición",
    "Eating plans built around your health, your goals and the food you actually like.": (
        "Planes de alimentación pensados para tu salud, tus metas y la comida que de verdad te gusta."
    ),
    "Cosmetology": "Cosmetología",
    "Facials and skin-care treatments by licensed cosmetologists.": (
        "Faciales y tratamientos para el cuidado de la piel a cargo de cosmetólogos titulados."
    ),
    # Concerns
    "Acne scars": "Cicatrices de acné",
    "Marks and dips left in the skin after acne has healed.": (
        "Marcas y hundimientos que quedan en la piel cuando el acné ya sanó."
    ),
    "pitted scars, pockmarks, ice-pick scars": "cicatrices hundidas, marcas de granos, cicatrices en picahielo",
    "Dehydrated skin": "Piel deshidratada",
    "Skin that feels tight and looks dull because it lacks water.": (
        "Piel que se siente tirante y se ve opaca porque le falta agua."
    ),
    "dry skin, dull skin, tight skin": "piel seca, piel opaca, piel tirante",
    "Enlarged pores": "Poros dilatados",
    "Pores that look wide or open, most often on the nose and cheeks.": (
        "Poros que se ven grandes o abiertos, sobre todo en la nariz y las mejillas."
    ),
    "open pores, large pores": "poros abiertos, poros grandes",
    "Fine lines and wrinkles": "Líneas finas y arrugas",
    "Creases that deepen as the skin loses collagen with age and sun exposure.": (
        "Pliegues que se marcan más a medida que la piel pierde colágeno con la edad y la exposición al sol."
    ),
    "expression lines, crow's feet": "líneas de expresión, patas de gallo",
    "Hair loss": "Caída del cabello",
    "Thinning hair or patches where hair no longer grows.": ("Cabello cada vez más delgado o zonas donde ya no crece."),
    "alopecia, thinning hair, balding": "alopecia, cabello ralo, calvicie, pérdida de pelo",
    "Hyperpigmentation": "Hiperpigmentación",
    "Patches of skin darker than the skin around them.": "Zonas de la piel más oscuras que la piel que las rodea.",
    "dark spots, sun spots, melasma": "manchas oscuras, manchas por el sol, paño, melasma",
    "Loss of elasticity": "Pérdida de elasticidad",
    "Skin that feels less firm and springs back more slowly than it used to.": (
        "Piel que se siente menos firme y tarda más que antes en recuperar su forma."
    ),
    "sagging skin, loose skin": "flacidez, piel caída, piel flácida",
    "Uneven skin tone": "Tono de piel disparejo",
    "Skin whose colour or texture varies from one area to the next.": (
        "Piel cuyo color o textura cambia de una zona a otra."
    ),
    "blotchy skin, dull skin": "piel manchada, piel opaca",
    "Stretch marks": "Estrías",
    "Lines left where the skin stretched quickly, for example in pregnancy or growth spurts.": (
        "Líneas que quedan donde la piel se estiró rápidamente, por ejemplo en el embarazo o en etapas de "
        "crecimiento acelerado."
    ),
    "striae": "estrías de distensión",
    "Tooth discoloration": "Cambio de color en los dientes",
    "Teeth that have turned yellow or grey, or carry stains from food, drink or tobacco.": (
        "Dientes que se han puesto amarillos o grisáceos, o que tienen manchas por alimentos, bebidas o tabaco."
    ),
    "stained teeth, yellow teeth": "dientes manchados, dientes amarillos",
    "Weight management": "Control de peso",
    "Reaching or keeping a healthy weight in a way that lasts.": (
        "Llegar a un peso saludable o mantenerlo, de una forma que dure."
    ),
    "weight loss, weight gain": "bajar de peso, subir de peso",
    "Acne breakouts": "Brotes de acné",
    "Pimples, blackheads and inflamed spots on oily skin, on the face, chest or back.": (
        "Barros, espinillas y granos inflamados en la piel grasa de la cara, el pecho o la espalda."
    ),
    "pimples, blackheads, spots, oily skin": "barros, espinillas, granos, puntos negros, piel grasa",
    "Volume loss": "Pérdida de volumen",
    "Cheeks, temples or lips that look flatter or thinner than they used to.": (
        "Mejillas, sienes o labios que se ven más planos o más delgados que antes."
    ),
    "hollow cheeks, thin lips, under-eye hollows, deep folds": (
        "mejillas hundidas, labios delgados, ojeras hundidas, surcos profundos"
    ),
    "Excessive sweating": "Sudoración excesiva",
    "Sweating far more than the body needs to cool down, most often in the armpits.": (
        "Sudar mucho más de lo que el cuerpo necesita para refrescarse, sobre todo en las axilas."
    ),
    "hyperhidrosis, sweaty armpits, sweaty underarms": "hiperhidrosis, axilas sudadas, sudor en las axilas",
    "Chipped or worn teeth": "Dientes despostillados o desgastados",
    "Teeth with broken corners, worn edges or small gaps that change the look of a smile.": (
        "Dientes con esquinas rotas, bordes desgastados o pequeños espacios que cambian el aspecto de la sonrisa."
    ),
    "broken teeth, cracked teeth, uneven teeth, gaps between teeth": (
        "dientes rotos, dientes quebrados, dientes disparejos, dientes separados"
    ),
    "Unwanted hair": "Vello no deseado",
    "Body or facial hair you would rather not shave, wax or pluck again and again.": (
        "Vello del cuerpo o de la cara que preferirías no rasurar, depilar con cera ni arrancar una y otra vez."
    ),
    "body hair, facial hair, ingrown hairs, razor bumps": (
        "vello corporal, vello facial, vellos enterrados, irritación por rastrillo"
    ),
    # Reviewers (names and cédulas profesionales are synchronised from English, not translated)
    "DDS, cosmetic dentistry": "Cirujano dentista, odontología estética",
    "Dr. Ferrer practises general and cosmetic dentistry and heads the clinic's dental team. "
    "He reviews the clinic's dental articles.": (
        "El Dr. Ferrer ejerce la odontología general y estética y encabeza el equipo dental de la clínica. "
        "Revisa los artículos de la clínica sobre salud dental."
    ),
    "MD, dermatologist certified by the Consejo Mexicano de Dermatología": (
        "Médica cirujana, dermatóloga certificada por el Consejo Mexicano de Dermatología"
    ),
    "Dr. Castillo has treated scars, pigmentation and ageing skin for more than twelve years. She leads the "
    "clinic's aesthetics team and reviews every skin treatment article before it is published.": (
        "La Dra. Castillo trata cicatrices, manchas y envejecimiento de la piel desde hace más de doce años. "
        "Dirige el equipo de medicina estética de la clínica y revisa cada artículo sobre tratamientos de la piel "
        "antes de que se publique."
    ),
    "Licensed nutritionist (Licenciatura en Nutrición)": "Nutrióloga titulada (Licenciatura en Nutrición)",
    "Daniela designs eating plans for adults with busy lives and reviews the clinic's articles on nutrition.": (
        "Daniela diseña planes de alimentación para adultos con poco tiempo y revisa los artículos de nutrición "
        "de la clínica."
    ),
    # Clinic texts
    "Aesthetic medicine, dentistry, nutrition and cosmetology under one roof in Zona Río, Tijuana.": (
        "Medicina estética, odontología, nutrición y cosmetología en un solo lugar, en la Zona Río de Tijuana."
    ),
    "Closed on Sundays and public holidays.": "Cerrado los domingos y días festivos.",
    "The treatment articles on this site are general information, checked by a licensed professional of each "
    "specialty. They do not replace a consultation: a doctor or specialist must assess you before any treatment, "
    "and results vary from person to person.": (
        "Los artículos sobre tratamientos de este sitio son información general, revisada por un especialista "
        "con cédula profesional en cada área. No sustituyen una consulta: un médico o especialista debe "
        "valorarte antes de cualquier tratamiento, y los resultados varían de una persona a otra."
    ),
    "We use your details only to book and provide your care; the privacy notice explains how to access, "
    "correct or delete them.": (
        "Usamos tus datos solo para agendar tus citas y atenderte; el aviso de privacidad explica cómo "
        "consultarlos, corregirlos o eliminarlos."
    ),
    # Home page
    "Home": "Inicio",
    "home": "inicio",
    "Clínica Zona Río": "Clínica Zona Río",
    "Aesthetic medicine, dentistry, nutrition and cosmetology under one roof in Zona Río, Tijuana. Every "
    "treatment article on this site is checked by a licensed professional of the specialty.": (
        "Medicina estética, odontología, nutrición y cosmetología en un solo lugar, en la Zona Río de Tijuana. "
        "Cada artículo sobre tratamientos de este sitio lo revisa un especialista del área con cédula profesional."
    ),
    # Treatment index
    "Treatments": "Tratamientos",
    "treatments": "tratamientos",
    "What each treatment does, how to prepare, what the session involves and what to expect afterwards. Filter "
    "by specialty to find yours.": (
        "Qué hace cada tratamiento, cómo prepararte, en qué consiste la sesión y qué esperar después. Filtra por "
        "especialidad para encontrar el tuyo."
    ),
    # Headings shared by the treatment articles
    "Benefits": "Beneficios",
    "Treatment areas": "Zonas de tratamiento",
    "Before your appointment": "Antes de tu cita",
    "Your visit, step by step": "Tu visita, paso a paso",
    "After your session": "Después de tu sesión",
    "Frequently asked questions": "Preguntas frecuentes",
    "Medical disclaimer": "Aviso médico",
    "References": "Referencias",
    # Risks blocks: the heading and the strings several articles share
    "Risks and who should not have it": "Riesgos y quién no debe hacérselo",
    "Infection": "Infección",
    "Pregnancy or breastfeeding": "Embarazo o lactancia",
    "Treatment is put off until afterwards, as a precaution.": (
        "Por precaución, el tratamiento se pospone hasta después."
    ),
    "Treatment waits until the skin has healed.": "El tratamiento se pospone hasta que la piel haya sanado.",
    "Untreated tooth decay or gum disease": "Caries o enfermedad de las encías sin tratar",
    # Booking calls to action
    "Book with an aesthetics specialist": "Agenda tu cita de medicina estética",
    "Book with a dental specialist": "Agenda tu cita dental",
    "Book with a nutritionist": "Agenda tu cita de nutrición",
    "Book with a cosmetologist": "Agenda tu cita de cosmetología",
    # Micro-needling
    "Micro-needling": "Microagujas",
    "micro-needling": "microagujas",
    "Fine, sterile needles prompt the skin to repair itself and make new collagen, softening scars, lines, "
    "enlarged pores, dark spots and stretch marks with only a few days of redness.": (
        "Agujas finas y estériles estimulan a la piel a repararse y a producir colágeno nuevo, lo que suaviza "
        "cicatrices, arrugas, poros dilatados, manchas oscuras y estrías con solo unos días de enrojecimiento."
    ),
    "Illustration of skin marked with a disc of tiny, evenly spaced points beside a micro-needling pen.": (
        "Ilustración de piel marcada con un disco de puntos diminutos y espaciados de manera uniforme, junto a una "
        "pluma de microagujas."
    ),
    "What is micro-needling?": "¿Qué es el tratamiento con microagujas?",
    "Micro-needling is a minimally invasive treatment that makes tiny, controlled punctures in the skin with very "
    "fine, sterile needles. The needles come in different lengths, chosen for the area and the concern being "
    "treated.": (
        "El tratamiento con microagujas es un procedimiento mínimamente invasivo que hace pequeñas punciones "
        "controladas en la piel con agujas estériles muy finas. Las agujas tienen distintas longitudes, que se "
        "eligen según la zona y el problema que se va a tratar."
    ),
    "Its popularity has grown quickly: it refreshes the skin and makes it look fuller and healthier, recovery is "
    "short compared with many other treatments, and each plan is adjusted to the person.": (
        "Su popularidad ha crecido rápidamente: renueva la piel y la hace lucir más llena y saludable, la "
        "recuperación es corta en comparación con muchos otros tratamientos y cada plan se ajusta a la persona."
    ),
    "Most treatments are on the face, but other parts of the body can be treated too, for example stretch marks "
    "on the thighs or abdomen.": (
        "La mayoría de los tratamientos se hacen en la cara, pero también se pueden tratar otras partes del "
        "cuerpo, por ejemplo las estrías en los muslos o el abdomen."
    ),
    "Diagram of three skin layers with a row of fine needles reaching from the surface into the middle layer, "
    "where wavy collagen fibres lie.": (
        "Diagrama de tres capas de la piel con una hilera de agujas finas que van de la superficie a la capa "
        "media, donde se encuentran fibras onduladas de colágeno."
    ),
    "The needles reach the dermis, the layer of the skin where collagen is made.": (
        "Las agujas llegan a la dermis, la capa de la piel donde se produce el colágeno."
    ),
    "How it works": "Cómo funciona",
    "Every needle leaves a minute injury at a precise point. The skin answers each pinprick as it would any "
    "wound: it starts repairing, renews its cells and produces fresh collagen, the protein that keeps skin firm "
    "and smooth.": (
        "Cada aguja deja una lesión mínima en un punto preciso. La piel responde a cada pinchazo como lo haría ante "
        "cualquier herida: empieza a repararse, renueva sus células y produce colágeno nuevo, la proteína que "
        "mantiene la piel firme y lisa."
    ),
    "Collagen is lost naturally with age and after injuries. The tissue that grows back tends to be more even in "
    "colour and texture, and the added collagen can leave the skin firmer. Studies cited by the American Academy "
    "of Dermatology Association found that micro-needling can speed up the skin's healing and improve its "
    "elasticity, which is why it counts among the most promising anti-ageing treatments.": (
        "El colágeno se pierde de forma natural con la edad y después de una lesión. El tejido que se regenera "
        "suele tener un color y una textura más uniformes, y el colágeno adicional puede dejar la piel más firme. "
        "Estudios citados por la American Academy of Dermatology Association encontraron que las microagujas "
        "pueden acelerar la cicatrización de la piel y mejorar su elasticidad, por eso se cuentan entre los "
        "tratamientos antienvejecimiento más prometedores."
    ),
    "Micro-needling can be combined with topical serums, radiofrequency or platelet-rich plasma (PRP). Whether a "
    "combination is right for you is decided together with an experienced dermatologist at your consultation.": (
        "Las microagujas pueden combinarse con sérums tópicos, radiofrecuencia o plasma rico en plaquetas (PRP). "
        "Si alguna combinación te conviene se decide en tu consulta, junto con un dermatólogo con experiencia."
    ),
    "Softer scars, including acne scars": "Cicatrices más suaves, incluidas las cicatrices de acné",
    "Dips and marks left by acne and other scars become less noticeable.": (
        "Los hundimientos y las marcas que dejan el acné y otras cicatrices se notan menos."
    ),
    "Fewer visible fine lines and wrinkles": "Menos líneas finas y arrugas visibles",
    "New collagen fills out the skin beneath the creases.": "El colágeno nuevo rellena la piel debajo de los pliegues.",
    "Smaller-looking pores": "Poros de aspecto más pequeño",
    "Enlarged pores look tighter and less open.": "Los poros dilatados lucen más cerrados y menos visibles.",
    "Faded dark spots": "Manchas oscuras más tenues",
    "Areas of hyperpigmentation blend in with the skin around them.": (
        "Las zonas con hiperpigmentación se integran con la piel que las rodea."
    ),
    "A more even skin tone": "Un tono de piel más uniforme",
    "Blotchy or uneven patches even out.": "Las zonas manchadas o disparejas se unifican.",
    "Better elasticity": "Mejor elasticidad",
    "The skin feels firmer and springs back more readily.": (
        "La piel se siente más firme y recupera su forma con más facilidad."
    ),
    "Less visible stretch marks": "Estrías menos visibles",
    "Including on the thighs and abdomen.": "También en los muslos y el abdomen.",
    "Hair growth in alopecia": "Crecimiento del cabello en la alopecia",
    "Treating the scalp can help hair grow back in people with alopecia.": (
        "Tratar el cuero cabelludo puede ayudar a que el cabello vuelva a crecer en personas con alopecia."
    ),
    "Acne and other scars, fine lines, enlarged pores and dark spots": (
        "Cicatrices de acné y de otro tipo, líneas finas, poros dilatados y manchas oscuras"
    ),
    "Hair loss (alopecia)": "Caída del cabello (alopecia)",
    "Some medicines and skin-care products make a reaction more likely. The times below are a guide: your doctor "
    "sets the exact timing for you.": (
        "Algunos medicamentos y productos para el cuidado de la piel aumentan la probabilidad de una reacción. Los "
        "tiempos de abajo son orientativos: tu médico define los tiempos exactos para tu caso."
    ),
    "Your medicines and skin-care routine": "Tus medicamentos y tu rutina de cuidado de la piel",
    "Go through everything you take and everything you put on your skin with your doctor at the consultation, so "
    "that nothing causes an unexpected reaction.": (
        "Revisa con tu médico, en la consulta, todo lo que tomas y todo lo que te aplicas en la piel, para que nada "
        "cause una reacción inesperada."
    ),
    "Ibuprofen": "Ibuprofeno",
    "Stop taking it ahead of the session. Your doctor will tell you when, and what you can take instead if you "
    "need pain relief.": (
        "Deja de tomarlo antes de la sesión. Tu médico te dirá cuándo y qué puedes tomar en su lugar si necesitas "
        "algo para el dolor."
    ),
    "Isotretinoin (Accutane)": "Isotretinoína (Accutane)",
    "Tell your doctor if you take it or took it recently. It has to be stopped long before micro-needling; your "
    "doctor decides when it is safe to go ahead.": (
        "Avísale a tu médico si la tomas o la tomaste hace poco. Hay que suspenderla mucho antes del tratamiento "
        "con microagujas; tu médico decide cuándo es seguro seguir adelante."
    ),
    "Retinoids and exfoliating acids": "Retinoides y ácidos exfoliantes",
    "Pause products that make the skin more sensitive, such as retinol creams and glycolic or salicylic acid.": (
        "Suspende los productos que sensibilizan la piel, como las cremas con retinol y el ácido glicólico o "
        "salicílico."
    ),
    "Cleansing and skin check": "Limpieza y revisión de la piel",
    "The area is cleaned and the doctor looks over your skin.": "Se limpia la zona y el médico revisa tu piel.",
    "Numbing cream": "Crema anestésica",
    "A topical anaesthetic goes on 45 to 60 minutes before the needling, so the treatment is comfortable.": (
        "Se aplica un anestésico tópico de 45 a 60 minutos antes de las punciones, para que el tratamiento sea cómodo."
    ),
    "Serum": "Sérum",
    "A serum that supports the skin's repair and eases discomfort is spread over the area, and the device glides "
    "over it.": (
        "Se extiende sobre la zona un sérum que favorece la reparación de la piel y reduce las molestias, y sobre "
        "él se desliza el dispositivo."
    ),
    "The doctor moves the device evenly across the skin, which keeps the result even. The punctures are so small "
    "that you may barely feel them; staying as still as you can keeps it comfortable.": (
        "El médico pasa el dispositivo de manera uniforme por la piel, lo que da un resultado parejo. Las "
        "punciones son tan pequeñas que quizá apenas las sientas; moverte lo menos posible hace que sea más cómodo."
    ),
    "Soothing and aftercare advice": "Sérum calmante e indicaciones de cuidado",
    "A soothing serum calms the skin and you go home with aftercare instructions. The whole visit takes about two "
    "hours.": (
        "Un sérum calmante tranquiliza la piel y te vas a casa con las indicaciones de cuidado. La visita completa "
        "dura unas dos horas."
    ),
    "Redness, irritation and some itching, rather like a mild sunburn, especially after the first session. It is "
    "the skin's normal response to the punctures and settles in a few days.": (
        "Enrojecimiento, irritación y algo de comezón, parecido a una quemadura de sol leve, sobre todo después de "
        "la primera sesión. Es la respuesta normal de la piel a las punciones y se calma en pocos días."
    ),
    "Pigmented make-up such as foundation or concealer, until the skin has fully healed.": (
        "Maquillaje con pigmento, como base o corrector, hasta que la piel haya sanado por completo."
    ),
    "Direct sun and harsh products such as peels, scrubs and exfoliating acids, for about a week.": (
        "El sol directo y los productos agresivos, como peelings, exfoliantes granulados y ácidos exfoliantes, "
        "durante una semana, aproximadamente."
    ),
    "Put on sunscreen every day: treated skin burns more easily than usual.": (
        "Aplica protector solar todos los días: la piel tratada se quema con más facilidad de lo normal."
    ),
    "Go back to work or school once you feel comfortable; most need little time off.": (
        "Regresa al trabajo o a la escuela en cuanto te sientas bien; la mayoría necesita poco tiempo de descanso."
    ),
    "Once the skin has healed, mineral camouflage make-up can cover any redness left.": (
        "Cuando la piel haya sanado, un maquillaje mineral de camuflaje puede cubrir el enrojecimiento que quede."
    ),
    "New tissue forms over the following weeks, so results build up gradually.": (
        "En las semanas siguientes se forma tejido nuevo, así que los resultados se notan poco a poco."
    ),
    "Come back for the follow-up sessions you planned with your doctor. Further sessions, sometimes with "
    "complementary treatments, make the results last longer.": (
        "Regresa a las sesiones de seguimiento que planeaste con tu médico. Las sesiones adicionales, a veces "
        "combinadas con tratamientos complementarios, hacen que los resultados duren más."
    ),
    "Redness, swelling and tenderness": "Enrojecimiento, inflamación y sensibilidad",
    "Expected after every session, much like a mild sunburn; it usually settles within one to three days.": (
        "Es de esperarse después de cada sesión, parecido a una quemadura de sol leve; por lo general se calma en uno "
        "a tres días."
    ),
    "Dark spots (hyperpigmentation)": "Manchas oscuras (hiperpigmentación)",
    "More likely on darker skin or if treated skin gets sun. They usually fade over a few months; daily sunscreen "
    "lowers the chance, and your doctor can treat them if they appear.": (
        "Son más probables en piel morena o si la piel tratada se expone al sol. Por lo general se desvanecen en unos "
        "meses; usar protector solar todos los días reduce la probabilidad, y si aparecen, tu médico puede tratarlas."
    ),
    "Call the clinic straight away if the skin becomes hot, more painful or swollen, oozes or crusts, or you have a "
    "fever.": (
        "Llama a la clínica de inmediato si la piel se pone caliente, te duele o se inflama más, supura o forma "
        "costras, o si tienes fiebre."
    ),
    "Scarring": "Cicatrices",
    "More likely if the skin becomes infected or is picked while it heals. Tell your doctor about any spot that "
    "heals slowly.": (
        "Son más probables si la piel se infecta o si la rascas mientras sana. Avísale a tu médico si alguna zona "
        "tarda en sanar."
    ),
    "Active acne, cold sores or a skin infection in the area": (
        "Acné activo, herpes labial o una infección de la piel en la zona"
    ),
    "The needles could spread it; treatment waits until the skin has healed.": (
        "Las agujas podrían extender el problema; el tratamiento se pospone hasta que la piel haya sanado."
    ),
    "A tendency to form raised scars (keloids)": "Tendencia a formar cicatrices abultadas (queloides)",
    "The needles could trigger new scars; your doctor will talk you through other options.": (
        "Las agujas podrían provocar cicatrices nuevas; tu médico te explicará otras opciones."
    ),
    "It slows the skin's healing and raises the risk of scarring; your doctor decides when you can go ahead.": (
        "Hace más lenta la cicatrización de la piel y aumenta el riesgo de cicatrices; tu médico decide cuándo puedes "
        "seguir adelante."
    ),
    "It can make bleeding and bruising more likely. If a doctor prescribed it, ask them before you stop it.": (
        "Puede aumentar el sangrado y los moretones. Si un médico te lo recetó, pregúntale antes de dejarlo."
    ),
    "Home derma rollers": "Rodillos de microagujas para casa",
    "Rollers for home use are sold as a cheaper option. They are not the same treatment.": (
        "Los rodillos para usar en casa se venden como una opción más barata. No son el mismo tratamiento."
    ),
    "Who does it": "Quién lo realiza",
    "A doctor, in a medical office": "Un médico, en el consultorio",
    "You, at home": "Tú, en casa",
    "Depth reached": "Profundidad que alcanza",
    "Deep enough to reach the layer where collagen is made": "Llega a la capa donde se produce el colágeno",
    "Only the top layers; the skin is not actually punctured": (
        "Solo las capas superficiales; en realidad no perfora la piel"
    ),
    "Sterility": "Esterilidad",
    "Sterile needles": "Agujas estériles",
    "Reused needles that are hard to keep clean and soon go blunt": (
        "Agujas reutilizadas, difíciles de mantener limpias y que pronto pierden el filo"
    ),
    "Results": "Resultados",
    "New collagen and lasting renewal": "Colágeno nuevo y una renovación duradera",
    "A temporary glow at best": "Como mucho, un brillo pasajero",
    "Cost": "Costo",
    "Higher per session": "Mayor por sesión",
    "Low": "Bajo",
    "A roller can brighten the skin for a short while, but it does not go deep enough to start the repair that "
    "produces collagen. For scars, lines, pores or stretch marks, micro-needling by a doctor is the option that "
    "gets results.": (
        "Un rodillo puede dar luminosidad a la piel por un tiempo, pero no llega lo bastante profundo para iniciar "
        "la reparación que produce colágeno. Para cicatrices, arrugas, poros o estrías, el tratamiento con "
        "microagujas hecho por un médico es la opción que da resultados."
    ),
    "Laser therapy": "Tratamiento con láser",
    "Considerably lower": "Bastante menor",
    "Higher": "Mayor",
    "Effect on skin colour": "Efecto en el color de la piel",
    "Does not act on the skin's pigment": "No actúa sobre el pigmento de la piel",
    "Can lighten or darken the skin": "Puede aclarar u oscurecer la piel",
    "Who it suits": "Para quién es adecuado",
    "Works better than laser for some patients": "A algunos pacientes les funciona mejor que el láser",
    "Suits other patients and concerns": "Conviene a otros pacientes y problemas",
    "Both improve scars and skin texture. Micro-needling costs less and does not risk the changes in skin colour "
    "that laser can cause, which makes it a sensible first choice for many people; your dermatologist will tell "
    "you which fits your skin and goals.": (
        "Ambos mejoran las cicatrices y la textura de la piel. Las microagujas cuestan menos y no tienen el riesgo "
        "de cambios en el color de la piel que puede causar el láser, por lo que son una primera opción sensata "
        "para muchas personas; tu dermatólogo te dirá cuál se adapta a tu piel y a tus objetivos."
    ),
    "Does micro-needling hurt?": "¿Duele el tratamiento con microagujas?",
    "Very little. The numbing cream goes on up to an hour beforehand, and the punctures are so fine that many "
    "people hardly feel them; most notice light scratching or pressure.": (
        "Muy poco. La crema anestésica se aplica hasta una hora antes y las punciones son tan finas que muchas "
        "personas casi no las sienten; la mayoría nota un ligero raspado o presión."
    ),
    "How many sessions will I need?": "¿Cuántas sesiones voy a necesitar?",
    "Usually three to six. Your doctor plans the number with you, based on your skin and what you want to achieve.": (
        "Por lo general, de tres a seis. Tu médico define el número contigo, según tu piel y lo que quieras lograr."
    ),
    "Will I need time off work?": "¿Tendré que faltar al trabajo?",
    "Rarely more than a day or two. The skin is usually red for one to three days, and you can go back to work or "
    "school as soon as you feel comfortable.": (
        "Rara vez más de uno o dos días. La piel suele estar roja de uno a tres días y puedes volver al trabajo o a "
        "la escuela en cuanto te sientas bien."
    ),
    "Are there any risks?": "¿Tiene algún riesgo?",
    "Like any treatment that breaks the skin, it can occasionally leave scars or dark spots, or become infected. "
    "Sterile needles, an experienced doctor and careful aftercare keep that risk low.": (
        "Como cualquier tratamiento que atraviesa la piel, en ocasiones puede dejar cicatrices o manchas oscuras, o "
        "infectarse. Las agujas estériles, un médico con experiencia y un buen cuidado posterior mantienen bajo "
        "ese riesgo."
    ),
    "This article is general information and does not replace a consultation. Whether micro-needling suits you, "
    "and how your treatment is planned, is decided with a doctor who has examined your skin.": (
        "Este artículo es información general y no sustituye una consulta. Si las microagujas son adecuadas para "
        "ti, y cómo se planea tu tratamiento, se decide con un médico que haya examinado tu piel."
    ),
    # Cited works keep their original titles and publishers.
    "Microneedling: experienced hands can improve the face": "Microneedling: experienced hands can improve the face",
    "American Academy of Dermatology Association": "American Academy of Dermatology Association",
    "Microneedling: a review and practical guide": "Microneedling: a review and practical guide",
    "Dermatologic Surgery": "Dermatologic Surgery",
    "Microneedling for the treatment of scars: an update for clinicians": (
        "Microneedling for the treatment of scars: an update for clinicians"
    ),
    "Clinical, Cosmetic and Investigational Dermatology": "Clinical, Cosmetic and Investigational Dermatology",
    "Find out whether micro-needling suits your skin.": "Descubre si las microagujas son para tu piel.",
    "Looking after your smile too?": "¿También quieres cuidar tu sonrisa?",
    "Want an eating plan that fits your life?": "¿Quieres un plan de alimentación que se adapte a tu vida?",
    "Facials and skin-care treatments.": "Faciales y tratamientos para el cuidado de la piel.",
    # Teeth whitening
    "Teeth whitening": "Blanqueamiento dental",
    "teeth-whitening": "blanqueamiento-dental",
    "A whitening gel applied by a dentist lightens teeth stained by coffee, tea, wine, tobacco or age, usually in "
    "a single visit.": (
        "Un gel blanqueador que aplica el dentista aclara los dientes manchados por café, té, vino, tabaco o la "
        "edad, por lo general en una sola visita."
    ),
    "Illustration of a smile with a row of white teeth on a pale blue background.": (
        "Ilustración de una sonrisa con una fila de dientes blancos sobre un fondo azul pálido."
    ),
    "What is teeth whitening?": "¿Qué es el blanqueamiento dental?",
    "In-office whitening lightens the natural colour of your teeth with a peroxide gel that is stronger than home "
    "kits. A dentist applies it and protects your gums while it works.": (
        "El blanqueamiento en consultorio aclara el color natural de tus dientes con un gel de peróxido más potente "
        "que el de los kits caseros. El dentista lo aplica y protege tus encías mientras actúa."
    ),
    "It lifts stains from coffee, tea, red wine and tobacco, and the yellowing that comes with age. Fillings, "
    "crowns and veneers keep their colour.": (
        "Quita las manchas de café, té, vino tinto y tabaco, y el tono amarillento que llega con la edad. Las "
        "resinas, coronas y carillas conservan su color."
    ),
    "A brighter smile, often in one visit": "Una sonrisa más blanca, muchas veces en una sola visita",
    "Stains from coffee, tea, wine and tobacco lifted": "Menos manchas de café, té, vino y tabaco",
    "Done by a dentist, with your gums protected": "Lo realiza un dentista, con tus encías protegidas",
    "Natural teeth; fillings, crowns and veneers keep their colour": (
        "Dientes naturales; las resinas, coronas y carillas conservan su color"
    ),
    "Check-up and cleaning": "Revisión y limpieza",
    "Whitening works best on clean, healthy teeth, so cavities and gum problems are treated first.": (
        "El blanqueamiento funciona mejor en dientes limpios y sanos, por eso primero se atienden las caries y los "
        "problemas de encías."
    ),
    "Shade check": "Registro del tono",
    "The dentist records the current shade of your teeth, to compare afterwards.": (
        "El dentista registra el tono actual de tus dientes para compararlo al final."
    ),
    "Protecting the gums": "Protección de las encías",
    "A protective barrier covers your gums and a retractor keeps your lips apart.": (
        "Una barrera protectora cubre tus encías y un separador mantiene tus labios abiertos."
    ),
    "Whitening gel": "Gel blanqueador",
    "The gel is applied in several rounds of 15 to 20 minutes each.": (
        "El gel se aplica en varias rondas de 15 a 20 minutos cada una."
    ),
    "Rinse and compare": "Enjuague y comparación",
    "The gel is rinsed off and the new shade is compared with the first one.": (
        "Se retira el gel y se compara el nuevo tono con el inicial."
    ),
    "Teeth may feel sensitive to cold or heat; this fades within a day or two.": (
        "Los dientes pueden sentirse sensibles al frío o al calor; esto desaparece en uno o dos días."
    ),
    "Coffee, tea, red wine, tobacco and strongly coloured food.": (
        "Café, té, vino tinto, tabaco y alimentos de color intenso."
    ),
    "Brush and floss as usual; regular cleanings keep the result longer.": (
        "Cepíllate y usa hilo dental como siempre; las limpiezas periódicas hacen que el resultado dure más."
    ),
    "Tooth sensitivity": "Sensibilidad dental",
    "Teeth may ache with cold or heat for a day or two; a toothpaste for sensitive teeth helps.": (
        "Los dientes pueden doler con el frío o el calor durante uno o dos días; una pasta dental para dientes "
        "sensibles ayuda."
    ),
    "Sore or pale patches on the gums": "Zonas adoloridas o blanquecinas en las encías",
    "They appear where the gel touched the gums and usually settle within hours to a few days.": (
        "Aparecen donde el gel tocó las encías y por lo general se calman en unas horas o pocos días."
    ),
    "Fillings, crowns or veneers that no longer match": "Resinas, coronas o carillas que ya no combinan",
    "They keep their colour; your dentist tells you beforehand whether any may need replacing.": (
        "Conservan su color; tu dentista te dice antes si alguna podría necesitar cambiarse."
    ),
    "These are treated first: the gel can irritate the nerve through a cavity or inflamed gums.": (
        "Primero se atienden: el gel puede irritar el nervio a través de una caries o de encías inflamadas."
    ),
    "Under 18 years of age": "Menores de 18 años",
    "Teeth and gums are still developing; whitening waits until adulthood.": (
        "Los dientes y las encías todavía están en desarrollo; el blanqueamiento espera hasta la edad adulta."
    ),
    "Does whitening damage the enamel?": "¿El blanqueamiento daña el esmalte?",
    "Not when a dentist supervises it and the gel is used as directed. Short-lived sensitivity is the most common "
    "side effect.": (
        "No, si lo supervisa un dentista y el gel se usa según las indicaciones. La sensibilidad pasajera es el "
        "efecto secundario más común."
    ),
    "How long does the result last?": "¿Cuánto dura el resultado?",
    "It depends on your habits: cutting down on staining food and drink and having regular cleanings keeps teeth "
    "brighter for longer.": (
        "Depende de tus hábitos: reducir los alimentos y bebidas que manchan y hacerte limpiezas periódicas mantiene "
        "los dientes más blancos por más tiempo."
    ),
    "Will my crowns or fillings whiten too?": "¿También se blanquearán mis coronas o resinas?",
    "No. Whitening only works on natural teeth; your dentist will tell you whether any existing work may need "
    "replacing to match.": (
        "No. El blanqueamiento solo actúa sobre los dientes naturales; tu dentista te dirá si conviene cambiar "
        "algún trabajo dental para que combine con el nuevo tono."
    ),
    "This article is general information and does not replace a dental examination. Your dentist will tell you "
    "whether whitening suits your teeth.": (
        "Este artículo es información general y no sustituye una revisión dental. Tu dentista te dirá si el "
        "blanqueamiento es adecuado para tus dientes."
    ),
    "Ask about whitening at your check-up.": "Pregunta por el blanqueamiento en tu próxima revisión.",
    # Personalised nutrition plan
    "Personalised nutrition plan": "Plan de nutrición personalizado",
    "personalised-nutrition-plan": "plan-de-nutricion-personalizado",
    "A nutritionist builds an eating plan around your health, your goals and your routine, and adjusts it at "
    "follow-up visits.": (
        "Un nutriólogo diseña un plan de alimentación según tu salud, tus metas y tu rutina, y lo ajusta en las "
        "consultas de seguimiento."
    ),
    "Illustration of a plate divided into portions of vegetables, grains and protein.": (
        "Ilustración de un plato dividido en porciones de verduras, cereales y proteína."
    ),
    "What is a personalised nutrition plan?": "¿Qué es un plan de nutrición personalizado?",
    "At a first visit a licensed nutritionist goes over your health, habits and goals, measures your body "
    "composition and then writes an eating plan that fits your tastes, budget and timetable.": (
        "En una primera consulta, un nutriólogo titulado revisa tu salud, tus hábitos y tus metas, mide tu "
        "composición corporal y después elabora un plan de alimentación que se adapta a tus gustos, tu presupuesto "
        "y tus horarios."
    ),
    "Follow-up visits check your progress and adjust the plan, so that the changes are ones you can keep.": (
        "En las consultas de seguimiento se revisa tu avance y se ajusta el plan, para que los cambios sean algo "
        "que puedas mantener."
    ),
    "A plan built around food you like": "Un plan hecho con comida que te gusta",
    "Steady, realistic progress": "Avance constante y realista",
    "Changes are small enough to last.": "Los cambios son lo bastante pequeños para que duren.",
    "Support at every follow-up": "Acompañamiento en cada seguimiento",
    "The plan changes as your needs do.": "El plan cambia a la par de tus necesidades.",
    "Before your first visit": "Antes de tu primera consulta",
    "A food diary": "Un diario de alimentación",
    "Write down what you eat and drink for three days, including a weekend day.": (
        "Anota lo que comes y bebes durante tres días, incluido un día de fin de semana."
    ),
    "Recent blood tests and medicines": "Análisis de sangre recientes y medicamentos",
    "Bring any recent test results and a list of the medicines you take.": (
        "Lleva los resultados de tus análisis recientes y una lista de los medicamentos que tomas."
    ),
    "Your first visit, step by step": "Tu primera consulta, paso a paso",
    "Health and habits": "Salud y hábitos",
    "A conversation about your health, your routine and what you usually eat.": (
        "Una conversación sobre tu salud, tu rutina y lo que sueles comer."
    ),
    "Body composition": "Composición corporal",
    "Weight, waist and body composition are measured as a starting point.": (
        "Se miden tu peso, tu cintura y tu composición corporal como punto de partida."
    ),
    "Goals and plan": "Metas y plan",
    "You agree on goals together and go through the outline of your plan.": (
        "Acuerdan juntos las metas y repasan las líneas generales de tu plan."
    ),
    "Next steps": "Siguientes pasos",
    "You book your first follow-up; the full plan is sent to you afterwards.": (
        "Agendas tu primera cita de seguimiento; después te enviamos el plan completo."
    ),
    "Hunger, tiredness or headaches while you adjust": "Hambre, cansancio o dolor de cabeza mientras te adaptas",
    "They usually ease within the first weeks; tell the nutritionist, who can adjust the plan.": (
        "Por lo general disminuyen en las primeras semanas; coméntalo con el nutriólogo, que puede ajustar el plan."
    ),
    "Bloating or changes in bowel habits": "Inflamación abdominal o cambios en la forma de ir al baño",
    "More fibre takes time to get used to, so the plan increases it gradually.": (
        "Al cuerpo le toma tiempo acostumbrarse a más fibra, por eso el plan la aumenta poco a poco."
    ),
    "Low blood sugar if you take medicines for diabetes": (
        "Azúcar baja en la sangre (hipoglucemia) si tomas medicamentos para la diabetes"
    ),
    "Eating differently can change the dose you need. Your doctor should check your medicines when the plan starts; "
    "do not change them on your own.": (
        "Comer de otra manera puede cambiar la dosis que necesitas. Tu médico debe revisar tus medicamentos al empezar "
        "el plan; no los cambies por tu cuenta."
    ),
    "An eating disorder, now or in the past": "Un trastorno de la conducta alimentaria, actual o pasado",
    "A plan that cuts calories is not suitable; care is coordinated with your doctor or therapist.": (
        "Un plan que reduce calorías no es adecuado; la atención se coordina con tu médico o tu terapeuta."
    ),
    "No weight-loss plan is started; the plan focuses on what you and your baby need.": (
        "No se empieza un plan para bajar de peso; el plan se centra en lo que tú y tu bebé necesitan."
    ),
    "Is this a diet for losing weight?": "¿Es una dieta para bajar de peso?",
    "Not necessarily. The plan follows your goal, whether that is losing, gaining or keeping weight, or eating "
    "well with a health condition.": (
        "No necesariamente. El plan sigue tu objetivo, ya sea bajar, subir o mantener tu peso, o comer bien con "
        "alguna condición de salud."
    ),
    "How often are the follow-up visits?": "¿Cada cuánto son las consultas de seguimiento?",
    "Usually every two to four weeks at first, then less often as the new habits settle in.": (
        "Al principio, por lo general cada dos a cuatro semanas; después, con menos frecuencia, conforme se afianzan "
        "los nuevos hábitos."
    ),
    "Can I follow a plan if I have diabetes or another condition?": (
        "¿Puedo seguir un plan si tengo diabetes u otra enfermedad?"
    ),
    "Yes. Tell the nutritionist at the first visit; when a condition affects what you can eat, the plan is "
    "coordinated with your doctor.": (
        "Sí. Coméntalo con el nutriólogo en la primera consulta; cuando una enfermedad influye en lo que puedes "
        "comer, el plan se coordina con tu médico."
    ),
    "This page is general information. If you have a medical condition or take medicines, talk to your doctor "
    "before changing what you eat.": (
        "Esta página es información general. Si tienes alguna enfermedad o tomas medicamentos, habla con tu médico "
        "antes de cambiar tu alimentación."
    ),
    "Start with a first visit.": "Empieza con una primera consulta.",
    # Hydrating facial
    "Hydrating facial": "Facial hidratante",
    "hydrating-facial": "facial-hidratante",
    "Cleansing, gentle exfoliation and a hydrating mask bring moisture back to tight, dull skin, with no downtime.": (
        "Limpieza, exfoliación suave y una mascarilla hidratante devuelven la humedad a la piel tirante y opaca, "
        "sin tiempo de recuperación."
    ),
    "Illustration of large water droplets on a pale blue background.": (
        "Ilustración de grandes gotas de agua sobre un fondo azul pálido."
    ),
    "What is a hydrating facial?": "¿Qué es un facial hidratante?",
    "A facial centred on moisture. A cosmetologist cleanses your skin, removes dead cells gently and applies "
    "serums and a mask with ingredients that hold water, such as hyaluronic acid.": (
        "Un facial centrado en la hidratación. En cosmetología se limpia tu piel, se retiran con suavidad las "
        "células muertas y se aplican sérums y una mascarilla con ingredientes que retienen el agua, como el ácido "
        "hialurónico."
    ),
    "It suits skin that feels tight or looks dull, and you can go straight back to your day.": (
        "Es ideal para la piel que se siente tirante o se ve opaca, y puedes seguir con tu día de inmediato."
    ),
    "Softer, more comfortable skin": "Piel más suave y cómoda",
    "A fresher, more even look": "Un aspecto más fresco y uniforme",
    "No downtime": "Sin tiempo de recuperación",
    "Make-up can go on the same day.": "Puedes maquillarte el mismo día.",
    "Pause them so that the exfoliation does not irritate your skin.": (
        "Suspéndelos para que la exfoliación no irrite tu piel."
    ),
    "Facial waxing": "Depilación facial con cera",
    "Leave waxing until after the facial.": "Deja la depilación con cera para después del facial.",
    "Skin analysis": "Análisis de la piel",
    "The cosmetologist looks at your skin and chooses the products.": (
        "Se analiza tu piel y se eligen los productos adecuados."
    ),
    "Cleansing": "Limpieza",
    "Make-up and the day's grime are removed.": "Se retiran el maquillaje y la suciedad del día.",
    "Gentle exfoliation": "Exfoliación suave",
    "A mild exfoliant lifts dead cells so the skin absorbs what follows.": (
        "Un exfoliante suave retira las células muertas para que la piel absorba lo que se aplica después."
    ),
    "Serum and hydrating mask": "Sérum y mascarilla hidratante",
    "A hydrating serum goes on, then a mask that is left to work.": (
        "Se aplica un sérum hidratante y después una mascarilla que se deja actuar."
    ),
    "Moisturiser and sunscreen": "Crema hidratante y protector solar",
    "A moisturiser and sunscreen finish the treatment.": (
        "Una crema hidratante y protector solar cierran el tratamiento."
    ),
    "A slight pinkness that fades within hours.": "Un ligero enrojecimiento que desaparece en pocas horas.",
    "Use a moisturiser and sunscreen every day to keep the result.": (
        "Usa crema hidratante y protector solar todos los días para mantener el resultado."
    ),
    "Slight redness": "Enrojecimiento leve",
    "It fades within a few hours.": "Desaparece en unas horas.",
    "Irritation or an allergic reaction to a product": "Irritación o reacción alérgica a algún producto",
    "Mention any allergy before the facial. If itching, a rash or swelling appears, rinse the skin with cool water "
    "and call the clinic.": (
        "Menciona cualquier alergia antes del facial. Si aparecen comezón, ronchas o inflamación, enjuaga la piel con "
        "agua fría y llama a la clínica."
    ),
    "A few pimples afterwards": "Algunos granitos después del tratamiento",
    "They usually clear within a few days; mention it at your next visit so that the products can be changed.": (
        "Por lo general desaparecen en pocos días; coméntalo en tu siguiente visita para que se cambien los productos."
    ),
    "Active acne, cold sores or a skin infection on the face": (
        "Acné activo, herpes labial o una infección de la piel en la cara"
    ),
    "Wait until it has cleared; a dermatologist can advise on treatment first.": (
        "Espera a que se quite; antes, un dermatólogo puede orientarte sobre el tratamiento."
    ),
    "Sunburned or broken skin": "Piel quemada por el sol o lastimada",
    "Exfoliation would irritate it; book once it has healed.": (
        "La exfoliación la irritaría; agenda tu cita cuando haya sanado."
    ),
    "Taking isotretinoin (Accutane)": "Estar tomando isotretinoína (Accutane)",
    "The skin is fragile while you take it; ask a dermatologist before booking.": (
        "Mientras la tomas, la piel está frágil; consulta a un dermatólogo antes de agendar."
    ),
    "How often should I have one?": "¿Cada cuánto conviene hacérmelo?",
    "Once a month suits most people; your cosmetologist will suggest a rhythm.": (
        "Una vez al mes funciona para la mayoría de las personas; en tu cita te sugeriremos la frecuencia adecuada."
    ),
    "Is it suitable for sensitive skin?": "¿Es adecuado para piel sensible?",
    "Usually, yes. Say so beforehand so that the products are chosen for your skin.": (
        "Por lo general, sí. Avísanos antes para elegir los productos adecuados para tu piel."
    ),
    "This article is general information. If you have a skin condition, see a dermatologist before booking a facial.": (
        "Este artículo es información general. Si tienes alguna afección de la piel, consulta a un dermatólogo "
        "antes de agendar un facial."
    ),
    "Give your skin a drink.": "Dale a tu piel la hidratación que necesita.",
    # Shared by the newer aesthetics articles
    "This article is general information and does not replace a consultation. A doctor who has examined you "
    "decides whether this treatment suits you, and results vary from person to person.": (
        "Este artículo es información general y no sustituye una consulta. Un médico que te haya examinado decide "
        "si este tratamiento es adecuado para ti, y los resultados varían de una persona a otra."
    ),
    "Injections": "Inyecciones",
    "Abstract illustration in skin tones: a circle of small, evenly spaced points.": (
        "Ilustración abstracta en tonos de piel: un círculo de pequeños puntos espaciados de manera uniforme."
    ),
    # Chemical peel
    "Chemical peel": "Peeling químico",
    "chemical-peel": "peeling-quimico",
    "A doctor applies an exfoliating acid that lifts the top layers of the skin, lightening dark spots, melasma "
    "and sun damage, evening out skin tone and calming breakouts.": (
        "Un médico aplica un ácido exfoliante que desprende las capas superficiales de la piel: aclara las manchas "
        "oscuras, el melasma (paño) y el daño solar, empareja el tono de la piel y calma los brotes de acné."
    ),
    "What is a chemical peel?": "¿Qué es un peeling químico?",
    "A chemical peel is a solution of exfoliating acids, such as glycolic, salicylic or trichloroacetic acid, that "
    "a doctor spreads over clean skin for a few minutes. The outer layers loosen and flake off over the next days, "
    "and the skin underneath looks clearer.": (
        "Un peeling químico es una solución de ácidos exfoliantes, como el glicólico, el salicílico o el "
        "tricloroacético, que el médico extiende sobre la piel limpia durante unos minutos. Las capas externas se "
        "aflojan y se descaman en los días siguientes, y la piel de debajo se ve más limpia y luminosa."
    ),
    "Light peels treat dark spots, sun spots, melasma and a dull, blotchy complexion; they also help with oily skin "
    "that breaks out. The doctor chooses the acid and its strength for your skin type, because a peel that is too "
    "strong can itself leave marks.": (
        "Los peelings suaves tratan las manchas oscuras, las manchas por el sol, el melasma (paño) y el cutis opaco y "
        "manchado; también ayudan con la piel grasa propensa a los granos. El médico elige el ácido y su "
        "concentración según tu tipo de piel, porque un peeling demasiado fuerte puede dejar marcas."
    ),
    "Lighter dark spots and sun spots": "Manchas oscuras y manchas por el sol más claras",
    "Melasma kept under control": "Melasma (paño) bajo control",
    "Together with strict sun protection.": "Junto con una protección solar estricta.",
    "A more even, brighter complexion": "Un cutis más uniforme y luminoso",
    "Fewer pimples and blackheads": "Menos barros y espinillas",
    "Salicylic acid clears oil from the pores.": "El ácido salicílico limpia la grasa de los poros.",
    "Sun spots": "Manchas por el sol",
    "Breakouts": "Brotes de acné",
    "Pause products that make the skin more sensitive; your doctor tells you when.": (
        "Suspende los productos que sensibilizan la piel; tu médico te dice cuándo."
    ),
    "Sunbathing and tanning": "Asolearte y broncearte",
    "Keep out of strong sun: tanned skin reacts less predictably to the acid.": (
        "Evita el sol fuerte: la piel bronceada reacciona al ácido de forma menos predecible."
    ),
    "Make-up and oil are removed so that the acid spreads evenly.": (
        "Se retiran el maquillaje y la grasa para que el ácido se extienda de manera uniforme."
    ),
    "Applying the peel": "Aplicación del peeling",
    "The solution goes on in thin layers. A warm or stinging feeling is normal and is watched closely.": (
        "La solución se aplica en capas delgadas. Sentir calor o ardor es normal, y el médico lo vigila de cerca."
    ),
    "Neutralising and soothing": "Neutralización y calma",
    "The acid is neutralised or rinsed off and a calming cream and sunscreen go on.": (
        "Se neutraliza o se enjuaga el ácido y se aplican una crema calmante y protector solar."
    ),
    "Tightness, redness and flaking that settle within a week.": (
        "Tirantez, enrojecimiento y descamación que se calman en una semana."
    ),
    "Picking or pulling at peeling skin, scrubs and direct sun.": (
        "Rascar o jalar la piel que se está pelando, los exfoliantes granulados y el sol directo."
    ),
    "Put on sunscreen every day: without it, dark spots and melasma come back.": (
        "Aplica protector solar todos los días: sin él, las manchas oscuras y el melasma regresan."
    ),
    "Stinging, redness and flaking": "Ardor, enrojecimiento y descamación",
    "Expected after a peel; it settles within a week.": (
        "Es de esperarse después de un peeling; se calma en una semana."
    ),
    "Dark patches (post-inflammatory hyperpigmentation)": "Manchas oscuras (hiperpigmentación posinflamatoria)",
    "More likely on darker skin or after sun exposure. Daily sunscreen lowers the chance; the patches usually fade "
    "over a few months.": (
        "Son más probables en piel morena o después de exponerte al sol. Usar protector solar todos los días reduce la "
        "probabilidad; por lo general las manchas se desvanecen en unos meses."
    ),
    "Cold sore flare-up": "Brote de herpes labial",
    "If you have had cold sores, tell your doctor: a preventive medicine may be prescribed.": (
        "Si alguna vez has tenido herpes labial, avísale a tu médico: puede recetarte un medicamento preventivo."
    ),
    "Infection or scarring": "Infección o cicatrices",
    "More likely with stronger peels or if peeling skin is picked. Call the clinic if the skin weeps, crusts or "
    "does not heal.": (
        "Son más probables con peelings más fuertes o si arrancas la piel que se está pelando. Llama a la clínica si "
        "la piel supura, forma costras o no sana."
    ),
    "Sunburned, broken or inflamed skin in the area": "Piel quemada por el sol, lastimada o inflamada en la zona",
    "The acid would irritate it; treatment waits until the skin has healed.": (
        "El ácido la irritaría; el tratamiento se pospone hasta que la piel haya sanado."
    ),
    "Isotretinoin (Accutane) in the last six months": "Isotretinoína (Accutane) en los últimos seis meses",
    "The skin heals more slowly and scars more easily; your doctor decides when a peel is possible.": (
        "La piel tarda más en sanar y se le forman cicatrices con más facilidad; tu médico decide cuándo se puede "
        "hacer un peeling."
    ),
    "Is a peel safe for darker skin?": "¿Es seguro un peeling en piel morena?",
    "Often, yes, with the right acid at the right strength. Darker skin can react with new dark patches, so the "
    "doctor may start gently or prepare the skin first.": (
        "Muchas veces sí, con el ácido y la concentración adecuados. La piel morena puede reaccionar con manchas "
        "nuevas, así que el médico puede empezar con suavidad o preparar antes la piel."
    ),
    "Will my skin peel a lot?": "¿Se me va a pelar mucho la piel?",
    "With a light peel, usually only fine flaking for a few days. Stronger peels flake more and need more time at "
    "home.": (
        "Con un peeling suave, por lo general solo hay una descamación fina durante unos días. Los peelings más "
        "fuertes descaman más y requieren más tiempo en casa."
    ),
    "Ask which peel suits your skin.": "Pregunta qué peeling le conviene a tu piel.",
    # Botulinum toxin
    "Botulinum toxin": "Toxina botulínica",
    "botulinum-toxin": "toxina-botulinica",
    "Small injections of botulinum toxin, widely known as Botox, relax the muscles behind frown lines, forehead "
    "lines and crow's feet for a few months, and can also reduce excessive underarm sweating.": (
        "Pequeñas inyecciones de toxina botulínica, conocida como bótox, relajan durante unos meses los músculos "
        "que forman las líneas del entrecejo, las arrugas de la frente y las patas de gallo, y también pueden "
        "reducir la sudoración excesiva en las axilas."
    ),
    "What is botulinum toxin?": "¿Qué es la toxina botulínica?",
    "Botulinum toxin is a purified protein that, in tiny doses, stops a muscle from contracting as hard. Injected "
    "into the muscles that frown or raise the eyebrows, it softens the lines they draw on the skin; the face still "
    "moves, more gently.": (
        "La toxina botulínica es una proteína purificada que, en dosis muy pequeñas, hace que un músculo se contraiga "
        "con menos fuerza. Inyectada en los músculos con los que frunces el ceño o levantas las cejas, suaviza las "
        "líneas que estos marcan en la piel; la cara sigue moviéndose, pero con más suavidad."
    ),
    "It works best on lines that appear when you make an expression. The effect starts after a few days, is "
    "complete at about two weeks and wears off over three to four months, so the treatment is repeated if you want "
    "to keep it.": (
        "Funciona mejor en las líneas que aparecen al hacer un gesto, las líneas de expresión. El efecto empieza a "
        "los pocos días, es completo alrededor de las dos semanas y se desvanece en tres a cuatro meses, por lo que "
        "el tratamiento se repite si quieres mantenerlo."
    ),
    "Injected into the skin of the armpits, it also reduces excessive sweating (hyperhidrosis) for several months.": (
        "Inyectada en la piel de las axilas, también reduce la sudoración excesiva (hiperhidrosis) durante varios "
        "meses."
    ),
    "Softer frown lines and forehead lines": "Líneas del entrecejo y arrugas de la frente más suaves",
    "Smoother crow's feet around the eyes": "Patas de gallo más suaves alrededor de los ojos",
    "Less underarm sweating": "Menos sudor en las axilas",
    "For several months after one session.": "Durante varios meses después de una sesión.",
    "A quick visit with no downtime": "Una visita rápida, sin tiempo de recuperación",
    "Forehead, between the eyebrows and the corners of the eyes": "Frente, entrecejo y contorno de los ojos",
    "Underarms, for excessive sweating": "Axilas, para la sudoración excesiva",
    "Assessment": "Valoración",
    "The doctor watches your face as you frown, smile and raise your eyebrows, and marks the points to treat.": (
        "El médico observa tu cara mientras frunces el ceño, sonríes y levantas las cejas, y marca los puntos que va "
        "a tratar."
    ),
    "A very fine needle places small amounts at each point; it stings briefly.": (
        "Con una aguja muy fina se aplican pequeñas cantidades en cada punto; solo se siente un piquete breve."
    ),
    "Check before you leave": "Revisión antes de irte",
    "Any small bumps are checked and you receive your aftercare advice.": (
        "Se revisan las pequeñas ronchas que queden y recibes las indicaciones de cuidado."
    ),
    "Lying down, and rubbing or massaging the treated area.": "Acostarte, y frotar o masajear la zona tratada.",
    "Hard exercise, saunas and facials.": "El ejercicio intenso, los saunas y los faciales.",
    "The lines soften gradually; a review visit at two weeks checks the result.": (
        "Las líneas se suavizan poco a poco; en una cita de revisión a las dos semanas se comprueba el resultado."
    ),
    "Small bruises or redness where the needle went in": "Pequeños moretones o enrojecimiento donde entró la aguja",
    "They fade within a few days.": "Desaparecen en unos días.",
    "Headache": "Dolor de cabeza",
    "Usually mild and gone within a day or two; ask your doctor which pain reliever you can take.": (
        "Por lo general es leve y se quita en uno o dos días; pregúntale a tu médico qué analgésico puedes tomar."
    ),
    "Drooping eyelid or eyebrow": "Párpado o ceja caídos",
    "It wears off as the toxin does, usually within a few weeks. Tell the clinic so that the doctor can check it.": (
        "Desaparece a medida que pasa el efecto de la toxina, por lo general en unas semanas. Avísale a la clínica "
        "para que el médico lo revise."
    ),
    "Trouble swallowing, speaking or breathing": "Dificultad para tragar, hablar o respirar",
    "Very rarely, the toxin spreads beyond the treated muscles. Get emergency medical help at once if this happens.": (
        "Muy rara vez, la toxina se extiende más allá de los músculos tratados. Si te pasa, busca atención médica de "
        "urgencia de inmediato."
    ),
    "Myasthenia gravis or another nerve or muscle condition": (
        "Miastenia gravis u otra enfermedad de los nervios o los músculos"
    ),
    "The toxin can make muscle weakness worse.": "La toxina puede empeorar la debilidad muscular.",
    "Infection or inflamed skin where the injections would go": (
        "Infección o piel inflamada donde se aplicarían las inyecciones"
    ),
    "Will I look frozen?": "¿Voy a quedar con la cara congelada?",
    "Not with a careful dose. The aim is to soften lines while you keep your expressions; the dose can be adjusted "
    "at the review visit.": (
        "No, con una dosis cuidadosa. El objetivo es suavizar las líneas sin que pierdas tus gestos; la dosis puede "
        "ajustarse en la cita de revisión."
    ),
    "Who should not have it?": "¿Quién no debe aplicársela?",
    "It is not given during pregnancy or breastfeeding, or to people with certain nerve or muscle conditions. Tell "
    "the doctor about any illness and medicine you take.": (
        "No se aplica durante el embarazo ni la lactancia, ni a personas con ciertas enfermedades de los nervios o "
        "los músculos. Cuéntale al médico si tienes alguna enfermedad y qué medicamentos tomas."
    ),
    "What are the side effects?": "¿Qué efectos secundarios tiene?",
    "Small bruises or a mild headache are the most common. A drooping eyelid or eyebrow is rare and wears off; "
    "report it to the clinic.": (
        "Lo más común son pequeños moretones o un dolor de cabeza leve. Es raro que un párpado o una ceja quede más "
        "bajo; desaparece con el tiempo, pero avísale a la clínica si te pasa."
    ),
    "Talk to a doctor about your expression lines.": "Habla con un médico sobre tus líneas de expresión.",
    # Dermal fillers
    "Dermal fillers": "Rellenos dérmicos",
    "dermal-fillers": "rellenos-dermicos",
    "A hyaluronic acid gel injected by a doctor restores volume to hollow cheeks and thin lips and softens deep "
    "folds such as smile lines, with results you see straight away.": (
        "Un gel de ácido hialurónico que inyecta un médico devuelve el volumen a las mejillas hundidas y a los labios "
        "delgados y suaviza surcos profundos, como las líneas de la sonrisa, con resultados que se ven de inmediato."
    ),
    "What are dermal fillers?": "¿Qué son los rellenos dérmicos?",
    "Dermal fillers are soft gels injected under the skin to replace volume that the face loses with age. The ones "
    "used at the clinic are made of hyaluronic acid, a substance the skin already contains, which the body breaks "
    "down slowly.": (
        "Los rellenos dérmicos son geles suaves que se inyectan bajo la piel para reponer el volumen que la cara "
        "pierde con la edad. Los que se usan en la clínica son de ácido hialurónico, una sustancia que la piel ya "
        "contiene y que el cuerpo degrada poco a poco."
    ),
    "They lift flattened cheeks and hollow temples, give shape to thin lips and soften deep folds between the nose "
    "and the mouth. Depending on the product and the area, the result lasts roughly six to eighteen months, and it "
    "can be dissolved with an enzyme if needed.": (
        "Levantan las mejillas aplanadas y las sienes hundidas, dan forma a los labios delgados y suavizan los surcos "
        'profundos entre la nariz y la boca (el llamado "bigote chino"). Según el producto y la zona, el resultado '
        "dura aproximadamente de seis a dieciocho meses, y si hace falta puede disolverse con una enzima."
    ),
    "Fuller cheeks and temples": "Mejillas y sienes con más volumen",
    "Defined, hydrated lips": "Labios definidos e hidratados",
    "From a subtle touch to more volume, as you choose.": "Desde un toque sutil hasta más volumen, como tú elijas.",
    "Softer smile lines and deep folds": "Líneas de la sonrisa y surcos profundos más suaves",
    "Results from the first session": "Resultados desde la primera sesión",
    "Cheeks, temples, chin and the folds beside the mouth": "Mejillas, sienes, mentón y los surcos junto a la boca",
    "Hollows under the eyes, only after a careful assessment": (
        "Ojeras hundidas, solo después de una valoración cuidadosa"
    ),
    "Consultation and plan": "Consulta y plan",
    "You and the doctor agree which areas to treat and how much change you want.": (
        "Acuerdas con el médico qué zonas tratar y cuánto cambio quieres."
    ),
    "A numbing cream goes on; most fillers also contain a local anaesthetic.": (
        "Se aplica una crema anestésica; además, la mayoría de los rellenos contienen un anestésico local."
    ),
    "The gel is placed with a fine needle or a blunt cannula and shaped by hand.": (
        "El gel se coloca con una aguja fina o una cánula de punta roma y se moldea con los dedos."
    ),
    "Swelling, tenderness and sometimes bruises, more on the lips; they settle within a week.": (
        "Inflamación, sensibilidad y a veces moretones, más en los labios; se calman en una semana."
    ),
    "Hard exercise, saunas and pressing or massaging the treated areas.": (
        "El ejercicio intenso, los saunas y apretar o masajear las zonas tratadas."
    ),
    "Come to the review visit, where small touch-ups can be made.": (
        "Acude a la cita de revisión, donde pueden hacerse pequeños retoques."
    ),
    "Swelling, tenderness and bruising": "Inflamación, sensibilidad y moretones",
    "Most noticeable on the lips; it settles within a week.": "Se nota más en los labios; se calma en una semana.",
    "Lumps or unevenness": "Bultos o irregularidades",
    "Small lumps often soften in the first weeks. Show them to the doctor at the review visit; they can usually be "
    "corrected.": (
        "Los bultos pequeños muchas veces se suavizan en las primeras semanas. Muéstraselos al médico en la cita de "
        "revisión; por lo general se pueden corregir."
    ),
    "Call the clinic if the area becomes hot, red and painful in the days after treatment.": (
        "Llama a la clínica si en los días después del tratamiento la zona se pone caliente, roja y dolorosa."
    ),
    "Blocked blood vessel": "Obstrucción de un vaso sanguíneo",
    "Sudden or severe pain, skin that turns pale, blotchy or dusky, or any change in your eyesight needs help at "
    "once: call the clinic or go to an emergency department. The filler can be dissolved.": (
        "Un dolor repentino o intenso, piel que se pone pálida, manchada o amoratada, o cualquier cambio en tu vista "
        "requieren atención inmediata: llama a la clínica o acude a urgencias. El relleno se puede disolver."
    ),
    "Infection, cold sores or inflamed skin where the filler would go": (
        "Infección, herpes labial o piel inflamada donde se colocaría el relleno"
    ),
    "Allergy to hyaluronic acid fillers or to lidocaine": (
        "Alergia a los rellenos de ácido hialurónico o a la lidocaína"
    ),
    "Tell the doctor about any reaction you have had to a filler or a local anaesthetic.": (
        "Cuéntale al médico si alguna vez tuviste una reacción a un relleno o a un anestésico local."
    ),
    "Are fillers the same as Botox?": "¿Los rellenos son lo mismo que el bótox?",
    "No. Fillers add volume where it has been lost; botulinum toxin relaxes the muscles that cause expression "
    "lines. The two are sometimes combined.": (
        "No. Los rellenos aportan volumen donde se perdió; la toxina botulínica relaja los músculos que causan las "
        "líneas de expresión. A veces se combinan ambos."
    ),
    "Is it risky?": "¿Es riesgoso?",
    "Bruising and swelling are common and short-lived. Rarely, a filler can block a blood vessel, which needs "
    "treatment at once; that is why it is done by a doctor who knows the anatomy of the face.": (
        "Los moretones y la inflamación son comunes y pasajeros. En raras ocasiones, un relleno puede tapar un vaso "
        "sanguíneo, lo que requiere tratamiento inmediato; por eso lo realiza un médico que conoce la anatomía de la "
        "cara."
    ),
    "Plan a natural-looking result with a doctor.": "Planea con un médico un resultado natural.",
    # PRP for hair loss
    "PRP for hair loss": "PRP capilar para la caída del cabello",
    "prp-for-hair-loss": "prp-capilar",
    "Platelet-rich plasma prepared from a small sample of your own blood is injected into the scalp to strengthen "
    "thinning hair and slow down hair loss, over a series of sessions.": (
        "El plasma rico en plaquetas, obtenido de una pequeña muestra de tu propia sangre, se inyecta en el cuero "
        "cabelludo para fortalecer el pelo que se está adelgazando y frenar la caída del cabello, a lo largo de una "
        "serie de sesiones."
    ),
    "What is PRP for hair loss?": "¿Qué es el PRP capilar para la caída del cabello?",
    "Platelets are blood cells that carry growth factors involved in repair. For this treatment a small amount of "
    "your blood is drawn and spun in a centrifuge to concentrate them, and the resulting platelet-rich plasma is "
    "injected into the areas of the scalp where hair is thinning.": (
        "Las plaquetas son células de la sangre con factores de crecimiento que participan en la reparación. Para "
        "este tratamiento se extrae un poco de tu sangre y se centrifuga para concentrarlas, y el plasma rico en "
        "plaquetas que resulta se inyecta en las zonas del cuero cabelludo donde el cabello se está adelgazando."
    ),
    "It suits early, gradual hair thinning best, such as common pattern hair loss in men and women. It does not "
    "regrow hair on areas that have been bald for years, so the first step is a consultation to find the cause of "
    "your hair loss, sometimes with blood tests.": (
        "Funciona mejor cuando el cabello empieza a adelgazarse poco a poco, como en la caída del cabello de patrón "
        "común en hombres y mujeres. No hace crecer pelo en zonas que llevan años sin él, por eso el primer paso es "
        "una consulta para encontrar la causa de tu caída del cabello, a veces con análisis de sangre."
    ),
    "Thicker, stronger hair": "Cabello más grueso y fuerte",
    "Results build up over several months.": "Los resultados se notan poco a poco, a lo largo de varios meses.",
    "Less hair falling out": "Se te cae menos el pelo",
    "Made from your own blood": "Hecho con tu propia sangre",
    "No foreign substances are injected.": "No se inyectan sustancias ajenas a tu cuerpo.",
    "The crown, the parting and receding areas at the temples": "La coronilla, la raya y las entradas",
    "Blood sample": "Muestra de sangre",
    "A small tube of blood is drawn from your arm, as for a routine test.": (
        "Se toma un tubo pequeño de sangre de tu brazo, como en un análisis de rutina."
    ),
    "Preparing the plasma": "Preparación del plasma",
    "The tube is spun in a centrifuge to separate the platelet-rich plasma.": (
        "El tubo se centrifuga para separar el plasma rico en plaquetas."
    ),
    "Scalp injections": "Inyecciones en el cuero cabelludo",
    "The scalp is cleaned and the plasma is injected in small amounts across the thinning areas; a cooling device "
    "or numbing cream keeps it bearable.": (
        "Se limpia el cuero cabelludo y el plasma se inyecta en pequeñas cantidades en las zonas con menos cabello; "
        "un dispositivo de frío o una crema anestésica lo hacen más llevadero."
    ),
    "A tender scalp and sometimes a mild headache.": (
        "Sensibilidad en el cuero cabelludo y, a veces, un dolor de cabeza leve."
    ),
    "Washing your hair on the day, hair dye and hard exercise.": (
        "Lavarte el cabello el mismo día, los tintes y el ejercicio intenso."
    ),
    "Return for the next session of the series, usually a month apart.": (
        "Regresa a la siguiente sesión de la serie, por lo general un mes después."
    ),
    "Scalp pain and tenderness": "Dolor y sensibilidad en el cuero cabelludo",
    "Usually settles within a day or two, sometimes with a mild headache.": (
        "Por lo general se calma en uno o dos días; a veces viene con un dolor de cabeza leve."
    ),
    "Bruising or slight bleeding at the injection points": "Moretones o un ligero sangrado en los puntos de inyección",
    "It stops with gentle pressure, and any bruises fade within days.": (
        "El sangrado se detiene con una presión suave, y los moretones desaparecen en unos días."
    ),
    "Feeling faint during the blood draw": "Sensación de desmayo durante la toma de sangre",
    "Tell the team if needles make you feel faint; you can lie down while the blood is drawn.": (
        "Avísale al equipo si las agujas te hacen sentir que te desmayas; puedes acostarte mientras te toman la sangre."
    ),
    "Call the clinic if the scalp becomes hot, swollen or more painful after a few days.": (
        "Llama a la clínica si a los pocos días el cuero cabelludo se pone caliente, se inflama o te duele más."
    ),
    "A bleeding or platelet disorder, or blood-thinning medicines": (
        "Un trastorno de la coagulación o de las plaquetas, o medicamentos anticoagulantes"
    ),
    "They can make the treatment less effective and bruising more likely. Tell your doctor; never stop a prescribed "
    "medicine on your own.": (
        "Pueden restarle eficacia al tratamiento y facilitar los moretones. Avísale a tu médico; nunca suspendas por "
        "tu cuenta un medicamento recetado."
    ),
    "Infection or skin disease on the scalp": "Infección o enfermedad de la piel en el cuero cabelludo",
    "It is treated first.": "Primero se trata.",
    "Cancer under treatment, or a serious infection": "Cáncer en tratamiento o una infección grave",
    "PRP is generally not given; talk to your doctor.": "Por lo general no se aplica PRP; habla con tu médico.",
    "When will I see a difference?": "¿Cuándo voy a notar la diferencia?",
    "Usually after three to six months. Hair grows slowly, so photos taken at each visit help you and the doctor "
    "judge the change.": (
        "Por lo general, después de tres a seis meses. El cabello crece despacio, así que las fotos que se toman en "
        "cada visita les ayudan a ti y al médico a valorar el cambio."
    ),
    "Does it work for everyone?": "¿Le funciona a todo el mundo?",
    "No. Results vary, and hair loss caused by illness, medicines or a lack of iron needs its cause treated first. "
    "Your doctor will tell you whether PRP is worth trying.": (
        "No. Los resultados varían, y cuando la caída del cabello se debe a una enfermedad, a medicamentos o a falta "
        "de hierro, primero hay que tratar la causa. Tu médico te dirá si vale la pena probar el PRP."
    ),
    "Find out what is behind your hair loss.": "Descubre qué hay detrás de tu caída del cabello.",
    # Porcelain veneers
    "Porcelain veneers": "Carillas de porcelana",
    "porcelain-veneers": "carillas-de-porcelana",
    "Thin porcelain shells bonded to the front of your teeth cover chips, worn edges, small gaps and stains that "
    "whitening cannot lift, in two or three visits.": (
        "Láminas delgadas de porcelana adheridas al frente de tus dientes cubren despostilladuras, bordes "
        "desgastados, pequeños espacios y manchas que el blanqueamiento no puede quitar, en dos o tres visitas."
    ),
    "What are porcelain veneers?": "¿Qué son las carillas de porcelana?",
    "A veneer is a thin shell of porcelain, made in a dental laboratory to the shape and shade planned with you, "
    "and bonded to the front surface of a tooth. It changes the colour, shape and length of the teeth that show "
    "when you smile.": (
        "Una carilla es una lámina delgada de porcelana, hecha en un laboratorio dental con la forma y el tono que se "
        "planearon contigo, que se adhiere a la cara frontal de un diente. Cambia el color, la forma y el largo de "
        "los dientes que se ven al sonreír."
    ),
    "To make room for it, the dentist usually removes a thin layer of enamel, so the decision cannot be undone: "
    "the tooth will always need a veneer. That is why the dentist first checks whether whitening, bonding or "
    "orthodontics could give you the result with less change.": (
        "Para hacerle espacio, el dentista por lo general retira una capa delgada de esmalte, así que la decisión no "
        "tiene vuelta atrás: ese diente siempre necesitará una carilla. Por eso el dentista revisa primero si el "
        "blanqueamiento, las resinas o la ortodoncia podrían darte el resultado con menos cambios."
    ),
    "Chipped and worn teeth rebuilt": "Reconstruye dientes despostillados y desgastados",
    "Stains that whitening cannot reach covered": "Cubre las manchas que el blanqueamiento no quita",
    "Small gaps and uneven edges corrected": "Corrige pequeños espacios y bordes disparejos",
    "Porcelain that resists new stains": "Porcelana que resiste nuevas manchas",
    "With good care it lasts many years.": "Con buenos cuidados dura muchos años.",
    "The front teeth that show when you smile": "Los dientes frontales que se ven al sonreír",
    "Your visits, step by step": "Tus visitas, paso a paso",
    "Smile design": "Diseño de sonrisa",
    "Photos, a scan and a trial version in resin let you see the shape and shade before anything is changed.": (
        "Con fotos, un escaneo y una prueba en resina ves la forma y el tono antes de que se modifique nada."
    ),
    "Preparing the teeth": "Preparación de los dientes",
    "Under local anaesthetic the enamel is shaped, an impression is taken and temporary veneers are placed.": (
        "Con anestesia local se da forma al esmalte, se toma una impresión y se colocan carillas provisionales."
    ),
    "Bonding the veneers": "Cementado de las carillas",
    "About two weeks later the veneers are tried in, adjusted and bonded with a special cement, then your bite is "
    "checked.": (
        "Unas dos semanas después se prueban las carillas, se ajustan y se adhieren con un cemento especial; al final "
        "se revisa tu mordida."
    ),
    "After your veneers": "Después de tus carillas",
    "Some sensitivity to cold, and a bite that feels new, for a few days.": (
        "Algo de sensibilidad al frío y una mordida que se siente distinta, durante unos días."
    ),
    "Biting ice, pens or nails; if you grind your teeth at night, wear the guard you are given.": (
        "Morder hielo, plumas o uñas; si rechinas los dientes de noche, usa la guarda que te den."
    ),
    "Brush, floss and come to your check-ups as usual.": (
        "Cepíllate, usa hilo dental y acude a tus revisiones como siempre."
    ),
    "Sensitivity to hot and cold": "Sensibilidad al calor y al frío",
    "Usually fades within a week; tell your dentist if it lasts longer.": (
        "Por lo general desaparece en una semana; avísale a tu dentista si dura más."
    ),
    "Chipped or loosened veneer": "Carilla despostillada o despegada",
    "Over the years this can happen with hard knocks, biting hard objects or grinding. A veneer can often be "
    "repaired or replaced.": (
        "Con los años puede pasar por golpes fuertes, por morder objetos duros o por rechinar los dientes. Muchas "
        "veces la carilla se puede reparar o cambiar."
    ),
    "Sore or swollen gums around the veneers": "Encías adoloridas o inflamadas alrededor de las carillas",
    "Careful brushing and flossing help; see your dentist if it lasts more than a few days.": (
        "Cepillarte con cuidado y usar hilo dental ayuda; acude con tu dentista si dura más de unos días."
    ),
    "Damage to the nerve of the tooth": "Daño al nervio del diente",
    "A tooth that keeps aching after its veneer is placed may need root canal treatment.": (
        "Un diente que sigue doliendo después de colocar la carilla puede necesitar un tratamiento de conductos."
    ),
    "These are treated first: veneers need healthy teeth and gums.": (
        "Primero se atienden: las carillas necesitan dientes y encías sanos."
    ),
    "Heavy tooth grinding (bruxism)": "Rechinar mucho los dientes (bruxismo)",
    "Veneers may chip or come loose; your dentist may suggest a night guard or a different option.": (
        "Las carillas podrían despostillarse o despegarse; tu dentista puede sugerirte una guarda nocturna u otra "
        "opción."
    ),
    "Too little healthy enamel": "Muy poco esmalte sano",
    "Veneers need enamel to bond to; a crown may suit the tooth better.": (
        "Las carillas necesitan esmalte para adherirse; una corona puede ser mejor opción para ese diente."
    ),
    "Should I whiten my teeth first?": "¿Debo blanquear mis dientes antes?",
    "If your other teeth are to match, yes: porcelain keeps its shade, so teeth whitening is done before the veneer "
    "colour is chosen.": (
        "Si quieres que tus otros dientes combinen, sí: la porcelana conserva su tono, así que el blanqueamiento "
        "dental se hace antes de elegir el color de las carillas."
    ),
    "Can a veneer break?": "¿Se puede romper una carilla?",
    "Porcelain is strong but can chip with a hard knock or a bad habit. A chipped veneer can often be repaired or "
    "replaced.": (
        "La porcelana es resistente, pero puede despostillarse con un golpe fuerte o un mal hábito. Una carilla "
        "despostillada muchas veces puede repararse o cambiarse."
    ),
    "This article is general information and does not replace a dental examination. Your dentist will tell you "
    "whether veneers, or a simpler option, suit your teeth.": (
        "Este artículo es información general y no sustituye una revisión dental. Tu dentista te dirá si las "
        "carillas, o una opción más sencilla, son adecuadas para tus dientes."
    ),
    "See your new smile before you decide.": "Mira tu nueva sonrisa antes de decidir.",
    # Laser hair removal
    "Laser hair removal": "Depilación láser",
    "laser-hair-removal": "depilacion-laser",
    "Pulses of laser light reach the root of each hair and slow its regrowth, reducing unwanted hair on the face "
    "and body and the ingrown hairs and razor bumps that come with shaving.": (
        "Pulsos de luz láser llegan a la raíz de cada vello y frenan su crecimiento, lo que reduce el vello no "
        "deseado en la cara y el cuerpo, y los vellos enterrados y la irritación que deja el rastrillo."
    ),
    "How does laser hair removal work?": "¿Cómo funciona la depilación láser?",
    "The laser's light is absorbed by the pigment in the hair and turned into heat, which damages the follicle that "
    "makes the hair. Only hairs in their growing phase respond, so several sessions four to eight weeks apart are "
    "needed to catch them all.": (
        "El pigmento del vello absorbe la luz del láser y la convierte en calor, que daña el folículo donde se forma "
        "el vello. Solo responden los vellos que están en fase de crecimiento, por eso se necesitan varias sesiones, "
        "con cuatro a ocho semanas entre una y otra, para alcanzarlos a todos."
    ),
    "Most people keep far less hair, finer and lighter, though some regrowth over the years is normal and is "
    "treated with an occasional session. Dark hair responds best; blond, red, grey and white hair respond little. "
    "The doctor adjusts the device to your skin tone.": (
        "La mayoría de las personas conserva mucho menos vello, más fino y más claro, aunque es normal que algo "
        "vuelva a salir con los años; se trata con una sesión ocasional. El vello oscuro responde mejor; el rubio, "
        "el pelirrojo, el gris y el blanco responden poco. El médico ajusta el equipo a tu tono de piel."
    ),
    "A lasting reduction of unwanted hair": "Una reducción duradera del vello no deseado",
    "Fewer ingrown hairs and razor bumps": "Menos vellos enterrados e irritación por rastrillo",
    "Less time spent shaving or waxing": "Menos tiempo rasurándote o depilándote con cera",
    "Upper lip, chin and jawline": "Bigote, barbilla y línea de la mandíbula",
    "Underarms and forearms": "Axilas y antebrazos",
    "Waxing, plucking and epilators": "Cera, pinzas y depiladoras eléctricas",
    "Stop them: the laser needs the root of the hair in place. Shaving is fine.": (
        "Deja de usarlas: el láser necesita que la raíz del vello esté en su lugar. Rasurarte sí está permitido."
    ),
    "Sunbathing and self-tanner": "Asolearte y autobronceadores",
    "Tanned skin absorbs more of the light and can burn; avoid both.": (
        "La piel bronceada absorbe más luz y puede quemarse; evita ambos."
    ),
    "Shaving the area": "Rasurar la zona",
    "Shave the area to be treated the day before your session.": (
        "Rasura la zona que se va a tratar el día anterior a tu sesión."
    ),
    "Redness and small bumps around the hairs, like a mild sunburn.": (
        "Enrojecimiento y pequeñas ronchas alrededor de los vellos, como una quemadura de sol leve."
    ),
    "Hot baths, saunas, hard exercise and scented products on the treated skin.": (
        "Los baños calientes, los saunas, el ejercicio intenso y los productos perfumados sobre la piel tratada."
    ),
    "The treated hairs loosen and shed; this is the laser working.": (
        "Los vellos tratados se aflojan y se desprenden: es el láser haciendo efecto."
    ),
    "Protect the treated areas from the sun with sunscreen between sessions.": (
        "Protege del sol las zonas tratadas con protector solar entre sesiones."
    ),
    "Redness and swelling around the hairs": "Enrojecimiento e inflamación alrededor de los vellos",
    "Like a mild sunburn; it settles within a day or two.": (
        "Como una quemadura de sol leve; se calma en uno o dos días."
    ),
    "Burns or blisters": "Quemaduras o ampollas",
    "More likely on tanned skin. Cool the area and call the clinic if a blister forms; do not burst it.": (
        "Son más probables en piel bronceada. Enfría la zona y llama a la clínica si se forma una ampolla; no la "
        "revientes."
    ),
    "Lighter or darker patches of skin": "Manchas más claras o más oscuras en la piel",
    "More likely on darker or tanned skin. They usually fade over a few months; sunscreen between sessions lowers "
    "the chance.": (
        "Son más probables en piel morena o bronceada. Por lo general se desvanecen en unos meses; el protector solar "
        "entre sesiones reduce la probabilidad."
    ),
    "More hair growth near the treated area": "Más crecimiento de vello cerca de la zona tratada",
    "Seen mostly on the face and neck. Tell your doctor, who can change the settings or the plan.": (
        "Se ve sobre todo en la cara y el cuello. Avísale a tu médico, que puede cambiar los ajustes del equipo o el "
        "plan."
    ),
    "A tan, or self-tanner on the skin": "Piel bronceada o con autobronceador",
    "Treatment waits until it has faded, to lower the risk of burns.": (
        "El tratamiento se pospone hasta que el bronceado desaparezca, para reducir el riesgo de quemaduras."
    ),
    "Pregnancy": "Embarazo",
    "Medicines that make the skin sensitive to light": "Medicamentos que vuelven la piel sensible a la luz",
    "Some antibiotics, acne medicines and herbal remedies such as St John's wort do this; tell your doctor "
    "everything you take.": (
        "Algunos antibióticos, medicamentos para el acné y remedios herbales, como la hierba de San Juan, tienen este "
        "efecto; dile a tu médico todo lo que tomas."
    ),
    "Does it hurt?": "¿Duele?",
    "Most people feel each pulse as a quick snap, like a rubber band. A cooling tip on the device makes it more "
    "comfortable.": (
        "La mayoría siente cada pulso como un chasquido rápido, como el de una liga. La punta fría del equipo lo hace "
        "más cómodo."
    ),
    "The reduction lasts, but it is not always total: hormones can wake up new hairs, and a touch-up session now "
    "and then keeps the result.": (
        "La reducción es duradera, pero no siempre total: las hormonas pueden activar vellos nuevos, y una sesión de "
        "retoque de vez en cuando mantiene el resultado."
    ),
    "Say goodbye to the razor.": "Despídete del rastrillo.",
    # Privacy notice
    "Privacy notice": "Aviso de privacidad",
    "privacy-notice": "aviso-de-privacidad",
    "This notice (<i>aviso de privacidad</i>) explains what personal data Clínica Zona Río collects, why, and how "
    "you can control it, as Mexico's federal law on the protection of personal data held by private parties "
    "requires.": (
        "Este aviso de privacidad explica qué datos personales recaba Clínica Zona Río, para qué los usa y cómo "
        "puedes controlarlos, como lo exige la Ley Federal de Protección de Datos Personales en Posesión de los "
        "Particulares."
    ),
    "Who is responsible for your data": "Responsable de tus datos",
    "Clínica Zona Río, Blvd. General Sánchez Taboada 9589, Suite 102, Zona Urbana Río, 22010 Tijuana, B.C., México. "
    'Write to <a id="a1">privacidad@clinica.example</a> about anything in this notice.': (
        "Clínica Zona Río, Blvd. General Sánchez Taboada 9589, Suite 102, Zona Urbana Río, C.P. 22010, Tijuana, "
        'B.C., México. Escríbenos a <a id="a1">privacidad@clinica.example</a> sobre cualquier tema de este aviso.'
    ),
    "What we collect": "Qué datos recabamos",
    "Contact details: name, phone, WhatsApp number and e-mail address.": (
        "Datos de contacto: nombre, teléfono, número de WhatsApp y correo electrónico."
    ),
    "Health information you share with us or that arises from your care, such as your medical history, "
    "medications and photographs taken for your clinical record. This is sensitive data, and we ask for your "
    "express written consent before we collect it.": (
        "Información de salud que nos compartes o que surge de tu atención, como tu historial médico, tus "
        "medicamentos y las fotografías que se toman para tu expediente clínico. Son datos personales sensibles, y "
        "antes de recabarlos te pedimos tu consentimiento expreso y por escrito."
    ),
    "Billing details when you pay for a treatment.": "Datos de facturación cuando pagas un tratamiento.",
    "Why we use it": "Para qué los usamos",
    "To book and confirm appointments, to provide and record your care, to bill you and to meet our legal "
    "obligations as a health provider. With your consent only, we also send reminders about follow-up sessions "
    "and news about the clinic; you can refuse or withdraw that consent at any time without affecting your "
    "care.": (
        "Para agendar y confirmar tus citas, atenderte y registrar tu atención, facturarte y cumplir nuestras "
        "obligaciones legales como prestador de servicios de salud. Solo con tu consentimiento, también te enviamos "
        "recordatorios de tus sesiones de seguimiento y noticias de la clínica; puedes negarte o retirar ese "
        "consentimiento en cualquier momento sin que esto afecte tu atención."
    ),
    "Who we share it with": "Con quién los compartimos",
    "We do not sell your data. We share it only when the law requires it, with laboratories or specialists "
    "involved in your care, and with providers that process it on our behalf (for example, appointment and "
    "billing software) under a duty of confidentiality.": (
        "No vendemos tus datos. Solo los compartimos cuando la ley lo exige, con laboratorios o especialistas que "
        "participan en tu atención y con proveedores que los tratan por cuenta nuestra (por ejemplo, el software de "
        "citas y de facturación) con la obligación de guardar confidencialidad."
    ),
    "Your rights": "Tus derechos",
    "You may access, correct or delete your data and object to its use (the ARCO rights), and withdraw your "
    "consent. Send your request to the e-mail address above with a copy of an official ID; we reply within the "
    "time the law sets.": (
        "Puedes acceder a tus datos, rectificarlos o cancelarlos y oponerte a su uso (los derechos ARCO), así como "
        "revocar tu consentimiento. Envía tu solicitud al correo electrónico de arriba con una copia de una "
        "identificación oficial; te responderemos dentro del plazo que marca la ley."
    ),
    "Changes to this notice": "Cambios a este aviso",
    "When this notice changes we publish the new version on this page.": (
        "Cuando este aviso cambie, publicaremos la nueva versión en esta página."
    ),
}
