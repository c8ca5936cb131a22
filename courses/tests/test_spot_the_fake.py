"""Spot the fake: a post, a verdict and the evidence that decides it, scored with partial
credit (courses.quiz_scoring), written in the admin with its evidence list, and recorded
in the attempt's draw so that an edit after the draw does not change what was asked."""

import datetime
import re
from decimal import Decimal

import pytest
from multichoice.models import Answer, MCQuestion
from quiz.models import Quiz, Sitting

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse

from courses import quiz_engine, services
from courses.models import (
    CoursePage,
    QuizAttempt,
    SpotAnswer,
    SpotEvidence,
    SpotTheFakeQuestion,
)
from courses.quiz_scoring import spot_credit
from courses.spot_questions import spot_question_save
from courses.tests.factories import formset_rows

pytestmark = pytest.mark.django_db

EVIDENCE = [
    ("A reverse image search finds the photo in a 2019 news report", True),
    ("The date on the post does not match the flood it claims to show", True),
    ("The post has many shares", False),
    ("The caption is in capital letters", False),
]


def spot_question(quiz=None, evidence=EVIDENCE, **fields):
    question = SpotTheFakeQuestion(
        content="Is this post genuine?",
        explanation="The photo is from 2019; the flood was this year.",
        post_text="Flood today at the station! Share before they delete it.",
        claimed_source="@CityNewsFast",
        claimed_date=datetime.date(2026, 8, 14),
        verdict="misleading",
        manipulation="old_image",
        **fields,
    )
    return spot_question_save(question=question, evidence=evidence, quizzes=[quiz] if quiz else [])


def deciding(question):
    return [e.pk for e in question.evidence.filter(decides=True)]


def other(question):
    return [e.pk for e in question.evidence.filter(decides=False)]


# The rule ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verdict_right", "ticked", "found", "credit"),
    [
        (True, {1, 2}, "1.000", "1.000"),  # all of it
        (True, {1}, "0.500", "0.750"),  # half the deciding evidence
        (False, {1, 2}, "1.000", "0.500"),  # evidence without the verdict
        (True, set(), "0.000", "0.500"),  # verdict alone
        (True, {1, 3}, "0.000", "0.500"),  # a wrong tick takes a right one back
        (True, {1, 2, 3}, "0.500", "0.750"),
        (False, {3, 4}, "0.000", "0.000"),  # never below 0
        (True, {1, 2, 3, 4}, "0.000", "0.500"),  # ticking everything earns nothing
    ],
)
def test_the_partial_credit_rule(verdict_right, ticked, found, credit):
    assert spot_credit(verdict_right=verdict_right, deciding={1, 2}, ticked=ticked) == (
        Decimal(found),
        Decimal(credit),
    )


def test_thirds_round_to_three_places():
    assert spot_credit(verdict_right=False, deciding={1, 2, 3}, ticked={1}) == (
        Decimal("0.333"),
        Decimal("0.167"),
    )


# Refusals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("evidence", "message"),
    [
        ([("Shares", False), ("Capitals", False)], "Mark at least one piece of evidence"),
        ([("Old photo", True), ("Wrong date", True)], "does not decide it"),
        ([("Old photo", True)], "at least 2"),
    ],
)
def test_a_question_without_deciding_evidence_is_refused_and_nothing_saved(evidence, message):
    with pytest.raises(ValidationError, match=message):
        spot_question(evidence=evidence)
    assert not SpotTheFakeQuestion.objects.exists()
    assert not SpotEvidence.objects.exists()


def test_a_genuine_verdict_needs_no_manipulation_and_a_post_needs_content():
    with pytest.raises(ValidationError) as refused:
        spot_question_save(
            question=SpotTheFakeQuestion(
                content="Is this post genuine?",
                claimed_source="@PIB_India",
                claimed_date=datetime.date(2026, 8, 14),
                verdict="genuine",
                manipulation="old_image",
            ),
            evidence=EVIDENCE,
        )
    assert set(refused.value.message_dict) == {"post_text", "manipulation"}
    assert not SpotTheFakeQuestion.objects.exists()


def evidence_data(rows):
    return formset_rows("evidence", rows, text="text", flag="decides")


def admin_post(quiz, rows):
    return {
        "content": "Is this post genuine?",
        "quiz": [str(quiz.pk)],
        "explanation": "Check the date and search the picture.",
        "post_text": "Minister says schools close tomorrow.",
        "post_image_alt": "",
        "claimed_source": "@EduNewsLive",
        "claimed_date": "2026-07-01",
        "verdict": "fabricated",
        "manipulation": "quote",
        **evidence_data(rows),
    }


def test_written_in_the_admin_with_its_evidence_on_one_screen(admin_client):
    quiz = Quiz.objects.create(title="Verification", url="verification", pass_mark=70)
    add_url = reverse("wagtailsnippets_courses_spotthefakequestion:add")
    form = admin_client.get(add_url).content.decode()
    assert 'name="evidence-0-text"' in form and 'name="post_image"' in form

    response = admin_client.post(
        add_url,
        admin_post(
            quiz,
            [
                ("The ministry's own site has no such statement", True),
                ("The post uses the ministry's logo", False),
                ("", False),
            ],
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    question = SpotTheFakeQuestion.objects.get()
    assert list(question.quiz.all()) == [quiz]
    assert [(e.text, e.decides) for e in question.evidence.all()] == [
        ("The ministry's own site has no such statement", True),
        ("The post uses the ministry's logo", False),
    ]
    listing = admin_client.get(reverse("wagtailsnippets_courses_spotthefakequestion:list"))
    assert "Is this post genuine?" in listing.content.decode()


def test_the_admin_refuses_a_list_without_deciding_evidence_and_saves_nothing(admin_client):
    quiz = Quiz.objects.create(title="Verification", url="verification", pass_mark=70)
    response = admin_client.post(
        reverse("wagtailsnippets_courses_spotthefakequestion:add"),
        admin_post(quiz, [("The logo", False), ("Many shares", False)]),
    )
    assert response.status_code == 200
    assert "Mark at least one piece of evidence as deciding" in response.content.decode()
    assert not SpotTheFakeQuestion.objects.exists() and not SpotEvidence.objects.exists()


def test_the_admin_refuses_an_edit_that_removes_the_deciding_evidence(admin_client):
    quiz = Quiz.objects.create(title="Verification", url="verification", pass_mark=70)
    question = spot_question(quiz)
    rows = list(question.evidence.all())
    data = {**admin_post(quiz, [(e.text, False) for e in rows]), "verdict": "misleading"}
    data["manipulation"] = "old_image"
    data["evidence-INITIAL_FORMS"] = str(len(rows))
    for index, item in enumerate(rows):
        data[f"evidence-{index}-id"] = str(item.pk)
        data[f"evidence-{index}-question"] = str(question.pk)
    response = admin_client.post(
        reverse("wagtailsnippets_courses_spotthefakequestion:edit", args=[question.pk]), data
    )
    assert response.status_code == 200
    assert "Mark at least one piece of evidence as deciding" in response.content.decode()
    question.refresh_from_db()
    assert question.claimed_source == "@CityNewsFast"  # nothing half-saved
    assert sum(e.decides for e in question.evidence.all()) == 2


# Taking it ----------------------------------------------------------------------------


def trainee(name="asha"):
    return get_user_model().objects.create_user(name, password="a-long-password-1")


def spot_quiz_course(course_tree, user, *, last_mc=False):
    """A quiz of one multiple-choice question and one spot-the-fake question (then
    another multiple-choice one when ``last_mc``), asked in that order."""
    quiz = Quiz.objects.create(title="Verify", url="verify", pass_mark=60, exam_paper=True)
    mc = MCQuestion.objects.create(content="What do you check first?")
    mc.quiz.add(quiz)
    Answer.objects.create(question=mc, content="The date", correct=True)
    Answer.objects.create(question=mc, content="The likes", correct=False)
    spot = spot_question(quiz)
    if last_mc:
        last = MCQuestion.objects.create(content="And then?")
        last.quiz.add(quiz)
        Answer.objects.create(question=last, content="Right", correct=True)
        Answer.objects.create(question=last, content="Wrong", correct=False)
    course = course_tree["course"]
    course.quiz = quiz
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    services.enrollment_create(user=user, course=course)
    return course, mc, spot


def answer_mc_right(user, attempt, mc):
    right = str(mc.answer_set.get(correct=True).pk)
    return quiz_engine.quiz_answer_submit(
        user=user, attempt_id=attempt.pk, question_id=mc.pk, raw_answer=right
    )


def answer_spot(user, attempt, spot, verdict, evidence):
    return quiz_engine.quiz_answer_submit(
        user=user,
        attempt_id=attempt.pk,
        question_id=spot.pk,
        raw_answer={"verdict": verdict, "evidence": [str(pk) for pk in evidence]},
    )


def test_partial_credit_counts_in_the_attempts_score(course_tree):
    user = trainee()
    course, mc, spot = spot_quiz_course(course_tree, user)
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    answer_mc_right(user, attempt, mc)
    # Right verdict, one of two deciding items and one wrong tick: 0.5 + 0.5 × 0 = 0.5.
    outcome = answer_spot(user, attempt, spot, "misleading", [deciding(spot)[0], other(spot)[0]])

    assert outcome.counted and outcome.finished and outcome.correct is False
    assert outcome.spot == (True, Decimal("0.000"), Decimal("0.500"))
    answer = SpotAnswer.objects.get()
    assert (answer.manipulation, answer.verdict, answer.credit) == (
        "old_image",
        "misleading",
        Decimal("0.500"),
    )
    attempt.refresh_from_db()
    assert attempt.score_percent == 75 and attempt.passed  # (1 + 0.5) of 2
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    assert sitting.current_score == 1 and spot.pk in sitting.get_incorrect_questions


def test_full_credit_is_a_right_answer(course_tree):
    user = trainee()
    course, mc, spot = spot_quiz_course(course_tree, user)
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    answer_mc_right(user, attempt, mc)
    outcome = answer_spot(user, attempt, spot, "misleading", deciding(spot))
    assert outcome.correct is True
    attempt.refresh_from_db()
    assert attempt.score_percent == 100
    assert Sitting.objects.get(pk=attempt.sitting_id).current_score == 2


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"verdict": "", "evidence": []}, "Choose your verdict"),
        ({"verdict": "fake", "evidence": []}, "Choose your verdict"),
        ({"verdict": "misleading", "evidence": []}, "Tick the evidence"),
        ({"verdict": "misleading", "evidence": ["999999"]}, "from the list shown"),
        ("3", "Choose your verdict"),
    ],
)
def test_an_incomplete_answer_is_refused_and_not_counted(course_tree, raw, message):
    user = trainee()
    course, mc, spot = spot_quiz_course(course_tree, user)
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    answer_mc_right(user, attempt, mc)
    with pytest.raises(ValidationError, match=message):
        quiz_engine.quiz_answer_submit(
            user=user, attempt_id=attempt.pk, question_id=spot.pk, raw_answer=raw
        )
    assert not SpotAnswer.objects.exists()
    assert QuizAttempt.objects.get(pk=attempt.pk).is_open


def test_an_edit_after_the_draw_does_not_change_what_was_asked(course_tree, client):
    user = trainee()
    course, mc, spot = spot_quiz_course(course_tree, user)
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    asked_deciding, asked_other = deciding(spot), other(spot)
    # The trainer rewrites it between the draw and the answer: another verdict, another
    # post, a new evidence list.
    spot.verdict, spot.manipulation = "fabricated", "quote"
    spot.post_text = "A quote the minister never said."
    spot_question_save(question=spot, evidence=[("New deciding", True), ("New other", False)])

    answer_mc_right(user, attempt, mc)
    client.force_login(user)
    page = client.get(reverse("quiz_question", args=[attempt.pk])).content.decode()
    assert "Flood today at the station!" in page and "A quote the minister" not in page
    assert EVIDENCE[0][0] in page and "New deciding" not in page
    outcome = answer_spot(user, attempt, spot, "misleading", asked_deciding)
    assert outcome.correct is True  # scored as it was asked
    assert SpotAnswer.objects.get().manipulation == "old_image"
    with pytest.raises(ValidationError):  # the new list was never shown
        quiz_engine.clean_guess(
            outcome.question, {"verdict": "fabricated", "evidence": [str(asked_other[0] + 99)]}
        )


def test_a_double_submit_counts_once(course_tree):
    user = trainee()
    course, mc, spot = spot_quiz_course(course_tree, user, last_mc=True)
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    answer_mc_right(user, attempt, mc)
    first = answer_spot(user, attempt, spot, "misleading", deciding(spot)[:1])
    again = answer_spot(user, attempt, spot, "fabricated", deciding(spot))
    assert first.counted and not again.counted
    assert SpotAnswer.objects.get().credit == Decimal("0.750")
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    assert sitting.current_score == 1 and len(sitting.get_incorrect_questions) == 1


def test_a_replay_after_the_last_answer_is_refused_and_changes_nothing(course_tree):
    user = trainee()
    course, mc, spot = spot_quiz_course(course_tree, user)
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    answer_mc_right(user, attempt, mc)
    answer_spot(user, attempt, spot, "misleading", deciding(spot)[:1])
    with pytest.raises(quiz_engine.AttemptFinished):
        answer_spot(user, attempt, spot, "misleading", deciding(spot))
    assert SpotAnswer.objects.count() == 1
    attempt.refresh_from_db()
    assert attempt.score_percent == 88  # (1 + 0.75) of 2, rounded


def test_the_question_page_shows_the_post_without_the_answer(course_tree, client):
    user = trainee()
    course, mc, spot = spot_quiz_course(course_tree, user)
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    answer_mc_right(user, attempt, mc)
    client.force_login(user)
    page = client.get(reverse("quiz_question", args=[attempt.pk])).content.decode()
    assert "@CityNewsFast" in page and 'datetime="2026-08-14"' in page
    assert page.count('type="radio" name="verdict"') == 4
    assert page.count('type="checkbox" name="evidence"') == 4
    # Nothing tells the deciding evidence or the verdict apart.
    assert "old_image" not in page and "Old or unrelated picture" not in page
    tags = {
        re.sub(r'value="\d+"', "", tag) for tag in re.findall(r"<input[^>]*evidence[^>]*>", page)
    }
    assert len(tags) == 1

    # Without a verdict: the page again, with the ticks kept.
    refused = client.post(
        reverse("quiz_question", args=[attempt.pk]),
        {"question": spot.pk, "evidence": [str(deciding(spot)[0])]},
    )
    assert refused.status_code == 400
    assert "Choose your verdict" in refused.content.decode()
    assert f'value="{deciding(spot)[0]}" aria-describedby="evidence-hint" checked' in (
        refused.content.decode()
    )
    done = client.post(
        reverse("quiz_question", args=[attempt.pk]),
        {"question": spot.pk, "verdict": "misleading", "evidence": deciding(spot)},
    )
    assert done.status_code == 302
    assert SpotAnswer.objects.get().credit == 1


def test_trainers_write_them(client):
    from django.contrib.auth.models import Group

    from courses.roles import TRAINERS

    user = trainee("meera")
    user.groups.add(Group.objects.get(name=TRAINERS))
    client.force_login(user)
    add = client.get(reverse("wagtailsnippets_courses_spotthefakequestion:add"))
    assert add.status_code == 200 and 'name="evidence-0-decides"' in add.content.decode()
