"""Trainee views: search, enrol, complete lessons, take quizzes, the dashboard.

Thin: the rules live in services.py and quiz_engine.py, the queries in selectors.py and
progress.py.
"""

import json
import math

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from wagtail.models import Locale, Page

from courses import (
    offline_files,
    progress,
    quiz_draw,
    quiz_engine,
    selectors,
    services,
    spot_page,
)
from courses.clients import client_fingerprint
from courses.models import (
    CourseCompletion,
    CoursePage,
    EssayMark,
    LessonPage,
    QuizAttempt,
    QuizRules,
    SpotAnswer,
)
from courses.services import LearningError
from lms.errors import NotAllowed, refused
from offline.replay import replay_once

SEARCH_RESULTS_PER_PAGE = 10


def search(request):
    """Search courses and lessons in the reader's language."""
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .type(CoursePage, LessonPage)
            .search(query)
        )
    page = Paginator(results, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "courses/search.html",
        {"query": query, "results": page, "paginator": page.paginator},
    )


def _live_page(model, pk):
    return get_object_or_404(model.objects.live(), pk=pk)


def _privacy_refuses(request, page) -> bool:
    """Whether Wagtail's privacy settings refuse ``request`` the page.

    Wagtail checks them only when it serves a page; an action on a page (enrol,
    complete, take the quiz) is open only to those who may read it. Progress
    records point at the default-language page, so its privacy holds too.
    """
    return any(
        not restriction.accept_request(request)
        for version in {page, page.get_canonical()}
        for restriction in version.get_view_restrictions()
    )


def _private_attempt_course(request, attempt_id):
    """The attempt's course when its privacy (set since the attempt began) refuses the
    trainee now, else None."""
    attempt = (
        QuizAttempt.objects.select_related("course")
        .filter(pk=attempt_id, user=request.user)
        .first()
    )
    if attempt is None:
        return None  # not this trainee's: the views answer 404
    course = (
        CoursePage.objects.filter(
            translation_key=attempt.course.translation_key, quiz_id=attempt.quiz_id
        ).first()
        or attempt.course
    )
    return course if _privacy_refuses(request, course) else None


def _private_page_redirect(request, page):
    # The page itself then asks for its password or a log-in, as Wagtail does.
    return refused(
        request,
        NotAllowed(_("This page is private: you do not have access to it.")),
        redirect_to=page.get_url(request),
    )


@require_GET
def course_offline_files(request, course_id):
    """The addresses a phone keeps to read this course offline (courses/offline_files.py)."""
    course = _live_page(CoursePage, course_id)
    if _privacy_refuses(request, course):
        raise Http404
    files = offline_files.course_offline_files(course, request)
    return JsonResponse({"course": files.course_id, "title": files.title,
                         "pages": files.pages, "images": files.images})  # fmt: skip


@login_required
@require_POST
def enroll(request, course_id):
    course = _live_page(CoursePage, course_id)
    if _privacy_refuses(request, course):
        return _private_page_redirect(request, course)
    try:
        services.enrollment_create(user=request.user, course=course)
    except LearningError as error:
        return refused(request, error, redirect_to=course.get_url(request))
    messages.success(request, _("You are enrolled. Start with the first lesson."))
    return redirect(course.get_url(request))


@replay_once  # "Mark as complete" pressed offline is sent later by the phone, once.
@login_required
@require_POST
def lesson_complete(request, lesson_id):
    next_url = _local_url(request, request.POST.get("next", ""))
    # Already done (a double click, the back button): one query, nothing to write.
    if next_url and selectors.lesson_completed(user=request.user, lesson_id=lesson_id):
        return redirect(next_url)
    lesson = _live_page(LessonPage, lesson_id)
    if _privacy_refuses(request, lesson):
        return _private_page_redirect(request, lesson)
    try:
        services.lesson_complete(user=request.user, lesson=lesson)
    except LearningError as error:
        return refused(request, error, redirect_to=lesson.get_url(request))
    return redirect(next_url or lesson.get_url(request))


def _local_url(request, url):
    """``url`` when it is a path on this site, else "": never an open redirect."""
    if url.startswith("/") and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return ""


@login_required
@require_POST
def quiz_start(request, course_id):
    course = _live_page(CoursePage, course_id)
    if _privacy_refuses(request, course):
        return _private_page_redirect(request, course)
    try:
        attempt = quiz_engine.quiz_attempt_start(user=request.user, course=course)
    except LearningError as error:
        return refused(request, error, redirect_to=course.get_url(request))
    return redirect("quiz_question", attempt_id=attempt.pk)


def _own_attempt(request, attempt_id):
    # Another trainee's attempt is a 404, not a 403: its existence is not revealed.
    return get_object_or_404(
        QuizAttempt.objects.select_related("quiz", "course", "sitting"),
        pk=attempt_id,
        user=request.user,
    )


@login_required
def quiz_question(request, attempt_id):
    error = None
    if request.method == "POST":
        try:
            question_id = int(request.POST.get("question", ""))
        except ValueError:
            question_id = -1
        try:
            outcome = quiz_engine.quiz_answer_submit(
                user=request.user,
                attempt_id=attempt_id,
                question_id=question_id,
                raw_answer=spot_page.raw_answer(request.POST),
                client=client_fingerprint(request),
            )
        except QuizAttempt.DoesNotExist:
            raise Http404 from None  # not this trainee's attempt
        except ValidationError as invalid:
            error = invalid.messages[0]
        except LearningError as error:
            return refused(request, error, redirect_to=reverse("quiz_result", args=[attempt_id]))
        else:
            attempt = outcome.attempt  # None for a replay known from the cache
            if outcome.timed_out:
                messages.error(
                    request, _("Time is up: answers after the time limit are not counted.")
                )
                return redirect("quiz_result", attempt_id=attempt_id)
            if (
                outcome.counted
                and progress.quiz_rules(course=attempt.course, quiz=attempt.quiz).review
                == QuizRules.Review.AFTER_EACH
            ):
                return render(
                    request,
                    "courses/quiz_feedback.html",
                    {
                        "attempt": attempt,
                        "question": outcome.question,
                        "correct": outcome.correct,
                        "finished": outcome.finished,
                        "correct_answers": outcome.question.correct_answers(),
                        "spot": spot_page.spot_outcome(outcome),
                    },
                )
            if outcome.finished:
                return redirect("quiz_result", attempt_id=attempt_id)
            return redirect("quiz_question", attempt_id=attempt_id)

    # Before a question is shown, not when an answer is taken: a replayed answer stays
    # one query, and the attempt was opened while the course admitted the trainee.
    if private := _private_attempt_course(request, attempt_id):
        return _private_page_redirect(request, private)
    attempt = _own_attempt(request, attempt_id)
    sitting = attempt.sitting
    if not attempt.is_open or sitting.complete:
        return redirect("quiz_result", attempt_id=attempt.pk)
    question = quiz_engine.current_question(attempt)
    if question is None:
        return redirect("quiz_result", attempt_id=attempt.pk)
    answered, total = sitting.progress()
    return render(
        request,
        "courses/quiz_question.html",
        {
            "attempt": attempt,
            "question": question,
            "kind": question.kind,
            # Ids and texts only: whether an answer is correct never reaches the page.
            "choices": question.choices if question.kind in ("mc", "spot") else None,
            "number": answered + 1,
            "total": total,
            "seconds_left": attempt.seconds_left(),
            "minutes_left": None
            if attempt.deadline is None
            else math.ceil(attempt.seconds_left() / 60),
            "error": error,
            "previous_answer": request.POST.get("answer", "") if error else "",
            **spot_page.spot_context(question, request.POST if error else None),
        },
        status=400 if error else 200,
    )


@login_required
def quiz_result(request, attempt_id):
    if private := _private_attempt_course(request, attempt_id):
        return _private_page_redirect(request, private)
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_open:
        attempt = quiz_engine.quiz_attempt_close_if_expired(
            user=request.user, attempt_id=attempt.pk
        )
        if attempt.is_open:
            return redirect("quiz_question", attempt_id=attempt.pk)
    sitting = attempt.sitting
    sitting.refresh_from_db()
    rules = progress.quiz_rules(course=attempt.course, quiz=attempt.quiz)
    review = (
        _review_rows(attempt, sitting, reveal=bool(attempt.passed))
        if rules.review != QuizRules.Review.NEVER
        else None
    )
    course = attempt.course.get_translation_or_none(Locale.get_active()) or attempt.course
    status = progress.quiz_status(user=request.user, course=course)
    return render(
        request,
        "courses/quiz_result.html",
        {
            "attempt": attempt,
            "sitting": sitting,
            "course": course,
            "review": review,
            "status": status,
            # Counted as 0 until marked: the score shown is a floor, not the final word.
            "pending_essays": EssayMark.objects.filter(
                sitting_id=sitting.pk, correct__isnull=True
            ).count(),
            "completion": CourseCompletion.objects.filter(
                user=request.user, course_id=attempt.course_id
            ).first(),
        },
    )


@login_required
def dashboard(request):
    team = selectors.led_team(user=request.user)
    return render(
        request,
        "courses/dashboard.html",
        {
            "rows": selectors.dashboard_courses(user=request.user, request=request),
            "led_team": team,
            "leader_courses": selectors.leadership_courses(user=request.user) if team else [],
            "catalogue": Page.objects.live()
            .filter(locale=Locale.get_active(), content_type__model="courseindexpage")
            .first(),
        },
    )


def _review_rows(attempt, sitting, *, reveal):
    """Each question of the attempt as it was asked, with the trainee's answer, right or
    wrong, and why.

    The right answers and explanations only when ``reveal`` (a pass): after a fail,
    which questions were wrong, so that the retake tests what was learnt, not recalled.
    """
    answers = json.loads(sitting.user_answers)
    incorrect = set(sitting.get_incorrect_questions)
    marks = {mark.question_id: mark for mark in EssayMark.objects.filter(sitting_id=sitting.pk)}
    credits = dict(
        SpotAnswer.objects.filter(sitting_id=sitting.pk).values_list("question_id", "credit")
    )
    rows = []
    for question in quiz_draw.attempt_questions(attempt):
        guess = answers.get(str(question.pk))
        mark = marks.get(question.pk)
        rows.append(
            {
                "question": question,
                "answered": guess is not None,
                "answer": _answer_text(question, guess) if guess is not None else "",
                "correct": guess is not None and question.pk not in incorrect,
                # An essay answer a trainer has not marked yet is neither right nor wrong.
                "pending": mark is not None and mark.correct is None,
                "comment": mark.comment if mark is not None else "",
                # Spot the fake: the part of the point earned (0 to 1).
                "credit": spot_page.points(credits[question.pk])
                if question.pk in credits
                else None,
                "correct_answers": question.correct_answers() if reveal else [],
                "explanation": question.explanation if reveal else "",
            }
        )
    return rows


def _answer_text(question, guess):
    if question.kind == "spot":
        return spot_page.answer_text(question, guess)
    if question.kind == "mc":
        return question.option_text(guess)
    if question.kind == "tf":
        return _("True") if guess == "True" else _("False")
    return guess
