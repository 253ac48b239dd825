import pytest
from django.conf import settings
from django.utils import translation

from tests import factories


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in English: a request to /es/ leaves Spanish active in the thread otherwise."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home(db):
    return factories.make_home()


@pytest.fixture
def specialty(db):
    return factories.make_specialty()


@pytest.fixture
def concern(db):
    return factories.make_concern()


@pytest.fixture
def reviewer(db):
    return factories.make_reviewer()


@pytest.fixture
def treatment_index(home):
    return factories.make_index(home)


@pytest.fixture
def image(db):
    return factories.make_image()


@pytest.fixture
def treatment(treatment_index, specialty, reviewer, concern, image):
    return factories.make_treatment(
        treatment_index,
        specialty,
        reviewer,
        concerns=[concern],
        body=factories.every_block_body(specialty, image),
        hero_image=image,
        hero_alt_text="A patient's cheek after treatment",
    )
