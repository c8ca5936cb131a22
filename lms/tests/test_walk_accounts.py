"""Issue 13 walk ("First contact"): sign-up, log-in, lock-out and error pages
as a new volunteer meets them, in Hindi and English."""

import re

import pytest

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.template.loader import render_to_string
from django.test import Client
from django.urls import path

from lms.urls import urlpatterns as site_urlpatterns
from organisation.models import Unit
from testing.accounts import main_text

pytestmark = pytest.mark.django_db

PASSWORD = "verify-before-sharing-42"


@pytest.fixture
def signup_data():
    return {
        "username": "asha",
        "name_en": "Asha Verma",
        "name_hi": "आशा वर्मा",
        "phone": "9876543210",
        "email": "",
        "district": Unit.objects.get(code="in-mp-indore").pk,
        "password1": PASSWORD,
        "password2": PASSWORD,
    }


# --- 2. The sign-up form: who you are first, the password last ---


@pytest.mark.parametrize("language", ["hi", "en"])
def test_sign_up_form_asks_for_the_user_name_first_and_the_password_last(client, language):
    """Who you are first, the password last of the account's fields, then the consent."""
    html = client.get(f"/{language}/accounts/signup/?state=in-mp").content.decode()
    form = html.split('method="post"', 1)[1].split("</form>", 1)[0]
    names = [
        name
        for name in re.findall(r'<(?:input|select|textarea)[^>]*name="([^"]+)"', form)
        if name not in ("csrfmiddlewaretoken", "state", "next")
    ]
    assert names == [
        "username",
        "name_en",
        "name_hi",
        "phone",
        "email",
        "district",
        "skills",
        "share_contact_with_team",
        "password1",
        "password2",
        # Then the consent, beside the button that gives it (consent.forms.SignUpConsentForm;
        # the notice's own tick box appears once a notice is published).
        "channels",
        "channels",
        "channels",
    ]
    fields = {
        name: tag for tag, name in re.findall(r'(<(?:input|select)[^>]*name="([^"]+)"[^>]*>)', form)
    }
    autofocused = [name for name, tag in fields.items() if "autofocus" in tag]
    assert autofocused == ["username"]
    for name, autocomplete in {
        "username": "username",
        "name_en": "name",
        "phone": "tel",
        "email": "email",
        "password1": "new-password",
        "password2": "new-password",
    }.items():
        assert f'autocomplete="{autocomplete}"' in fields[name], name


# --- 15. The name fields: labels that say what is accepted, errors in Hindi ---


def test_sign_up_name_labels_accept_any_script(client, signup_data):
    html = client.get("/hi/accounts/signup/?state=in-mp").content.decode()
    assert "अंग्रेज़ी अक्षरों में" not in html
    assert ">आपका नाम<" in html
    assert ">नाम हिंदी में (वैकल्पिक)<" in html
    html = client.get("/en/accounts/signup/?state=in-mp").content.decode()
    assert ">Your name<" in html and ">Name in Hindi (optional)<" in html
    # A Hindi-only volunteer can sign up with a Devanagari name.
    response = client.post("/hi/accounts/signup/", {**signup_data, "name_en": "आशा वर्मा"})
    assert response.status_code == 302


def test_a_too_long_name_is_refused_in_hindi(client, signup_data):
    response = client.post("/hi/accounts/signup/", {**signup_data, "name_en": "अ" * 200})
    text = main_text(response)
    assert "Ensure this value" not in text
    assert "अधिकतम 150 अक्षर हो सकते हैं (अभी 200 हैं)" in text


# --- 14. Log-in errors name the field as it is labelled ---


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("hi", "कृपया सही यूज़रनेम या मोबाइल नंबर और पासवर्ड डालें।"),
        ("en", "Please enter a correct user name or mobile number and password."),
    ],
)
def test_a_wrong_password_message_names_user_name_or_mobile_number(client, language, message):
    get_user_model().objects.create_user("asha", password=PASSWORD)
    response = client.post(
        f"/{language}/accounts/login/", {"username": "asha", "password": "wrong-password"}
    )
    assert message in main_text(response)


@pytest.fixture
def throttled(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.LOGIN_FAILURES_PER_CLIENT = 6
    settings.LOGIN_FAILURES_PER_ACCOUNT = 9
    return settings


# --- 5 and 14. Lock-out and reset pages for a volunteer without an e-mail ---


@pytest.mark.parametrize(
    ("language", "no_email"),
    [
        (
            "hi",
            "आपके खाते में ई-मेल पता नहीं है? अपने ज़िला समन्वयक से अपना पासवर्ड रीसेट करने को कहें।",
        ),
        (
            "en",
            "No e-mail address on your account? "
            "Ask your district coordinator to reset your password.",
        ),
    ],
)
def test_lock_out_and_reset_pages_say_what_to_do_without_an_e_mail(
    client, throttled, language, no_email
):
    get_user_model().objects.create_user("sunita", password=PASSWORD)
    for _ in range(3):
        response = client.post(
            f"/{language}/accounts/login/", {"username": "sunita", "password": "wrong"}
        )
    assert response.status_code == 429
    assert no_email in main_text(response)
    response = client.get(f"/{language}/accounts/password_reset/")
    assert no_email in main_text(response)


@pytest.mark.parametrize(
    ("language", "log_in", "sign_up"),
    [("hi", "लॉग इन करें", "साइन अप करें"), ("en", "Log in", "Sign up")],
)
def test_the_lock_out_page_header_has_log_in_and_sign_up(
    client, throttled, language, log_in, sign_up
):
    get_user_model().objects.create_user("sunita", password=PASSWORD)
    for _ in range(3):
        response = client.post(
            f"/{language}/accounts/login/", {"username": "sunita", "password": "wrong"}
        )
    assert response.status_code == 429
    header = response.content.decode().split("<header", 1)[1].split("</header>", 1)[0]
    assert re.search(rf'href="/{language}/accounts/login/"[^>]*>{log_in}<', header)
    assert re.search(rf'href="/{language}/accounts/signup/"[^>]*>{sign_up}<', header)


# --- 4. Error pages of our own, in the page's language ---


def raise_permission_denied(request):
    raise PermissionDenied


def raise_suspicious(request):
    raise SuspiciousOperation("bad")


def raise_error(request):
    raise RuntimeError("boom")


@pytest.fixture
def production_errors(settings):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["testserver"]
    return settings


@pytest.mark.parametrize(
    ("language", "heading", "home"),
    [("hi", "पेज नहीं मिला", "होम पेज पर जाएँ"), ("en", "Page not found", "Go to the home page")],
)
def test_a_missing_page_has_the_sites_404_page_in_its_language(
    client, production_errors, language, heading, home
):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert 'class="site-header"' in html
    assert f"<h1>{heading}</h1>" in html
    assert re.search(rf'href="/{language}/"[^>]*>{home}<', html)
    assert "Not Found" not in html


def test_a_bad_request_has_the_sites_400_page(client, production_errors):
    # A host the site does not serve: Django answers 400 before any view.
    response = client.get("/hi/", HTTP_HOST="not-our-site.example")
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="site-header"' in html
    assert "Bad Request" not in html
    assert "होम पेज पर जाएँ" in html or "Go to the home page" in html


# The site's own URLs too: the error pages link to them.
urlpatterns = [
    path("hi/forbidden/", raise_permission_denied),
    path("hi/broken/", raise_error),
    path("hi/suspicious/", raise_suspicious),
    *site_urlpatterns,
]


@pytest.mark.urls("lms.tests.test_walk_accounts")
def test_forbidden_and_server_errors_have_the_sites_pages(production_errors):
    client = Client(raise_request_exception=False)
    response = client.get("/hi/forbidden/")
    assert response.status_code == 403
    assert "<h1>अनुमति नहीं है</h1>" in response.content.decode()
    response = client.get("/hi/suspicious/")
    assert response.status_code == 400
    assert 'class="site-header"' in response.content.decode()
    response = client.get("/hi/broken/")
    assert response.status_code == 500
    assert "<h1>कुछ गड़बड़ हो गई</h1>" in response.content.decode()


def test_the_500_page_needs_neither_request_nor_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert 'class="site-header"' in html and "<h1>" in html


# --- 20. Sign-up limits: accounts created per client, not typos ---


@pytest.fixture
def limits(settings):
    settings.RATE_LIMITS = {
        **settings.RATE_LIMITS,
        "signup_client": (2, 600),
        "signup_attempts_client": (8, 600),
        "signup_phone": (5, 3600),
    }
    return settings


def test_typos_on_a_shared_connection_do_not_use_up_the_sign_up_limit(limits, signup_data):
    statuses = []
    for n in range(3):
        client = Client()
        data = {**signup_data, "username": f"member{n}", "phone": f"912345670{n}"}
        # Two typos each (passwords that differ), then the right form.
        for _ in range(2):
            wrong = client.post(
                "/en/accounts/signup/", {**data, "password2": "typo"}, REMOTE_ADDR="10.9.9.9"
            )
            statuses.append(wrong.status_code)
        statuses.append(
            client.post("/en/accounts/signup/", data, REMOTE_ADDR="10.9.9.9").status_code
        )
    # Two accounts per connection in ten minutes: the third is refused, not the typos.
    assert statuses == [200, 200, 302, 200, 200, 302, 429, 429, 429]
    assert get_user_model().objects.count() == 2


def test_scripted_probing_meets_the_ceiling_on_all_sign_up_posts(limits, signup_data):
    client = Client()
    statuses = [
        client.post(
            "/en/accounts/signup/",
            {**signup_data, "username": f"probe{n}", "phone": f"91234567{n:02d}", "password2": "x"},
            REMOTE_ADDR="10.8.8.8",
        ).status_code
        for n in range(10)
    ]
    assert statuses == [200] * 8 + [429] * 2


def test_a_sign_up_error_is_said_at_the_top_and_the_cursor_goes_to_that_field(client, signup_data):
    """On a phone the password fields are two screens down: a mismatch said only there
    went unseen (second walk, N1)."""
    signup_data["password2"] = "something-else-42"
    html = client.post("/hi/accounts/signup/", signup_data).content.decode()
    summary, first_field = html.index("error-summary"), html.index('<label for="id_username"')
    assert summary < first_field
    assert 'href="#id_password2"' in html[summary:first_field]
    assert "दोनों पासवर्ड एक जैसे नहीं हैं" in html[summary:first_field]
    autofocused = re.findall(r"<input[^>]*autofocus[^>]*>", html)
    assert len(autofocused) == 1 and 'name="password2"' in autofocused[0]
