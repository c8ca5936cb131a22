"""The quiz engine: a trainee's attempt at a course's closing quiz, from start to finish.

On django-quiz-app's models (its ``Sitting`` holds the questions still to answer, the
answers and the score), with ours around it: ``QuizAttempt`` (our ids in URLs, the
deadline, how it ended) and ``QuizRules`` (time limit, attempts, review). Here:

- starting or resuming an attempt (``quiz_attempt_start``): its questions drawn and
  recorded (``courses.quiz_draw``), its deadline with the trainee's accommodation;
- scoring one answer exactly once, under a row lock (``quiz_answer_submit``), after
  cleaning it (``courses.quiz_answers.clean_guess``);
- finishing it: the last answer, or the deadline passed (``quiz_attempt_close_if_expired``).

A passed attempt asks ``services.course_completion_evaluate`` to record the course.
"""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from quiz.models import Question, Sitting

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses import quiz_draw, quiz_scoring
from courses.models import (
    AttemptClient,
    CoursePage,
    EssayMark,
    QuizAccommodation,
    QuizAttempt,
    SpotAnswer,
)
from courses.progress import attempts_used, quiz_rules
from courses.quiz_answers import clean_guess
from courses.quiz_draw import DrawnQuestion
from courses.services import LearningError, NotEnrolled, course_completion_evaluate, is_enrolled
from courses.signals import quiz_answers_changed


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
    accommodation = QuizAccommodation.objects.in_force().filter(trainee=user).first()
    now = timezone.now()
    try:
        with transaction.atomic():
            sitting, quotas = _sitting_drawn(
                user=user, quiz=quiz, course=canonical, retake=bool(used)
            )
            return QuizAttempt.objects.create(
                sitting=sitting,
                user=user,
                quiz=quiz,
                course=canonical,
                started_at=now,
                deadline=attempt_deadline(
                    started_at=now, minutes=rules.time_limit_minutes, accommodation=accommodation
                ),
                accommodation=accommodation if rules.time_limit_minutes else None,
                draw=quiz_draw.draw_record(
                    question_ids=_id_list(sitting.question_order),
                    options_shown=rules.options_shown,
                    # The first attempt at a quiz without quotas shows options as written.
                    shuffle_options=bool(used) or quotas,
                ),
            )
    except IntegrityError:  # a concurrent click opened one first
        return QuizAttempt.objects.get(user=user, quiz=quiz, finished_at__isnull=True)


def attempt_deadline(*, started_at, minutes, accommodation):
    """When an attempt begun at ``started_at`` ends: the quiz's time limit, adjusted by
    the trainee's accommodation; None when either is untimed."""
    if accommodation is not None:
        minutes = accommodation.time_limit(minutes)
    return None if not minutes else started_at + timedelta(minutes=minutes)


def _sitting_drawn(*, user, quiz, course, retake: bool):
    """A new django-quiz-app Sitting with the attempt's questions, and whether they
    were drawn by quotas."""
    ids = quiz_draw.quota_question_ids(
        quiz=quiz,
        seen=lambda: quiz_draw.seen_question_ids(user=user, course=course) if retake else (),
        shuffle=retake or quiz.random_order,
    )
    if ids is not None:
        if not ids:
            raise LearningError(_("This quiz has no questions yet."))
        order = ",".join(map(str, ids)) + ","
        # Sitting.objects.new_sitting's fields, with our questions.
        sitting = Sitting.objects.create(
            user=user,
            quiz=quiz,
            question_order=order,
            question_list=order,
            incorrect_questions="",
            current_score=0,
            complete=False,
            user_answers="{}",
        )
        return sitting, True
    sitting = Sitting.objects.new_sitting(user, quiz)
    if retake:
        # A retake: not the order the trainee has just seen (options too, in the
        # draw), so that a fail is not passed by memory.
        last = (
            QuizAttempt.objects.filter(user=user, quiz=quiz)
            .order_by("-started_at")
            .values_list("sitting__question_order", flat=True)
            .first()
        )
        _questions_shuffled(sitting, avoid=last)
    elif not quiz.random_order:
        _questions_in_written_order(sitting)
    return sitting, False


def _id_list(csv: str) -> list[int]:
    return [int(part) for part in csv.split(",") if part]


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
    # Spot the fake: (verdict right, evidence found, credit from 0 to 1).
    spot: tuple | None = None


def current_question(attempt: QuizAttempt) -> DrawnQuestion | None:
    """The question the attempt asks now, as drawn; None when none is left."""
    question_id = _current_question_id(attempt.sitting)
    return None if question_id is None else quiz_draw.attempt_question(attempt, question_id)


def quiz_answer_submit(
    *, user, attempt_id: int, question_id: int, raw_answer: str, client: str = ""
) -> AnswerOutcome:
    """Score one answer, exactly once.

    The sitting's row is locked, so concurrent submissions queue. An answer for
    a question other than the current one (a replay, a double click, a stale
    tab) changes nothing. Answers after the time limit and its grace are not
    scored: they end the attempt (``timed_out``).

    ``client`` (courses.clients.client_fingerprint) is recorded once per attempt and
    client with a counted answer, for the answer-sharing report.

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
        user=user,
        attempt_id=attempt_id,
        question_id=question_id,
        raw_answer=raw_answer,
        client=client,
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
    *, user, attempt_id: int, question_id: int, raw_answer: str, client: str = ""
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
    attempt.sitting = sitting
    current = current_question(attempt)
    if current is None:  # deleted before an attempt that predates draw records asked it
        sitting.remove_first_question()
        finished = not sitting.question_list
        if finished:
            _attempt_finish(attempt, sitting, QuizAttempt.Ending.ANSWERED)
        return AnswerOutcome(
            question=None, correct=None, counted=False, finished=finished, attempt=attempt
        )
    guess = clean_guess(current, raw_answer)
    spot = current.spot_credit(guess) if current.kind == "spot" else None
    correct = current.is_correct(guess)
    if correct:
        sitting.add_to_score(1)
    else:
        sitting.add_incorrect_question(current)
    sitting.add_user_answer(current, guess)
    sitting.remove_first_question()
    if current.kind == "essay" and Question.objects.filter(pk=current.id).exists():
        EssayMark.objects.create(sitting=sitting, question_id=current.id)
    if spot is not None:
        verdict_right, found, credit = spot
        SpotAnswer.objects.create(
            sitting=sitting,
            question_id=current.id,
            manipulation=current.post["manipulation"],
            verdict=guess["verdict"],
            verdict_right=verdict_right,
            evidence=guess["evidence"],
            evidence_found=found,
            credit=credit,
        )
    if client:
        AttemptClient.objects.bulk_create(
            [AttemptClient(attempt=attempt, client=client)], ignore_conflicts=True
        )
    finished = not sitting.question_list  # no question left: no need to load one
    if finished:
        _attempt_finish(attempt, sitting, QuizAttempt.Ending.ANSWERED)
    return AnswerOutcome(
        question=current,
        correct=correct,
        counted=True,
        finished=finished,
        attempt=attempt,
        spot=spot,
    )


def _attempt_finish(attempt, sitting, ending):
    key = _answered_key(attempt.pk)
    cache.delete(key)  # replays of a finished attempt are refused under the lock
    transaction.on_commit(lambda: cache.delete(key))
    sitting.mark_quiz_complete()
    attempt.finished_at = sitting.end or timezone.now()
    attempt.ending = ending
    # Parts of points (spot the fake) included: courses.quiz_scoring.
    attempt.score_percent, attempt.passed = quiz_scoring.attempt_score(sitting)
    attempt.save(update_fields=["finished_at", "ending", "score_percent", "passed"])
    transaction.on_commit(
        lambda: quiz_answers_changed.send(sender=QuizAttempt, sitting_id=sitting.pk)
    )
    if attempt.passed:
        course_completion_evaluate(user=attempt.user, course=attempt.course)
