"""Sign-in codes as services and tasks: single use, ten minutes, hashed, five tries,
three per number in fifteen minutes, volunteers only, no membership oracle."""

from datetime import timedelta

import pytest

from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts import codes, services
from accounts.models import PhoneDevice, code_digest
from messaging.models import OutboxMessage
from organisation.tests.factories import UserFactory, VolunteerFactory

pytestmark = pytest.mark.django_db

PHONE = "9876543210"


@pytest.fixture
def volunteer():
    return VolunteerFactory(phone=PHONE, user__username=PHONE)


def ask(phone=PHONE, channel="sms", language="hi") -> str | None:
    """Ask for a code; the code the outbox carries, if a message was recorded."""
    before = set(OutboxMessage.objects.values_list("pk", flat=True))
    codes.sign_in_code_issue(phone=phone, channel=channel, language=language)
    new = OutboxMessage.objects.exclude(pk__in=before)
    return new.get().context["code"] if new.exists() else None


@pytest.fixture
def clock(monkeypatch):
    """Moves Django's clock (timezone.now, which the models and django-otp read) on."""
    real_now = timezone.now
    offset = {"by": timedelta()}
    monkeypatch.setattr(timezone, "now", lambda: real_now() + offset["by"])

    class Clock:
        def advance(self, **delta):
            offset["by"] += timedelta(**delta)

    return Clock()


def test_a_code_goes_to_the_outbox_by_the_chosen_channel_and_signs_in_once(volunteer):
    code = ask(channel="whatsapp")
    message = OutboxMessage.objects.get()
    assert (message.channel, message.address, message.language) == (
        "whatsapp",
        "+919876543210",
        "hi",
    )
    assert message.template_key == "accounts/sign_in_code"
    assert message.recipient_id == volunteer.user_id
    assert message.context == {"code": code, "minutes": 10}
    assert len(code) == 6 and code.isdigit()

    assert services.sign_in_code_verify(phone=PHONE, code=code) == volunteer.user
    assert services.sign_in_code_verify(phone=PHONE, code=code) is None  # used up


def test_the_code_is_stored_only_as_a_keyed_hash(volunteer):
    code = ask()
    device = PhoneDevice.objects.get(user=volunteer.user)
    assert code not in device.token
    assert device.token == code_digest(device.pk, PHONE, code)
    # Keyed: the plain SHA-256 of the code, or of the same text, is not what is stored.
    import hashlib

    assert device.token != hashlib.sha256(code.encode()).hexdigest()
    assert device.token != hashlib.sha256(f"{device.pk}:{PHONE}:{code}".encode()).hexdigest()


def test_a_code_expires_after_ten_minutes(volunteer, clock):
    code = ask()
    clock.advance(minutes=10, seconds=1)
    assert services.sign_in_code_verify(phone=PHONE, code=code) is None


def test_a_code_still_works_just_before_ten_minutes(volunteer, clock):
    code = ask()
    clock.advance(minutes=9, seconds=50)
    assert services.sign_in_code_verify(phone=PHONE, code=code) == volunteer.user


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_five_wrong_codes_end_the_code(volunteer):
    code = ask()
    for _ in range(4):
        assert services.sign_in_code_verify(phone=PHONE, code=wrong(code)) is None
    assert services.sign_in_code_verify(phone=PHONE, code=code) == volunteer.user

    code = ask()  # a new code: five tries again
    for _ in range(5):
        assert services.sign_in_code_verify(phone=PHONE, code=wrong(code)) is None
    assert services.sign_in_code_verify(phone=PHONE, code=code) is None
    device = PhoneDevice.objects.get()
    assert (device.failures, device.token) == (5, None)


def test_a_new_code_replaces_the_last(volunteer):
    first = ask()
    second = ask()
    assert services.sign_in_code_verify(phone=PHONE, code=first) is None or first == second
    assert services.sign_in_code_verify(phone=PHONE, code=second) == volunteer.user


def test_at_most_three_codes_per_number_in_fifteen_minutes(volunteer, clock):
    assert all(ask() for _ in range(3))
    assert ask() is None
    clock.advance(minutes=14)
    assert ask() is None
    clock.advance(minutes=1, seconds=1)
    assert ask() is not None
    assert OutboxMessage.objects.count() == 4


def test_a_number_that_is_nobodys_gets_no_message_and_no_code_works():
    assert ask("9123456789") is None
    assert not OutboxMessage.objects.exists()
    assert not PhoneDevice.objects.exists()
    assert services.sign_in_code_verify(phone="9123456789", code="123456") is None


def test_checking_a_code_costs_the_same_queries_for_a_number_that_is_nobodys(volunteer):
    code = ask()
    with CaptureQueriesContext(connection) as registered:
        services.sign_in_code_verify(phone=PHONE, code=wrong(code))
    with CaptureQueriesContext(connection) as unknown:
        services.sign_in_code_verify(phone="9123456789", code=wrong(code))
    shape = [q["sql"].split()[0] for q in registered.captured_queries]
    assert shape == [q["sql"].split()[0] for q in unknown.captured_queries]
    assert "UPDATE" in shape


@pytest.mark.parametrize(
    "make_staff",
    [
        lambda user: setattr(user, "is_staff", True),
        lambda user: setattr(user, "is_superuser", True),
        lambda user: setattr(user, "is_active", False),
        lambda user: user.user_permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        ),
    ],
    ids=["staff", "superuser", "inactive", "admin-access"],
)
def test_staff_and_admin_users_keep_their_password_log_in(volunteer, make_staff):
    user = volunteer.user
    make_staff(user)
    user.save()
    assert ask() is None
    assert not OutboxMessage.objects.exists()


def test_an_account_that_became_staff_after_the_code_was_sent_is_not_signed_in(volunteer):
    code = ask()
    volunteer.user.is_staff = True
    volunteer.user.save()
    assert services.sign_in_code_verify(phone=PHONE, code=code) is None


def test_a_number_two_records_name_signs_in_the_volunteer_whose_number_it_is(volunteer):
    """An account *named* by the number (an import's user name, the volunteer's number
    since changed) is not its owner: the volunteer profile with the number is."""
    volunteer.phone = "9811111111"
    volunteer.save()
    newcomer = VolunteerFactory(phone=PHONE)
    assert volunteer.user.username == PHONE
    code = ask()
    assert OutboxMessage.objects.get().recipient_id == newcomer.user_id
    assert services.sign_in_code_verify(phone=PHONE, code=code) == newcomer.user


def test_a_code_sent_before_the_number_moved_to_someone_else_signs_in_nobody(volunteer):
    code = ask()
    volunteer.phone = "9811111111"
    volunteer.save()
    VolunteerFactory(phone=PHONE)
    assert services.sign_in_code_verify(phone=PHONE, code=code) is None


def test_an_imported_user_name_without_a_profile_gets_no_code():
    UserFactory(username=PHONE)
    assert ask() is None
