"""What courses adds to the organisation's volunteer screens, through its hooks
(registered in courses/wagtail_hooks.py): the course and course-progress filters, the
enrol bulk action, and the courses panel of a volunteer's page."""

import django_filters

from django import forms
from django.contrib import messages
from django.db.models import Count, Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from courses.models import CourseCompletion, CoursePage, Enrollment, LessonCompletion
from courses.selectors import dashboard_courses
from courses.services import LearningError, enrollment_create
from organisation.views.volunteer_bulk_actions import VolunteerBulkAction, listed
from organisation.views.volunteer_detail import VolunteerPanel


def canonical_courses():
    """The live courses in the default language, in the order of the page tree."""
    return CoursePage.objects.live().canonical().order_by("path")


class CourseFilter(django_filters.ModelChoiceFilter):
    """Enrolled in the course (with a progress chosen, ProgressFilter reads it instead)."""

    def __init__(self):
        super().__init__(
            label=gettext_lazy("Course"),
            queryset=lambda request: canonical_courses(),
            empty_label=gettext_lazy("Any course"),
        )

    def filter(self, queryset, course):
        if course is None or self.parent.form.cleaned_data.get("progress"):
            return queryset
        enrolled = Enrollment.objects.filter(user_id=OuterRef("user_id"), course=course)
        return queryset.filter(Exists(enrolled))


class ProgressFilter(django_filters.ChoiceFilter):
    """Progress in the course chosen, or in any course when none is."""

    def __init__(self):
        super().__init__(
            label=gettext_lazy("Course progress"),
            choices=[
                ("not_enrolled", gettext_lazy("Not enrolled")),
                ("enrolled", gettext_lazy("Enrolled, not complete")),
                ("complete", gettext_lazy("Complete")),
            ],
            empty_label=gettext_lazy("Any progress"),
            help_text=gettext_lazy(
                "Progress in the course chosen, or in any course when none is chosen."
            ),
        )

    def filter(self, queryset, progress):
        if not progress:
            return queryset
        course = self.parent.form.cleaned_data.get("course")
        enrolments = Enrollment.objects.active().filter(user_id=OuterRef("user_id"))
        completions = CourseCompletion.objects.filter(user_id=OuterRef("user_id"))
        if course:
            enrolments = enrolments.filter(course=course)
            completions = completions.filter(course=course)
        if progress == "not_enrolled":
            return queryset.filter(~Exists(enrolments))
        if progress == "complete":
            return queryset.filter(Exists(completions))
        # "Enrolled, not complete": some course enrolled in and not completed.
        finished = CourseCompletion.objects.filter(
            user_id=OuterRef("user_id"), course_id=OuterRef("course_id")
        )
        return queryset.filter(Exists(enrolments.exclude(Exists(finished))))


class StoppedBeforeFilter(django_filters.NumberFilter):
    """Stopped before lesson N of the course chosen: enrolled, course not complete, and as
    many lessons completed as come before N (the courses report's "stopped before it",
    which the coordinator's weekly digest links to)."""

    def __init__(self):
        super().__init__(
            label=gettext_lazy("Stopped before lesson"),
            min_value=1,
            help_text=gettext_lazy("With a course chosen: its lesson number."),
        )

    def filter(self, queryset, number):
        course = self.parent.form.cleaned_data.get("course")
        if number is None or course is None:
            return queryset
        lessons_done = (
            LessonCompletion.objects.filter(user_id=OuterRef("user_id"), course=course)
            .values("user_id")
            .annotate(n=Count("pk"))
            .values("n")
        )
        enrolled = Enrollment.objects.active().filter(user_id=OuterRef("user_id"), course=course)
        finished = CourseCompletion.objects.filter(user_id=OuterRef("user_id"), course=course)
        return (
            queryset.filter(Exists(enrolled), ~Exists(finished))
            .alias(lessons_done=Coalesce(Subquery(lessons_done), 0))
            .filter(lessons_done=int(number) - 1)
        )


class EnrolForm(forms.Form):
    course = forms.ModelChoiceField(
        label=gettext_lazy("Course"), queryset=CoursePage.objects.none()
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = canonical_courses()


class EnrolBulkAction(VolunteerBulkAction):
    display_name = gettext_lazy("Enrol")
    action_type = "enrol"
    aria_label = gettext_lazy("Enrol in the course chosen")
    action_priority = 20
    form_class = EnrolForm

    @classmethod
    def execute_action(cls, volunteers, *, request, form):
        course = form.cleaned_data["course"]
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
            messages.warning(request, _("Not enrolled: %(list)s") % {"list": listed(refused)})
        return enrolled, 0


class CoursesPanel(VolunteerPanel):
    order = 40
    template_name = "courses/coordinator/courses_panel.html"

    def get_context_data(self, parent_context=None):
        return {
            "volunteer": self.volunteer,
            "courses": dashboard_courses(user=self.volunteer.user),
        }
