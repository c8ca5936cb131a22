"""Every app of ours is in the lists that tools read: pytest's testpaths (a missing app's
tests never run: reminders/ was missing for a day) and the Makefile's APPS (bandit and
CI's coverage)."""

import re
import tomllib
from pathlib import Path

from django.conf import settings

from certificates.tests.security_matrix import OUR_APPS

BASE_DIR = Path(settings.BASE_DIR)


def our_apps() -> set[str]:
    """Every app whose code is in this repository (as the access matrix counts them)."""
    return set(OUR_APPS)


def test_pytest_collects_the_tests_of_every_app_of_ours():
    pyproject = tomllib.loads((BASE_DIR / "pyproject.toml").read_text())
    testpaths = set(pyproject["tool"]["pytest"]["ini_options"]["testpaths"])
    assert our_apps() - testpaths == set()


def test_the_makefiles_apps_are_every_app_of_ours():
    makefile = (BASE_DIR / "Makefile").read_text()
    listed = re.search(r"^APPS := (.+)$", makefile, re.M).group(1).split()
    assert set(listed) == our_apps()
