"""The practice sheet: a quiz a trainer marked "may be answered offline", on one page
(courses/practice.py). The service worker keeps the page once it is opened (and with a
saved course), and queues the posted answers when there is no network
(templates/offline/sw.js, QUEUED_FORMS); ``replay_once`` scores each sending once.
"""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from courses import practice, services, spot_page
from courses.clients import client_fingerprint
from courses.models import CoursePage
from courses.services import LearningError
from courses.views import _live_page, _privacy_refuses, _private_page_redirect
from lms.errors import refused
from offline.replay import replay_once


@replay_once  # answers posted offline are sent later by the phone, and scored once
@login_required
@require_http_methods(["GET", "HEAD", "POST"])  # HEAD: a saved course asks its size
def practice_sheet(request, course_id):
    course = _live_page(CoursePage, course_id)
    if _privacy_refuses(request, course):
        return _private_page_redirect(request, course)
    if request.method == "POST":
        try:
            attempt = practice.practice_answers_submit(
                user=request.user,
                course=course,
                answers=request.POST,
                client=client_fingerprint(request),
            )
        except practice.SheetIncomplete as error:
            if getattr(request, "sent_later", False):
                return refused(request, error)
            # The plain form, online: the sheet again with the answers given.
            return _sheet(request, course, answers=request.POST, error=error.message)
        except LearningError as error:
            # A status, not a redirect: the phone keeps a refused sending (4xx) as
            # "not accepted" and shows why (templates/offline/sw.js).
            return refused(request, error)
        return redirect("quiz_result", attempt_id=attempt.pk)
    return _sheet(request, course)


def _sheet(request, course, answers=None, error=None):
    quiz = practice.offline_practice_quiz(course)
    if quiz is None:
        raise Http404
    if not services.is_enrolled(user=request.user, course=course):
        return refused(request, services.NotEnrolled(), redirect_to=course.get_url(request))
    entries = [_sheet_entry(q, answers) for q in practice.practice_sheet_questions(quiz)]
    return render(
        request,
        "courses/practice_sheet.html",
        {"course": course, "quiz": quiz, "questions": entries, "error": error},
        status=400 if error else 200,
    )


def _sheet_entry(question, answers) -> dict:
    """A question on the sheet with its field names and the answer already given; a
    spot-the-fake one with its post (as the online question page shows it) and its
    evidence list's stamp."""
    name = practice.field_name(question.id)
    entry = {"question": question, "name": name, "given": answers.get(name) if answers else ""}
    if question.kind == "spot":
        verdict, evidence = (
            practice.verdict_field(question.id),
            practice.evidence_field(question.id),
        )
        entry["spot"] = {
            **spot_page.spot_context(question, None),
            "choices": question.choices,
            "verdict_name": verdict,
            "evidence_name": evidence,
            "previous_verdict": answers.get(verdict, "") if answers else "",
            "previous_evidence": answers.getlist(evidence) if answers else [],
            "stamp_name": practice.evidence_list_field(question.id),
            "stamp": practice.evidence_list_stamp(question),
            "id_suffix": f"-{question.id}",
        }
    return entry
