"""What the access matrix (test_security_access) and the CSRF table (test_security_csrf)
share: the expected-status rows by role, the URL walker, and what a refused request
must leave unchanged."""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from organisation.models import VolunteerProfile
from testing.organisation import ROLES

# Who gets what. Columns in ROLES order: anonymous, trainee (D, a leader in Indore,
# owner of the records), other trainee (A, same district), trainer, district
# (Indore), state (MP) and national coordinators, superuser.
# 200/302/403/404/405; "L" = redirect to the log-in page.


def row(*statuses):
    return dict(zip(ROLES, statuses, strict=True))


L, A, R = "login", "admin-home", "redirect"  # 302 to the log-in page / the admin's home / elsewhere
ALL_200 = row(*[200] * 8)
LOGGED_IN = row(L, *[200] * 7)
COORDINATORS = row(L, L, L, A, 200, 200, 200, 200)
# A record in Indore: every coordinator above it; one in Lucknow: national and superuser.
IN_SCOPE = COORDINATORS
OUT_OF_SCOPE = row(L, L, L, A, 404, 404, 200, 200)
SUPERUSER_ONLY = row(L, L, L, A, A, A, A, 200)
TRAINERS = row(L, L, L, 200, A, A, A, 200)
POST_ONLY_SITE = row(L, *[405] * 7)
# Trainers pass the admin's access check; the method is refused before the scope.
POST_ONLY_ADMIN = row(L, L, L, 405, 405, 405, 405, 405)


def walk(patterns, prefix="", namespace=""):
    """(route, namespaced name, view callable, the view's module) of every URL pattern."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), ns)
        elif isinstance(pattern, URLPattern):
            view = getattr(pattern.callback, "view_class", pattern.callback)
            name = namespace + (pattern.name or "")
            yield prefix + str(pattern.pattern), name, pattern.callback, view.__module__


def is_ours(name: str, module: str) -> bool:
    return module.split(".")[0] in OUR_APPS or name.startswith(OUR_NAMESPACES)


def _our_apps() -> tuple[str, ...]:
    """Every app whose code is in this repository (not an installed package): a new app's
    URLs are in the matrix from its first view."""
    return tuple(
        config.name
        for config in apps.get_app_configs()
        if Path(config.path).is_relative_to(settings.BASE_DIR)
        and "site-packages" not in Path(config.path).parts
    )


OUR_APPS = _our_apps()
OUR_NAMESPACES = ("coordinators:", "certificate_batches:", "volunteers:", "teams:")


def our_url_names():
    names = set()
    for _route, name, _view, module in walk(get_resolver().url_patterns):
        if is_ours(name, module):
            names.add(name)
    return names


def expand(routes):
    for name, path, expected in routes:
        for lang in ("en", "hi") if "{lang}" in path else (None,):
            yield name, path, lang, expected


def status_of(response) -> int | str:
    if response.status_code == 302:
        location = response["Location"]
        if "/login/" in location:
            return L
        if location.rstrip("/").endswith("/admin"):
            return A
        return R
    return response.status_code


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def fill(path, objects, lang):
    return path.format(o=objects, lang=lang or "en")


def fingerprint():
    """What a refused request must leave as it was."""
    from certificates.models import Certificate, CertificateBatch, Leadership
    from courses.models import (
        CourseCompletion,
        Enrollment,
        EssayMark,
        LessonCompletion,
        QuizAccommodation,
        QuizAttempt,
    )
    from organisation.models import Coordinator, StageChange, TeamMember, VolunteerImport
    from privacy.models import ErasureRequest
    from reports.models import AnswerSharingRun

    models = [
        Certificate, CertificateBatch, Leadership, CourseCompletion, Enrollment,
        LessonCompletion, QuizAttempt, Coordinator, StageChange, TeamMember, VolunteerImport,
        AnswerSharingRun,
    ]  # fmt: skip
    counts = {model.__name__: model.objects.count() for model in models}
    counts["revoked"] = Certificate.objects.filter(status="revoked").count()
    counts["marked"] = EssayMark.objects.filter(correct__isnull=False).count()
    counts["accommodations"] = sorted(QuizAccommodation.objects.values_list("pk", "revoked_at"))
    counts["stages"] = sorted(VolunteerProfile.objects.values_list("pk", "stage"))
    counts["names"] = sorted(VolunteerProfile.objects.values_list("pk", "name_en"))
    counts["erasures"] = sorted(ErasureRequest.objects.values_list("pk", "status"))
    return counts


#: Endpoints that machines or a link in an SMS call, authenticated by a secret in the
#: address or a signature instead of a session: CSRF-exempt by design, and each refuses
#: a request without its secret (test_security_token_endpoints.py). No other view of ours
#: may be exempt.
TOKEN_AUTHENTICATED = {
    "messaging:opt_out": "the one-tap opt-out link printed in an SMS (a signed token)",
    "messaging:sms_inbound": "the SMS gateway's webhook (a secret token in the address)",
    "messaging:whatsapp_webhook": "WhatsApp's webhook (verify token; signed posts)",
}
