"""Consent to share contact details with one's team is the volunteer's to give: off for
everyone an import creates, and off in the database for the bulk writers' raw inserts."""

import io

import pytest

from django.contrib.auth import get_user_model

from organisation.imports.services import volunteer_import_process
from organisation.models import Unit, VolunteerImport, VolunteerProfile

pytestmark = pytest.mark.django_db


def test_imported_volunteers_have_not_agreed_to_share_their_contact():
    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "pass")
    record = VolunteerImport.objects.create(
        file_name="mp.csv", created_by=admin, unit=Unit.objects.get(code="in")
    )
    body = (
        b"phone,name_en,name_hi,email,state,district,skills\n"
        b"9876543210,Asha Verma,,asha@example.org,Madhya Pradesh,Indore,writing\n"
    )
    result = volunteer_import_process(record, binary=io.BytesIO(body))
    assert (result.imported, result.errors) == (1, 0)
    assert VolunteerProfile.objects.get(phone="9876543210").share_contact_with_team is False
