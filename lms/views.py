from django.contrib.auth import login
from django.contrib.auth.models import Group
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.debug import sensitive_post_parameters

from lms.forms import SignUpForm
from lms.health import healthz_response

TRAINEES_GROUP = "Trainees"


@sensitive_post_parameters("password1", "password2")
def signup(request):
    if request.user.is_authenticated:
        return redirect("dashboard")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        group, _ = Group.objects.get_or_create(name=TRAINEES_GROUP)
        user.groups.add(group)
        login(request, user, backend="lms.auth_backends.CachedModelBackend")
        return redirect("dashboard")
    return render(request, "registration/signup.html", {"form": form})


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
