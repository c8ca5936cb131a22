"""The coordinator's screens in the Wagtail admin: volunteers, promotion, teams.

Every view is guarded by organisation.permissions (a model permission, and the user's
scope in ``request.scope``): a record outside the scope is a 404, as if it did not exist,
and every choice offered is limited to it.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Upper
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from certificates import selectors, services
from certificates.coordinator_forms import (
    BulkActionForm,
    PromoteForm,
    RevokeForm,
    ScreeningForm,
    TeamMemberAddForm,
    TeamMemberFindForm,
    VolunteerFilterForm,
)
from certificates.models import Certificate, Leadership
from courses.models import CourseCompletion, Enrollment
from courses.selectors import dashboard_courses
from courses.services import LearningError, enrollment_create
from lms.errors import ApplicationError
from organisation import services as organisation_services
from organisation.models import Stage, Team, TeamMember, Unit, VolunteerProfile
from organisation.permissions import request_scope, scope_required, team_policy, volunteer_policy
from organisation.selectors import pipeline_counts, teams_short, teams_with_size
from organisation.services import OrganisationError

VOLUNTEERS_PER_PAGE = 50
TEAMS_PER_PAGE = 50


#: The certificate screens' guard until they move to scope_required.
require_scope = request_scope

VIEW_VOLUNTEERS = "organisation.view_volunteerprofile"
CHANGE_VOLUNTEERS = "organisation.change_volunteerprofile"
VIEW_TEAMS = "organisation.view_team"
CHANGE_TEAMS = "organisation.change_team"


def volunteer_in_scope(scope: Unit, volunteer_id: int) -> VolunteerProfile:
    return get_object_or_404(
        volunteer_policy.instances_in(scope).select_related(
            "district__parent", "user", "team_membership__team__leader"
        ),
        pk=volunteer_id,
    )


def filtered_volunteers(scope: Unit, form: VolunteerFilterForm):
    """The volunteers in scope that match the filters, and the unit counted."""
    volunteers = volunteer_policy.instances_in(scope)
    unit = scope
    if not form.is_valid():
        return volunteers, unit
    data = form.cleaned_data
    if data["unit"]:
        unit = data["unit"]
        volunteers = volunteers.in_unit(unit)
    if data["q"]:
        query = data["q"].strip()
        digits = query.replace(" ", "")
        if digits.isdigit():
            volunteers = volunteers.filter(phone__startswith=digits[-10:])
        else:
            volunteers = volunteers.filter(
                Q(name_en__icontains=query) | Q(name_hi__icontains=query)
            )
    if data["stage"]:
        volunteers = volunteers.at_stage(data["stage"])
    if data["progress"]:
        # In the course chosen, or in any course when none is (the form says so).
        enrolments = Enrollment.objects.active().filter(user_id=OuterRef("user_id"))
        completions = CourseCompletion.objects.filter(user_id=OuterRef("user_id"))
        if data["course"]:
            enrolments = enrolments.filter(course=data["course"])
            completions = completions.filter(course=data["course"])
        # "Enrolled, not complete": some course enrolled in and not completed.
        unfinished = enrolments.exclude(
            Exists(
                CourseCompletion.objects.filter(
                    user_id=OuterRef("user_id"), course_id=OuterRef("course_id")
                )
            )
        )
        volunteers = {
            "not_enrolled": volunteers.filter(~Exists(enrolments)),
            "enrolled": volunteers.filter(Exists(unfinished)),
            "complete": volunteers.filter(Exists(completions)),
        }[data["progress"]]
    elif data["course"]:
        volunteers = volunteers.filter(
            Exists(Enrollment.objects.filter(user_id=OuterRef("user_id"), course=data["course"]))
        )
    if data["eligible"]:
        eligible = selectors.eligible_filter()
        volunteers = volunteers.filter(eligible if data["eligible"] == "yes" else ~eligible)
    return volunteers, unit


@scope_required(VIEW_VOLUNTEERS)
def volunteer_list(request):
    scope = request.scope
    form = VolunteerFilterForm(request.GET or None, user=request.user)
    volunteers, unit = filtered_volunteers(scope, form)
    counts = pipeline_counts(VolunteerProfile.objects.in_unit(unit))
    # In name order. A name search orders by UPPER(name) instead: the same order
    # to a reader, but PostgreSQL then finds the matches by the trigram index and
    # sorts them, rather than walking a state's 80,000 names in order to filter.
    order = (
        (Upper("name_en"), "pk")
        if form.is_valid() and form.cleaned_data["q"]
        else ("name_en", "pk")
    )
    page = Paginator(
        volunteers.select_related("district", "team_membership").order_by(*order),
        VOLUNTEERS_PER_PAGE,
    ).get_page(request.GET.get("p"))
    eligibility = selectors.eligibility_many(page.object_list)
    rows = [(volunteer, eligibility[volunteer.pk]) for volunteer in page.object_list]
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "certificates/coordinator/volunteer_list.html",
        {
            "scope": scope,
            "unit": unit,
            "form": form,
            "page": page,
            "rows": rows,
            "counts": counts,
            "funnel": [
                (stage, counts[stage.value]) for stage in Stage if stage != Stage.NOT_SELECTED
            ],
            "query": query.urlencode(),
            "bulk_form": BulkActionForm(volunteers=VolunteerProfile.objects.none()),
        },
    )


@require_POST
@scope_required(CHANGE_VOLUNTEERS)
def volunteer_bulk_action(request):
    scope = request.scope
    form = BulkActionForm(request.POST, volunteers=volunteer_policy.instances_in(scope))
    back = reverse("coordinator_volunteers") + "?" + request.POST.get("query", "")
    if not form.is_valid():
        for errors in form.errors.values():
            messages.error(request, " ".join(errors))
        return redirect(back)
    volunteers = list(form.cleaned_data["volunteers"].select_related("district__parent", "user"))
    action = form.cleaned_data["action"]
    if action == "screen":
        _bulk_screen(request, volunteers, form.cleaned_data["notes"])
    elif action == "enrol":
        _bulk_enrol(request, volunteers, form.cleaned_data["course"])
    else:
        _bulk_promote(request, volunteers)
    return redirect(back)


def _bulk_screen(request, volunteers, notes):
    screened, skipped = 0, []
    notes = notes.strip() or _("Selected for training (recorded in bulk).")
    for volunteer in volunteers:
        if volunteer.stage not in (Stage.SIGNED_UP, Stage.NOT_SELECTED):
            skipped.append(volunteer.name)
            continue
        organisation_services.volunteer_screen(
            volunteer=volunteer,
            interviewed_by=request.user,
            notes=notes,
            decision="selected",
        )
        screened += 1
    messages.success(
        request,
        ngettext(
            "%(count)d volunteer screened and selected for training.",
            "%(count)d volunteers screened and selected for training.",
            screened,
        )
        % {"count": screened},
    )
    if skipped:
        messages.warning(
            request,
            _("Already past screening: %(list)s") % {"list": ", ".join(skipped[:20])},
        )


def _bulk_enrol(request, volunteers, course):
    enrolled, already, refused = 0, 0, []
    # Counted apart: "2 volunteers enrolled" for two who enrolled themselves long
    # ago read as if something had happened.
    enrolled_before = set(
        Enrollment.objects.active()
        .filter(course=course.get_canonical(), user__in=[v.user_id for v in volunteers])
        .values_list("user_id", flat=True)
    )
    for volunteer in volunteers:
        try:
            enrollment_create(
                user=volunteer.user,
                course=course,
                source=Enrollment.Source.COORDINATOR,
                enrolled_by=request.user,
            )
        except LearningError as error:
            refused.append(f"{volunteer.name}: {error}")
            continue
        if volunteer.user_id in enrolled_before:
            already += 1
        else:
            enrolled += 1
    messages.success(
        request,
        ngettext(
            "%(count)d volunteer enrolled in %(course)s.",
            "%(count)d volunteers enrolled in %(course)s.",
            enrolled,
        )
        % {"count": enrolled, "course": course.title},
    )
    if already:
        messages.info(
            request,
            ngettext(
                "%(count)d volunteer was enrolled already.",
                "%(count)d volunteers were enrolled already.",
                already,
            )
            % {"count": already},
        )
    if refused:
        messages.warning(request, _("Not enrolled: %(list)s") % {"list": "; ".join(refused[:20])})


def _bulk_promote(request, volunteers):
    promoted, refused = 0, []
    rules = selectors.Rules.current()
    eligibility = selectors.eligibility_many(volunteers, rules)
    for volunteer in volunteers:
        if not eligibility[volunteer.pk]:
            refused.append(f"{volunteer.name}: {' '.join(eligibility[volunteer.pk].reasons)}")
            continue
        try:
            services.leadership_promote(
                volunteer=volunteer, unit=volunteer.district, promoted_by=request.user
            )
            promoted += 1
        except (ValidationError, ApplicationError) as error:
            refused.append(f"{volunteer.name}: {' '.join(error.messages)}")
        except PermissionDenied as error:
            refused.append(f"{volunteer.name}: {error}")
    messages.success(
        request,
        ngettext(
            "%(count)d volunteer promoted to district leader.",
            "%(count)d volunteers promoted to district leader.",
            promoted,
        )
        % {"count": promoted},
    )
    if refused:
        messages.warning(request, _("Not promoted: %(list)s") % {"list": "; ".join(refused[:20])})


@scope_required(VIEW_VOLUNTEERS)
def volunteer_detail(request, volunteer_id):
    scope = request.scope
    volunteer = volunteer_in_scope(scope, volunteer_id)
    leadership = selectors.active_leadership(volunteer)
    team = Team.objects.filter(leader=volunteer).select_related("unit").first()
    context = {
        "volunteer": volunteer,
        "history": volunteer.stage_changes.select_related("changed_by"),
        "screenings": volunteer.screenings.select_related("interviewed_by"),
        "courses": dashboard_courses(user=volunteer.user),
        "eligibility": selectors.leadership_eligibility(volunteer),
        "leadership": leadership,
        "past_leaderships": volunteer.leaderships.exclude(
            pk=getattr(leadership, "pk", None)
        ).select_related("unit", "revoked_by"),
        "team": team,
        "membership": getattr(volunteer, "team_membership", None),
        "screening_form": ScreeningForm(),
        "promote_form": PromoteForm(user=request.user, volunteer=volunteer),
        "revoke_form": RevokeForm(),
        "certificates": Certificate.objects.filter(leadership__volunteer=volunteer)
        .select_related("leadership__unit", "revoked_by")
        .order_by("-created_at"),
    }
    return TemplateResponse(request, "certificates/coordinator/volunteer_detail.html", context)


@require_POST
@scope_required(CHANGE_VOLUNTEERS)
def volunteer_screen(request, volunteer_id):
    scope = request.scope
    volunteer = volunteer_in_scope(scope, volunteer_id)
    form = ScreeningForm(request.POST)
    if form.is_valid():
        try:
            organisation_services.volunteer_screen(
                volunteer=volunteer,
                interviewed_by=request.user,
                notes=form.cleaned_data["notes"],
                decision=form.cleaned_data["decision"],
            )
            messages.success(request, _("Screening recorded."))
        except OrganisationError as error:
            messages.error(request, " ".join(error.messages))
    else:
        messages.error(request, _("Give a decision and the interview notes."))
    return redirect("coordinator_volunteer", volunteer.pk)


@require_POST
@scope_required(CHANGE_VOLUNTEERS)
def volunteer_promote(request, volunteer_id):
    scope = request.scope
    volunteer = volunteer_in_scope(scope, volunteer_id)
    form = PromoteForm(request.POST, user=request.user, volunteer=volunteer)
    if not form.is_valid():
        messages.error(request, _("Choose a unit inside your scope."))
        return redirect("coordinator_volunteer", volunteer.pk)
    try:
        leadership = services.leadership_promote(
            volunteer=volunteer, unit=form.cleaned_data["unit"], promoted_by=request.user
        )
    except services.PromotionRefused as error:
        messages.error(
            request,
            _("Not promoted: %(reasons)s") % {"reasons": " ".join(error.reasons)},
        )
    else:
        messages.success(request, _("Promoted: %(leadership)s.") % {"leadership": leadership})
    return redirect("coordinator_volunteer", volunteer.pk)


@require_POST
@scope_required(CHANGE_VOLUNTEERS)
def leadership_revoke(request, leadership_id):
    scope = request.scope
    leadership = get_object_or_404(
        Leadership.objects.filter(volunteer__in=volunteer_policy.instances_in(scope)),
        pk=leadership_id,
    )
    form = RevokeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why the promotion is revoked."))
    else:
        try:
            services.leadership_revoke(
                leadership=leadership, revoked_by=request.user, reason=form.cleaned_data["reason"]
            )
            messages.success(request, _("Promotion revoked; the team's members are free again."))
        except OrganisationError as error:
            messages.error(request, " ".join(error.messages))
    return redirect("coordinator_volunteer", leadership.volunteer_id)


# Teams ---------------------------------------------------------------------------


def teams_in_scope(scope: Unit):
    return team_policy.instances_in(scope)


@scope_required(VIEW_TEAMS)
def team_list(request):
    scope = request.scope
    show_all = request.GET.get("show") == "all"
    short = teams_short(scope)
    teams = teams_with_size(scope) if show_all else short
    page = Paginator(teams, TEAMS_PER_PAGE).get_page(request.GET.get("p"))
    # Districts whose leaders have teams come first: those are the ones to fill.
    districts = (
        Unit.objects.within(scope)
        .districts()
        .select_related("parent")
        .annotate(has_teams=Exists(Team.objects.filter(unit=OuterRef("pk"))))
        .order_by("-has_teams", "parent__name_en", "name_en")
    )
    return TemplateResponse(
        request,
        "certificates/coordinator/team_list.html",
        {
            "scope": scope,
            "page": page,
            "team_count": teams_in_scope(scope).count(),
            "short_count": short.count() if show_all else page.paginator.count,
            "show_all": show_all,
            "districts": districts if scope.level != Unit.Level.DISTRICT else [scope],
        },
    )


@require_POST
@scope_required(CHANGE_TEAMS)
def teams_fill(request):
    scope = request.scope
    district = get_object_or_404(
        Unit.objects.within(scope).districts(), pk=request.POST.get("district")
    )
    result = organisation_services.teams_fill_district(district=district, added_by=request.user)
    values = {**result, "district": district.name}
    placed = ngettext(
        "%(placed)d volunteer placed in the teams of %(district)s.",
        "%(placed)d volunteers placed in the teams of %(district)s.",
        result["placed"],
    )
    short = ngettext(
        "%(short)d team is still short of ten.",
        "%(short)d teams are still short of ten.",
        result["short"],
    )
    messages.success(request, f"{placed % values} {short % values}")
    return redirect("coordinator_teams")


@scope_required(VIEW_TEAMS)
def team_detail(request, team_id):
    scope = request.scope
    team = get_object_or_404(teams_in_scope(scope).select_related("leader", "unit"), pk=team_id)
    form = TeamMemberAddForm(request.POST or None, team=team)
    if request.method == "POST":
        request_scope(request, CHANGE_TEAMS)
        if form.is_valid():
            try:
                organisation_services.team_member_add(
                    team=team, volunteer=form.cleaned_data["volunteer"], added_by=request.user
                )
                messages.success(request, _("Added to the team."))
                return redirect("coordinator_team", team.pk)
            except OrganisationError as error:
                messages.error(request, " ".join(error.messages))
        else:
            messages.error(request, " ".join(m for errors in form.errors.values() for m in errors))
    find_form = TeamMemberFindForm(request.GET or None, team=team)
    members = TeamMember.objects.filter(team=team).select_related("volunteer__district")
    return TemplateResponse(
        request,
        "certificates/coordinator/team_detail.html",
        {
            "team": team,
            "members": members,
            "form": form,
            "find_form": find_form,
            "candidates": find_form.candidates(),
            "max": Team.MAX_MEMBERS,
        },
    )


@require_POST
@scope_required(CHANGE_TEAMS)
def team_member_remove(request, team_id, volunteer_id):
    scope = request.scope
    team = get_object_or_404(teams_in_scope(scope), pk=team_id)
    member = get_object_or_404(TeamMember.objects.filter(team=team), volunteer_id=volunteer_id)
    organisation_services.team_member_remove(team=team, volunteer=member.volunteer)
    messages.success(request, _("Removed from the team."))
    return redirect("coordinator_team", team.pk)
