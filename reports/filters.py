"""The filters every report shares: unit (within the user's scope), course, cohort
(sign-up month) and date range. The form's choices are limited to the scope, and
a unit outside it is an invalid choice, never a silent widening."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from courses.models import CoursePage
from organisation.forms import UnitChoiceField
from organisation.models import Unit, VolunteerProfile

COHORT_MONTHS = 24


def canonical_courses():
    return CoursePage.objects.live().canonical().select_related("quiz").order_by("path")


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def cohort_choices(today: date | None = None):
    today = today or timezone.localdate()
    months, month = [], month_start(today)
    for _index in range(COHORT_MONTHS):
        # Django's month names, in the reader's language (strftime's are the server's).
        months.append((month.strftime("%Y-%m"), date_format(month, "YEAR_MONTH_FORMAT")))
        month = month_start(month - timedelta(days=1))
    return [("", _("Everyone")), *months]


def _aware(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


class ReportFilterForm(forms.Form):
    unit = UnitChoiceField(label=_("Unit"), queryset=Unit.objects.none(), required=False)
    course = forms.ModelChoiceField(
        label=_("Course"), queryset=CoursePage.objects.none(), required=False
    )
    cohort = forms.ChoiceField(label=_("Signed up in"), required=False)
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, scope: Unit, **kwargs):
        super().__init__(*args, **kwargs)
        self.scope = scope
        unit = self.fields["unit"]
        unit.queryset = (
            Unit.objects.within(scope)
            .select_related("parent")
            .order_by("level", "parent__name_en", "name_en")
        )
        unit.empty_label = str(scope.name)
        self.fields["course"].queryset = canonical_courses()
        self.fields["course"].empty_label = _("All courses")
        self.fields["cohort"].choices = cohort_choices()

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            self.add_error("date_to", _("The end date is before the start date."))
        return data

    def filters(self) -> "Filters":
        """The filters to apply: the valid ones; the scope when the form is not valid."""
        if not self.is_bound or not self.is_valid():
            return Filters(scope=self.scope, unit=self.scope)
        data = self.cleaned_data
        cohort = None
        if data.get("cohort"):
            cohort = date.fromisoformat(data["cohort"] + "-01")
        return Filters(
            scope=self.scope,
            unit=data.get("unit") or self.scope,
            course=data.get("course"),
            cohort=cohort,
            date_from=data.get("date_from"),
            date_to=data.get("date_to"),
        )


@dataclass(frozen=True)
class Filters:
    scope: Unit
    unit: Unit
    course: CoursePage | None = None
    cohort: date | None = None
    date_from: date | None = None
    date_to: date | None = None

    def __post_init__(self):
        # The last line of defence: whatever built these filters, never outside the scope.
        if not self.scope.contains(self.unit):
            raise ValueError("unit outside the scope")

    @property
    def child_level(self) -> str | None:
        return {Unit.Level.NATIONAL: Unit.Level.STATE, Unit.Level.STATE: Unit.Level.DISTRICT}.get(
            self.unit.level
        )

    def child_field(self, prefix: str = "") -> str:
        """The volunteer's field holding the unit each row stands for."""
        field = "state_id" if self.unit.level == Unit.Level.NATIONAL else "district_id"
        return prefix + field

    def children(self) -> list[Unit]:
        if self.child_level is None:
            return [self.unit]
        return list(Unit.objects.filter(parent=self.unit).order_by("name_en"))

    def volunteer_q(self, prefix: str = "") -> Q:
        """Volunteers (reached through `prefix`) in the unit and the cohort."""
        if self.unit.level == Unit.Level.STATE:
            q = Q(**{prefix + "state_id": self.unit.pk})
        elif self.unit.level == Unit.Level.DISTRICT:
            q = Q(**{prefix + "district_id": self.unit.pk})
        elif prefix:
            q = Q(**{prefix + "pk__isnull": False})  # volunteers only, not staff
        else:
            q = Q()
        if self.cohort:
            q &= Q(
                **{
                    prefix + "created_at__gte": _aware(self.cohort),
                    prefix + "created_at__lt": _aware(next_month(self.cohort)),
                }
            )
        return q

    def volunteer_user_q(self, field: str = "user_id") -> Q:
        """Rows whose user (`field`) is a volunteer in the unit and the cohort: the rows of
        volunteer_q("user__volunteer_profile__"), as a semi-join on the volunteers alone.
        The path through `user` also joins the 500,000 users, which was most of the time
        of the national course and quiz reports."""
        volunteers = VolunteerProfile.objects.filter(self.volunteer_q()).values("user_id")
        return Q(**{field + "__in": volunteers})

    def period_q(self, field: str) -> Q:
        q = Q()
        if self.date_from:
            q &= Q(**{field + "__gte": _aware(self.date_from)})
        if self.date_to:
            q &= Q(**{field + "__lt": _aware(self.date_to + timedelta(days=1))})
        return q

    def courses(self) -> list[CoursePage]:
        return [self.course] if self.course else list(canonical_courses())

    def querystring(self) -> dict:
        query = {}
        if self.unit != self.scope:
            query["unit"] = self.unit.pk
        if self.course:
            query["course"] = self.course.pk
        if self.cohort:
            query["cohort"] = self.cohort.strftime("%Y-%m")
        if self.date_from:
            query["date_from"] = self.date_from.isoformat()
        if self.date_to:
            query["date_to"] = self.date_to.isoformat()
        return query
