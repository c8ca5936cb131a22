"""Item analysis against a quiz whose questions behave in known ways: thirty trainees of
rising ability (0 to 29) in Indore, Bhopal (MP) and Lucknow (UP) answer a good question,
one whose key is wrong, an easy one, a hard one and an essay; the expected figures are
computed here from the trainees' own answers, independently of the report's SQL."""

import json
import statistics
from datetime import timedelta

import pytest
from essay.models import Essay_Question
from multichoice.models import Answer, MCQuestion
from quiz.models import Quiz, Sitting
from true_false.models import TF_Question

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from courses.models import CoursePage, EssayMark, QuizAttempt
from organisation.models import Stage
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit
from reports.filters import Filters
from reports.item_analysis import item_report
from testing.worlds import shared_world

TRAINEES = 30
DISTRICTS = ["in-up-lucknow", "in-mp-indore", "in-mp-bhopal"]


def _district(i):
    return DISTRICTS[i % 3]


def build_item_world(worlds) -> dict:
    """The quiz, its course beside the reports' course, and thirty finished attempts."""
    index = worlds.get("report_course")["course"].get_parent()
    quiz = Quiz.objects.create(title="Item quiz", url="item-quiz", pass_mark=60)
    good = MCQuestion.objects.create(content="Good question")
    good2 = MCQuestion.objects.create(content="Another good question")
    inverted = MCQuestion.objects.create(content="Question with a wrong key")
    hard = MCQuestion.objects.create(content="Hard question")
    easy = TF_Question.objects.create(content="Easy question", correct=True)
    essay = Essay_Question.objects.create(content="Write a reply")
    options = {}
    for question in (good, good2, inverted, hard):
        question.quiz.add(quiz)
        options[question.pk] = [
            Answer.objects.create(question=question, content=f"{label} of {question.pk}", correct=c)
            for label, c in (("A", True), ("B", False), ("C", False))
        ]
    easy.quiz.add(quiz)
    essay.quiz.add(quiz)
    course = CoursePage(
        title="Item course", slug="item-course", summary="x", estimated_minutes=5, quiz=quiz
    )
    index.add_child(instance=course)

    def right(question, i):
        return {
            good.pk: i >= 12,  # 60 %, strong trainees right
            good2.pk: i >= 8,  # 73 %
            inverted.pk: i < 10,  # 33 %, weak trainees "right": the key is suspect
            hard.pk: i >= 25,  # 17 %
            easy.pk: i != 0,  # 97 %
        }[question.pk]

    answers = []  # per trainee: {question id: (right, choice)}
    finished = timezone.now() - timedelta(days=1)
    for i in range(TRAINEES):
        user = VolunteerFactory(district=unit(_district(i)), stage=Stage.IN_TRAINING).user
        given, incorrect, score = {}, [], 0
        for question in (good, good2, inverted, hard):
            ok = right(question, i)
            choice = options[question.pk][0 if ok else 1 + i % 2].pk
            given[question.pk] = (ok, str(choice))
        ok = right(easy, i)
        given[easy.pk] = (ok, "True" if ok else "False")
        # The essay: awaiting a mark for 0..4, accepted for the even others, rejected else.
        essay_mark = None if i < 5 else i % 2 == 0
        given[essay.pk] = (essay_mark, "")
        for question_id, (ok, _choice) in given.items():
            if ok:
                score += 1
            else:
                incorrect.append(str(question_id))
        sitting = Sitting.objects.create(
            user=user, quiz=quiz, question_order=",".join(str(q) for q in given) + ",",
            question_list="", incorrect_questions=",".join(incorrect) + ",",
            current_score=score, complete=True, end=finished,
            user_answers=json.dumps({
                str(q): (int(c) if c.isdigit() else c or "A reply") for q, (_ok, c) in given.items()
            }),
        )  # fmt: skip
        QuizAttempt.objects.create(
            sitting=sitting, user=user, quiz=quiz, course=course, started_at=finished,
            finished_at=finished, ending="answered", score_percent=round(score * 100 / 6),
            passed=score >= 4,
        )  # fmt: skip
        EssayMark.objects.create(sitting=sitting, question=essay, correct=essay_mark)
        answers.append(given)
    questions = {
        "good": good, "good2": good2, "inverted": inverted, "hard": hard, "easy": easy,
        "essay": essay,
    }  # fmt: skip
    return {"course": course, "questions": questions, "options": options, "answers": answers}


item_world = shared_world("item_world", build_item_world, needs=["report_course"])


def filters(code, course, unit_code=None):
    scope = unit(code)
    return Filters(scope=scope, unit=unit(unit_code) if unit_code else scope, course=course)


def expected(world, question, trainees):
    """(answered, pending, facility, discrimination) from the trainees' own answers."""
    xs, rests = [], []
    for i in trainees:
        given = world["answers"][i]
        ok = given[question.pk][0]
        if ok is None:
            continue  # awaiting a mark
        xs.append(int(ok))
        rests.append(sum(1 for other, (ok, _c) in given.items() if ok and other != question.pk))
    marked = xs
    facility = round(100 * sum(xs) / len(xs), 1)
    pending = len(trainees) - len(marked)
    return len(trainees), pending, facility, round(statistics.correlation(xs, rests), 2)


def rows_by_question(table):
    return {row[0]: row for row in table.rows}


def test_facility_discrimination_and_flags_per_question(item_world):
    report = item_report(filters("in", item_world["course"]))
    rows = rows_by_question(report.table("items"))
    everyone = range(TRAINEES)
    for question in item_world["questions"].values():
        answered, pending, facility, discrimination = expected(item_world, question, everyone)
        row = rows[question.content]
        # question, quiz, type, answered, pending, facility, discrimination, flags
        assert row[3:7] == [answered, pending, facility, discrimination], question.content
    assert rows["Good question"][6] > 0.2 and rows["Good question"][7] == ""
    assert rows["Question with a wrong key"][7] == "negative discrimination"
    assert rows["Question with a wrong key"][6] < 0
    assert rows["Easy question"][7] == "too easy"
    assert rows["Hard question"][7] == "too hard"
    # Essays awaiting a mark are neither right nor wrong: 25 marked, 12 accepted.
    assert rows["Write a reply"][3:6] == [30, 5, 48.0]
    assert rows["Write a reply"][2] == "Written answer"


def test_how_often_each_option_is_chosen(item_world):
    table = item_report(filters("in", item_world["course"])).table("options")
    inverted = item_world["questions"]["inverted"]
    rows = [row[1:] for row in table.rows if row[0] == inverted.content]
    # option, correct, chosen, share: 10 right; of 20 wrong, odd ability B, even C
    a, b, c = (f"{label} of {inverted.pk}" for label in "ABC")
    assert rows == [[a, "yes", 10, 33.3], [b, "", 10, 33.3], [c, "", 10, 33.3]]
    easy = [row[1:] for row in table.rows if row[0] == "Easy question"]
    assert easy == [["True", "yes", 29, 96.7], ["False", "", 1, 3.3]]
    assert not [row for row in table.rows if row[0] == "Write a reply"]


def test_by_state_and_district_with_drill_down(item_world):
    course = item_world["course"]
    national = item_report(filters("in", course)).table("items_by_unit")
    states = {row[0]: row for row in national.rows if row[2]}
    assert set(states) == {"Madhya Pradesh", "Uttar Pradesh"}
    # unit, quiz, answers, facility, flagged, hardest, its facility
    assert states["Uttar Pradesh"][2] == 10 * 6
    link = national.links[national.rows.index(states["Madhya Pradesh"])]
    assert link.startswith("/admin/reports/items/?") and f"unit={unit('in-mp').pk}" in link

    state = item_report(filters("in", course, "in-mp"))
    rows = rows_by_question(state.table("items"))
    in_mp = [i for i in range(TRAINEES) if _district(i) != "in-up-lucknow"]
    good = item_world["questions"]["good"]
    assert rows[good.content][3:7] == list(expected(item_world, good, in_mp))
    districts = {row[0]: row for row in state.table("items_by_unit").rows if row[2]}
    assert set(districts) == {"Indore", "Bhopal"}
    assert districts["Indore"][2] == 10 * 6
    hard = item_world["questions"]["hard"]
    assert districts["Indore"][5] == hard.content


def test_a_fixed_number_of_queries_whatever_the_unit(item_world):
    course = item_world["course"]
    counts = []
    for code in ("in", "in-mp", "in-mp-indore"):
        chosen = filters("in", course, None if code == "in" else code)
        with CaptureQueriesContext(connection) as queries:
            item_report(chosen)
        counts.append(len(queries))
    # quizzes, answers, questions, options, units below (none below a district)
    assert counts == [5, 5, 4]


@pytest.mark.parametrize("code, answers", [("in-mp-indore", 10), ("in-up", 10), ("in", 30)])
def test_the_page_shows_only_the_coordinators_unit(client, item_world, code, answers):
    client.force_login(coordinator_create(code))
    course = item_world["course"]
    response = client.get("/admin/reports/items/", {"course": course.pk})
    assert response.status_code == 200
    rows = rows_by_question(response.context["report"].table("items"))
    assert rows["Good question"][3] == answers
    export = client.get(
        "/admin/reports/items/", {"course": course.pk, "export": "csv", "table": "options"}
    )
    assert export.status_code == 200
    assert "Easy question" in b"".join(export.streaming_content).decode("utf-8-sig")
