"""Names with invisible direction controls are refused by the profile and the import.

Sign-up refuses them too: lms/tests/test_signup_names.py.

"\u202eevil\u202d रमेश" prints as "रमेशlive": a certificate must show what was typed.
"""

import pytest

from django.core.exceptions import ValidationError

from organisation.models import VolunteerProfile
from organisation.tests.factories import VolunteerFactory
from organisation.tests.volunteer_files import csv_bytes, run_import

pytestmark = pytest.mark.django_db

SPOOF = "\u202eevil\u202d रमेश"
CONTROLS = [*"\u202a\u202b\u202c\u202d\u202e", *"\u2066\u2067\u2068\u2069"]


@pytest.mark.parametrize("control", CONTROLS)
def test_the_profile_model_refuses_each_control_in_each_name(control):
    volunteer = VolunteerFactory()
    for field in ["name_en", "name_hi"]:
        setattr(volunteer, field, f"Ra{control}mesh")
        with pytest.raises(ValidationError) as error:
            volunteer.full_clean()
        assert field in error.value.message_dict
        setattr(volunteer, field, "Ramesh")
    volunteer.full_clean()


def test_an_imported_row_with_direction_controls_is_an_error_with_its_line(national):  # noqa: F811
    record, _result = run_import(
        csv_bytes(
            "9876543210,Asha Verma,आशा वर्मा,,Uttar Pradesh,Lucknow,",
            f"9123456780,Ramesh,{SPOOF},,Uttar Pradesh,Lucknow,",
            f"9988776655,{SPOOF},,,Uttar Pradesh,Lucknow,",
        ),
        user=national,
    )
    assert (record.imported_count, record.error_count) == (1, 2)
    errors = {line: reason for line, _phone, reason in record.first_errors}
    assert set(errors) == {3, 4}
    assert errors[3].startswith("name_hi:") and "text-direction" in errors[3]
    assert errors[4].startswith("name_en:") and "text-direction" in errors[4]
    assert VolunteerProfile.objects.get().name_en == "Asha Verma"
