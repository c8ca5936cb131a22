"""Question pools with quotas: each attempt draws N questions per category, retakes prefer
unseen questions, options are shuffled and thinned, and the draw is kept on the attempt.

Draws are random (secrets.SystemRandom): where a test compares two draws, the pools are
large enough that two equal draws have a chance below one in a million.
"""

import pytest
from multichoice.models import Answer, MCQuestion
from quiz.models import Category, Quiz

from django.contrib.auth import get_user_model
from django.db.models import ProtectedError
from django.urls import reverse

from courses import quiz_engine, services
from courses.models import CoursePage, QuestionQuota, QuizRules
from courses.quiz_admin import QuotaFormSet
from courses.tests.factories import asked, shown_right, shown_wrong

pytestmark = pytest.mark.django_db

CATEGORIES = ("verification", "civility", "safety")


def pooled_quiz(*, per_category=20, quota=4, options=5, options_shown=3):
    """Three categories of ``per_category`` multiple-choice questions (one right option of
    ``options``), a quota of ``quota`` from each."""
    quiz = Quiz.objects.create(title="Pooled quiz", url="pooled-quiz", pass_mark=60)
    QuizRules.objects.create(quiz=quiz, options_shown=options_shown, max_attempts=5)
    for name in CATEGORIES:
        category = Category.objects.create(category=name)
        for number in range(per_category):
            question = MCQuestion.objects.create(content=f"{name} {number}", category=category)
            question.quiz.add(quiz)
            Answer.objects.create(question=question, content=f"{name} {number} right", correct=True)
            for wrong in range(options - 1):
                Answer.objects.create(question=question, content=f"{name} {number} wrong {wrong}")
        QuestionQuota.objects.create(quiz=quiz, category=category, count=quota)
    return quiz


def course_with(course_tree, quiz, *trainees):
    course = course_tree["course"]
    course.quiz = quiz
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    for trainee in trainees:
        services.enrollment_create(user=trainee, course=course)
    return course


def trainee(name):
    return get_user_model().objects.create_user(name, password="a-long-password-1")


def take(user, course, answer):
    """A whole attempt through the service, answering from the options shown."""
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    while (question := quiz_engine.current_question(attempt)) is not None:
        quiz_engine.quiz_answer_submit(
            user=user, attempt_id=attempt.pk, question_id=question.pk, raw_answer=answer(question)
        )
        attempt.refresh_from_db()
    return attempt


def test_an_attempt_asks_the_quota_from_each_category(course_tree):
    asha = trainee("asha")
    course = course_with(course_tree, pooled_quiz(), asha)
    attempt = quiz_engine.quiz_attempt_start(user=asha, course=course)
    questions = MCQuestion.objects.filter(pk__in=asked(attempt)).select_related("category")
    assert sorted(q.category.category for q in questions) == sorted(CATEGORIES * 4)
    # Recorded: the same questions, three options each, the right one always among them.
    assert [q["id"] for q in attempt.draw] == asked(attempt)
    for question in attempt.draw:
        assert len(question["options"]) == 3
        assert sum(correct for _pk, _text, correct in question["options"]) == 1


def test_two_trainees_of_one_district_see_different_questions_and_option_orders(course_tree):
    asha, ravi = trainee("asha"), trainee("ravi")
    course = course_with(course_tree, pooled_quiz(), asha, ravi)
    first = quiz_engine.quiz_attempt_start(user=asha, course=course)
    second = quiz_engine.quiz_attempt_start(user=ravi, course=course)
    assert set(asked(first)) != set(asked(second))
    # Both answer from the page they were shown.
    page = quiz_engine.current_question(first)
    assert [pk for pk, _t in page.choices] == [o[0] for o in first.draw[0]["options"]]


def test_a_retake_after_a_fail_asks_new_questions(course_tree):
    asha = trainee("asha")
    course = course_with(course_tree, pooled_quiz(), asha)
    failed = take(asha, course, shown_wrong)
    assert failed.passed is False
    retake = take(asha, course, shown_right)
    assert retake.passed is True
    # 20 per category, 4 asked: the retake asks none of the first attempt's questions.
    assert not set(asked(failed)) & set(asked(retake))


def test_a_retake_asks_every_unseen_question_before_repeating_one(course_tree):
    asha = trainee("asha")
    course = course_with(course_tree, pooled_quiz(per_category=6, quota=4), asha)
    first = take(asha, course, shown_wrong)
    retake = quiz_engine.quiz_attempt_start(user=asha, course=course)
    pool = set(course.quiz.question_set.values_list("pk", flat=True))
    unseen = pool - set(asked(first))
    assert len(unseen) == 6  # two of each category
    assert unseen <= set(asked(retake))
    assert len(asked(retake)) == 12


def test_a_question_edited_after_the_draw_is_asked_and_marked_as_drawn(client, course_tree):
    asha = trainee("asha")
    quiz = pooled_quiz(per_category=1, quota=1, options=2, options_shown=None)
    QuizRules.objects.filter(quiz=quiz).update(review=QuizRules.Review.AT_END)
    course = course_with(course_tree, quiz, asha)
    attempt = quiz_engine.quiz_attempt_start(user=asha, course=course)
    drawn = quiz_engine.current_question(attempt)
    right_then = shown_right(drawn)
    # The trainer rewrites the question and swaps the right answer.
    live = MCQuestion.objects.get(pk=drawn.pk)
    live.content = "Rewritten question"
    live.save()
    Answer.objects.filter(question=live).update(correct=False)
    Answer.objects.filter(question=live).exclude(pk=right_then).update(correct=True)

    client.force_login(asha)
    page = client.get(reverse("quiz_question", args=(attempt.pk,))).content.decode()
    assert drawn.content in page and "Rewritten question" not in page
    outcome = quiz_engine.quiz_answer_submit(
        user=asha, attempt_id=attempt.pk, question_id=drawn.pk, raw_answer=right_then
    )
    assert outcome.correct is True
    # A deleted question: the attempt's review still shows what was asked.
    MCQuestion.objects.filter(pk=drawn.pk).delete()
    while (question := quiz_engine.current_question(attempt)) is not None:
        quiz_engine.quiz_answer_submit(
            user=asha,
            attempt_id=attempt.pk,
            question_id=question.pk,
            raw_answer=shown_right(question),
        )
        attempt.refresh_from_db()
    result = client.get(reverse("quiz_result", args=(attempt.pk,))).content.decode()
    assert drawn.content in result
    assert "Your score: 100%" in result


def test_an_option_not_shown_is_refused(course_tree):
    asha = trainee("asha")
    course = course_with(course_tree, pooled_quiz(options=6, options_shown=2), asha)
    attempt = quiz_engine.quiz_attempt_start(user=asha, course=course)
    question = quiz_engine.current_question(attempt)
    hidden = Answer.objects.filter(question_id=question.pk).exclude(
        pk__in=[pk for pk, _t in question.choices]
    )
    assert hidden.count() == 4
    with pytest.raises(Exception, match="Choose one of the answers"):
        quiz_engine.quiz_answer_submit(
            user=asha, attempt_id=attempt.pk, question_id=question.pk, raw_answer=str(hidden[0].pk)
        )


def test_a_pool_that_shrank_below_its_quota_gives_what_it_has(course_tree):
    asha = trainee("asha")
    quiz = pooled_quiz(per_category=5, quota=4)
    MCQuestion.objects.filter(category__category="safety").exclude(
        pk=MCQuestion.objects.filter(category__category="safety").first().pk
    ).delete()
    course = course_with(course_tree, quiz, asha)
    attempt = quiz_engine.quiz_attempt_start(user=asha, course=course)
    assert len(asked(attempt)) == 4 + 4 + 1


def test_a_quiz_without_quotas_asks_all_its_questions_as_before(course_tree):
    asha = trainee("asha")
    quiz = pooled_quiz(per_category=2)
    QuestionQuota.objects.filter(quiz=quiz).delete()
    course = course_with(course_tree, quiz, asha)
    attempt = take(asha, course, shown_right)
    assert sorted(asked(attempt)) == sorted(quiz.question_set.values_list("pk", flat=True))
    assert attempt.score_percent == 100


def test_drawing_takes_a_bounded_number_of_queries(course_tree, django_assert_max_num_queries):
    asha = trainee("asha")
    course = course_with(course_tree, pooled_quiz(per_category=60, quota=5), asha)
    take(asha, course, shown_wrong)
    with django_assert_max_num_queries(20):
        quiz_engine.quiz_attempt_start(user=asha, course=course)


# The quotas in the admin -----------------------------------------------------------------


def quota_data(rows, existing=()):
    data = {
        "quotas-TOTAL_FORMS": str(len(rows)),
        "quotas-INITIAL_FORMS": str(len(existing)),
        "quotas-MIN_NUM_FORMS": "0",
        "quotas-MAX_NUM_FORMS": "50",
    }
    for index, (category, count) in enumerate(rows):
        data[f"quotas-{index}-category"] = str(category.pk)
        data[f"quotas-{index}-count"] = str(count)
    for index, quota in enumerate(existing):
        data[f"quotas-{index}-id"] = str(quota.pk)
    return data


def quiz_post(quiz, **extra):
    return {
        "title": quiz.title,
        "description": "",
        "pass_mark": "60",
        "success_text": "",
        "fail_text": "",
        "review": "at_end",
        **extra,
    }


def test_quotas_are_set_beside_the_quiz_in_the_admin(admin_client):
    quiz = pooled_quiz()
    QuestionQuota.objects.filter(quiz=quiz).delete()
    verification, civility = Category.objects.filter(category__in=CATEGORIES[:2]).order_by("pk")
    url = reverse("wagtailsnippets_quiz_quiz:edit", args=(quiz.pk,))
    page = admin_client.get(url).content.decode()
    assert "Questions drawn per attempt" in page and 'name="quotas-TOTAL_FORMS"' in page
    response = admin_client.post(
        url,
        {**quiz_post(quiz, options_shown="4"), **quota_data([(verification, 5), (civility, 3)])},
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert sorted(quiz.quotas.values_list("category__category", "count")) == [
        ("civility", 3),
        ("verification", 5),
    ]
    assert QuizRules.objects.get(quiz=quiz).options_shown == 4


def test_a_quota_larger_than_its_pool_is_refused_and_nothing_is_saved(admin_client):
    quiz = pooled_quiz()
    QuestionQuota.objects.filter(quiz=quiz).delete()
    verification, civility = Category.objects.filter(category__in=CATEGORIES[:2]).order_by("pk")
    response = admin_client.post(
        reverse("wagtailsnippets_quiz_quiz:edit", args=(quiz.pk,)),
        {
            **quiz_post(quiz, pass_mark="80", title="Renamed"),
            **quota_data([(verification, 5), (civility, 21)]),
        },
    )
    assert response.status_code == 200
    assert "This quiz has only 20 questions in “civility”" in response.content.decode()
    quiz.refresh_from_db()
    assert (quiz.title, quiz.pass_mark, quiz.quotas.count()) == ("Pooled quiz", 60, 0)


def test_the_same_category_twice_is_refused():
    quiz = pooled_quiz()
    QuestionQuota.objects.filter(quiz=quiz).delete()
    verification = Category.objects.get(category="verification")
    formset = QuotaFormSet(
        data=quota_data([(verification, 2), (verification, 3)]), instance=quiz, prefix="quotas"
    )
    assert not formset.is_valid()


def test_a_category_quizzes_draw_from_is_not_deleted(admin_client):
    quiz = pooled_quiz(per_category=1, quota=1)
    category = Category.objects.get(category="safety")
    with pytest.raises(ProtectedError):
        category.delete()
    response = admin_client.post(
        reverse("wagtailsnippets_quiz_category:delete", args=(category.pk,)), follow=True
    )
    assert "“safety” is not deleted: the quizzes “Pooled quiz” draw questions" in (
        response.content.decode()
    )
    assert Category.objects.filter(pk=category.pk).exists()
    assert MCQuestion.objects.filter(category=category).count() == 1  # nothing cascaded
    assert quiz.quotas.count() == 3
