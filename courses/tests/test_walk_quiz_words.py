"""Issue 13: Hindi true/false wording is सत्य/असत्य everywhere, never सही/ग़लत (right/wrong).

A review line "आपका उत्तर: असत्य ✓" followed by "ग़लत। …" reads "Your answer: False ✓ — Wrong."
"""

import re
from io import StringIO

import pytest
from quiz.models import Quiz
from true_false.models import TF_Question

from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from courses.demo import COURSES

RIGHT_WRONG = re.compile(r"सही|ग़लत|गलत")


def _hindi_true_false_questions():
    for course in COURSES:
        for question in course["quiz"]["questions"]:
            if question["type"] == "tf":
                yield course["slug"], question


def test_every_hindi_true_false_explanation_starts_with_true_or_false():
    questions = list(_hindi_true_false_questions())
    assert len(questions) >= 9
    for slug, question in questions:
        explanation = question["hi"]["explanation"]
        expected = "सत्य।" if question["correct"] else "असत्य।"
        assert explanation.startswith(expected), (slug, explanation[:40])
        assert not RIGHT_WRONG.match(explanation), (slug, explanation[:40])


def test_hindi_quiz_descriptions_call_them_true_false_questions():
    for course in COURSES:
        description = course["quiz"]["hi"]["description"]
        assert "सही/ग़लत" not in description and "सही/गलत" not in description
    social = next(c for c in COURSES if c["slug"] == "social-media-skills")
    assert "सत्य/असत्य" in social["quiz"]["hi"]["description"]


def test_the_admin_menu_calls_them_true_false_questions_in_hindi():
    with translation.override("hi"):
        label = translation.gettext("True/false questions")
    assert label == "सत्य/असत्य प्रश्न"


@pytest.mark.django_db
@override_settings(DEBUG=True)
def test_reloading_the_demo_brings_the_new_wording_to_an_existing_database():
    call_command("load_demo", stdout=StringIO())
    social, _question = next(_hindi_true_false_questions())
    text = _question["hi"]
    old = TF_Question.objects.get(content=text["content"])
    TF_Question.objects.filter(pk=old.pk).update(explanation="ग़लत। " + text["explanation"][6:])
    quiz = old.quiz.get()
    Quiz.objects.filter(pk=quiz.pk).update(fail_text="अभी थोड़ी कसर बाक़ी है।")

    call_command("load_demo", stdout=StringIO())
    assert TF_Question.objects.get(pk=old.pk).explanation == text["explanation"]
    assert "कसर" not in Quiz.objects.get(pk=quiz.pk).fail_text
