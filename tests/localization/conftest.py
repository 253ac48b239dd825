import pytest

from tests import translation_helpers as th


@pytest.fixture
def submitted(treatment, treatment_index, home):
    """The article, its index and home page submitted for translation into Spanish (drafts, nothing live)."""
    th.submit(home, treatment_index, treatment)
    return treatment
