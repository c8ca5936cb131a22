import pytest

from django.contrib.auth import get_user_model


@pytest.fixture
def trainee(client):
    """A trainee, logged in on ``client``."""
    user = get_user_model().objects.create_user("asha", password="a-long-password-1")
    client.force_login(user)
    return user
