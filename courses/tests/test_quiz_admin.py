"""Quizzes and their questions are edited in the Wagtail admin; answers on the question's screen."""

import pytest
from multichoice.models import Answer, MCQuestion
from quiz.models import Quiz

from django.urls import reverse

from courses.tests.factories import formset_rows

pytestmark = pytest.mark.django_db


def answers_data(rows, existing=0):
    return formset_rows("answers", rows, text="content", flag="correct", existing=existing)


@pytest.fixture
def quiz():
    return Quiz.objects.create(title="Verification quiz", url="verification-quiz", pass_mark=70)


def test_quiz_is_created_in_the_admin_with_a_hindi_title(admin_client):
    response = admin_client.post(
        reverse("wagtailsnippets_quiz_quiz:add"),
        {
            "title": "सत्यापन क्विज़",
            "description": "",
            "pass_mark": "70",
            "success_text": "",
            "fail_text": "",
            "time_limit_minutes": "20",
            "max_attempts": "3",
            "review": "after_each",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    quiz = Quiz.objects.get(title="सत्यापन क्विज़")
    assert quiz.pass_mark == 70
    assert quiz.url.startswith("quiz-")  # no ASCII in the title: a generated slug, never shown
    # Our rules, edited on the same screen.
    assert (quiz.rules.time_limit_minutes, quiz.rules.max_attempts, quiz.rules.review) == (
        20,
        3,
        "after_each",
    )
    edit = admin_client.get(reverse("wagtailsnippets_quiz_quiz:edit", args=(quiz.pk,)))
    assert 'name="time_limit_minutes"' in edit.content.decode()
    assert 'value="20"' in edit.content.decode()


def test_multiple_choice_question_is_created_with_its_answers_on_one_screen(admin_client, quiz):
    add_url = reverse("wagtailsnippets_multichoice_mcquestion:add")
    form = admin_client.get(add_url).content.decode()
    assert 'name="answers-TOTAL_FORMS"' in form and 'name="answers-0-content"' in form

    response = admin_client.post(
        add_url,
        {
            "content": "What do you check first on a viral photo?",
            "quiz": [str(quiz.pk)],
            "explanation": "Old photos are often reused.",
            "answer_order": "content",
            **answers_data(
                [
                    ("Its date and first appearance", True),
                    ("The number of likes", False),
                    ("", False),
                ]
            ),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    question = MCQuestion.objects.get(content__startswith="What do you check first")
    assert list(question.quiz.all()) == [quiz]
    assert sorted((a.content, a.correct) for a in Answer.objects.filter(question=question)) == [
        ("Its date and first appearance", True),
        ("The number of likes", False),
    ]
    assert question.check_if_correct(Answer.objects.get(question=question, correct=True).pk)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([("Only one answer", True)], "Give at least 2 answers."),
        ([("A", False), ("B", False)], "Mark at least one answer as correct."),
    ],
)
def test_question_without_usable_answers_is_refused_and_nothing_is_saved(
    admin_client, quiz, rows, message
):
    response = admin_client.post(
        reverse("wagtailsnippets_multichoice_mcquestion:add"),
        {"content": "A question", "quiz": [str(quiz.pk)], "explanation": "", **answers_data(rows)},
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not MCQuestion.objects.filter(content="A question").exists()
    assert not Answer.objects.exists()


def test_answers_are_edited_and_deleted_on_the_question_screen(admin_client, quiz):
    question = MCQuestion.objects.create(content="Which is safest?")
    keep = Answer.objects.create(question=question, content="Two-step verification", correct=True)
    drop = Answer.objects.create(question=question, content="Same password everywhere")
    edit_url = reverse("wagtailsnippets_multichoice_mcquestion:edit", args=(question.pk,))
    data = {
        "content": "Which is safest?",
        "quiz": [str(quiz.pk)],
        "explanation": "",
        **answers_data(
            [
                ("Two-step verification", True),
                ("Same password everywhere", False),
                ("A password manager", False),
            ],
            existing=2,
        ),
        "answers-0-id": str(keep.pk),
        "answers-1-id": str(drop.pk),
        "answers-1-DELETE": "on",
    }
    response = admin_client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert sorted(Answer.objects.filter(question=question).values_list("content", flat=True)) == [
        "A password manager",
        "Two-step verification",
    ]


def test_the_quiz_screen_has_one_control_per_behaviour(admin_client, quiz):
    html = admin_client.get(reverse("wagtailsnippets_quiz_quiz:edit", args=(quiz.pk,))).content
    html = html.decode()
    # Ours: the attempt limit and when answers are shown.
    assert 'name="max_attempts"' in html and 'name="review"' in html
    # django-quiz-app's fields that ours replace (or that our views never read) are gone.
    for replaced in ("answers_at_end", "single_attempt", "exam_paper"):
        assert f'name="{replaced}"' not in html


def test_a_translated_course_quiz_says_the_default_language_quiz_sets_its_rules(
    admin_client, course_tree
):
    from courses.models import QuizRules
    from courses.tests.factories import quiz_create

    course, course_hi = course_tree["course"], course_tree["course_hi"]
    course.quiz = quiz_create(title="Verification quiz", rules={"max_attempts": 3})
    course.save_revision().publish()
    course_hi.quiz = hindi = quiz_create(title="सत्यापन क्विज़", rules={"max_attempts": 3})
    course_hi.save_revision().publish()

    url = reverse("wagtailsnippets_quiz_quiz:edit", args=(hindi.pk,))
    html = admin_client.get(url).content.decode()
    assert "Verification quiz" in html  # names the quiz whose rules apply
    assert (
        'name="max_attempts"' in html and "disabled" in html.split('name="max_attempts"')[1][:200]
    )

    response = admin_client.post(
        url,
        {
            "title": "सत्यापन क्विज़",
            "description": "",
            "pass_mark": "60",
            "success_text": "",
            "fail_text": "",
            "max_attempts": "50",
            "review": "after_each",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    # The translation cannot loosen the rules its course's default-language quiz sets.
    assert QuizRules.objects.get(quiz=hindi).max_attempts == 3
