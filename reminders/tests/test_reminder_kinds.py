"""The other trainee kinds (SQLite): failed the quiz twice, a certificate was issued; each
withdrawn when its reason is gone (quiz passed since, certificate revoked)."""

import datetime

import pytest
from quiz.models import Sitting

from django.utils import timezone

from certificates.models import Certificate, Leadership
from courses.models import QuizAttempt
from courses.tests.factories import quiz_create
from messaging.models import OutboxMessage
from messaging.outbox import outbox_send_ids
from organisation.models import Unit
from reminders.evaluation import rules_evaluate
from reminders.models import ReminderRule
from reminders.tests.world import ago, course_build, volunteers_import

pytestmark = pytest.mark.django_db

Kind = ReminderRule.Kind
PEOPLE = [("9876543210", "Asha Verma", "आशा वर्मा"), ("9876543211", "Ravi Kumar", "")]


@pytest.fixture
def world(privacy_notice, settings):
    settings.MESSAGING_QUIET_HOURS = ""
    world = course_build()
    world["quiz"] = quiz_create(title="Verification quiz", essays=0)
    world["people"] = volunteers_import(PEOPLE)
    return world


def attempt(volunteer, world, *, passed: bool, days: float):
    sitting = Sitting.objects.create(
        user=volunteer.user,
        quiz=world["quiz"],
        question_order="",
        question_list="",
        incorrect_questions="",
        current_score=0,
        complete=True,
        user_answers="{}",
    )
    QuizAttempt.objects.create(
        sitting=sitting,
        user=volunteer.user,
        quiz=world["quiz"],
        course=world["course"],
        started_at=ago(days),
        finished_at=ago(days),
        ending="answered",
        score_percent=90 if passed else 20,
        passed=passed,
    )


def rows():
    return list(OutboxMessage.objects.filter(template_key__startswith="reminders/"))


def test_failed_twice_is_encouraged_once_and_withdrawn_if_passed_before_sending(world):
    ReminderRule.objects.create(kind=Kind.QUIZ_FAILED_TWICE, days=14, channels="sms")
    asha, ravi = world["people"]["Asha Verma"], world["people"]["Ravi Kumar"]
    attempt(asha, world, passed=False, days=3)
    attempt(asha, world, passed=False, days=2)
    attempt(ravi, world, passed=False, days=2)  # once only: not yet
    rules_evaluate()
    rules_evaluate()
    (message,) = rows()
    assert (message.recipient_id, message.template_key) == (asha.user_id, "reminders/quiz_retry")
    assert message.context["course"] == "Verification basics"

    attempt(asha, world, passed=True, days=0)
    outbox_send_ids([message.pk])
    message.refresh_from_db()
    assert (message.status, message.error) == ("withdrawn", "The quiz was passed since.")
    rules_evaluate()
    assert len(rows()) == 1


def test_a_certificate_issued_reaches_its_holder_once_and_not_once_revoked(world):
    ReminderRule.objects.create(kind=Kind.CERTIFICATE_ISSUED, days=7, channels="whatsapp,sms")
    asha = world["people"]["Asha Verma"]
    district = Unit.objects.get(code="in-mp-indore")
    leadership = Leadership.objects.create(volunteer=asha, level=district.level, unit=district)
    certificate = Certificate.objects.create(
        leadership=leadership,
        status=Certificate.Status.ISSUED,
        name_en=asha.name_en,
        level=district.level,
        unit_en=district.name_en,
        issued_on=timezone.localdate(),
        pdf="certificates/asha.pdf",
        sha256="0" * 64,
    )
    old = Certificate.objects.create(  # issued long ago: not news any more
        leadership=Leadership.objects.create(
            volunteer=world["people"]["Ravi Kumar"], level=district.level, unit=district
        ),
        status=Certificate.Status.ISSUED,
        name_en="Ravi Kumar",
        level=district.level,
        unit_en=district.name_en,
        issued_on=timezone.localdate() - datetime.timedelta(days=30),
        pdf="certificates/ravi.pdf",
        sha256="1" * 64,
    )
    rules_evaluate()
    rules_evaluate()
    (message,) = rows()
    assert message.recipient_id == asha.user_id and message.channel == "sms"
    assert message.context["certificate_url"].endswith(f"/v/{certificate.code}")
    assert old.code not in message.context["certificate_url"]

    Certificate.objects.filter(pk=certificate.pk).update(
        status=Certificate.Status.REVOKED,
        revoke_reason="Issued in error",
        revoked_at=timezone.now(),
    )
    outbox_send_ids([message.pk])
    message.refresh_from_db()
    assert (message.status, message.error) == ("withdrawn", "The certificate is no longer valid.")
