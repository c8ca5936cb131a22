"""Actions on a trainee's learning: enrol, complete lessons, take quizzes, mark essays.

Other apps call these, never the models directly. Progress records point at the
default-language (canonical) pages; quiz sittings belong to the quiz of the
language the trainee took it in.
"""

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from essay.models import Essay_Question
from multichoice.models import MCQuestion
from quiz.models import Sitting
from true_false.models import TF_Question

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import (
    CourseCompletion,
    CoursePage,
    Enrollment,
    EssayMark,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
)
from courses.selectors import attempts_used, missing_prerequisites, quiz_rules
from courses.signals import course_completed
from organisation.services import volunteer_training_started

MAX_ESSAY_LENGTH = 5000


class LearningError(Exception):
    """A request the rules refuse; the message is for the trainee."""


class PrerequisitesNotMet(LearningError):
    def __init__(self, missing):
        self.missing = missing
        titles = ", ".join(course.title for course in missing)
        super().__init__(_("Complete these courses first: %(titles)s.") % {"titles": titles})


class NotEnrolled(LearningError):
    def __init__(self):
        super().__init__(_("Enrol in the course first."))


class NoAttemptsLeft(LearningError):
    def __init__(self):
        super().__init__(_("You have used all your attempts at this quiz."))


class AttemptFinished(LearningError):
    def __init__(self):
        super().__init__(_("This quiz attempt is already finished."))


# Enrolment ---------------------------------------------------------------------------


@transaction.atomic
def enrollment_create(
    *, user, course: CoursePage, source=Enrollment.Source.SELF, enrolled_by=None
) -> Enrollment:
    """Enrol ``user`` in ``course`` (any language version). Idempotent.

    Raises PrerequisitesNotMet, naming the courses to finish first.
    """
    course = course.get_canonical()
    existing = Enrollment.objects.filter(user=user, course=course).first()
    if existing is not None:
        if existing.withdrawn_at is not None:
            existing.withdrawn_at = None
            existing.save(update_fields=["withdrawn_at"])
            # Withdrawn before screening, back after it: in training now.
            volunteer_training_started(user=user, changed_by=enrolled_by)
        return existing
    missing = missing_prerequisites(user=user, course=course)
    if missing:
        raise PrerequisitesNotMet(missing)
    enrollment = Enrollment(user=user, course=course, source=source, enrolled_by=enrolled_by)
    try:
        enrollment.full_clean()
    except ValidationError:
        # A concurrent request (a double click) enrolled between our read and the
        # uniqueness check: the same outcome as enrolling here.
        concurrent = Enrollment.objects.filter(user=user, course=course).first()
        if concurrent is None:
            raise
        return concurrent
    try:
        with transaction.atomic():
            enrollment.save()
    except IntegrityError:  # a concurrent request enrolled first
        return Enrollment.objects.get(user=user, course=course)
    volunteer_training_started(user=user, changed_by=enrolled_by)
    return enrollment


def is_enrolled(*, user, course: CoursePage) -> bool:
    if not user.is_authenticated:
        return False
    return Enrollment.objects.active().filter(user=user, course=course.get_canonical()).exists()


# Lessons -------------------------------------------------------------------------------


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage) -> tuple[LessonCompletion, bool]:
    """Mark a lesson (any language version) complete. Idempotent: (completion, created)."""
    lesson = lesson.get_canonical()
    # Already done (a double click, the back button): nothing more to check.
    existing = LessonCompletion.objects.filter(user=user, lesson=lesson).first()
    if existing is not None:
        return existing, False
    course = CoursePage.objects.get(path=lesson.path[: -lesson.steplen])
    if not is_enrolled(user=user, course=course):
        raise NotEnrolled()
    completion, created = LessonCompletion.objects.get_or_create(
        user=user, lesson=lesson, defaults={"course": course}
    )
    if created:
        course_completion_evaluate(user=user, course=course)
    return completion, created


# Course completion ------------------------------------------------------------------------


def course_quizzes(course: CoursePage):
    """The closing quiz of every language version of the course."""
    versions = CoursePage.objects.filter(translation_key=course.translation_key)
    return [page.quiz for page in versions.select_related("quiz") if page.quiz_id]


@transaction.atomic
def course_completion_evaluate(*, user, course: CoursePage) -> CourseCompletion | None:
    """Record the course complete once every lesson is done and the quiz is passed.

    Recorded once, with the best passing score; sends ``course_completed`` then.
    """
    course = course.get_canonical()
    existing = CourseCompletion.objects.filter(user=user, course=course).first()
    if existing is not None:
        return existing
    lesson_ids = set(LessonPage.objects.child_of(course).live().values_list("pk", flat=True))
    done = set(
        LessonCompletion.objects.filter(user=user, lesson_id__in=lesson_ids).values_list(
            "lesson_id", flat=True
        )
    )
    if lesson_ids - done:
        return None
    best = None
    quizzes = course_quizzes(course)
    if quizzes:
        attempts = QuizAttempt.objects.filter(
            user=user, quiz__in=quizzes, finished_at__isnull=False, passed=True
        ).order_by("-score_percent", "finished_at")
        best = attempts.first()
        if best is None:
            return None
    try:
        with transaction.atomic():
            completion = CourseCompletion.objects.create(
                user=user,
                course=course,
                score_percent=best.score_percent if best else None,
                sitting_id=best.sitting_id if best else None,
            )
    except IntegrityError:  # recorded by a concurrent request
        return CourseCompletion.objects.get(user=user, course=course)
    transaction.on_commit(
        lambda: course_completed.send(
            sender=CourseCompletion, user=user, course=course, completion=completion
        )
    )
    return completion


# Quizzes -------------------------------------------------------------------------------------


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
                # selectors.question_choices), so that a fail is not passed by memory.
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


# Essay marking ---------------------------------------------------------------------------


def can_mark_essays(user) -> bool:
    return user.is_active and user.has_perm("courses.mark_essays")


@transaction.atomic
def essay_mark(*, mark_id: int, correct: bool, marked_by, comment: str = "") -> EssayMark:
    """A trainer accepts or rejects one essay answer, once; the score and completion follow."""
    if not can_mark_essays(marked_by):
        raise PermissionDenied
    mark = EssayMark.objects.select_for_update().get(pk=mark_id)
    if mark.correct is not None:
        raise LearningError(_("This answer has already been marked."))
    sitting = Sitting.objects.select_for_update().get(pk=mark.sitting_id)
    mark.correct = correct
    mark.comment = comment
    mark.marked_by = marked_by
    mark.marked_at = timezone.now()
    mark.full_clean()
    mark.save()
    if correct and mark.question_id in sitting.get_incorrect_questions:
        sitting.remove_incorrect_question(mark.question)
    attempt = QuizAttempt.objects.select_for_update().filter(sitting=sitting).first()
    if attempt is not None and not attempt.is_open:
        attempt.score_percent = sitting.get_percent_correct
        attempt.passed = sitting.check_if_passed
        attempt.save(update_fields=["score_percent", "passed"])
        if attempt.passed:
            course_completion_evaluate(user=attempt.user, course=attempt.course)
            _completion_rescore(user=attempt.user, course=attempt.course)
    return mark


def _completion_rescore(*, user, course: CoursePage) -> None:
    """Keep a course completion's score that of its best passing attempt, as when it
    was recorded: a mark given later raises an attempt's score, and the dashboard and
    certificates must not show the old one beside it."""
    completion = (
        CourseCompletion.objects.select_for_update().filter(user=user, course=course).first()
    )
    if completion is None:
        return
    best = (
        QuizAttempt.objects.filter(
            user=user, quiz__in=course_quizzes(course), finished_at__isnull=False, passed=True
        )
        .order_by("-score_percent", "finished_at")
        .first()
    )
    if best is not None and (best.score_percent, best.sitting_id) != (
        completion.score_percent,
        completion.sitting_id,
    ):
        completion.score_percent = best.score_percent
        completion.sitting_id = best.sitting_id
        completion.save(update_fields=["score_percent", "sitting"])
