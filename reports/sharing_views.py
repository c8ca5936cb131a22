"""The answer-sharing report's screens: start a run over a unit of one's scope, follow its
progress, review its clusters with their attempts and evidence. Coordinators only
(reports.view_reports and a scope): it names trainees, so the trainer groups' national
course reports permission does not open it. A run outside the scope is a 404."""

from multichoice.models import Answer
from quiz.models import Question, Quiz

from django import forms
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from courses.models import QuizAttempt, SpotEvidence, Verdict
from organisation.models import Unit, VolunteerProfile
from organisation.permissions import request_scope
from reports.answer_sharing import spot_option
from reports.filters import ReportFilterForm
from reports.models import AnswerSharingCluster, AnswerSharingRun
from reports.services import answer_sharing_request

VIEW_REPORTS = "reports.view_reports"
RUNS_SHOWN = 20
CLUSTERS_SHOWN = 100
REFRESH_SECONDS = 3


class AnswerSharingForm(ReportFilterForm):
    """The reports' unit (inside the scope) and date range, and a quiz."""

    quiz = forms.ModelChoiceField(label=_("Quiz"), queryset=Quiz.objects.none(), required=False)

    def __init__(self, *args, scope: Unit, **kwargs):
        super().__init__(*args, scope=scope, **kwargs)
        del self.fields["course"], self.fields["cohort"]
        self.fields["quiz"].queryset = Quiz.objects.order_by("title")
        self.fields["quiz"].empty_label = _("All quizzes")
        self.order_fields(["unit", "quiz", "date_from", "date_to"])


def _runs_in(scope: Unit):
    return AnswerSharingRun.objects.filter(unit__in=Unit.objects.within(scope))


def answer_sharing_index(request):
    scope = request_scope(request, VIEW_REPORTS)
    form = AnswerSharingForm(request.POST if request.method == "POST" else None, scope=scope)
    if request.method == "POST" and form.is_valid():
        run = answer_sharing_request(
            user=request.user,
            scope=scope,
            unit=form.cleaned_data["unit"] or scope,
            quiz=form.cleaned_data["quiz"],
            date_from=form.cleaned_data["date_from"],
            date_to=form.cleaned_data["date_to"],
        )
        return redirect("reports_answer_sharing_run", run_id=run.pk)
    runs = (
        _runs_in(scope)
        .select_related("unit", "quiz", "requested_by")
        .order_by("-created_at")[:RUNS_SHOWN]
    )
    return TemplateResponse(
        request,
        "reports/answer_sharing.html",
        {"scope": scope, "form": form, "runs": runs},
    )


def answer_sharing_run(request, run_id: int):
    scope = request_scope(request, VIEW_REPORTS)
    run = get_object_or_404(_runs_in(scope).select_related("unit", "quiz"), pk=run_id)
    finished = run.status in (AnswerSharingRun.Status.DONE, AnswerSharingRun.Status.FAILED)
    clusters = []
    if run.status == AnswerSharingRun.Status.DONE:
        clusters = list(run.clusters.select_related("unit", "quiz")[:CLUSTERS_SHOWN])
        _attach_attempts(clusters)
    return TemplateResponse(
        request,
        "reports/answer_sharing_run.html",
        {
            "scope": scope,
            "run": run,
            "finished": finished,
            "refresh": None if finished else REFRESH_SECONDS,
            "clusters": clusters,
            "cluster_count": run.clusters.count() if finished else 0,
            "shown": CLUSTERS_SHOWN,
        },
    )


def _attach_attempts(clusters: list[AnswerSharingCluster]) -> None:
    """Each cluster's attempts with the trainee's name and district, and the texts of
    the shared wrong answers: 4 queries."""
    _attach_wrong_answers(clusters)
    ids = {attempt for cluster in clusters for attempt in cluster.attempts}
    attempts = {
        attempt.pk: attempt
        for attempt in QuizAttempt.objects.filter(pk__in=ids).only(
            "sitting_id", "user_id", "started_at", "finished_at", "score_percent", "passed"
        )
    }
    volunteers = {
        volunteer.user_id: volunteer
        for volunteer in VolunteerProfile.objects.filter(
            user_id__in={attempt.user_id for attempt in attempts.values()}
        ).select_related("district")
    }
    for cluster in clusters:
        cluster.rows = []
        for pk in cluster.attempts:
            attempt = attempts.get(pk)
            if attempt is None:
                continue  # deleted since the run
            minutes = (attempt.finished_at - attempt.started_at).total_seconds() / 60
            cluster.rows.append(
                {
                    "attempt": attempt,
                    "volunteer": volunteers.get(attempt.user_id),
                    "minutes": round(minutes, 1),
                }
            )


def _attach_wrong_answers(clusters: list[AnswerSharingCluster]) -> None:
    """(question, option) texts of each same-wrong-answers cluster's evidence; a
    spot-the-fake answer as its verdict and the evidence ticked."""
    pairs = [
        (int(question), option)
        for cluster in clusters
        for question, option in cluster.evidence.get("wrong_answers", [])
    ]
    questions = dict(
        Question.objects.filter(pk__in={q for q, _o in pairs}).values_list("pk", "content")
    )
    options = dict(
        Answer.objects.filter(pk__in={int(o) for _q, o in pairs if o.isdigit()}).values_list(
            "pk", "content"
        )
    )
    spots = {o: spot for _q, o in pairs if (spot := spot_option(o))}
    ticked = {item for _verdict, items in spots.values() for item in items}
    evidence = (
        dict(SpotEvidence.objects.filter(pk__in=ticked).values_list("pk", "text")) if ticked else {}
    )
    named = {"True": _("True"), "False": _("False")}

    def text(option: str) -> str:
        if option.isdigit():
            return options.get(int(option), f"#{option}")
        if option in spots:
            verdict, items = spots[option]
            label = Verdict(verdict).label if verdict in Verdict.values else verdict
            if not items:
                return _("%(verdict)s, no evidence ticked") % {"verdict": label}
            return _("%(verdict)s, with: %(evidence)s") % {
                "verdict": label,
                "evidence": "; ".join(evidence.get(item, f"#{item}") for item in items),
            }
        return named.get(option, option)

    for cluster in clusters:
        cluster.wrong = [
            (questions.get(int(question), f"#{question}"), text(option))
            for question, option in cluster.evidence.get("wrong_answers", [])
        ]
