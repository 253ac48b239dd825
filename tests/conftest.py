import pytest

from tests import factories


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
