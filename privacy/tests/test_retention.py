"""The retention policy: warn the inactive who were not taken on, then erase them."""

from datetime import timedelta

import pytest

from django.core.management import call_command
from django.utils import timezone

from messaging.models import OutboxMessage
from messaging.outbox import email_build
from messaging.rendering import message_render
from organisation.models import Stage
from organisation.tests.factories import UserFactory, VolunteerFactory
from privacy.erasure import erasures_process_due
from privacy.models import ErasureRequest, RetentionWarning
from privacy.retention import retention_apply

NOW = timezone.now()


def volunteer(stage, *, idle_days, last_login_days=None, email=""):
    user = UserFactory(
        email=email,
        last_login=NOW - timedelta(days=last_login_days) if last_login_days else None,
    )
    return VolunteerFactory(
        user=user, stage=stage, stage_changed_at=NOW - timedelta(days=idle_days)
    )


@pytest.fixture
def people(db):
    return {
        "not_selected": volunteer(Stage.NOT_SELECTED, idle_days=600, email="ns@example.org"),
        "signed_up": volunteer(Stage.SIGNED_UP, idle_days=600),
        "came_back": volunteer(Stage.SIGNED_UP, idle_days=600, last_login_days=20),
        "recent": volunteer(Stage.NOT_SELECTED, idle_days=300),
        "in_training": volunteer(Stage.IN_TRAINING, idle_days=900),
    }


def test_the_inactive_who_were_not_taken_on_are_warned_once(people):
    counts = retention_apply(now=NOW)

    warned = set(RetentionWarning.objects.values_list("user_id", flat=True))
    assert warned == {people["not_selected"].user_id, people["signed_up"].user_id}
    assert counts == {"warned": 2, "forgiven": 0, "queued_for_erasure": 0}
    warnings = OutboxMessage.objects.filter(template_key="privacy_retention_warning")
    message = warnings.get(channel="email")
    assert message.recipient_id == people["not_selected"].user_id
    email = email_build(message)
    assert "will be erased on" in email.body and "मिटा दिया जाएगा" in email.body
    # The one with only a mobile number (most volunteers) is warned by SMS, in Hindi.
    sms = warnings.get(channel="sms")
    assert sms.recipient_id == people["signed_up"].user_id
    assert sms.address == people["signed_up"].phone
    text = message_render(sms).text
    assert "मिटा दिया जाएगा" in text and "/hi/accounts/code/" in text
    # Run again (a duplicate sweep, or the next day): nobody is warned twice.
    assert retention_apply(now=NOW + timedelta(days=1))["warned"] == 0
    assert warnings.count() == 2


def test_those_warned_long_enough_are_erased_unless_they_came_back(people, settings):
    retention_apply(now=NOW)
    signed_up = people["signed_up"]
    # The one who signs in after the warning is forgiven.
    signed_up.user.last_login = NOW + timedelta(days=3)
    signed_up.user.save()

    later = NOW + timedelta(days=settings.PRIVACY_RETENTION_WARNING_DAYS + 1)
    counts = retention_apply(now=later, enqueue=False)
    assert counts["queued_for_erasure"] == 1 and counts["forgiven"] == 1
    assert erasures_process_due(now=later) == 1

    erased = people["not_selected"]
    erased.refresh_from_db()
    assert erased.phone is None and erased.user.username == f"erased-{erased.user_id}"
    assert ErasureRequest.objects.get(user=erased.user).reason == "retention"
    signed_up.refresh_from_db()
    assert signed_up.phone and not RetentionWarning.objects.filter(user=signed_up.user).exists()
    # The erased are not warned or erased again; the one who came back is active now.
    assert retention_apply(now=later + timedelta(days=60)) == {
        "warned": 0,
        "forgiven": 0,
        "queued_for_erasure": 0,
    }


def test_the_command_runs_the_policy(people, capsys):
    call_command("privacy_retention")
    assert "warned: 2" in capsys.readouterr().out
