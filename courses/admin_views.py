"""Essay marking in the Wagtail admin: trainers see answers awaiting a mark and mark them."""

import json

from quiz.models import Quiz

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses import services
from courses.models import EssayMark
from lms.errors import refused

MARKS_PER_PAGE = 25


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


def _require_marker(request):
    if not services.can_mark_essays(request.user):
        raise PermissionDenied


class EssayFilterForm(forms.Form):
    quiz = forms.ModelChoiceField(
        label=gettext_lazy("Quiz"),
        queryset=Quiz.objects.order_by("title"),
        required=False,
        empty_label=gettext_lazy("All quizzes"),
    )
    superseded = forms.BooleanField(
        label=gettext_lazy("Include answers from attempts the trainee has retaken since"),
        required=False,
    )


def _awaiting(params):
    """Answers awaiting a mark, oldest first, as the list's filters in ``params`` say:
    by default only from each trainee's latest attempt."""
    form = EssayFilterForm(params)
    marks = EssayMark.objects.awaiting()
    if form.is_valid():
        if form.cleaned_data["quiz"] is not None:
            marks = marks.filter(sitting__quiz=form.cleaned_data["quiz"])
        if not form.cleaned_data["superseded"]:
            marks = marks.current()
    else:
        marks = marks.current()
    return form, marks.order_by("answered_at", "pk")


def essay_list(request):
    _require_marker(request)
    form, awaiting = _awaiting(request.GET)
    awaiting = awaiting.select_related("sitting__user", "sitting__quiz", "question")
    page = Paginator(awaiting, MARKS_PER_PAGE).get_page(request.GET.get("p"))
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "courses/admin/essay_list.html",
        {
            "marks": page,
            "paginator": page.paginator,
            "filter_form": form,
            "query": query.urlencode(),
        },
    )


def essay_mark(request, mark_id):
    _require_marker(request)
    mark = get_object_or_404(
        EssayMark.objects.select_related("sitting__user", "sitting__quiz", "question"), pk=mark_id
    )
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
            return refused(request, error, redirect_to=reverse("courses_essay_list"))
        else:
            messages.success(request, _("Marked. The trainee's score is updated."))
            # Mark next: the oldest answer still waiting under the list's filters.
            _form, awaiting = _awaiting(request.GET)
            following = awaiting.exclude(pk=mark.pk).first()
            if following is not None:
                url = reverse("courses_essay_mark", args=(following.pk,))
                return redirect(f"{url}?{request.GET.urlencode()}" if request.GET else url)
        return redirect("courses_essay_list")
    return TemplateResponse(
        request,
        "courses/admin/essay_mark.html",
        {"mark": mark, "answer": answer, "form": form},
    )
