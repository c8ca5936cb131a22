from axes.utils import reset as axes_reset

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.models import Group
from django.contrib.auth.views import PasswordResetConfirmView, PasswordResetView
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.debug import sensitive_post_parameters

from consent.forms import SignUpConsentForm
from consent.models import Method
from consent.selectors import notice_current
from consent.services import consent_record
from lms.forms import SignUpForm, SignUpStateForm, VolunteerPasswordResetForm, signup_state
from lms.health import healthz_response
from lms.rate_limit import client_ip, count_towards_limit, limit_reached, limit_used_up
from organisation.phones import normalise_phone

TRAINEES_GROUP = "Trainees"


def safe_next(request) -> str:
    """The page to return to after sign-up, if it is on this site."""
    url = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return url if allowed else ""


def too_many_attempts(request, scope: str):
    minutes = max(1, settings.RATE_LIMITS[scope][1] // 60)
    response = render(
        request, "registration/too_many_attempts.html", {"minutes": minutes}, status=429
    )
    response["Retry-After"] = str(minutes * 60)
    return response


@sensitive_post_parameters("password1", "password2")
def signup(request):
    """Sign-up in two steps that work without JavaScript: the state (a GET form),
    then the account form with only that state's districts."""
    next_url = safe_next(request)
    if request.user.is_authenticated:
        return redirect(next_url or "dashboard")
    if request.method == "POST":
        # Accounts created per client, attempts per client (a higher ceiling
        # against scripted probing) and per mobile number from any client: a
        # script can neither create accounts by the hundred nor probe numbers one
        # after another, while a family or a camp on one connection can make typos.
        client = client_ip(request)
        phone = normalise_phone(request.POST.get("phone", ""))
        if limit_used_up("signup_client", client):
            return too_many_attempts(request, "signup_client")
        if limit_reached("signup_attempts_client", client):
            return too_many_attempts(request, "signup_attempts_client")
        if phone and limit_reached("signup_phone", phone):
            return too_many_attempts(request, "signup_phone")
        form = SignUpForm(request.POST, state=signup_state(request.POST), next_url=next_url)
        consent_form = SignUpConsentForm(request.POST, notice=notice_current())
        if form.is_valid() & consent_form.is_valid():  # both, for every error at once
            count_towards_limit("signup_client", client)
            with transaction.atomic():
                user = form.save()
                consent_record(
                    user=user,
                    notice=consent_form.notice,
                    method=Method.SIGNUP,
                    channels=consent_form.cleaned_data["channels"],
                )
            group, _ = Group.objects.get_or_create(name=TRAINEES_GROUP)
            user.groups.add(group)
            login(request, user, backend="lms.auth_backends.CachedModelBackend")
            return redirect(next_url or "dashboard")
    else:
        state = signup_state(request.GET)
        if state is None:
            # Sent without a state (or with an unknown one): the step says so.
            state_form = SignUpStateForm(request.GET if "state" in request.GET else None)
            state_form.is_valid()
            context = {"state_form": state_form, "next": next_url}
            return render(request, "registration/signup.html", context)
        form = SignUpForm(state=state, next_url=next_url)
        consent_form = SignUpConsentForm(notice=notice_current())
    context = {"form": form, "consent_form": consent_form, "next": next_url}
    return render(request, "registration/signup.html", context)


class VolunteerPasswordResetConfirmView(PasswordResetConfirmView):
    """Django's view; a new password set from the e-mailed link also unlocks the
    account (its failed log-ins are forgotten) and makes this device known to it,
    so that guesses from elsewhere cannot lock its owner out again."""

    def form_valid(self, form):
        response = super().form_valid(form)
        username = form.user.get_username()
        axes_reset(username=username)
        request = self.request
        request.lms_known_device = username
        return response


class VolunteerPasswordResetView(PasswordResetView):
    """Django's view, with its form for volunteers imported in bulk and a limit
    per client (the form limits e-mails per address)."""

    form_class = VolunteerPasswordResetForm

    def post(self, request, *args, **kwargs):
        if limit_reached("reset_client", client_ip(request)):
            return too_many_attempts(request, "reset_client")
        return super().post(request, *args, **kwargs)


def ping(request):
    """Liveness: this process answers, whatever its database does (no query).

    Also the "trivial view" the load benchmarks compare pages with: a plain
    Django view through the whole middleware stack.
    """
    return HttpResponse("ok", content_type="text/plain")


def healthz(request):
    """For load balancers; lms.health.HealthCheckMiddleware usually answers first."""
    return healthz_response()


def remember_admin_access(sender, request, user, **kwargs):
    """On log-in: whether to show Wagtail's editing bar, kept in the session.

    Checking the permission on every page view costs two queries; trainees,
    the many, never have it.
    """
    request.session["lms_admin_access"] = user.has_perm("wagtailadmin.access_admin")
