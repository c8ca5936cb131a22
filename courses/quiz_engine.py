"""The quiz engine: a trainee's attempt at a course's closing quiz, from start to finish.

On django-quiz-app's models (its ``Sitting`` holds the questions still to answer, the
answers and the score), with ours around it: ``QuizAttempt`` (our ids in URLs, the
deadline, how it ended) and ``QuizRules`` (time limit, attempts, review). Here:

- starting or resuming an attempt, in the written or a shuffled question order
  (``quiz_attempt_start``); a retake's options shuffled too (``question_choices``);
- scoring one answer exactly once, under a row lock (``quiz_answer_submit``), after
  cleaning it (``clean_guess``);
- finishing it: the last answer, or the deadline passed (``quiz_attempt_close_if_expired``).

A passed attempt asks ``services.course_completion_evaluate`` to record the course.
"""

import random
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from essay.models import Essay_Question
from multichoice.models import MCQuestion
from quiz.models import Sitting
from true_false.models import TF_Question

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, EssayMark, QuizAttempt
from courses.progress import attempts_used, quiz_rules
from courses.services import LearningError, NotEnrolled, course_completion_evaluate, is_enrolled

MAX_ESSAY_LENGTH = 5000


class NoAttemptsLeft(LearningError):
    def __init__(self):
        super().__init__(_("You have used all your attempts at this quiz."))


class AttemptFinished(LearningError):
    def __init__(self):
        super().__init__(_("This quiz attempt is already finished."))


@transaction.atomic
def quiz_attempt_start(*, user, course: CoursePage) -> QuizAttempt:
    """Open an attempt at the course's quiz in that course's language, or resume the
    one open in any language (the course's quiz is one quiz to the attempt limit).

    The default-language course's QuizRules govern every language version.
    """
    quiz = course.quiz
    if quiz is None:
        raise LearningError(_("This course has no quiz."))
    if not is_enrolled(user=user, course=course):
        raise NotEnrolled()
    canonical = course.get_canonical()
    open_attempt = (
        QuizAttempt.objects.select_for_update()
        .filter(user=user, course=canonical)
        .open()
        .order_by("started_at")
        .first()
    )
    if open_attempt is not None:
        if not open_attempt.is_past_deadline():
            return open_attempt
        sitting = Sitting.objects.select_for_update().get(pk=open_attempt.sitting_id)
        _attempt_finish(open_attempt, sitting, QuizAttempt.Ending.TIMED_OUT)
    rules = quiz_rules(course=course)
    used = attempts_used(user=user, course=course)
    if rules.max_attempts is not None and used >= rules.max_attempts:
        raise NoAttemptsLeft()
    now = timezone.now()
    try:
        with transaction.atomic():
            sitting = Sitting.objects.new_sitting(user, quiz)
            if used:
                # A retake: not the order the trainee has just seen (options too,
                # question_choices below), so that a fail is not passed by memory.
                last = (
                    QuizAttempt.objects.filter(user=user, quiz=quiz)
                    .order_by("-started_at")
                    .values_list("sitting__question_order", flat=True)
                    .first()
                )
                _questions_shuffled(sitting, avoid=last)
            elif not quiz.random_order:
                _questions_in_written_order(sitting)
            return QuizAttempt.objects.create(
                sitting=sitting,
                user=user,
                quiz=quiz,
                course=canonical,
                started_at=now,
                deadline=now + timedelta(minutes=rules.time_limit_minutes)
                if rules.time_limit_minutes
                else None,
            )
    except IntegrityError:  # a concurrent click opened one first
        return QuizAttempt.objects.get(user=user, quiz=quiz, finished_at__isnull=True)


def _questions_in_written_order(sitting) -> None:
    """The quiz app takes an unshuffled quiz's questions in no set order (PostgreSQL
    returns rows as stored, which changes as rows are updated); trainees get them in
    the order the trainers wrote them."""
    ids = sorted(int(i) for i in sitting.question_order.split(",") if i)
    order = ",".join(map(str, ids)) + ","
    if order != sitting.question_order:
        sitting.question_order = sitting.question_list = order
        sitting.save(update_fields=["question_order", "question_list"])


def _questions_shuffled(sitting, avoid: str | None) -> None:
    """A new random order of the sitting's questions, never ``avoid`` (the order of the
    trainee's last attempt, else the written one) when there are two or more."""
    ids = sorted(_ids(sitting.question_order))
    avoid = avoid or ",".join(map(str, ids)) + ","
    secrets.SystemRandom().shuffle(ids)
    order = ",".join(map(str, ids)) + ","
    if order == avoid and len(ids) > 1:
        ids = ids[1:] + ids[:1]
        order = ",".join(map(str, ids)) + ","
    sitting.question_order = sitting.question_list = order
    sitting.save(update_fields=["question_order", "question_list"])


@transaction.atomic
def quiz_attempt_close_if_expired(*, user, attempt_id: int) -> QuizAttempt:
    """End an open attempt whose time (and grace) has run out; return it either way."""
    attempt = QuizAttempt.objects.select_for_update().filter(user=user).get(pk=attempt_id)
    if attempt.is_open and attempt.is_past_deadline():
        sitting = Sitting.objects.select_for_update().get(pk=attempt.sitting_id)
        _attempt_finish(attempt, sitting, QuizAttempt.Ending.TIMED_OUT)
    return attempt


@dataclass(frozen=True)
class AnswerOutcome:
    question: object
    correct: bool | None  # None: not scored (a replayed answer)
    counted: bool
    finished: bool
    # None only for a replay known from the cache, without reading the attempt.
    attempt: QuizAttempt | None
    timed_out: bool = False


def clean_guess(question, raw) -> str | int:
    """The answer as django-quiz-app's check_if_correct expects it, or ValidationError."""
    raw = (raw or "").strip()
    if isinstance(question, MCQuestion):
        if not raw.isdigit() or not question.answer_set.filter(pk=int(raw)).exists():
            raise ValidationError(_("Choose one of the answers."))
        return int(raw)
    if isinstance(question, TF_Question):
        if raw not in ("True", "False"):
            raise ValidationError(_("Choose true or false."))
        return raw
    if isinstance(question, Essay_Question):
        if not raw:
            raise ValidationError(_("Write your answer."))
        if len(raw) > MAX_ESSAY_LENGTH:
            raise ValidationError(
                _("Keep your answer under %(n)d characters.") % {"n": MAX_ESSAY_LENGTH}
            )
        return raw
    raise ValidationError(_("Unknown question type."))


def quiz_answer_submit(
    *, user, attempt_id: int, question_id: int, raw_answer: str
) -> AnswerOutcome:
    """Score one answer, exactly once.

    The sitting's row is locked, so concurrent submissions queue. An answer for
    a question other than the current one (a replay, a double click, a stale
    tab) changes nothing. Answers after the time limit and its grace are not
    scored: they end the attempt (``timed_out``).

    Raises QuizAttempt.DoesNotExist when the attempt is not ``user``'s.
    """
    # A replay (the same POST again: a double click, the back button, a retry)
    # names a question already answered. Answered questions never come back, so
    # that is known without the lock: from the cache of the attempt's answered
    # questions, else from one plain read, where the question is not the head
    # of the sitting's list (the order only moves forward). Anything else (the
    # current question, a finished attempt, a deadline passed) takes the lock.
    seconds = settings.PAGE_CACHE_SECONDS
    answered = cache.get(_answered_key(attempt_id)) if seconds else None
    if (
        answered is not None
        and answered.user_id == user.pk
        and question_id in answered.question_ids
        and not _past_deadline(answered.deadline)
    ):
        return AnswerOutcome(
            question=None, correct=None, counted=False, finished=False, attempt=None
        )
    attempt = QuizAttempt.objects.select_related("sitting").filter(user=user).get(pk=attempt_id)
    sitting = attempt.sitting
    if attempt.is_open and not sitting.complete and not attempt.is_past_deadline():
        if seconds:
            cache.set(
                _answered_key(attempt_id),
                _AnsweredQuestions(
                    user_id=user.pk,
                    deadline=attempt.deadline,
                    question_ids=_ids(sitting.question_order) - _ids(sitting.question_list),
                ),
                seconds,
            )
        if _current_question_id(sitting) != question_id:
            return AnswerOutcome(
                question=None, correct=None, counted=False, finished=False, attempt=attempt
            )
    return _quiz_answer_submit_locked(
        user=user, attempt_id=attempt_id, question_id=question_id, raw_answer=raw_answer
    )


# The questions an open attempt has answered: facts that stay true (an answered
# question never returns to the list, an attempt's owner and deadline never
# change), so a cached copy can be old but never wrong. Dropped when the attempt
# ends; a replay that still finds it then counts for nothing, as under the lock,
# and the question page sends the trainee on to the result. Kept as long as
# pages are (PAGE_CACHE_SECONDS; 0, as in development and tests: not at all).


@dataclass(frozen=True)
class _AnsweredQuestions:
    user_id: int
    deadline: datetime | None
    question_ids: frozenset


def _answered_key(attempt_id) -> str:
    return f"quiz-answered:{attempt_id}"


def _ids(csv: str) -> frozenset:
    return frozenset(int(part) for part in csv.split(",") if part)


def _past_deadline(deadline) -> bool:
    return QuizAttempt(deadline=deadline).is_past_deadline()  # the model's rule, grace included


def _current_question_id(sitting) -> int | None:
    """The head of the sitting's question list (no question is loaded)."""
    head = sitting.question_list.split(",", 1)[0]
    return int(head) if head else None


@transaction.atomic
def _quiz_answer_submit_locked(
    *, user, attempt_id: int, question_id: int, raw_answer: str
) -> AnswerOutcome:
    attempt = QuizAttempt.objects.select_for_update().filter(user=user).get(pk=attempt_id)
    sitting = Sitting.objects.select_for_update().get(pk=attempt.sitting_id)
    if not attempt.is_open or sitting.complete:
        raise AttemptFinished()
    if attempt.is_past_deadline():
        # Returned, not raised: the attempt's end must be committed.
        _attempt_finish(attempt, sitting, QuizAttempt.Ending.TIMED_OUT)
        return AnswerOutcome(
            question=None,
            correct=None,
            counted=False,
            finished=True,
            attempt=attempt,
            timed_out=True,
        )
    # Checked again under the lock: a concurrent request may have answered it.
    if _current_question_id(sitting) != question_id:
        return AnswerOutcome(
            question=None, correct=None, counted=False, finished=False, attempt=attempt
        )
    current = sitting.get_first_question()
    guess = clean_guess(current, raw_answer)
    correct = current.check_if_correct(guess)
    if correct:
        sitting.add_to_score(1)
    else:
        sitting.add_incorrect_question(current)
    sitting.add_user_answer(current, guess)
    sitting.remove_first_question()
    if isinstance(current, Essay_Question):
        EssayMark.objects.create(sitting=sitting, question=current)
    finished = not sitting.question_list  # no question left: no need to load one
    if finished:
        _attempt_finish(attempt, sitting, QuizAttempt.Ending.ANSWERED)
    return AnswerOutcome(
        question=current, correct=correct, counted=True, finished=finished, attempt=attempt
    )


def _attempt_finish(attempt, sitting, ending):
    key = _answered_key(attempt.pk)
    cache.delete(key)  # replays of a finished attempt are refused under the lock
    transaction.on_commit(lambda: cache.delete(key))
    sitting.mark_quiz_complete()
    attempt.finished_at = sitting.end or timezone.now()
    attempt.ending = ending
    attempt.score_percent = sitting.get_percent_correct
    attempt.passed = sitting.check_if_passed
    attempt.save(update_fields=["finished_at", "ending", "score_percent", "passed"])
    if attempt.passed:
        course_completion_evaluate(user=attempt.user, course=attempt.course)


def is_retake(attempt: QuizAttempt) -> bool:
    """Whether the trainee attempted the course's quiz (in any language) before this."""
    return QuizAttempt.objects.filter(
        user_id=attempt.user_id, course_id=attempt.course_id, started_at__lt=attempt.started_at
    ).exists()


def question_choices(*, attempt: QuizAttempt, question, retake: bool) -> list[tuple[int, str]]:
    """A multiple-choice question's options as (id, text), in the question's order; in a
    retake, shuffled once for the attempt (the same on every reload) and never in the
    order of a first attempt. Whether an option is correct is left out."""
    choices = [(answer.pk, answer.content) for answer in question.get_answers()]
    if not retake or len(choices) < 2:
        return choices
    shuffled = sorted(choices)
    # Seeded, not secret: only the order must stay put while the attempt lasts.
    random.Random(f"{attempt.pk}:{question.pk}").shuffle(shuffled)  # noqa: S311
    if shuffled == choices:
        shuffled = shuffled[1:] + shuffled[:1]
    return shuffled
