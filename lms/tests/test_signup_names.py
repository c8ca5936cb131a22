"""Sign-up refuses names with invisible direction controls (organisation/tests/test_names.py:
the profile model and the import refuse them too)."""

import pytest

from organisation.models import VolunteerProfile

pytestmark = pytest.mark.django_db

SPOOF = "\u202eevil\u202d रमेश"


@pytest.mark.parametrize("field", ["name_en", "name_hi"])
def test_sign_up_refuses_a_name_with_direction_controls(client, signup_data, field):  # noqa: F811
    response = client.post("/en/accounts/signup/", {**signup_data, field: SPOOF})
    assert response.status_code == 200
    assert "invisible text-direction characters" in response.content.decode()
    assert not VolunteerProfile.objects.exists()

    response = client.post("/hi/accounts/signup/", {**signup_data, field: SPOOF})
    assert "अदृश्य" in response.content.decode()  # the message in Hindi
    assert not VolunteerProfile.objects.exists()


def test_sign_up_keeps_ordinary_names(client, signup_data):  # noqa: F811
    client.post("/en/accounts/signup/", {**signup_data, "name_hi": "रमेश कुमार"})
    assert VolunteerProfile.objects.get().name_hi == "रमेश कुमार"
