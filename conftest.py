import pytest

from django.utils import translation


@pytest.fixture(autouse=True)
def default_language(settings):
    """Each test starts in the default language.

    A request through LocaleMiddleware leaves its language active in the
    thread; without this, reverse() in the next test would use it.
    """
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)
