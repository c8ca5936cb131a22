"""The certificate batch screens: the list (filters, scope), starting a batch, its page."""

import pytest

from django.test import Client

from certificates.models import CertificateBatch
from organisation.tests.factories import coordinator_create, unit

pytestmark = pytest.mark.django_db


def client_of(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def batch(code: str, status=CertificateBatch.Status.DONE, **fields) -> CertificateBatch:
    return CertificateBatch.objects.create(unit=unit(code), status=status, **fields)


def listed(response) -> list[int]:
    return [row.pk for row in response.context["object_list"]]


def test_the_list_shows_the_batches_in_scope_and_filters_them():
    indore = batch("in-mp-indore", total=3, done_count=2, error_count=1)
    running = batch("in-mp-bhopal", status=CertificateBatch.Status.RUNNING)
    batch("in-up-lucknow")  # outside Madhya Pradesh
    client = client_of(coordinator_create("in-mp"))

    everything = client.get("/admin/certificates/batches/")
    assert everything.status_code == 200
    assert sorted(listed(everything)) == sorted([indore.pk, running.pk])
    assert "2 / 3 (1 error)" in everything.text
    assert "leaders in your unit have no certificate yet" in everything.text

    by_status = client.get("/admin/certificates/batches/", {"status": "running"})
    assert listed(by_status) == [running.pk]
    by_unit = client.get("/admin/certificates/batches/results/", {"unit": unit("in-mp-indore").pk})
    assert listed(by_unit) == [indore.pk]
    # A unit outside the scope is not a choice: the filter is refused, nothing widens.
    outside = client.get("/admin/certificates/batches/", {"unit": unit("in-up").pk})
    assert sorted(listed(outside)) == sorted([indore.pk, running.pk])


def test_a_batch_started_from_the_list_opens_its_page():
    coordinator = coordinator_create("in-mp-indore")
    client = client_of(coordinator)

    response = client.post("/admin/certificates/batches/add/", {"unit": unit("in-mp-indore").pk})

    created = CertificateBatch.objects.get()
    assert response.status_code == 302
    assert response.url == f"/admin/certificates/batches/{created.pk}/"
    assert created.created_by == coordinator
    page = client.get(response.url)
    assert "Every leader in this unit already has a certificate." in page.text
    status = client.get(f"/admin/certificates/batches/{created.pk}/status/").json()
    assert status["finished"] is True


def test_a_unit_outside_the_scope_starts_no_batch():
    client = client_of(coordinator_create("in-mp-indore"))

    response = client.post("/admin/certificates/batches/add/", {"unit": unit("in-mp").pk})

    assert response.status_code == 302
    assert response.url == "/admin/certificates/batches/"
    assert not CertificateBatch.objects.exists()
