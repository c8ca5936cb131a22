"""Essays to mark, on Wagtail's admin framework: a listing (IndexView with a
WagtailFilterSet) and the marking screen, under one viewset with namespaced URLs
(``courses_essays:index``, ``courses_essays:mark``).

Who may mark is the ``courses.mark_essays`` permission. Which answers, the scope policy
(``organisation.permissions``): a coordinator who may mark sees the trainees inside their
unit (``scope_of``); trainers, who coordinate no unit, mark for the whole country. The
unit filter offers the units inside that scope.
"""

import json

import django_filters
from quiz.models import Quiz

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.base import ViewSet

from courses import quiz_draw, services
from courses.models import CoursePage, EssayMark
from lms.errors import refused
from organisation.models import Unit
from organisation.permissions import scope_filter, scope_of
from organisation.selectors import national_unit

AWAITING, MARKED = "awaiting", "marked"


def marking_scope(user) -> Unit:
    """The unit whose trainees' answers ``user`` marks: a coordinator's own unit, else
    the nation (trainers mark for everyone)."""
    return scope_of(user) or national_unit()


def essays_in_scope(user):
    marks = EssayMark.objects.select_related("sitting__user", "sitting__quiz", "question")
    return marks.filter(scope_filter(EssayMark, marking_scope(user)))


class EssayFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=[(AWAITING, gettext_lazy("Awaiting a mark")), (MARKED, gettext_lazy("Marked"))],
        empty_label=None,
        method="filter_status",
        widget=forms.RadioSelect,
    )
    course = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Course"),
        queryset=lambda request: CoursePage.objects.live().canonical().order_by("path"),
        field_name="sitting__attempt__course",
    )
    quiz = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Quiz"),
        queryset=Quiz.objects.order_by("title"),
        field_name="sitting__quiz",
        empty_label=gettext_lazy("All quizzes"),
    )
    unit = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Unit"), queryset=Unit.objects.none(), method="filter_unit"
    )
    superseded = django_filters.BooleanFilter(
        label=gettext_lazy("Include answers from attempts the trainee has retaken since"),
        method="filter_superseded",
        widget=forms.CheckboxInput,
    )

    class Meta:
        model = EssayMark
        fields = []

    def __init__(self, data=None, *args, request=None, **kwargs):
        # Unfiltered, the list is what is left to do: awaiting a mark, latest attempts.
        data = data.copy() if data is not None else QueryDict(mutable=True)
        if data.get("status") not in (AWAITING, MARKED):
            data["status"] = AWAITING
        super().__init__(data, *args, request=request, **kwargs)
        if request is not None:
            self.filters["unit"].queryset = Unit.objects.within(marking_scope(request.user))

    def filter_status(self, queryset, name, value):
        return queryset.exclude(correct=None) if value == MARKED else queryset.awaiting()

    def filter_unit(self, queryset, name, unit):
        return queryset.filter(scope_filter(EssayMark, unit))

    def filter_superseded(self, queryset, name, include):
        return queryset if include else queryset.current()


def listed_essays(request, data):
    """The answers the list shows for the filters in ``data``, oldest first; what is
    left to do when the filters cannot be read."""
    filters = EssayFilterSet(data, queryset=essays_in_scope(request.user), request=request)
    marks = filters.qs if filters.is_valid() else filters.queryset.awaiting().current()
    return marks.order_by("answered_at", "pk")


def _filters_query(request) -> str:
    query = request.GET.copy()
    for key in ("p", "_w_filter_fragment"):
        query.pop(key, None)
    return f"?{query.urlencode()}" if query else ""


class MarkLinkColumn(Column):
    """A button to the answer's marking screen, with the list's filters, so that saving a
    mark opens the next answer under them."""

    cell_template_name = "courses/admin/mark_link_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        url = reverse("courses_essays:mark", args=(instance.pk,))
        context["link_url"] = url + _filters_query(parent_context["request"])
        return context


def _trainee(mark) -> str:
    return mark.sitting.user.get_full_name() or mark.sitting.user.get_username()


def _question(mark) -> str:
    return Truncator(mark.question.content).chars(90)


def _result(mark) -> str:
    if mark.correct is None:
        return _("Awaiting a mark")
    return _("Accepted") if mark.correct else _("Not accepted")


class EssayIndexView(IndexView):
    model = EssayMark
    page_title = gettext_lazy("Essays to mark")
    header_icon = "edit"
    paginate_by = 25
    filterset_class = EssayFilterSet
    index_url_name = "courses_essays:index"
    index_results_url_name = "courses_essays:index_results"
    results_template_name = "courses/admin/essay_index_results.html"
    columns = [
        Column("trainee", label=gettext_lazy("Trainee"), accessor=_trainee),
        Column("quiz", label=gettext_lazy("Quiz"), accessor="sitting.quiz.title"),
        Column("question", label=gettext_lazy("Question"), accessor=_question),
        DateColumn("answered_at", label=gettext_lazy("Answered")),
        Column("result", label=gettext_lazy("Result"), accessor=_result),
        MarkLinkColumn("mark", label=""),
    ]

    # Marking is its own permission (courses.mark_essays), not add/change/delete/view.
    permission_policy = None
    any_permission_required = None

    def dispatch(self, request, *args, **kwargs):
        if not services.can_mark_essays(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        return essays_in_scope(self.request.user)

    def filter_queryset(self, queryset):
        return listed_essays(self.request, self.request.GET)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["awaiting"] = self.filters.data["status"] == AWAITING
        context["filters_query"] = _filters_query(self.request)
        return context


class EssayMarkForm(forms.Form):
    decision = forms.TypedChoiceField(
        label=gettext_lazy("Mark"),
        choices=[
            ("1", gettext_lazy("Accept: counts as correct")),
            ("0", gettext_lazy("Not accepted")),
        ],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=gettext_lazy("Comment for the trainee (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def essay_mark(request, mark_id):
    if not services.can_mark_essays(request.user):
        raise PermissionDenied
    mark = get_object_or_404(essays_in_scope(request.user), pk=mark_id)
    answer = json.loads(mark.sitting.user_answers).get(str(mark.question_id), "")
    form = EssayMarkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.essay_mark(
                mark_id=mark.pk,
                correct=form.cleaned_data["decision"],
                comment=form.cleaned_data["comment"],
                marked_by=request.user,
            )
        except services.LearningError as error:
            return refused(request, error, redirect_to=reverse("courses_essays:index"))
        messages.success(request, _("Marked. The trainee's score is updated."))
        # Mark next: the oldest answer still waiting under the list's other filters.
        awaiting = request.GET.copy()
        awaiting["status"] = AWAITING
        following = listed_essays(request, awaiting).exclude(pk=mark.pk).first()
        if following is not None:
            url = reverse("courses_essays:mark", args=(following.pk,))
            return redirect(url + _filters_query(request))
        return redirect("courses_essays:index")
    # The question as the trainee was asked it, though a trainer may have edited it since.
    question = quiz_draw.attempt_question(mark.sitting.attempt, mark.question_id)
    return TemplateResponse(
        request,
        "courses/admin/essay_mark.html",
        {"mark": mark, "question": question, "answer": answer, "form": form},
    )


class EssayMenuItem(MenuItem):
    def is_shown(self, request):
        return services.can_mark_essays(request.user)


class EssayMarkingViewSet(ViewSet):
    """Essays to mark: the list, its results fragment and the marking screen."""

    name = "courses_essays"
    url_prefix = "essays"
    icon = "edit"
    menu_label = gettext_lazy("Essays to mark")
    menu_order = 260
    add_to_admin_menu = True
    menu_item_class = EssayMenuItem

    def get_urlpatterns(self):
        return [
            path("", EssayIndexView.as_view(), name="index"),
            path("results/", EssayIndexView.as_view(results_only=True), name="index_results"),
            path("<int:mark_id>/", essay_mark, name="mark"),
        ]
