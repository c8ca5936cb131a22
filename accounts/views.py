"""Signing in with a code sent to one's phone: ask (number and channel), then type it.

The first page answers the same for any well-formed number, registered or not, and
queues the work (``accounts.services``); limits per number and per client keep a script
from sending codes in bulk or guessing them across many numbers. The number travels
from the first page to the second in the session, never in an address.
"""

from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from accounts import services
from accounts.forms import CodeForm, CodeRequestForm
from accounts.models import CODE_VALID, Channel
from consent.models import Method
from consent.selectors import notice_current
from consent.services import consent_record
from lms.rate_limit import client_ip, limit_reached
from lms.views import safe_next, too_many_attempts

PHONE_KEY = "accounts_code_phone"
CHANNEL_KEY = "accounts_code_channel"


def _with_next(url_name: str, next_url: str) -> str:
    url = reverse(url_name)
    return f"{url}?{urlencode({'next': next_url})}" if next_url else url


@never_cache
def code_request(request):
    next_url = safe_next(request)
    if request.user.is_authenticated:
        return redirect(next_url or "dashboard")
    if request.method == "POST":
        if limit_reached("code_request_client", client_ip(request)):
            return too_many_attempts(request, "code_request_client")
        form = CodeRequestForm(request.POST)
        if form.is_valid():
            phone, channel = form.cleaned_data["phone"], form.cleaned_data["channel"]
            # Counted for every number alike, so the limit tells nothing either.
            for scope in ("code_phone", "code_phone_day"):
                if limit_reached(scope, phone):
                    return too_many_attempts(request, scope)
            services.sign_in_code_request(phone=phone, channel=channel, language=get_language())
            request.session[PHONE_KEY], request.session[CHANNEL_KEY] = phone, channel
            return redirect(_with_next("accounts:code_enter", next_url))
    else:
        form = CodeRequestForm(initial={"phone": request.session.get(PHONE_KEY, "")})
    return render(request, "accounts/code_request.html", {"form": form, "next": next_url})


@never_cache
@sensitive_post_parameters("code")
def code_enter(request):
    next_url = safe_next(request)
    if request.user.is_authenticated:
        return redirect(next_url or "dashboard")
    phone = request.session.get(PHONE_KEY)
    if not phone:
        return redirect(_with_next("accounts:code_request", next_url))
    notice = notice_current()
    if request.method == "POST":
        if limit_reached("code_verify_client", client_ip(request)):
            return too_many_attempts(request, "code_verify_client")
        form = CodeForm(request.POST, notice=notice)
        if form.is_valid():
            user = services.sign_in_code_verify(phone=phone, code=form.cleaned_data["code"])
            if user is not None:
                if form.cleaned_data.get("agree"):
                    # The notice was on this page: agreed to in the sign-in, not asked again.
                    consent_record(user=user, notice=notice, method=Method.PHONE_SIGN_IN)
                login(request, user, backend="lms.auth_backends.CachedModelBackend")
                request.session.pop(PHONE_KEY, None)
                request.session.pop(CHANNEL_KEY, None)
                return redirect(next_url or "dashboard")
            form.add_error("code", form.fields["code"].error_messages["wrong"])
    else:
        form = CodeForm(notice=notice)
    context = {
        "form": form,
        "notice": notice,
        "next": next_url,
        "phone": f"{phone[:5]} {phone[5:]}",
        "channel_name": Channel(request.session.get(CHANNEL_KEY, Channel.SMS)).label,
        "minutes": int(CODE_VALID.total_seconds() // 60),
        "again_url": _with_next("accounts:code_request", next_url),
    }
    return render(request, "accounts/code_enter.html", context)
