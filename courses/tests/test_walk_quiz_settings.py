"""Issue 13: the quiz edit screen says what the engine does.

"Draft" is never read by our views (gone); "Random order" governs the first attempt
only, retakes are always shuffled (courses.quiz_engine.quiz_attempt_start); pass mark and
maximum questions are each language's own quiz's (django-quiz-app's Sitting reads
them from the quiz taken), so a translated quiz's screen shows the default-language values.
"""

import pytest
from quiz.models import Quiz

from django.urls import reverse

from courses.tests.factories import quiz_create

pytestmark = pytest.mark.django_db


def test_no_draft_on_the_quiz_screen_or_list(admin_client):
    quiz = Quiz.objects.create(title="Verification quiz", url="verification-quiz", pass_mark=70)
    edit = admin_client.get(reverse("wagtailsnippets_quiz_quiz:edit", args=(quiz.pk,)))
    assert 'name="draft"' not in edit.content.decode()
    listing = admin_client.get(reverse("wagtailsnippets_quiz_quiz:list")).content.decode()
    assert "Draft" not in listing


def test_random_order_says_retakes_are_always_shuffled(admin_client):
    quiz = Quiz.objects.create(title="Verification quiz", url="verification-quiz", pass_mark=70)
    html = admin_client.get(
        reverse("wagtailsnippets_quiz_quiz:edit", args=(quiz.pk,))
    ).content.decode()
    assert "Shuffle the questions on the first attempt" in html
    assert "Retakes are always shuffled" in html


def test_a_translated_quiz_shows_the_default_language_pass_mark(admin_client, course_tree):
    course, course_hi = course_tree["course"], course_tree["course_hi"]
    course.quiz = quiz_create(title="Verification quiz", pass_mark=70)
    course.save_revision().publish()
    course_hi.quiz = hindi = quiz_create(title="सत्यापन क्विज़", pass_mark=60)
    course_hi.save_revision().publish()
    html = admin_client.get(
        reverse("wagtailsnippets_quiz_quiz:edit", args=(hindi.pk,))
    ).content.decode()
    assert "Applies to this language version only" in html
    assert "“Verification quiz” (English): 70" in html
