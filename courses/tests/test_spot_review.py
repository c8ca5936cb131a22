"""The result page's review of a spot-the-fake answer: the verdict and evidence chosen in
words, the part of the point earned; after a pass, the right verdict and the deciding
evidence."""

import pytest

from django.urls import reverse
from django.utils import translation

from courses import quiz_engine
from courses.tests.test_spot_the_fake import (
    answer_mc_right,
    answer_spot,
    deciding,
    other,
    spot_quiz_course,
    trainee,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "en",
            ("Verdict: Misleading.", "Part of the point earned: 0.5 of 1.", "The right answer:"),
        ),
        ("hi", ("निष्कर्ष: भ्रामक।", "इस प्रश्न के 1 अंक में से मिले: 0.5।", "सही उत्तर")),
    ],
)
def test_the_review_shows_the_answer_and_its_part_of_a_point(course_tree, client, language, words):
    user = trainee()
    course, mc, spot = spot_quiz_course(course_tree, user)
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    answer_mc_right(user, attempt, mc)
    answer_spot(user, attempt, spot, "misleading", [deciding(spot)[0], other(spot)[0]])
    client.force_login(user)

    with translation.override(language):
        page = client.get(reverse("quiz_result", args=[attempt.pk]))
    text = page.content.decode()
    verdict, part, right = words
    assert verdict in text and part in text
    evidence = spot.evidence.get(pk=other(spot)[0]).text
    assert evidence in text  # what was ticked, in words
    assert right in text  # passed (75 %): the right verdict and deciding evidence shown
    for item in spot.evidence.filter(decides=True):
        assert item.text in text


def test_all_the_evidence_with_the_wrong_verdict_is_half_a_point_not_a_right_answer(course_tree):
    from decimal import Decimal

    from quiz.models import Sitting

    user = trainee()
    course, mc, spot = spot_quiz_course(course_tree, user)
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    answer_mc_right(user, attempt, mc)
    outcome = answer_spot(user, attempt, spot, "genuine", deciding(spot))
    assert outcome.correct is False
    assert outcome.spot == (False, Decimal("1.000"), Decimal("0.500"))
    sitting = Sitting.objects.get(pk=attempt.sitting_id)
    assert sitting.current_score == 1 and sitting.get_incorrect_questions == [spot.pk]
    attempt.refresh_from_db()
    assert attempt.score_percent == 75
