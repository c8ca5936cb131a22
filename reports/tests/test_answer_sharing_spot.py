"""Answer sharing with "spot the fake" questions: the same wrong verdict with the same
evidence ticked, passed round a ring, is a shared wrong answer like an option; the same
verdict with other evidence is not. Answers given through the quiz engine, as trainees
give them."""

import datetime

import pytest
from quiz.models import Quiz

from wagtail.users.models import UserProfile

from courses import quiz_engine, services
from courses.models import CoursePage, SpotTheFakeQuestion
from courses.spot_questions import spot_question_save
from organisation.models import Stage
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit
from reports.answer_sharing import answer_sharing_analyse, as_option, wrong_pattern
from reports.models import AnswerSharingCluster, AnswerSharingRun

pytestmark = pytest.mark.django_db


def spot(quiz, content, verdict):
    question = SpotTheFakeQuestion(
        content=content, post_text="A post", claimed_source="@someone",
        claimed_date=datetime.date(2026, 5, 1), verdict=verdict, manipulation="old_image",
    )  # fmt: skip
    return spot_question_save(
        question=question,
        evidence=[("Picture found in 2019", True), ("Date mismatch", True), ("Many shares", False)],
        quizzes=[quiz],
    )


@pytest.fixture
def spot_world(report_course):
    """Two spot-the-fake questions, both misleading posts. Indore: three trainees call
    both genuine with the same single tick (a ring), twenty answer right. Bhopal: three
    call both genuine, each with other ticks (no shared pattern)."""
    index = report_course["course"].get_parent()
    quiz = Quiz.objects.create(title="Spot quiz", url="spot-quiz", pass_mark=50)
    first, second = (
        spot(quiz, "Flood photo?", "misleading"),
        spot(quiz, "Rally video?", "misleading"),
    )
    course = CoursePage(
        title="Spot course", slug="spot-course", summary="x", estimated_minutes=5, quiz=quiz
    )
    index.add_child(instance=course)
    evidence = {q.pk: [e.pk for e in q.evidence.all()] for q in (first, second)}
    right = {q: {"verdict": "misleading", "evidence": ids[:2]} for q, ids in evidence.items()}
    shared = {q: {"verdict": "genuine", "evidence": ids[2:]} for q, ids in evidence.items()}
    takers = [("in-mp-indore", "ring", shared)] * 3 + [("in-mp-indore", "right", right)] * 20
    for picks in ([0], [1], [0, 2]):
        own = {
            q: {"verdict": "genuine", "evidence": [ids[i] for i in picks]}
            for q, ids in evidence.items()
        }
        takers.append(("in-mp-bhopal", "apart", own))
    attempts = {}
    for district, role, answers in takers:
        user = VolunteerFactory(district=unit(district), stage=Stage.IN_TRAINING).user
        services.enrollment_create(user=user, course=course)
        attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
        while (question := quiz_engine.current_question(attempt)) is not None:
            quiz_engine.quiz_answer_submit(
                user=user, attempt_id=attempt.pk, question_id=question.id,
                raw_answer=dict(answers[question.id]),
            )  # fmt: skip
            attempt.refresh_from_db()
        attempts.setdefault(role, []).append(attempt.pk)
    return {"quiz": quiz, "attempts": attempts, "questions": (first, second)}


def test_the_same_wrong_verdict_and_evidence_make_a_cluster(spot_world):
    run = AnswerSharingRun.objects.create(unit=unit("in-mp"))
    answer_sharing_analyse(run_id=run.pk)
    (ring,) = AnswerSharingCluster.objects.filter(run=run, kind="same_wrong")
    assert sorted(ring.attempts) == sorted(spot_world["attempts"]["ring"])
    assert ring.unit == unit("in-mp-indore") and ring.accounts == 3
    first, second = spot_world["questions"]
    many_shares = {q.pk: q.evidence.get(decides=False).pk for q in (first, second)}
    assert ring.evidence["wrong_answers"] == [
        [str(q.pk), f"genuine+{many_shares[q.pk]}"] for q in (first, second)
    ]
    assert ring.evidence["same_in_run"] == 3


def test_the_page_shows_the_verdict_and_the_evidence_ticked(client, spot_world):
    run = AnswerSharingRun.objects.create(unit=unit("in-mp"))
    answer_sharing_analyse(run_id=run.pk)
    coordinator = coordinator_create("in-mp")
    client.force_login(coordinator)
    page = client.get(f"/admin/reports/answer-sharing/{run.pk}/").content.decode()
    assert "Flood photo? → <strong>Genuine, with: Many shares</strong>" in page
    assert "Rally video? → <strong>Genuine, with: Many shares</strong>" in page
    profile = UserProfile.get_for_user(coordinator)
    profile.preferred_language = "hi"
    profile.save()
    page = client.get(f"/admin/reports/answer-sharing/{run.pk}/").content.decode()
    assert "Genuine" not in page and ", with:" not in page
    assert "इन सबूतों के साथ: Many shares" in page


def test_what_is_compared():
    assert as_option(12) == "12" and as_option("True") == "True"
    assert as_option({"verdict": "genuine", "evidence": [9, 3, 9]}) == "genuine+3.9"
    assert as_option({"verdict": "cant_tell", "evidence": []}) == "cant_tell+"
    assert as_option("A reply the trainee wrote") == ""
    assert as_option({"verdict": "genuine", "evidence": ["x"]}) == ""
    answers = {"1": {"verdict": "genuine", "evidence": [4]}, "2": 7, "3": "Text"}
    assert wrong_pattern(answers, "1,2,3,") == "1:genuine+4;2:7"
    assert wrong_pattern(answers, "1,3,") == ""  # one chosen answer wrong: too few
