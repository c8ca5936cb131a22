"""The cohort filter names its months in the reader's language, day-first formats aside."""

import datetime

from django.utils import translation

from reports.filters import cohort_choices


def test_cohort_months_are_named_in_the_readers_language():
    today = datetime.date(2026, 12, 5)
    with translation.override("hi"):
        hindi = dict(cohort_choices(today))
    with translation.override("en"):
        english = dict(cohort_choices(today))
    assert hindi["2026-12"] == "दिसंबर 2026" and hindi["2026-02"] == "फ़रवरी 2026"
    assert english["2026-12"] == "December 2026"
