"""Each look at and download of volunteers' personal data is in the trail: who, when, their
unit, whose data, the filters and the row count; a refusal (404) too, without saying where
the record lies."""

import csv
import io

from django.core.files.base import ContentFile
from django.urls import reverse

from audit.models import AccessRecord
from audit.recording import search_digest
from organisation.tests.factories import unit

Action, Outcome = AccessRecord.Action, AccessRecord.Outcome


def latest() -> AccessRecord:
    return AccessRecord.objects.latest("pk")


def test_a_volunteers_page_is_recorded_with_who_their_unit_and_whose(client, people):
    client.force_login(people["state"])
    asha = people["asha"]
    response = client.get(reverse("volunteers:detail", args=[asha.pk]))
    assert response.status_code == 200
    record = latest()
    assert (record.action, record.outcome) == (Action.VOLUNTEER_VIEW, Outcome.SHOWN)
    assert record.actor == people["state"]
    assert record.scope == unit("in-mp")
    assert record.unit == unit("in-mp-indore")
    assert record.object_id == asha.pk
    assert AccessRecord.objects.count() == 1


def test_a_volunteer_outside_the_scope_is_a_404_and_the_attempt_is_recorded(client, people):
    client.force_login(people["district"])
    target = people["lucknow"]
    response = client.get(reverse("volunteers:detail", args=[target.pk]))
    assert response.status_code == 404
    record = latest()
    assert (record.action, record.outcome) == (Action.VOLUNTEER_VIEW, Outcome.REFUSED)
    assert (record.actor, record.scope) == (people["district"], unit("in-mp-indore"))
    assert record.object_id == target.pk
    assert record.unit is None  # the trail does not tell the asker where the record lies


def test_each_page_of_the_list_is_recorded_with_filters_and_matches(client, people):
    client.force_login(people["district"])
    response = client.get(reverse("volunteers:index"), {"stage": "signed_up"})
    assert response.status_code == 200
    record = latest()
    assert (record.action, record.row_count) == (Action.VOLUNTEER_LIST, 2)
    assert record.filters == {"stage": "signed_up"}
    assert record.unit == unit("in-mp-indore")


def test_a_search_by_mobile_is_kept_as_a_digest_not_the_number(client, people):
    client.force_login(people["district"])
    client.get(reverse("volunteers:index"), {"q": "98765 43210"})
    record = latest()
    assert record.row_count == 1
    assert record.filters == {"q": {"search": "mobile", "digest": search_digest("98765 43210")}}
    assert "9876543210" not in str(record.filters)
    assert search_digest("9876543210") != search_digest("9123456780")


def test_the_list_download_is_recorded_with_its_rows(client, people):
    client.force_login(people["state"])
    response = client.get(reverse("volunteers:index"), {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    assert "Asha Verma" in body
    record = latest()
    assert (record.action, record.row_count) == (Action.VOLUNTEER_LIST_EXPORT, 2)
    assert record.unit == unit("in-mp")
    assert AccessRecord.objects.count() == 1  # the download, not also a page of the list


def test_the_volunteer_export_is_recorded_with_filters_and_rows(client, people):
    client.force_login(people["state"])
    indore = unit("in-mp-indore")
    response = client.get(
        reverse("volunteer_imports:export"), {"unit": indore.pk, "stage": "signed_up"}
    )
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 3
    record = latest()
    assert (record.action, record.outcome, record.row_count) == (
        Action.VOLUNTEER_EXPORT,
        Outcome.SHOWN,
        2,
    )
    assert record.filters == {"stage": "signed_up", "unit": str(indore.pk)}
    assert (record.unit, record.scope) == (indore, unit("in-mp"))


def test_an_export_of_another_unit_is_a_404_and_recorded(client, people):
    client.force_login(people["district"])
    lucknow = unit("in-up-lucknow")
    response = client.get(reverse("volunteer_imports:export"), {"unit": lucknow.pk})
    assert response.status_code == 404
    record = latest()
    assert (record.action, record.outcome) == (Action.VOLUNTEER_EXPORT, Outcome.REFUSED)
    assert record.filters == {"unit": str(lucknow.pk)}
    assert record.unit is None


def test_an_import_error_report_is_recorded(client, people, import_with_errors):
    client.force_login(people["district"])
    response = client.get(reverse("volunteer_imports:errors", args=[import_with_errors.pk]))
    assert b"bad phone" in b"".join(response.streaming_content)
    record = latest()
    assert (record.action, record.object_id, record.row_count) == (
        Action.IMPORT_ERRORS,
        import_with_errors.pk,
        2,
    )
    assert record.unit == unit("in-mp-indore")
    client.force_login(people["other"])
    response = client.get(reverse("volunteer_imports:errors", args=[import_with_errors.pk]))
    assert response.status_code == 404
    assert (latest().outcome, latest().actor) == (Outcome.REFUSED, people["other"])


def test_a_certificate_zip_is_recorded(client, people, batch_with_archive):
    client.force_login(people["district"])
    response = client.get(reverse("certificate_batches:archive", args=[batch_with_archive.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    record = latest()
    assert (record.action, record.object_id, record.row_count, record.unit) == (
        Action.CERTIFICATE_ARCHIVE,
        batch_with_archive.pk,
        3,
        unit("in-mp-indore"),
    )
    client.force_login(people["other"])
    response = client.get(reverse("certificate_batches:archive", args=[batch_with_archive.pk]))
    assert response.status_code == 404
    assert (latest().action, latest().outcome) == (Action.CERTIFICATE_ARCHIVE, Outcome.REFUSED)


def test_a_certificate_pdf_downloaded_by_a_coordinator_is_recorded_by_its_holder_not(
    client, people
):
    from certificates.models import Certificate, Leadership
    from lms.storage import private_storage

    asha = people["asha"]
    leadership = Leadership.objects.create(volunteer=asha, level="district", unit=asha.district)
    certificate = Certificate.objects.create(
        leadership=leadership, status="issued", name_en=asha.name_en, level="district",
        unit_en=asha.district.name_en, issued_on="2026-12-01", code="ABCD-EFGH-JKMN-PQRS",
        sha256="a" * 64,
        pdf=private_storage().save("certificates/asha.pdf", ContentFile(b"%PDF-1.7 Asha")),
    )  # fmt: skip
    url = reverse("certificate_download", args=[certificate.code])
    client.force_login(people["district"])
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.7 Asha"
    record = latest()
    assert (record.action, record.outcome) == (Action.CERTIFICATE_DOWNLOAD, Outcome.SHOWN)
    assert (record.object_id, record.row_count, record.unit) == (
        certificate.pk,
        1,
        unit("in-mp-indore"),
    )
    client.force_login(people["other"])
    assert client.get(url).status_code == 404
    record = latest()
    assert (record.action, record.outcome, record.unit) == (
        Action.CERTIFICATE_DOWNLOAD,
        Outcome.REFUSED,
        None,
    )
    count = AccessRecord.objects.count()
    client.force_login(asha.user)  # the holder's own certificate is not someone else's data
    assert client.get(url).status_code == 200
    assert AccessRecord.objects.count() == count


def test_a_report_export_with_names_is_recorded_one_of_numbers_is_not(client, people):
    client.force_login(people["state"])
    response = client.get("/admin/reports/leaders/", {"export": "csv", "table": "teams_short"})
    assert response.status_code == 200
    record = latest()
    assert (record.action, record.unit, record.row_count) == (
        Action.REPORT_EXPORT,
        unit("in-mp"),
        0,
    )
    assert record.filters["table"] == "teams_short"
    response = client.get("/admin/reports/funnel/", {"export": "csv", "table": "funnel"})
    assert response.status_code == 200
    assert AccessRecord.objects.count() == 1
