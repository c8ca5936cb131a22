"""django-quiz-app's models, loaded through lms/quiz_compat.py, behave on Django 5.2.

These run on SQLite and, in CI, again on PostgreSQL (DATABASE_URL).
"""

import json

import pytest
from essay.models import Essay_Question
from multichoice.models import Answer, MCQuestion
from quiz.models import Category, Progress, Quiz, Sitting
from true_false.models import TF_Question

from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def category():
    return Category.objects.new_category("Fact checking")


@pytest.fixture
def quiz(category):
    """A closing quiz: one multiple-choice, one true/false, one essay question."""
    quiz = Quiz.objects.create(
        title="Verify before you share",
        url="verify-before-you-share",
        pass_mark=60,
        exam_paper=True,
        success_text="Well done.",
        fail_text="Read the lesson again.",
    )
    mc = MCQuestion.objects.create(
        content="A viral photo claims a flood in your district today. What do you do first?",
        explanation="A reverse image search often shows an old photo reused.",
        category=category,
    )
    mc.quiz.add(quiz)
    Answer.objects.bulk_create(
        [
            Answer(question=mc, content="Share it quickly so people are warned", correct=False),
            Answer(question=mc, content="Run a reverse image search", correct=True),
            Answer(question=mc, content="Add an angry comment", correct=False),
        ]
    )
    tf = TF_Question.objects.create(
        content="A post with many shares is more likely to be true.",
        correct=False,
        category=category,
    )
    tf.quiz.add(quiz)
    essay = Essay_Question.objects.create(
        content="Write a calm, sourced reply to a false claim.", category=category
    )
    essay.quiz.add(quiz)
    return quiz


@pytest.fixture
def trainee():
    return get_user_model().objects.create_user("asha", password="x-long-password-1")


def answer(sitting, guess):
    """Answer the sitting's current question the way a quiz view does."""
    question = sitting.get_first_question()
    correct = question.check_if_correct(guess)
    if correct:
        sitting.add_to_score(1)
    else:
        sitting.add_incorrect_question(question)
    sitting.add_user_answer(question, guess)
    sitting.remove_first_question()
    return question, correct


def test_quiz_holds_all_three_question_types(quiz):
    kinds = sorted(type(q).__name__ for q in quiz.get_questions())
    assert kinds == ["Essay_Question", "MCQuestion", "TF_Question"]
    assert quiz.get_max_score == 3


def test_user_sitting_creates_one_open_sitting_and_returns_it_again(quiz, trainee):
    sitting = Sitting.objects.user_sitting(trainee, quiz)
    assert sitting.pk is not None
    assert sitting.complete is False
    assert sitting.get_max_score == 3
    assert sitting.progress() == (0, 3)

    again = Sitting.objects.user_sitting(trainee, quiz)
    assert again.pk == sitting.pk
    assert Sitting.objects.filter(user=trainee, quiz=quiz).count() == 1


def test_single_attempt_quiz_refuses_a_second_sitting(quiz, trainee):
    quiz.single_attempt = True
    quiz.save()
    sitting = Sitting.objects.user_sitting(trainee, quiz)
    sitting.mark_quiz_complete()
    assert sitting.end is not None
    assert Sitting.objects.user_sitting(trainee, quiz) is False


def test_answering_scores_and_passes(quiz, trainee):
    sitting = Sitting.objects.user_sitting(trainee, quiz)
    mc = MCQuestion.objects.get(quiz=quiz)
    right = mc.get_answers().get(correct=True)
    # The engine asks an unshuffled quiz's questions in the database's row order,
    # which PostgreSQL does not fix: answer each by its kind.
    guesses = {
        MCQuestion: (right.id, True),
        TF_Question: ("False", True),  # the claim is false: correct
        Essay_Question: ("A sourced, civil reply.", False),  # marked by a trainer later
    }
    answered = {}
    for _ in range(3):
        kind = type(sitting.get_first_question())
        guess, expected = guesses[kind]
        question, correct = answer(sitting, guess)
        assert correct is expected, kind
        answered[kind] = question
    assert answered[MCQuestion] == mc
    question = answered[Essay_Question]

    assert sitting.get_first_question() is False  # nothing left to answer
    sitting.mark_quiz_complete()
    sitting.refresh_from_db()
    assert sitting.complete
    assert sitting.get_current_score == 2
    assert sitting.get_incorrect_questions == [question.id]
    assert sitting.get_percent_correct == 67  # 2 of 3, rounded
    assert sitting.check_if_passed  # pass mark 60
    assert sitting.result_message == "Well done."
    assert sitting.progress() == (3, 3)
    answers = json.loads(sitting.user_answers)
    assert answers[str(mc.id)] == right.id


def test_wrong_answers_fail_the_pass_mark(quiz, trainee):
    sitting = Sitting.objects.user_sitting(trainee, quiz)
    wrong = MCQuestion.objects.get(quiz=quiz).get_answers().filter(correct=False).first()
    answer(sitting, wrong.id)
    answer(sitting, "True")
    answer(sitting, "An essay")
    sitting.mark_quiz_complete()
    assert sitting.get_current_score == 0
    assert sitting.get_percent_correct == 0
    assert not sitting.check_if_passed
    assert sitting.result_message == "Read the lesson again."
    assert len(sitting.get_incorrect_questions) == 3


def test_add_incorrect_question_after_completion_takes_the_point_back(quiz, trainee):
    sitting = Sitting.objects.user_sitting(trainee, quiz)
    mc = MCQuestion.objects.get(quiz=quiz)
    answer(sitting, mc.get_answers().get(correct=True).id)
    answer(sitting, "False")
    answer(sitting, "An essay")
    sitting.mark_quiz_complete()
    assert sitting.get_current_score == 2

    # A trainer re-marks the multiple-choice answer as wrong after the sitting ended.
    sitting.add_incorrect_question(mc)
    sitting.refresh_from_db()
    assert sitting.get_current_score == 1
    assert mc.id in sitting.get_incorrect_questions
    assert sitting.get_percent_correct == 33
    assert not sitting.check_if_passed


def test_marking_an_essay_correct_adds_the_point(quiz, trainee):
    sitting = Sitting.objects.user_sitting(trainee, quiz)
    answer(sitting, MCQuestion.objects.get(quiz=quiz).get_answers().get(correct=True).id)
    answer(sitting, "True")  # wrong
    essay, _ = answer(sitting, "Thank you for the question. The official data shows ...")
    sitting.mark_quiz_complete()
    assert sitting.get_percent_correct == 33

    sitting.remove_incorrect_question(essay)
    sitting.refresh_from_db()
    assert sitting.get_current_score == 2
    assert essay.id not in sitting.get_incorrect_questions
    assert sitting.check_if_passed


def test_questions_with_user_answers_keep_the_sitting_order(quiz, trainee):
    sitting = Sitting.objects.user_sitting(trainee, quiz)
    order = [int(n) for n in sitting.question_order.split(",") if n]
    for guess in ("x", "False", "essay"):
        question = sitting.get_first_question()
        if isinstance(question, MCQuestion):
            guess = question.get_answers().first().id
        answer(sitting, guess)
    questions = sitting.get_questions(with_answers=True)
    assert [q.id for q in questions] == order
    assert all(hasattr(q, "user_answer") for q in questions)


def test_progress_update_score_accumulates_per_category(quiz, trainee, category):
    progress = Progress.objects.new_progress(trainee)
    mc = MCQuestion.objects.get(quiz=quiz)

    progress.update_score(mc, 1, 2)
    progress.update_score(mc, 2, 3)
    progress.refresh_from_db()

    assert progress.score == "fact-checking,3,5,"
    assert progress.list_all_cat_scores == {"fact-checking": [3, 5, 60]}
    # A question without a category is refused with a message, and nothing is stored.
    uncategorised = TF_Question.objects.create(content="No category", correct=True)
    assert progress.update_score(uncategorised, 1, 1) == (
        "error",
        "category does not exist or invalid score",
    )
    progress.refresh_from_db()
    assert progress.score == "fact-checking,3,5,"


def test_quiz_save_strips_devanagari_vowel_signs_from_its_slug():
    """Why quiz URLs will use our own ids or slugs: its slug cleaning damages Hindi."""
    quiz = Quiz.objects.create(title="सत्यापन", url="सत्यापन")
    assert quiz.url != "सत्यापन"
    assert quiz.url == "सतयपन"
