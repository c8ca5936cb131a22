"""Reminders on PostgreSQL with two RQ workers, as production runs them: the evaluation is
a task a worker runs, the messages go out through the send tasks to the fake SMS gateway
(testing/providers.py, on a loopback port) and nothing is sent twice.

Needs PostgreSQL (the workers are other processes and must see the test's database) and
Redis (RQ_TEST_REDIS_URL)."""

import json

import pytest

from messaging.models import OutboxMessage
from reminders.models import ReminderRule
from reminders.tasks import reminders_evaluate
from reminders.tests.test_reminders import PEOPLE, _team
from reminders.tests.world import course_build, finish, learn, volunteers_import
from testing.chaos import RQ_BACKEND, chaos_worker_env, wait_for
from testing.providers import FakeProvider

pytestmark = [
    pytest.mark.postgres("RQ worker processes cannot share SQLite's in-memory test database"),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

Kind = ReminderRule.Kind
TEMPLATE_IDS = {
    key: {"en": f"1107{n:015d}", "hi": f"1107{n + 500:015d}"}
    for n, key in enumerate(["reminders/lesson_waiting", "reminders/team_stuck"])
}


@pytest.fixture
def gateway():
    fake = FakeProvider("sms").start()
    yield fake
    fake.stop()


def run(task) -> None:
    result = task.enqueue()
    wait_for(lambda: result.refresh() or result.is_finished, timeout=120, what="the evaluation")
    assert result.status == "SUCCESSFUL", result.errors


def test_one_reminder_on_the_wire_none_again_none_after_finishing_and_the_leader_told(
    settings, rq_redis, task_worker, tmp_path, gateway, privacy_notice
):
    env = {
        **chaos_worker_env(rq_redis.url, tmp_path),
        "MESSAGING_SMS_ADAPTER": "messaging.channels.sms.DltSmsGatewayAdapter",
        "MESSAGING_SMS_GATEWAY_URL": gateway.url + "/v1/sms",
        "MESSAGING_SMS_API_KEY": gateway.token,
        "MESSAGING_SMS_SENDER_ID": "VOLTRN",
        "MESSAGING_SMS_DLT_ENTITY_ID": "1101000000000000001",
        "MESSAGING_SMS_DLT_TEMPLATE_IDS": json.dumps(TEMPLATE_IDS),
        "MESSAGING_QUIET_HOURS": "",
    }
    settings.TASKS = {"default": {"BACKEND": RQ_BACKEND, "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": rq_redis.url, "DEFAULT_TIMEOUT": 600}}
    for name in ("reminders-a", "reminders-b"):
        task_worker(env=env, args=["--name", name], log_name=name)

    world = course_build()
    people = volunteers_import(PEOPLE)
    ReminderRule.objects.create(kind=Kind.NO_LESSON, days=7, channels="whatsapp,sms")
    ReminderRule.objects.create(kind=Kind.TEAM_STUCK, days=7, channels="sms")
    asha = people["Asha Verma"]
    learn(asha, world, lessons=2, days=8)  # stopped at lesson 3

    run(reminders_evaluate)
    wait_for(lambda: len(gateway.accepted) == 1, timeout=60, what="the reminder on the wire")
    (message,) = OutboxMessage.objects.filter(template_key__startswith="reminders/")
    wait_for(
        lambda: OutboxMessage.objects.get(pk=message.pk).status == "sent",
        timeout=30,
        what="the row marked sent",
    )
    assert gateway.accepted[0]["to"] == "919876543210"
    assert "lesson 3" in gateway.accepted[0]["text"]

    run(reminders_evaluate)  # again: nothing more
    finish(asha, world)
    run(reminders_evaluate)  # finished: nothing more
    assert OutboxMessage.objects.filter(template_key__startswith="reminders/").count() == 1

    # Three of a team stuck: their leader is told, once; they are reminded too.
    _team("Kiran Rao", [people[name] for name in ("Ravi Kumar", "Sunita Devi", "Meena Joshi")])
    for name in ("Ravi Kumar", "Sunita Devi", "Meena Joshi"):
        learn(people[name], world, lessons=1, days=9)
    run(reminders_evaluate)
    run(reminders_evaluate)
    wait_for(lambda: len(gateway.accepted) == 5, timeout=60, what="four more messages")
    leader = [body for body in gateway.accepted if body["to"] == "919876500000"]
    assert len(leader) == 1
    assert "3 of your team are stuck on lesson 2" in leader[0]["text"]
    assert gateway.duplicates() == 0
    assert (
        sorted(
            OutboxMessage.objects.filter(template_key__startswith="reminders/").values_list(
                "status", flat=True
            )
        )
        == ["sent"] * 5
    )
