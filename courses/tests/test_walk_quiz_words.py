"""Issue 13: Hindi true/false wording is सत्य/असत्य everywhere, never सही/ग़लत (right/wrong).

A review line "आपका उत्तर: असत्य ✓" followed by "ग़लत। …" reads "Your answer: False ✓ — Wrong."
"""

import re

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
