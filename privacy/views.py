"""My data: what we hold about the person, its download, corrections, and erasure."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from lms.errors import refused
from lms.spreadsheets import csv_response
from organisation.models import VolunteerProfile
from privacy.export import CSV_HEADER, person_sections, sections_csv_rows, sections_json, shown
from privacy.forms import ErasureConfirmForm, ProfileCorrectionForm
from privacy.services import ErasureRefused, erasure_cancel, erasure_pending, erasure_request


def _posted(request):
    """The form's data when posted (an empty POST too: it is bound and invalid)."""
    return request.POST if request.method == "POST" else None


def _profile(user):
    return VolunteerProfile.objects.filter(user=user).first()


@never_cache
@login_required
def my_data(request):
    profile = _profile(request.user)
    form = None
    if profile is not None:
        form = ProfileCorrectionForm(_posted(request), instance=profile)
        if request.method == "POST" and form.is_valid():
            with transaction.atomic():
                form.save()
            messages.success(request, _("Your details are saved."))
            return redirect("my_data")
    elif request.method == "POST":
        return HttpResponse(status=405)
    sections = [
        {
            "key": s.key,
            "title": s.title,
            "rows": [[(label, shown(value)) for label, value in row.items()] for row in s.rows],
        }
        for s in person_sections(request.user)
    ]
    return TemplateResponse(
        request,
        "privacy/my_data.html",
        {"sections": sections, "form": form, "pending": erasure_pending(request.user)},
        status=400 if form is not None and form.errors else 200,
    )


@never_cache
@login_required
def my_data_download(request, fmt):
    sections = person_sections(request.user)
    stamp = timezone.localdate().isoformat()
    if fmt == "json":
        response = HttpResponse(
            sections_json(sections), content_type="application/json; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="my-data-{stamp}.json"'
        return response
    if fmt == "csv":
        return csv_response(f"my-data-{stamp}.csv", CSV_HEADER, sections_csv_rows(sections))
    raise Http404


@never_cache
@login_required
def my_data_erase(request):
    """What erasure does, and the request, once confirmed by a tick."""
    form = ErasureConfirmForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            erasure = erasure_request(user=request.user)
        except ErasureRefused as error:
            return refused(request, error, redirect_to="my_data")
        messages.success(
            request,
            _("Your request is recorded. Your data will be erased on %(date)s.")
            % {"date": shown(timezone.localdate(erasure.due_at))},
        )
        return redirect("my_data")
    return TemplateResponse(
        request,
        "privacy/my_data_erase.html",
        {
            "form": form,
            "pending": erasure_pending(request.user),
            "grace_days": settings.PRIVACY_ERASURE_GRACE_DAYS,
        },
        status=400 if form.errors else 200,
    )


@never_cache
@login_required
@require_POST
def my_data_erase_cancel(request):
    if erasure_cancel(user=request.user):
        messages.success(request, _("Your erasure request is cancelled. Nothing was erased."))
    return redirect("my_data")
