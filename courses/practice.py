"""Practice quizzes answered offline (issue 17): every question on one page, answered with
no network, sent by the phone when it is back online, scored then.

Only a quiz a trainer marked so (``QuizRules.answer_offline``, ruled by the course in the
default language like every rule) and only an untimed one: a deadline needs the
server's clock, so graded, timed quizzes stay online. The sheet shows the questions and
options as written, so quizzes that draw questions per attempt or show a few options are
not offered, nor (for now) quizzes with spot-the-fake questions. The phone's service
worker queues the posted sheet with an Idempotency-Key (offline/replay.py): sent twice,
it is scored once.

Scoring goes through the quiz engine as if the trainee had answered one question per
screen, in one transaction: a sheet that does not fit the quiz any more (a question
added or changed since the page was kept) is refused whole, and nothing is recorded.
"""

from collections.abc import Mapping

from multichoice.models import Answer
from quiz.models import Question

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from courses import quiz_engine
from courses.models import CoursePage, QuestionQuota, QuizAttempt, SpotTheFakeQuestion
from courses.progress import quiz_rules
from courses.quiz_answers import clean_guess
from courses.quiz_draw import DrawnQuestion, drawn_question
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


def offline_practice_quiz(course: CoursePage):
    """The course's quiz when it may be answered offline, else None."""
    if not course.quiz_id:
        return None
    rules = quiz_rules(course=course)
    if not rules.answer_offline or rules.time_limit_minutes or rules.options_shown:
        return None
    if QuestionQuota.objects.filter(quiz_id=course.quiz_id).exists():
        return None
    # A spot-the-fake question (a verdict and its evidence) has no form on the sheet yet.
    if SpotTheFakeQuestion.objects.filter(quiz=course.quiz_id).exists():
        return None
    return course.quiz


def practice_sheet_questions(quiz) -> list[DrawnQuestion]:
    """The quiz's questions and options as written (the order trainers gave them)."""
    questions = list(Question.objects.filter(quiz=quiz).select_subclasses().order_by("pk"))
    answers = {}
    for answer in Answer.objects.filter(question_id__in=[q.pk for q in questions]).order_by("pk"):
        answers.setdefault(answer.question_id, []).append(answer)
    return [
        drawn_question(q, answers=answers.get(q.pk, []), options_shown=None, shuffle=False)
        for q in questions
    ]


def field_name(question_id: int) -> str:
    return f"answer-{question_id}"


@transaction.atomic
def practice_answers_submit(
    *, user, course: CoursePage, answers: Mapping[str, str], client: str = ""
) -> QuizAttempt:
    """Score a practice sheet answered (perhaps offline): an attempt opened (or the open
    one resumed) and each of its questions answered from ``answers`` (``answer-<id>``).

    Refuses (LearningError, nothing recorded): a quiz not offered offline, a trainee not
    enrolled or without attempts left, a sheet missing or misanswering a question.
    """
    if offline_practice_quiz(course) is None:
        raise NotOfflinePractice()
    attempt = quiz_engine.quiz_attempt_start(user=user, course=course)
    while attempt.is_open:
        question = quiz_engine.current_question(attempt)
        if question is None:
            break
        raw = answers.get(field_name(question.id), "")
        try:
            clean_guess(question, raw)
        except ValidationError:
            raise PracticeSheetChanged() from None
        outcome = quiz_engine.quiz_answer_submit(
            user=user, attempt_id=attempt.pk, question_id=question.id, raw_answer=raw, client=client
        )
        if not outcome.counted:  # a concurrent sending of the same sheet answered it
            raise PracticeSheetChanged()
        attempt = outcome.attempt
    return attempt
