"""The quiz's admin screen tells the trainer whether a quiz marked "may be answered offline"
is offered so, where, or why not (courses.practice.offline_practice_note), in English and
Hindi; the sheet and the screen go by one list of obstacles."""

import pytest
from quiz.models import Category

from django.contrib.auth import get_user_model
from django.urls import reverse

from wagtail.users.models import UserProfile

from courses.models import QuestionQuota, SpotTheFakeQuestion
from courses.tests.factories import quiz_create

pytestmark = pytest.mark.django_db


def quiz_edit_screen(admin_client, quiz, language="en"):
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.preferred_language = language
    profile.save()
    response = admin_client.get(reverse("wagtailsnippets_quiz_quiz:edit", args=(quiz.pk,)))
    assert response.status_code == 200
    return response.content.decode()


def test_the_quiz_screen_says_where_a_quiz_with_a_spot_question_is_offered_offline(
    admin_client, spot_course
):
    screen = quiz_edit_screen(admin_client, spot_course.quiz)

    assert f"Offered on one page, even offline, in: {spot_course.title}." in screen


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Marked, but not offered offline: the quiz has questions drawn per attempt."),
        ("hi", "चिह्नित है, पर ऑफ़लाइन नहीं दी जाती, क्योंकि इस क्विज़ में ये हैं: हर प्रयास में चुने जाने वाले प्रश्न।"),
    ],
)
def test_the_quiz_screen_says_why_a_quiz_marked_for_offline_is_not_offered(
    admin_client, spot_course, language, said
):
    # Quotas written around the quiz's screen (a script, an import): the mark stays, the
    # sheet is not offered, and the screen says why.
    category = Category.objects.create(category="verification")
    spot = SpotTheFakeQuestion.objects.get(quiz=spot_course.quiz)
    spot.category = category
    spot.save()
    QuestionQuota.objects.create(quiz=spot_course.quiz, category=category, count=1)

    assert sheet_status(admin_client, spot_course) == 404
    assert said in quiz_edit_screen(admin_client, spot_course.quiz, language)


def sheet_status(admin_client, course):
    return admin_client.get(reverse("practice_sheet", args=[course.pk])).status_code


def test_the_quiz_screen_says_a_marked_quiz_no_course_uses_is_not_offered(admin_client):
    quiz = quiz_create(rules={"answer_offline": True}, essays=0)

    assert "no published course has this quiz as its closing quiz" in quiz_edit_screen(
        admin_client, quiz
    )
