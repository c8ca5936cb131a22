"""Practice quizzes answered offline (issue 17): every question on one page, answered with
no network, sent by the phone when it is back online, scored then.

Only a quiz a trainer marked so (``QuizRules.answer_offline``, ruled by the course in the
default language like every rule) and only an untimed one: a deadline needs the
server's clock, so graded, timed quizzes stay online. The sheet shows the questions and
options as written, so quizzes that draw questions per attempt or show a few options are
not offered. A spot-the-fake question is on the sheet as the online question page shows
it (the post, a verdict, the evidence to tick), with fields named per question. The
phone's service worker queues the posted sheet with an Idempotency-Key
(offline/replay.py): sent twice, it is scored once.

Scoring goes through the quiz engine as if the trainee had answered one question per
screen, in one transaction: a sheet that does not fit the quiz any more (a question
added or changed since the page was kept, a spot-the-fake question's evidence list
changed: its items, their wording or which of them decide) is refused whole, and
nothing is recorded. The evidence list travels with the sheet as a keyed stamp, so the
page never tells which items decide.
"""

import json

from quiz.models import Question

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import QueryDict
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses import quiz_engine
from courses.models import CoursePage, QuestionQuota, QuizAttempt, QuizRules
from courses.progress import quiz_rules
from courses.quiz_answers import clean_guess
from courses.quiz_draw import DrawnQuestion, draw_record
from courses.services import LearningError


class NotOfflinePractice(LearningError):
    def __init__(self):
        super().__init__(_("This quiz can only be answered online."))


class PracticeSheetChanged(LearningError):
    def __init__(self):
        super().__init__(
            _(
                "This quiz has changed since the page was opened, so your answers were not "
                "scored. Open the quiz again and answer it."
            )
        )


class SheetIncomplete(LearningError):
    """A spot-the-fake question on an unchanged sheet answered incompletely (no evidence
    ticked: a group of checkboxes cannot be ``required`` in plain HTML)."""

    def __init__(self, question: DrawnQuestion, error: ValidationError):
        super().__init__(
            _("Your answers were not scored. “%(question)s”: %(error)s")
            % {"question": question.content, "error": error.messages[0]}
        )


def offline_obstacles(*, time_limit_minutes, options_shown, quotas: bool) -> list:
    """What keeps a quiz marked "may be answered offline" from being offered so (the
    one list both the sheet and the quiz's admin screen go by)."""
    found = []
    if time_limit_minutes:
        found.append(gettext_lazy("a time limit"))
    if options_shown:
        found.append(gettext_lazy("a number of options shown"))
    if quotas:
        found.append(gettext_lazy("questions drawn per attempt"))
    return found


def offline_practice_quiz(course: CoursePage):
    """The course's quiz when it may be answered offline, else None."""
    if not course.quiz_id:
        return None
    rules = quiz_rules(course=course)
    if not rules.answer_offline or offline_obstacles(
        time_limit_minutes=rules.time_limit_minutes,
        options_shown=rules.options_shown,
        quotas=QuestionQuota.objects.filter(quiz_id=course.quiz_id).exists(),
    ):
        return None
    return course.quiz


def offline_practice_note(quiz) -> str | None:
    """For the quiz's admin screen, when it is marked "may be answered offline": the
    courses that offer it so, or why none does."""
    rules = QuizRules.for_quiz(quiz)
    if not rules.answer_offline:
        return None
    courses = CoursePage.objects.live().filter(quiz=quiz).order_by("pk")
    offered = [course.title for course in courses if offline_practice_quiz(course)]
    if offered:
        return _("Offered on one page, even offline, in: %(courses)s.") % {
            "courses": ", ".join(offered)
        }
    obstacles = offline_obstacles(
        time_limit_minutes=rules.time_limit_minutes,
        options_shown=rules.options_shown,
        quotas=QuestionQuota.objects.filter(quiz=quiz).exists(),
    )
    if obstacles:
        return _("Marked, but not offered offline: the quiz has %(what)s.") % {
            "what": ", ".join(str(obstacle) for obstacle in obstacles)
        }
    return _(
        "Marked, but not offered offline yet: no published course has this quiz as its "
        "closing quiz."
    )


def practice_sheet_questions(quiz) -> list[DrawnQuestion]:
    """The quiz's questions and options as written (the order trainers gave them), as
    the quiz engine draws them (spot-the-fake evidence lists included)."""
    ids = sorted(Question.objects.filter(quiz=quiz).values_list("pk", flat=True))
    record = draw_record(question_ids=ids, options_shown=None, shuffle_options=False)
    return [DrawnQuestion.from_json(data) for data in record]


def field_name(question_id: int) -> str:
    return f"answer-{question_id}"


def verdict_field(question_id: int) -> str:
    return f"verdict-{question_id}"


def evidence_field(question_id: int) -> str:
    return f"evidence-{question_id}"


def evidence_list_field(question_id: int) -> str:
    return f"evidence-list-{question_id}"


def evidence_list_stamp(question: DrawnQuestion) -> str:
    """A spot-the-fake question's evidence list as the sheet showed it (items, wording,
    which decide), keyed with the site's secret: it changes with any edit of the list
    and tells the page nothing about which items decide."""
    items = sorted([pk, text, bool(decides)] for pk, text, decides in question.options)
    return salted_hmac("courses.practice.evidence_list", json.dumps(items)).hexdigest()[:32]


def _sheet_answer(answers: QueryDict, question: DrawnQuestion):
    """The raw answer the sheet gives to ``question``, as the online page would post it."""
    if question.kind != "spot":
        return answers.get(field_name(question.id), "")
    if not constant_time_compare(
        answers.get(evidence_list_field(question.id), ""), evidence_list_stamp(question)
    ):
        raise PracticeSheetChanged()
    return {
        "verdict": answers.get(verdict_field(question.id), ""),
        "evidence": answers.getlist(evidence_field(question.id)),
    }


@transaction.atomic
def practice_answers_submit(
    *, user, course: CoursePage, answers: QueryDict, client: str = ""
) -> QuizAttempt:
    """Score a practice sheet answered (perhaps offline): an attempt opened (or the open
    one resumed) and each of its questions answered from ``answers`` (``answer-<id>``;
    for spot the fake ``verdict-<id>``, ``evidence-<id>`` and the evidence list's stamp).

    Refuses (LearningError, nothing recorded): a quiz not offered offline, a trainee not
    enrolled or without attempts left, a sheet missing or misanswering a question, or
    one whose spot-the-fake evidence list changed since it was opened (PracticeSheetChanged);
    a spot-the-fake answer without a verdict or evidence (SheetIncomplete).
    """
    if offline_practice_quiz(course) is None:
        raise NotOfflinePractice()
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    while attempt.is_open:
        question = quiz_engine.current_question(attempt)
        if question is None:
            break
        raw = _sheet_answer(answers, question)
        try:
            clean_guess(question, raw)
        except ValidationError as invalid:
            if question.kind == "spot":  # its list is the one the sheet showed
                raise SheetIncomplete(question, invalid) from None
            raise PracticeSheetChanged() from None
        outcome = quiz_engine.quiz_answer_submit(
            user=user, attempt_id=attempt.pk, question_id=question.id, raw_answer=raw, client=client
        )
        if not outcome.counted:  # a concurrent sending of the same sheet answered it
            raise PracticeSheetChanged()
        attempt = outcome.attempt
    return attempt
