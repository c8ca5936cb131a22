"""The notice in the Wagtail admin (a published version cannot be edited; a new one starts
from the text in force and is asked for on the next visit), and the consent an import
brings from the organisation's own record."""

import io

import pytest

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from consent.first_notice import FIRST_NOTICE
from consent.models import Method, NoticeConsent, PrivacyNotice
from consent.selectors import channels_allowed, notice_current
from consent.services import channel_consent_withdraw
from organisation.imports.services import volunteer_import_process
from organisation.models import Coordinator, Unit, VolunteerImport, VolunteerProfile
from organisation.permissions import COORDINATOR_PERMISSIONS, permissions_named

pytestmark = pytest.mark.django_db

ADMIN = "wagtailsnippets_consent_privacynotice"


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("root", "root@example.org", "pass")
    client.force_login(user)
    return client


def test_a_published_version_cannot_be_edited_in_the_admin(admin_client, privacy_notice):
    edit = reverse(f"{ADMIN}:edit", args=[privacy_notice.pk])
    response = admin_client.get(edit)
    assert response.status_code == 302
    assert response["Location"] == reverse(f"{ADMIN}:inspect", args=[privacy_notice.pk])
    data = {**FIRST_NOTICE, "purpose_en": "Anything at all.", "action-publish": "action-publish"}
    admin_client.post(edit, data)
    for view in ("delete", "unpublish"):
        admin_client.post(reverse(f"{ADMIN}:{view}", args=[privacy_notice.pk]))
    privacy_notice.refresh_from_db()
    assert privacy_notice.purpose_en == FIRST_NOTICE["purpose_en"] and privacy_notice.live
    assert (
        admin_client.get(reverse(f"{ADMIN}:inspect", args=[privacy_notice.pk])).status_code == 200
    )


def test_a_new_version_starts_from_the_text_in_force_and_is_published_as_the_next(
    admin_client, privacy_notice
):
    add = reverse(f"{ADMIN}:add")
    form = admin_client.get(add).context["form"]
    assert form.initial["purpose_hi"] == FIRST_NOTICE["purpose_hi"]
    assert form.initial["changes_en"] == ""

    data = {
        **FIRST_NOTICE,
        "changes_en": "Reminders also by WhatsApp.",
        "changes_hi": "याद दिलाने वाले संदेश WhatsApp पर भी।",
    }
    response = admin_client.post(add, data)  # saved as a draft
    assert response.status_code == 302
    draft = PrivacyNotice.objects.get(version__isnull=True)
    assert notice_current() == privacy_notice

    response = admin_client.post(
        reverse(f"{ADMIN}:edit", args=[draft.pk]), {**data, "action-publish": "action-publish"}
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.version == 2 and draft.live
    assert notice_current() == draft


def _import(data: bytes, **consent) -> VolunteerImport:
    user = get_user_model().objects.create_user("importer")
    user.user_permissions.add(*permissions_named(COORDINATOR_PERMISSIONS))
    Coordinator.objects.create(user=user, unit=Unit.objects.get(code="in"))
    record = VolunteerImport.objects.create(
        file_name="members.csv",
        created_by=user,
        unit=Unit.objects.get(code="in"),
        status=VolunteerImport.Status.RUNNING,
        **consent,
    )
    volunteer_import_process(record, binary=io.BytesIO(data), size=len(data), batch_size=2)
    return record


HEADER = "phone,name_en,name_hi,email,state,district,skills\n"
ROWS = [
    "9876543210,Asha Verma,,,Madhya Pradesh,Indore,",
    "9876543211,Ravi Kumar,,,Madhya Pradesh,Indore,",
    "9876543212,Sunita Devi,,,Madhya Pradesh,Bhopal,",
]


def test_an_import_records_the_organisations_consent_for_the_volunteers_it_creates(
    privacy_notice,
):
    # Already registered, with their own choice: the import does not speak for them.
    existing = get_user_model().objects.create_user("ravi")
    VolunteerProfile.objects.create(
        user=existing,
        name_en="Ravi",
        phone="9876543211",
        district=Unit.objects.get(code="in-mp-indore"),
    )
    channel_consent_withdraw(user=existing, channel="sms", method=Method.PREFERENCES)

    record = _import(
        (HEADER + "\n".join(ROWS) + "\n").encode(),
        consent_record="Membership forms, Indore office, March 2026",
        consent_channels=["sms"],
    )
    assert record.imported_count == 2 and record.skipped_count == 1
    created = list(
        VolunteerProfile.objects.exclude(user=existing).values_list("user_id", flat=True)
    )
    consents = NoticeConsent.objects.filter(user_id__in=created, notice=privacy_notice)
    assert consents.count() == 2
    assert {c.method for c in consents} == {Method.IMPORT}
    assert {c.reference for c in consents} == {"Membership forms, Indore office, March 2026"}
    assert {c.recorded_by_id for c in consents} == {record.created_by_id}
    assert channels_allowed([*created, existing.pk], "sms") == set(created)
    assert not NoticeConsent.objects.filter(user=existing).exists()


def test_an_import_without_a_consent_record_records_none(privacy_notice):
    _import((HEADER + ROWS[0] + "\n").encode())
    assert VolunteerProfile.objects.count() == 1
    assert not NoticeConsent.objects.exists()


def test_the_upload_form_asks_for_the_organisations_consent_record(client):
    user = get_user_model().objects.create_user("up")
    user.user_permissions.add(*permissions_named(COORDINATOR_PERMISSIONS))
    Coordinator.objects.create(user=user, unit=Unit.objects.get(code="in-mp"))
    client.force_login(user)
    upload = SimpleUploadedFile("m.csv", (HEADER + ROWS[0] + "\n").encode(), "text/csv")
    response = client.post(reverse("volunteer_imports:create"), {"file": upload})
    assert response.status_code == 400
    assert not VolunteerImport.objects.exists()
    upload.seek(0)
    response = client.post(
        reverse("volunteer_imports:create"),
        {
            "file": upload,
            "consent_record": "Forms, Bhopal office",
            "consent_channels": ["whatsapp"],
        },
    )
    assert response.status_code == 302
    record = VolunteerImport.objects.get()
    assert record.consent_record == "Forms, Bhopal office"
    assert record.consent_channels == ["whatsapp"]


@pytest.mark.postgres("the import's batches are written by threads, each committing its own")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_each_batch_written_by_a_thread_commits_its_volunteers_consent(privacy_notice):
    from organisation.imports.fake import write_volunteer_csv

    buffer = io.StringIO()
    write_volunteer_csv(buffer, 60)
    record = _import(
        buffer.getvalue().encode(), consent_record="Forms 2026", consent_channels=["sms"]
    )
    assert record.imported_count == 60
    users = VolunteerProfile.objects.values_list("user_id", flat=True)
    assert NoticeConsent.objects.filter(notice=privacy_notice, method=Method.IMPORT).count() == 60
    assert channels_allowed(users, "sms") == set(users)
