"""Issue 13, cosmetic wording: one name for the quiz, no doubled colon, no stray space."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import translation

from wagtail.documents import get_document_model

from courses import quiz_engine, services
from courses.demo import COURSES
from courses.models import CoursePage
from courses.tests.factories import quiz_create
from testing.pages import stream


def test_hindi_demo_quizzes_are_all_called_final_quiz():
    for course in COURSES:
        title = course["quiz"]["hi"]["title"]
        assert title.endswith("अंतिम क्विज़"), title
        assert "प्रश्नोत्तरी" not in course["quiz"]["hi"]["description"]


@pytest.mark.django_db
def test_the_unfinished_quiz_notice_has_one_colon_at_most(client, course_tree):
    trainee = get_user_model().objects.create_user("asha", password="a-long-password-1")
    client.force_login(trainee)
    course = course_tree["course"]
    course.quiz = quiz_create(title="सोशल मीडिया कौशल: अंतिम क्विज़")
    course.save_revision().publish()
    course = CoursePage.objects.get(pk=course.pk)
    services.enrollment_create(user=trainee, course=course)
    for lesson in course_tree["lessons"]:
        services.lesson_complete(user=trainee, lesson=lesson)
    quiz_engine.quiz_attempt_start(user=trainee, course=course)
    with translation.override("hi"):
        html = client.get(reverse("dashboard")).content.decode()
    notice = re.search(r'<p class="notice">([^<]*अंतिम क्विज़[^<]*)</p>', html).group(1)
    assert notice.count(":") == 1, notice
    assert "आपने “सोशल मीडिया कौशल: अंतिम क्विज़” शुरू की है, पर अभी पूरी नहीं की।" in notice


@pytest.mark.django_db
def test_the_hindi_file_size_has_no_space_before_the_bracket(client, course_tree):
    document = get_document_model()(title="Checklist")
    document.file.save("checklist.pdf", ContentFile(b"%PDF-1.4" + b"0" * 19_000), save=False)
    document.save()
    lesson = course_tree["lessons"][2]
    lesson.body = stream(("document", {"document": document.pk, "title": ""}))
    lesson.save_revision().publish()
    html = client.get("/hi/courses/verification/lesson-3/").content.decode()
    # filesizeformat joins number and unit with a no-break space; Django's own Hindi
    # catalogue adds a trailing one too.
    assert re.search(r"\(PDF, 18\.6\xa0केबी\)", html), re.findall(r"\(PDF[^)]*\)", html)


def test_the_contact_consent_says_what_team_members_see():
    with translation.override("hi"):
        text = translation.gettext(
            "Your team leader sees them, so that they can reach you; if you lead a team, "
            "its members see yours."
        )
    assert text.endswith("तो उसके सदस्य आपकी संपर्क जानकारी देखेंगे।")
