"""The demo content itself, as plain data: one file per thing it describes.

Everything here is invented for demonstration (names, numbers, licence and permit numbers); the
medical text is written from the facts of the clinic's legacy micro-needling article, in our own words.
"""

from .hydrating_facial import HYDRATING_FACIAL
from .micro_needling import MICRO_NEEDLING
from .nutrition_plan import NUTRITION_PLAN
from .teeth_whitening import TEETH_WHITENING

# In the order they are created.
TREATMENTS = [MICRO_NEEDLING, TEETH_WHITENING, NUTRITION_PLAN, HYDRATING_FACIAL]
