"""The accounts app's part of a person's data: shown in their download, gone on erasure."""

import pytest

from accounts import codes
from accounts.models import PhoneDevice
from accounts.privacy import AccountsProvider
from organisation.tests.factories import VolunteerFactory
from privacy.registry import Subject

pytestmark = pytest.mark.django_db


def test_the_sign_in_phone_is_exported_and_erased():
    volunteer, other = VolunteerFactory(phone="9876543210"), VolunteerFactory(phone="9876543211")
    for person in (volunteer, other):
        codes.sign_in_code_issue(phone=person.phone, channel="sms", language="en")
    subject = Subject(user_id=volunteer.user_id, phone=volunteer.phone)

    (section,) = AccountsProvider().export(subject)
    assert [str(v) for v in section.rows[0].values()][:2] == ["9876543210", "SMS"]

    AccountsProvider().erase([subject])
    assert list(PhoneDevice.objects.values_list("user_id", flat=True)) == [other.user_id]
