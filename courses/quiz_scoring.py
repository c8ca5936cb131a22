"""Scores with partial credit: the spot-the-fake rule, and an attempt's per cent.

django-quiz-app's Sitting counts whole points (``current_score``). A spot-the-fake
answer can earn part of its point, so:

- a fully right answer adds its point to the Sitting as any right answer does;
- any other answer goes to the Sitting's wrong questions, and its part of a point is
  kept in ``SpotAnswer.credit``;
- the attempt's per cent is (whole points + those parts) ÷ questions asked, rounded
  as django-quiz-app rounds. Without spot-the-fake answers it is exactly
  ``Sitting.get_percent_correct``.

The spot-the-fake rule (``spot_credit``), out of 1 point:

- **verdict**: half a point when the verdict is the right one;
- **evidence**: half a point × (deciding items ticked − other items ticked) ÷
  deciding items, never below 0: each wrong tick takes one right tick back, so
  ticking everything earns nothing for the evidence;
- rounded to three decimals. Full credit only for the right verdict with every
  deciding item ticked and nothing else.
"""

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from django.db.models import Sum

from courses.models import SpotAnswer

HALF = Fraction(1, 2)
PLACES = Decimal("0.001")


def spot_credit(*, verdict_right: bool, deciding: set, ticked: set) -> tuple[Decimal, Decimal]:
    """(evidence found, credit), each from 0 to 1, by the rule above."""
    found = Fraction(0)
    if deciding:
        hits, misses = len(ticked & deciding), len(ticked - deciding)
        found = max(Fraction(0), Fraction(hits - misses, len(deciding)))
    credit = (HALF if verdict_right else 0) + HALF * found
    return _decimal(found), _decimal(credit)


def _decimal(value: Fraction) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        PLACES, rounding=ROUND_HALF_UP
    )


def attempt_score(sitting) -> tuple[int, bool]:
    """(per cent, passed) of a sitting, parts of points included (one query)."""
    asked = len(sitting._question_ids())
    if asked < 1:
        return 0, False
    parts = SpotAnswer.objects.filter(sitting_id=sitting.pk, credit__lt=1).aggregate(
        total=Sum("credit")
    )["total"] or Decimal(0)
    points = Decimal(sitting.current_score) + parts
    percent = max(0, min(100, round(float(points) / asked * 100)))
    return percent, percent >= sitting.quiz.pass_mark
