"""The answer-sharing report: planted clusters are found, chance and common mistakes are
not, every cluster stays inside the coordinator's scope, and the run is a background
task with its progress."""

import json
from datetime import timedelta

import pytest
from multichoice.models import Answer, MCQuestion
from quiz.models import Quiz, Sitting

from django.utils import timezone

from courses.models import AttemptClient, CoursePage, QuizAttempt
from organisation.models import Stage
from organisation.tests.factories import UserFactory, VolunteerFactory, coordinator_create, unit
from reports.answer_sharing import answer_sharing_analyse
from reports.models import AnswerSharingCluster, AnswerSharingRun
from testing.worlds import shared_world

Kind = AnswerSharingCluster.Kind
BASE = timezone.now() - timedelta(days=3)


def build_sharing_world(worlds) -> dict:
    """A quiz of four questions (A right, B and C wrong) and attempts at it:

    - ring: four Indore trainees with the same two wrong answers (Q1 B, Q2 C) within 90
      minutes, 20 minutes each;
    - apart: three Indore trainees with another rare pair of wrong answers (Q3 B, Q4 B),
      days apart: not together;
    - common: the pair (Q1 C, Q3 C) given by four Indore trainees within an hour, and by
      fifteen trainees in Lucknow: nationally a common mistake, not a ring (in a run over
      Madhya Pradesh alone, where nobody else gives it, it is a cluster);
    - spread: the ring's answers in Bhopal once: the same answers in another district;
    - fast: a Bhopal trainee at 100 % in 12 seconds;
    - client: three Lucknow accounts answering from one client, two more from another;
    - everyone else right, or wrong once.
    """
    index = worlds.get("report_course")["course"].get_parent()
    quiz = Quiz.objects.create(title="Sharing quiz", url="sharing-quiz", pass_mark=60)
    questions, options = [], {}
    for number in range(1, 5):
        question = MCQuestion.objects.create(content=f"Q{number}")
        question.quiz.add(quiz)
        questions.append(question)
        options[number] = {
            label: Answer.objects.create(question=question, content=f"{label}{number}", correct=c)
            for label, c in (("A", True), ("B", False), ("C", False))
        }
    course = CoursePage(
        title="Sharing course", slug="sharing", summary="x", estimated_minutes=5, quiz=quiz
    )
    index.add_child(instance=course)
    attempts = {}

    def sit(name, district, wrong, minutes_after, seconds=1200, client=None):
        volunteer = VolunteerFactory(name_en=name, district=unit(district), stage=Stage.IN_TRAINING)
        answers, incorrect = {}, []
        for number, question in enumerate(questions, start=1):
            label = wrong.get(number, "A")
            answers[str(question.pk)] = options[number][label].pk
            if label != "A":
                incorrect.append(str(question.pk))
        finished = BASE + timedelta(minutes=minutes_after)
        score = len(questions) - len(incorrect)
        sitting = Sitting.objects.create(
            user=volunteer.user, quiz=quiz, question_order="", question_list="",
            incorrect_questions=",".join(incorrect) + ",", current_score=score, complete=True,
            user_answers=json.dumps(answers), end=finished,
        )  # fmt: skip
        attempt = QuizAttempt.objects.create(
            sitting=sitting, user=volunteer.user, quiz=quiz, course=course,
            started_at=finished - timedelta(seconds=seconds), finished_at=finished,
            ending="answered", score_percent=score * 25, passed=score >= 3,
        )  # fmt: skip
        if client:
            AttemptClient.objects.create(attempt=attempt, client=client)
        attempts[name] = attempt.pk

    for n, minutes in enumerate((0, 25, 60, 90)):
        sit(f"ring {n}", "in-mp-indore", {1: "B", 2: "C"}, minutes)
    for n, days in enumerate((0, 2, 4)):
        sit(f"apart {n}", "in-mp-indore", {3: "B", 4: "B"}, days * 1440 + 600)
    for n in range(4):
        sit(f"common {n}", "in-mp-indore", {1: "C", 3: "C"}, 300 + n * 15)
    for n in range(15):
        sit(f"common elsewhere {n}", "in-up-lucknow", {1: "C", 3: "C"}, 300 + n * 200)
    sit("spread", "in-mp-bhopal", {1: "B", 2: "C"}, 30)
    sit("fast", "in-mp-bhopal", {}, 45, seconds=12)
    for n in range(3):
        sit(f"client {n}", "in-up-lucknow", {}, 500 + n, client="c" * 32)
    for n in range(2):
        sit(f"pair {n}", "in-up-lucknow", {}, 600 + n, client="d" * 32)
    for n in range(40):
        district = ["in-mp-indore", "in-mp-bhopal", "in-up-lucknow"][n % 3]
        sit(f"honest {n}", district, {} if n % 2 else {1 + n % 4: "B"}, n * 37)
    return {"quiz": quiz, "course": course, "attempts": attempts, "options": options}


sharing_world = shared_world("sharing_world", build_sharing_world, needs=["report_course"])


def analyse(code, **choices):
    run = AnswerSharingRun.objects.create(unit=unit(code), **choices)
    answer_sharing_analyse(run_id=run.pk)
    run.refresh_from_db()
    return run


def names(world, cluster):
    by_id = {pk: name for name, pk in world["attempts"].items()}
    return sorted(by_id[pk] for pk in cluster.attempts)


def test_the_planted_ring_fast_attempt_and_shared_client_are_found(sharing_world):
    run = analyse("in")
    assert run.status == AnswerSharingRun.Status.DONE and run.done == run.total == 73
    clusters = {cluster.kind: cluster for cluster in run.clusters.all()}
    assert sorted(c.kind for c in run.clusters.all()) == sorted(Kind)  # one of each, no more
    ring = clusters[Kind.SAME_WRONG_ANSWERS]
    assert names(sharing_world, ring) == [f"ring {n}" for n in range(4)]
    assert ring.unit == unit("in-mp-indore") and ring.accounts == 4
    options = sharing_world["options"]
    q1, q2 = options[1]["B"].question_id, options[2]["C"].question_id
    assert ring.evidence["wrong_answers"] == [
        [str(q1), str(options[1]["B"].pk)], [str(q2), str(options[2]["C"].pk)]
    ]  # fmt: skip
    assert ring.evidence["same_in_run"] == 5  # the ring and the one in Bhopal
    fast = clusters[Kind.FAST]
    assert names(sharing_world, fast) == ["fast"] and fast.evidence["seconds_per_question"] == [3.0]
    client = clusters[Kind.SHARED_CLIENT]
    assert names(sharing_world, client) == ["client 0", "client 1", "client 2"]
    assert client.unit == unit("in-up-lucknow") and client.evidence == {"client": "c" * 12}


def test_a_run_sees_only_its_unit_and_can_run_twice(sharing_world):
    bhopal = analyse("in-mp-bhopal")
    assert bhopal.total == 1 + 1 + 13  # spread, fast, honest
    assert [c.kind for c in bhopal.clusters.all()] == [Kind.FAST]
    lucknow = analyse("in-up")
    assert [c.kind for c in lucknow.clusters.all()] == [Kind.SHARED_CLIENT]
    answer_sharing_analyse(run_id=lucknow.pk)  # a worker that died and ran it again
    assert lucknow.clusters.count() == 1


def test_the_page_runs_the_task_and_shows_the_clusters(
    client, sharing_world, django_capture_on_commit_callbacks
):
    client.force_login(coordinator_create("in-mp"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/reports/answer-sharing/", {"unit": unit("in-mp").pk})
    run = AnswerSharingRun.objects.get()
    assert response.url == f"/admin/reports/answer-sharing/{run.pk}/"
    page = client.get(response.url).content.decode()
    # The ring, the fast attempt, and the common mistake: nobody else in MP makes it.
    assert sorted(run.clusters.values_list("kind", flat=True)) == sorted(
        [Kind.FAST, Kind.SAME_WRONG_ANSWERS, Kind.SAME_WRONG_ANSWERS]
    )
    assert (
        "ring 0" in page and "common 0" in page and "B1" in page and "C2" in page and "fast" in page
    )
    assert "client 0" not in page and 'http-equiv="refresh"' not in page


def test_a_run_in_progress_shows_its_progress_and_refreshes(client, sharing_world):
    run = AnswerSharingRun.objects.create(
        unit=unit("in-mp-indore"), status=AnswerSharingRun.Status.RUNNING, done=30, total=120
    )
    client.force_login(coordinator_create("in-mp-indore"))
    page = client.get(f"/admin/reports/answer-sharing/{run.pk}/").content.decode()
    assert '<progress class="sharing-progress" max="100" value="25"' in page
    assert 'http-equiv="refresh"' in page and "30 of 120" in page


@pytest.mark.parametrize("code", ["in-mp-indore", "in-up"])
def test_a_run_outside_the_scope_is_not_found(client, sharing_world, code):
    run = AnswerSharingRun.objects.create(unit=unit("in-mp"))
    client.force_login(coordinator_create(code))
    assert client.get(f"/admin/reports/answer-sharing/{run.pk}/").status_code == 404
    listing = client.get("/admin/reports/answer-sharing/").context["runs"]
    assert run not in listing


def test_a_unit_outside_the_scope_cannot_be_chosen(client, sharing_world):
    client.force_login(coordinator_create("in-mp-indore"))
    response = client.post("/admin/reports/answer-sharing/", {"unit": unit("in-up").pk})
    assert response.status_code == 200 and not AnswerSharingRun.objects.exists()


def test_a_double_click_queues_one_run(client, sharing_world):
    client.force_login(coordinator_create("in-mp-indore"))
    first = client.post("/admin/reports/answer-sharing/", {})
    second = client.post("/admin/reports/answer-sharing/", {})
    assert first.url == second.url and AnswerSharingRun.objects.count() == 1


def test_trainers_do_not_see_it(client, sharing_world):
    from django.contrib.auth.models import Group

    from courses.roles import TRAINERS, roles_ensure

    roles_ensure()
    trainer = UserFactory()
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    client.force_login(trainer)
    refused = client.get("/admin/reports/answer-sharing/")  # Wagtail: back to the dashboard
    assert refused.status_code == 302 and refused.url == "/admin/"
    assert "/admin/reports/answer-sharing/" not in client.get("/admin/reports/").content.decode()
