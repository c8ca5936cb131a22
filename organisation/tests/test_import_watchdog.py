"""The watchdog resumes an import whose worker stopped, and queues one whose task was lost."""

from datetime import timedelta

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from lms import watchdog
from organisation.imports.processing import STALE_AFTER
from organisation.imports.services import volunteer_import_create
from organisation.models import VolunteerImport, VolunteerProfile

pytestmark = pytest.mark.django_db

ROWS = (
    "phone,name_en,name_hi,email,state,district,skills\n"
    "9876543210,Asha Verma,,,Uttar Pradesh,Lucknow,\n"
    "9123456780,Ravi Kumar,,,UP,Lucknow,\n"
)
SWEEP = "organisation.imports.receivers.imports_left_behind"


@pytest.fixture
def upload(django_user_model):
    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "pass")

    def create(*, status, last_progress):
        volunteer_import = volunteer_import_create(
            uploaded_file=SimpleUploadedFile("v.csv", ROWS.encode()),
            created_by=admin,
            enqueue=False,  # as if the process died before queueing, or the queue was lost
        )
        VolunteerImport.objects.filter(pk=volunteer_import.pk).update(
            status=status, updated_at=last_progress
        )
        return volunteer_import

    return create


def test_a_running_import_without_progress_for_long_is_resumed_and_finished(
    upload, django_capture_on_commit_callbacks
):
    stale = upload(status="running", last_progress=timezone.now() - STALE_AFTER * 2)
    with django_capture_on_commit_callbacks(execute=True):
        assert watchdog.sweep()[SWEEP] == 1
    stale.refresh_from_db()
    assert stale.status == "done"
    assert VolunteerProfile.objects.count() == 2


def test_an_import_queued_long_ago_is_queued_again_once(upload, django_capture_on_commit_callbacks):
    lost = upload(status="queued", last_progress=None)
    VolunteerImport.objects.filter(pk=lost.pk).update(created_at=timezone.now() - STALE_AFTER * 2)
    with django_capture_on_commit_callbacks(execute=True):
        assert watchdog.sweep()[SWEEP] == 1
    lost.refresh_from_db()
    assert lost.status == "done"
    with django_capture_on_commit_callbacks(execute=True):
        assert watchdog.sweep()[SWEEP] == 0


def test_an_import_that_made_progress_lately_is_left_alone(upload):
    running = upload(status="running", last_progress=timezone.now() - timedelta(seconds=5))
    assert watchdog.sweep()[SWEEP] == 0
    running.refresh_from_db()
    assert running.status == "running"


def test_the_retry_of_a_run_stopped_by_an_error_continues_the_import(upload):
    # The run raised mid-file (a lost database connection): marked failed, not finished;
    # the task's retry (RQ's back-off) must carry it on, with no person.
    from organisation.imports.tasks import volunteer_import_run

    stopped = upload(status="failed", last_progress=timezone.now())

    assert volunteer_import_run.call(import_id=stopped.pk)["claimed"] is True
    stopped.refresh_from_db()
    assert stopped.status == "done"
    assert VolunteerProfile.objects.count() == 2


def test_an_import_that_failed_on_its_file_is_not_run_again_by_a_stray_task(upload):
    from organisation.imports.tasks import volunteer_import_run

    bad_file = upload(status="failed", last_progress=timezone.now())
    VolunteerImport.objects.filter(pk=bad_file.pk).update(finished_at=timezone.now())

    assert volunteer_import_run.call(import_id=bad_file.pk) == {"claimed": False}
    assert not VolunteerProfile.objects.exists()
