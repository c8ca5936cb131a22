"""A refusal (lms.errors.ApplicationError) reaches the person as a message, never a 500.

The views below stand in for any view of ours: one lets a refusal escape, one
hands it to `refused()` with a page to go back to.
"""

import pytest

from django.conf.urls.i18n import i18n_patterns
from django.contrib.messages import get_messages
from django.urls import path
from django.utils import translation

from lms import urls as site_urls
from lms.errors import ApplicationError, OutOfScope, refused


class TooLate(ApplicationError):
    status = 409


def escaping(request):
    raise TooLate("The quiz closed at noon.")


def out_of_scope(request):
    raise OutOfScope()


def handled(request):
    try:
        raise TooLate("The quiz closed at noon.")
    except ApplicationError as error:
        return refused(request, error, redirect_to="/en/")


# Beside the site's own URLs: the refusal page extends the site's base template.
urlpatterns = [
    *i18n_patterns(
        path("refusals/escaping/", escaping),
        path("refusals/out-of-scope/", out_of_scope),
        path("refusals/handled/", handled),
    ),
    *site_urls.urlpatterns,
]

pytestmark = [pytest.mark.django_db, pytest.mark.urls("lms.tests.test_errors")]


def test_a_refusal_no_view_handled_is_its_page_with_its_status(client):
    response = client.get("/en/refusals/escaping/")

    assert response.status_code == 409
    assert "The quiz closed at noon." in response.content.decode()
    assert "This cannot be done" in response.content.decode()


def test_out_of_scope_is_answered_like_a_page_that_does_not_exist_in_hindi_too(client):
    response = client.get("/hi/refusals/out-of-scope/")

    assert response.status_code == 404
    with translation.override("hi"):
        expected = str(OutOfScope().message)
    assert expected != "This page does not exist, or is not yours to see."
    assert expected in response.content.decode()


def test_a_handled_refusal_is_a_message_on_the_page_the_person_goes_back_to(client):
    response = client.get("/en/refusals/handled/")

    assert response.status_code == 302
    assert response["Location"] == "/en/"
    assert [str(m) for m in get_messages(response.wsgi_request)] == ["The quiz closed at noon."]


def test_a_refusal_reads_like_a_form_error():
    error = TooLate("The quiz closed at noon.")

    assert error.messages == ["The quiz closed at noon."]
    assert str(error) == "The quiz closed at noon."
