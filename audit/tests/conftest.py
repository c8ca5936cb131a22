"""A small organisation for the audit trail's tests: coordinators of Indore, of Madhya
Pradesh and of Lucknow, two volunteers in Indore and one in Lucknow."""

import pytest

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from certificates.models import CertificateBatch
from organisation.models import VolunteerImport
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit


@pytest.fixture
def people(db):
    return {
        "district": coordinator_create("in-mp-indore"),
        "state": coordinator_create("in-mp"),
        "other": coordinator_create("in-up-lucknow"),
        "admin": get_user_model().objects.create_superuser("root", "root@example.org", "pw"),
        "asha": VolunteerFactory(name_en="Asha Verma", phone="9876543210"),
        "ravi": VolunteerFactory(name_en="Ravi Kumar", phone="9123456780"),
        "lucknow": VolunteerFactory(name_en="Sunita", district=unit("in-up-lucknow")),
    }


@pytest.fixture
def import_with_errors(people):
    volunteer_import = VolunteerImport.objects.create(
        unit=unit("in-mp-indore"),
        file_name="june.csv",
        status="done",
        error_count=2,
        created_by=people["district"],
    )
    volunteer_import.error_report.save(
        "june-errors.csv", ContentFile(b"line,error\n2,bad phone\n3,bad name\n")
    )
    return volunteer_import


@pytest.fixture
def batch_with_archive(people):
    batch = CertificateBatch.objects.create(
        unit=unit("in-mp-indore"), status="done", total=3, done_count=3,
        created_by=people["district"],
    )  # fmt: skip
    batch.archive.save("batch.zip", ContentFile(b"PK\x05\x06" + b"\0" * 18))
    return batch
