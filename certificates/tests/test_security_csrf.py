"""CSRF on every state-changing URL of ours, and no state change on GET.

Each URL that accepts POST is posted to by a user who would be allowed to act, with
``Client(enforce_csrf_checks=True)`` and no token: Django's CSRF refusal (403) and the
records as they were. The same request with a token is then *not* refused, so the 403
is the CSRF check and not some other refusal. Each URL requested by GET changes nothing.

The list is checked against the URL resolver: a view of ours (or one of Django's
account views we route) that handles POST and has no row in CSRF_ROUTES fails
``test_every_post_view_is_in_the_csrf_table``. And every URL of the access matrix
(test_security_access) is posted to without a token by the superuser and a trainee:
all must be refused by the CSRF check, so a view made ``csrf_exempt`` is caught even
if it is forgotten here.
"""

import inspect

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.test import Client
from django.urls import get_resolver
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from certificates.tests.access_routes import GET_ROUTES, POST_ROUTES
from certificates.tests.csrf_routes import CSRF_ROUTES, EMAIL, TOKEN, csv_upload
from certificates.tests.security_matrix import (
    TOKEN_AUTHENTICATED,
    expand,
    fill,
    fingerprint,
    is_ours,
    walk,
)
from consent.first_notice import FIRST_NOTICE
from consent.models import PrivacyNotice
from courses import quiz_engine as course_quizzes
from courses.models import QuizRules
from messaging.models import OutboxMessage
from organisation.models import Stage
from organisation.tests.factories import VolunteerFactory, unit


@pytest.fixture
def csrf_world(security_world):  # noqa: F811
    """security_world, plus a fresh trainee and an attempt still open."""
    objects = security_world["objects"]
    users = security_world["users"]
    newbie = VolunteerFactory(user__username="newbie", user__email=EMAIL, stage=Stage.SCREENED)
    quizzer = security_world["v"]["C"].user  # trained: has finished the lessons
    users["newbie"] = newbie.user
    users["quizzer"] = quizzer
    # A's attempt, still open, for answering; C starts a new one.
    open_attempt = course_quizzes.quiz_attempt_start(user=quizzer, course=objects["course"])
    # The course's quiz may be answered offline: its practice sheet takes a POST too.
    QuizRules.objects.update_or_create(
        quiz_id=objects["course"].quiz_id, defaults={"answer_offline": True}
    )
    objects.update(
        newbie_user=newbie.user,
        signed_up=security_world["v"]["Indore new 0"],
        lesson2=security_world["lessons"][1],
        open_attempt=open_attempt,
        indore=unit("in-mp-indore"),
        lucknow=unit("in-up-lucknow"),
        # A draft of the privacy notice, for its admin's edit, delete and unpublish.
        notice=PrivacyNotice.objects.create(**FIRST_NOTICE),
    )
    return security_world


def state(users):
    """What a refused request must leave as it was: fingerprint() and more."""
    from quiz.models import Sitting

    from courses.models import EssayMark
    from organisation.models import Screening, Team, VolunteerProfile

    counts = fingerprint()
    User = get_user_model()
    counts["users"] = sorted(User.objects.values_list("pk", "password", "last_login"))
    counts["volunteers"] = sorted(
        VolunteerProfile.objects.values_list("pk", "stage", "name_en", "share_contact_with_team")
    )
    counts["screenings"] = Screening.objects.count()
    counts["teams"] = Team.objects.count()
    counts["sittings"] = sorted(Sitting.objects.values_list("pk", "user_answers", "complete"))
    counts["essays"] = sorted(EssayMark.objects.values_list("pk", "correct", "comment"))
    counts["mail"] = len(mail.outbox)
    counts["messages"] = OutboxMessage.objects.count()
    return counts


def form_data(data, objects, question=None):
    if data == "signup":
        return {
            "username": "someone-new", "name_en": "Someone New", "name_hi": "कोई नया",
            "phone": "9123456780", "email": "new@example.org",
            "district": str(unit("in-mp-indore").pk), "skills": "Fact-checking",
            "password1": "Another-pass-42", "password2": "Another-pass-42",
        }  # fmt: skip
    if data == "upload":
        return {"file": csv_upload(), "consent_record": "Membership forms, Indore office"}
    if data == "answer":
        return {"question": str(question), "answer": "1"}
    return {key: value.format(o=objects) for key, value in data.items()}


def client_as(users, role, *, enforce=True):
    client = Client(enforce_csrf_checks=enforce)
    if users[role] is not None:  # fresh: an earlier request may have changed the password
        client.force_login(get_user_model().objects.get(pk=users[role].pk))
    return client


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


def is_csrf_refusal(response) -> bool:
    # Django's csrf_failure view: 403 with its "CSRF verification failed" page.
    return response.status_code == 403 and b"CSRF" in response.content


def current_question(objects):
    from courses.quiz_engine import _current_question_id

    attempt = objects["open_attempt"]
    attempt.sitting.refresh_from_db()
    return _current_question_id(attempt.sitting)


def routes():
    for name, path, role, data in CSRF_ROUTES:
        langs = ("en", "hi") if "{lang}" in path else (None,)
        for lang in langs:
            yield name, path, lang, role, data


def _prepare(client, name, objects):
    # Django's reset link puts the token in the session, then redirects to set-password.
    # (made now: a log-in or a new password since would spoil an older token).
    if name == "password_reset_confirm":
        user = get_user_model().objects.get(pk=objects["newbie_user"].pk)
        uid = urlsafe_base64_encode(force_bytes(user.pk))
        token = default_token_generator.make_token(user)
        response = client.get(f"/en/accounts/reset/{uid}/{token}/")
        return response["Location"]
    return None


@pytest.mark.django_db
def test_post_without_token_is_refused_and_changes_nothing(csrf_world):
    objects, users = csrf_world["objects"], csrf_world["users"]
    wrong = []
    for name, path, lang, role, data in routes():
        client = client_as(users, role)
        url = _prepare(client, name, objects) or fill(path, objects, lang)
        was_logged_in = logged_in(client)
        before = state(users)
        response = client.post(url, form_data(data, objects, current_question(objects)))
        if not is_csrf_refusal(response):
            wrong.append(f"POST {name} {url} as {role}: {response.status_code}, not a CSRF 403")
        if state(users) != before:
            wrong.append(f"POST {name} {url} as {role} without a token changed records")
        if logged_in(client) != was_logged_in:
            wrong.append(f"POST {name} {url} as {role} without a token logged in or out")
        if client.cookies.get(settings.LANGUAGE_COOKIE_NAME):
            wrong.append(f"POST {name} {url} as {role} without a token set the language")
    assert not wrong, "\n".join(wrong)


@pytest.mark.django_db
def test_the_same_post_with_a_token_is_not_refused(csrf_world):
    """The control: with a token each request gets past the CSRF check (and acts)."""
    objects, users = csrf_world["objects"], csrf_world["users"]
    wrong, changed = [], 0
    for name, path, lang, role, data in routes():
        client = client_as(users, role)
        url = _prepare(client, name, objects) or fill(path, objects, lang)
        client.cookies[settings.CSRF_COOKIE_NAME] = TOKEN
        payload = form_data(data, objects, current_question(objects))
        before = state(users)
        response = client.post(url, {**payload, "csrfmiddlewaretoken": TOKEN})
        if response.status_code == 403:
            wrong.append(f"POST {name} {url} as {role} with a token: 403")
        changed += state(users) != before
    assert not wrong, "\n".join(wrong)
    # Most of them act (some twice: the second language finds it done already).
    assert changed >= len(CSRF_ROUTES) // 2


@pytest.mark.django_db
def test_get_changes_nothing(csrf_world):
    objects, users = csrf_world["objects"], csrf_world["users"]
    wrong = []
    for name, path, lang, role, data in routes():
        client = client_as(users, role)
        url = _prepare(client, name, objects) or fill(path, objects, lang)
        was_logged_in = logged_in(client)
        before = state(users)
        query = {} if data in ("signup", "upload", "answer") else form_data(data, objects)
        response = client.get(url, query)  # even with the form's data in the query string
        if response.status_code not in (200, 302, 405):
            wrong.append(f"GET {name} {url} as {role}: {response.status_code}")
        if state(users) != before:
            wrong.append(f"GET {name} {url} as {role} changed records")
        if logged_in(client) != was_logged_in:
            wrong.append(f"GET {name} {url} as {role} logged in or out")
    assert not wrong, "\n".join(wrong)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ["trainee", "superuser"])
def test_every_url_of_the_access_matrix_refuses_a_post_without_token(role, security_world):  # noqa: F811
    """Also the GET-only ones and Wagtail's pages: no view of ours is csrf_exempt."""
    objects, users = security_world["objects"], security_world["users"]
    client = client_as(users, role)
    before = fingerprint()
    wrong = []
    for name, path, lang, _expected in expand(GET_ROUTES + POST_ROUTES):
        if name in TOKEN_AUTHENTICATED:
            continue
        url = fill(path, objects, lang)
        response = client.post(url, {"volunteers": [objects["volunteer"].pk], "answer": "1"})
        if not is_csrf_refusal(response):
            wrong.append(f"POST {name} {url}: {response.status_code}, not a CSRF 403")
    assert not wrong, "\n".join(wrong)
    assert fingerprint() == before


def accepts_post(callback) -> bool:
    view_class = getattr(callback, "view_class", None)
    if view_class is not None:
        return hasattr(view_class, "post")
    function = inspect.unwrap(callback)
    try:
        source = inspect.getsource(function)
    except (OSError, TypeError):
        return True  # unknown: must be listed
    return "POST" in source


DJANGO_ACCOUNT_VIEWS = {
    "login", "logout", "password_change", "password_reset", "password_reset_confirm",
    "set_language",
}  # fmt: skip


def post_views():
    found = set()
    for _route, name, callback, module in walk(get_resolver().url_patterns):
        if (is_ours(name, module) or name in DJANGO_ACCOUNT_VIEWS) and accepts_post(callback):
            found.add(name)
    return found


def test_every_post_view_is_in_the_csrf_table():
    covered = {name for name, *_ in CSRF_ROUTES}
    missing = post_views() - covered - set(TOKEN_AUTHENTICATED)
    assert not missing, f"Views taking POST without a row in CSRF_ROUTES: {sorted(missing)}"


def test_the_post_view_detection_finds_the_known_ones():
    found = post_views()
    known = ["course_enroll", "quiz_question", "teams:detail", "volunteer_imports:create",
             "certificate_batches:add", "coordinators:add", "login", "signup"]  # fmt: skip
    for name in known:
        assert name in found, name
    assert "dashboard" not in found
