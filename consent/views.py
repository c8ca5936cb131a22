"""The privacy notice (for anyone), the page that asks a volunteer to agree to a new
version, and a person's message settings. Phone-first, and no script needed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from consent.forms import ChannelPreferencesForm, NoticeAgreeForm
from consent.middleware import SESSION_KEY
from consent.models import Method, PrivacyNotice
from consent.selectors import (
    channel_consent_history,
    channel_consents,
    notice_consents,
    notice_current,
)
from consent.services import channel_consents_set, consent_record


def _next(request) -> str:
    url = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if allowed else ""


def notice(request, version: int | None = None):
    """The notice in force, or an earlier version (what someone agreed to then)."""
    if version is None:
        shown = notice_current()
        if shown is None:
            raise Http404(_("No privacy notice has been published yet."))
    else:
        shown = get_object_or_404(PrivacyNotice.objects.published(), version=version)
    current = notice_current()
    return render(
        request,
        "consent/notice.html",
        {"notice": shown, "is_current": current is not None and shown.pk == current.pk},
    )


@login_required
def agree(request):
    """Agree to the notice in force (asked by consent.middleware on the next visit
    after a new version), and choose the channels for messages."""
    current = notice_current()
    next_url = _next(request)
    if current is None:
        return redirect(next_url or "dashboard")
    allowed = [
        channel for channel, row in channel_consents(request.user).items() if row and row.allowed
    ]
    if request.method == "POST":
        form = NoticeAgreeForm(request.POST)
        if form.is_valid():
            chosen = set(form.cleaned_data["channels"])
            consent_record(
                user=request.user,
                notice=current,
                method=Method.NOTICE_PAGE,
                channels={channel: channel in chosen for channel in {*chosen, *allowed}},
            )
            request.session[SESSION_KEY] = current.pk
            messages.success(request, _("Thank you. Your consent is recorded."))
            return redirect(next_url or "dashboard")
    else:
        form = NoticeAgreeForm(initial={"channels": allowed})
    earlier = notice_consents(request.user).first()
    context = {"form": form, "notice": current, "earlier": earlier, "next": next_url}
    return render(request, "consent/agree.html", context)


@login_required
def message_settings(request):
    """Which channels a person agrees to receive messages on; and the history of it."""
    current = channel_consents(request.user)
    if request.method == "POST":
        form = ChannelPreferencesForm(request.POST)
        if form.is_valid():
            chosen = set(form.cleaned_data["channels"])
            channel_consents_set(
                user=request.user,
                channels={channel: channel in chosen for channel in current},
                method=Method.PREFERENCES,
            )
            messages.success(request, _("Your message settings are saved."))
            return redirect("consent:messages")
    else:
        form = ChannelPreferencesForm(
            initial={"channels": [c for c, row in current.items() if row and row.allowed]}
        )
    context = {
        "form": form,
        "history": channel_consent_history(request.user)[:20],
        "notice_consents": notice_consents(request.user),
    }
    return render(request, "consent/message_settings.html", context)
