"""Reminders end to end at service and task level (SQLite): the rules, their evaluation,
the outbox rows and the fake SMS gateway on the wire, the reason checked again before
sending, opt-out, and the escalations to the leader and the district coordinator."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.users.models import UserProfile

from messaging.models import OutboxMessage
from messaging.opt_outs import opt_out_record
from organisation.models import Coordinator, Stage, Team, TeamMember, Unit
from organisation.tests.factories import UserFactory, VolunteerFactory
from reminders.evaluation import rules_evaluate
from reminders.models import ReminderRule
from reminders.receivers import reminders_due
from reminders.tests.world import course_build, finish, learn, volunteers_import

pytestmark = pytest.mark.django_db

Kind = ReminderRule.Kind
PEOPLE = [
    ("9876543210", "Asha Verma", "आशा वर्मा"),
    ("9876543211", "Ravi Kumar", ""),
    ("9876543212", "Sunita Devi", ""),
    ("9876543213", "Meena Joshi", ""),
]


@pytest.fixture
def world(privacy_notice, settings):
    settings.MESSAGING_QUIET_HOURS = ""  # the tests run at any hour
    world = course_build()
    world["people"] = volunteers_import(PEOPLE)
    return world


@pytest.fixture
def sms(fake_sms_gateway, settings):
    ids = settings.MESSAGING_SMS_DLT_TEMPLATE_IDS
    for n, key in enumerate(["reminders/one_lesson_left", "reminders/team_stuck"], 50):
        ids[key] = {"en": f"1107{n:015d}", "hi": f"1107{n + 500:015d}"}
    return fake_sms_gateway


def evaluate(capture):
    """One evaluation, with the send tasks its commits queue run (the immediate backend)."""
    with capture(execute=True):
        return rules_evaluate()


def rows(**filters):
    return list(OutboxMessage.objects.filter(template_key__startswith="reminders/", **filters))


def test_a_trainee_who_stopped_at_lesson_3_gets_one_reminder_and_nothing_after_finishing(
    world, sms, django_capture_on_commit_callbacks
):
    ReminderRule.objects.create(kind=Kind.NO_LESSON, days=7, channels="whatsapp,sms")
    asha = world["people"]["Asha Verma"]
    profile = UserProfile.get_for_user(asha.user)
    profile.preferred_language = "hi"
    profile.save()
    learn(asha, world, lessons=2, days=8)  # stopped at lesson 3, eight days ago
    learn(world["people"]["Ravi Kumar"], world, lessons=2, days=3)  # three days: not yet

    evaluate(django_capture_on_commit_callbacks)
    (message,) = rows()
    assert (message.recipient_id, message.channel, message.language) == (asha.user_id, "sms", "hi")
    assert message.status == "sent"
    (body,) = sms.accepted  # on the wire, once, in Hindi, naming lesson 3
    assert body["to"] == "919876543210"
    assert "आशा वर्मा" in body["text"] and "पाठ 3" in body["text"]
    assert "Verification basics" in body["text"]

    evaluate(django_capture_on_commit_callbacks)  # re-running sends nothing more
    assert len(rows()) == 1 and len(sms.accepted) == 1

    finish(asha, world)
    learn(asha, world, lessons=5, days=30)  # finished long ago: still nothing
    evaluate(django_capture_on_commit_callbacks)
    assert len(rows()) == 1 and len(sms.accepted) == 1


def test_a_reminder_whose_lesson_was_done_before_its_turn_is_withdrawn(
    world, sms, django_capture_on_commit_callbacks
):
    ReminderRule.objects.create(kind=Kind.NO_LESSON, days=7, channels="sms")
    ravi = world["people"]["Ravi Kumar"]
    learn(ravi, world, lessons=1, days=10)
    rules_evaluate()  # recorded; its send task not run yet (the commit's callbacks are not)
    (message,) = rows()
    assert message.status == "pending" and message.context["lesson"] == 2

    learn(ravi, world, lessons=2, days=0)  # he came back before the message went
    from messaging.outbox import outbox_send_ids

    outbox_send_ids([message.pk])
    message.refresh_from_db()
    assert message.status == "withdrawn"
    assert message.error == "A lesson was done since."
    assert sms.accepted == []


def test_a_finished_course_withdraws_a_queued_reminder_and_no_new_one_is_made(
    world, sms, django_capture_on_commit_callbacks
):
    ReminderRule.objects.create(kind=Kind.NO_LESSON, days=7, channels="sms")
    meena = world["people"]["Meena Joshi"]
    learn(meena, world, lessons=3, days=9)
    rules_evaluate()
    finish(meena, world)
    from messaging.outbox import outbox_send_ids

    outbox_send_ids([m.pk for m in rows()])
    assert [m.status for m in rows()] == ["withdrawn"]
    assert sms.accepted == []


def test_opting_out_stops_the_reminder_before_the_next_message(
    world, sms, django_capture_on_commit_callbacks
):
    rule = ReminderRule.objects.create(kind=Kind.NO_LESSON, days=7, channels="sms")
    sunita = world["people"]["Sunita Devi"]
    learn(sunita, world, lessons=1, days=8)
    rules_evaluate()  # recorded, not yet sent
    opt_out_record(channel="sms", address="+919876543212", method="keyword")
    from messaging.outbox import outbox_send_ids

    outbox_send_ids([m.pk for m in rows()])
    assert [m.status for m in rows()] == ["withheld"]
    # Stopped again after a lesson: an opted-out number gets no new reminder at all.
    learn(sunita, world, lessons=2, days=8)
    evaluate(django_capture_on_commit_callbacks)
    assert len(rows()) == 1 and sms.accepted == []
    assert rule.pk  # the rule is still on: only she is left out


def test_one_lesson_left_and_a_disabled_rule(world, sms, django_capture_on_commit_callbacks):
    ReminderRule.objects.create(kind=Kind.ONE_LESSON_LEFT, days=2, channels="sms")
    ReminderRule.objects.create(kind=Kind.NO_LESSON, days=1, channels="sms", enabled=False)
    learn(world["people"]["Ravi Kumar"], world, lessons=4, days=3)
    learn(world["people"]["Meena Joshi"], world, lessons=3, days=3)
    evaluate(django_capture_on_commit_callbacks)
    (message,) = rows()
    assert message.template_key == "reminders/one_lesson_left"
    assert message.recipient_id == world["people"]["Ravi Kumar"].user_id
    assert "one lesson of" in sms.accepted[0]["text"]


def test_no_consent_for_any_of_the_rules_channels_records_nothing(
    world, django_capture_on_commit_callbacks
):
    ReminderRule.objects.create(kind=Kind.NO_LESSON, days=7, channels="whatsapp,email")
    learn(world["people"]["Asha Verma"], world, lessons=2, days=8)
    evaluate(django_capture_on_commit_callbacks)
    assert rows() == []


def _team(leader_name: str, members: list, phone="9876500000") -> Team:
    leader = VolunteerFactory(name_en=leader_name, stage=Stage.LEADER, phone=phone)
    from consent.services import channel_consents_set

    channel_consents_set(user=leader.user, channels=["sms"], method="preferences")
    team = Team.objects.create(leader=leader, unit=Unit.objects.get(code="in-mp-indore"))
    for member in members:
        TeamMember.objects.create(team=team, volunteer=member)
    return team


def test_the_leader_is_told_once_when_three_of_the_team_are_stuck(
    world, sms, django_capture_on_commit_callbacks
):
    ReminderRule.objects.create(kind=Kind.TEAM_STUCK, days=7, channels="sms")
    people = world["people"]
    _team("Kiran Rao", list(people.values()))
    for name in ("Asha Verma", "Ravi Kumar", "Sunita Devi"):
        learn(people[name], world, lessons=3, days=10)
    learn(people["Meena Joshi"], world, lessons=1, days=1)  # going on fine

    evaluate(django_capture_on_commit_callbacks)
    (message,) = rows()
    assert message.address == "+919876500000"
    (body,) = sms.accepted
    assert body["text"].startswith("Kiran Rao, 3 of your team are stuck on lesson 4 of")
    assert "Asha Verma, Ravi Kumar, Sunita Devi" in body["text"]
    assert "Meena" not in body["text"]

    evaluate(django_capture_on_commit_callbacks)  # once per period
    assert len(rows()) == 1 and len(sms.accepted) == 1


def test_two_stuck_members_do_not_reach_the_leader(world, sms, django_capture_on_commit_callbacks):
    ReminderRule.objects.create(kind=Kind.TEAM_STUCK, days=7, channels="sms")
    people = world["people"]
    _team("Kiran Rao", list(people.values()))
    for name in ("Asha Verma", "Ravi Kumar"):
        learn(people[name], world, lessons=3, days=10)
    evaluate(django_capture_on_commit_callbacks)
    assert rows() == []


def test_the_district_coordinator_hears_of_a_short_team_and_a_leaderless_one_once(
    world, mailoutbox, django_capture_on_commit_callbacks
):
    ReminderRule.objects.create(kind=Kind.TEAMS_SHORT, days=7, channels="email")
    people = list(world["people"].values())
    _team("Kiran Rao", people[:2])
    gone = _team("Lata Singh", people[2:], phone="9876500001")
    gone.leader.user.is_active = False
    gone.leader.user.save()
    coordinator = UserFactory(username="imran", first_name="Imran", email="imran@example.org")
    Coordinator.objects.create(user=coordinator, unit=Unit.objects.get(code="in-mp-indore"))
    state = UserFactory(username="meera", email="meera@example.org")
    Coordinator.objects.create(user=state, unit=Unit.objects.get(code="in-mp"))

    evaluate(django_capture_on_commit_callbacks)
    evaluate(django_capture_on_commit_callbacks)
    (mail,) = mailoutbox
    assert mail.to == ["imran@example.org"]
    assert "short of ten members: 2\n" in mail.body
    assert "without an active leader: 1\n" in mail.body
    assert "/admin/teams/" in mail.body


def test_the_evaluation_costs_the_same_queries_for_5_or_40_trainees(
    privacy_notice, settings, django_capture_on_commit_callbacks
):
    settings.MESSAGING_QUIET_HOURS = ""
    world = course_build()
    ReminderRule.objects.create(kind=Kind.NO_LESSON, days=7, channels="whatsapp,sms,email")

    def count(n, start):
        people = volunteers_import(
            [(f"98{start + i:08d}", f"Trainee {start + i}", "") for i in range(n)]
        )
        for person in people.values():
            learn(person, world, lessons=1, days=9)
        with CaptureQueriesContext(connection) as queries:
            rules_evaluate()
        return len(queries)

    rules_evaluate()  # once with nobody to remind: the per-process caches (locales) filled
    small = count(5, 0)
    OutboxMessage.objects.all().delete()
    large = count(40, 100)
    assert len(rows()) == 45
    assert large == small


def test_the_watchdog_queues_the_evaluation_once_per_period(settings):
    settings.REMINDERS_EVALUATE_SECONDS = 3600
    assert reminders_due(sender=None) == {}  # off in the tests' settings
    settings.REMINDERS_ENABLED = True
    assert reminders_due(sender=None) == {"evaluation": 1}
    assert reminders_due(sender=None) == {}
