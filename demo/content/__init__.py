"""The demo content itself, as plain data: one file per thing it describes.

Everything here is invented for demonstration (names, numbers, licence and permit numbers); the
medical text is written from the facts of the clinic's legacy micro-needling article, in our own words.
"""

from .botulinum_toxin import BOTULINUM_TOXIN
from .chemical_peel import CHEMICAL_PEEL
from .dermal_fillers import DERMAL_FILLERS
from .hydrating_facial import HYDRATING_FACIAL
from .laser_hair_removal import LASER_HAIR_REMOVAL
from .micro_needling import MICRO_NEEDLING
from .nutrition_plan import NUTRITION_PLAN
from .porcelain_veneers import PORCELAIN_VENEERS
from .prp_hair_loss import PRP_HAIR_LOSS
from .teeth_whitening import TEETH_WHITENING

# In the order they are created. Several address the same concerns on purpose (scars, pigmentation, lines,
# hair, stained teeth), so that listings by concern and search have competing articles to rank.
TREATMENTS = [
    MICRO_NEEDLING,
    TEETH_WHITENING,
    NUTRITION_PLAN,
    HYDRATING_FACIAL,
    CHEMICAL_PEEL,
    BOTULINUM_TOXIN,
    DERMAL_FILLERS,
    PRP_HAIR_LOSS,
    PORCELAIN_VENEERS,
    LASER_HAIR_REMOVAL,
]
