"""Fixtures of the organisation's tests."""

import pytest

from django.contrib.auth import get_user_model


@pytest.fixture
def national(db):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "pass")
    return user
