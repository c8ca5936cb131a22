"""The CSRF table: every URL of ours that accepts POST, who may act there, and form data
that would make it act (used by test_security_csrf).

A row is (URL name, path, who may act, form data). {o[key]} are records of security_world
and of test_security_csrf's csrf_world; {lang} runs in English and Hindi. Data is what the
form wants, so that with a token the request would act. A POST view of ours without a row
fails ``test_every_post_view_is_in_the_csrf_table``.
"""

from django.core.files.uploadedfile import SimpleUploadedFile

from consent.first_notice import FIRST_NOTICE

PASSWORD = "a-good-test-password"  # organisation.tests.factories.UserFactory's
NEW, EMAIL = "Another-pass-42", "newbie@example.org"
TOKEN = "csrf" * 8  # a 32-character secret: the cookie and the form field agree


def csv_upload():
    """A one-volunteer CSV, as the import form takes it."""
    return SimpleUploadedFile(
        "volunteers.csv",
        b"name_en,phone,district\nNew Person,9876543210,in-mp-indore\n",
        content_type="text/csv",
    )


NOTICES = "/admin/snippets/consent/privacynotice/"

CSRF_ROUTES = [
    # Trainee site
    ("signup", "/{lang}/accounts/signup/", "anonymous", "signup"),
    ("login", "/{lang}/accounts/login/", "anonymous", {"username": "newbie", "password": PASSWORD}),
    ("logout", "/{lang}/accounts/logout/", "newbie", {}),
    (
        "password_change",
        "/{lang}/accounts/password_change/",
        "newbie",
        {"old_password": PASSWORD, "new_password1": NEW, "new_password2": NEW},
    ),
    ("password_reset", "/{lang}/accounts/password_reset/", "anonymous", {"email": EMAIL}),
    (
        "accounts:code_request",
        "/{lang}/accounts/code/",
        "anonymous",
        {"phone": "{o[volunteer].phone}", "channel": "sms"},
    ),
    ("accounts:code_enter", "/{lang}/accounts/code/enter/", "anonymous", {"code": "123456"}),
    (
        "password_reset_confirm",
        "(the reset link)",
        "anonymous",
        {"new_password1": NEW, "new_password2": NEW},
    ),
    ("course_enroll", "/{lang}/learn/courses/{o[course].pk}/enrol/", "newbie", {}),
    ("lesson_complete", "/{lang}/learn/lessons/{o[lesson2].pk}/complete/", "other_trainee", {}),
    ("quiz_start", "/{lang}/learn/courses/{o[course].pk}/quiz/", "quizzer", {}),
    ("quiz_question", "/{lang}/learn/attempts/{o[open_attempt].pk}/", "quizzer", "answer"),
    ("practice_sheet", "/{lang}/learn/practice/{o[course].pk}/", "quizzer", {}),
    ("set_language", "/i18n/setlang/", "trainee", {"language": "hi", "next": "/hi/learn/"}),
    ("consent:agree", "/{lang}/consent/agree/", "trainee", {"agree": "on", "channels": "sms"}),
    ("consent:messages", "/{lang}/consent/messages/", "trainee", {"channels": "sms"}),
    ("wagtailsnippets_consent_privacynotice:add", NOTICES + "add/", "superuser", FIRST_NOTICE),
    (
        "wagtailsnippets_consent_privacynotice:edit",
        NOTICES + "edit/{o[notice].pk}/",
        "superuser",
        {},
    ),
    (
        "wagtailsnippets_consent_privacynotice:delete",
        NOTICES + "delete/{o[notice].pk}/",
        "superuser",
        {},
    ),
    (
        "wagtailsnippets_consent_privacynotice:unpublish",
        NOTICES + "unpublish/{o[notice].pk}/",
        "superuser",
        {},
    ),
    # A volunteer agrees to share their contact with their team (My team).
    ("my_team", "/{lang}/my-team/", "newbie", {"share_contact_with_team": "on"}),
    # My data (privacy): a correction, an erasure request, and its cancelling.
    ("my_data", "/{lang}/my-data/", "newbie", {"name_en": "New Name", "email": EMAIL}),
    ("my_data_erase", "/{lang}/my-data/erase/", "newbie", {"confirm": "on"}),
    ("my_data_erase_cancel", "/{lang}/my-data/erase/cancel/", "newbie", {}),
    # Coordinator screens (Wagtail admin)
    (
        "wagtail_bulk_action",
        "/admin/bulk/organisation/volunteerprofile/screen/?id={o[signed_up].pk}",
        "district",
        # The id again in the data: a GET with data replaces the URL's query string.
        {"notes": "ok", "id": "{o[signed_up].pk}"},
    ),
    (
        "wagtail_bulk_action",
        "/admin/bulk/organisation/volunteerprofile/invite/?id={o[signed_up].pk}",
        "district",
        {"channel": "sms", "language": "hi", "id": "{o[signed_up].pk}"},
    ),
    (
        "volunteers:screen",
        "/admin/volunteers/{o[signed_up].pk}/screen/",
        "district",
        {"decision": "selected", "notes": "ok"},
    ),
    (
        "leaderships:promote",
        "/admin/volunteers/{o[volunteer].pk}/promote/",
        "district",
        {"unit": "{o[indore].pk}"},
    ),
    (
        "leaderships:issue_certificate",
        "/admin/leaderships/{o[leadership].pk}/certificate/",
        "district",
        {},
    ),
    (
        "certificates:revoke",
        "/admin/certificates/{o[certificate].pk}/revoke/",
        "district",
        {"reason": "Misspelt name"},
    ),
    (
        "certificates:reissue",
        "/admin/certificates/{o[certificate].pk}/reissue/",
        "district",
        {"reason": "Misspelt name"},
    ),
    ("teams:fill", "/admin/teams/fill/", "district", {"district": "{o[indore].pk}"}),
    ("reports_answer_sharing", "/admin/reports/answer-sharing/", "district", {}),
    (
        "teams:detail",
        "/admin/teams/{o[team].pk}/",
        "district",
        {"phone": "{o[volunteer].phone}"},
    ),
    (
        "teams:remove",
        "/admin/teams/{o[team].pk}/remove/{o[team_member].pk}/",
        "district",
        {},
    ),
    (
        "certificate_batches:add",
        "/admin/certificates/batches/add/",
        "district",
        {"unit": "{o[indore].pk}"},
    ),
    (
        "certificate_batches:resume",
        "/admin/certificates/batches/{o[batch].pk}/resume/",
        "district",
        {},
    ),
    (
        "certificate_batches:emails_retry",
        "/admin/certificates/batches/{o[batch].pk}/emails/retry/",
        "district",
        {},
    ),
    # Last of the coordinator's: revoking the promotion also ends D's team and certificate.
    (
        "leaderships:revoke",
        "/admin/leaderships/{o[leadership].pk}/revoke/",
        "district",
        {"reason": "No longer active"},
    ),
    ("volunteer_imports:create", "/admin/volunteer-imports/new/", "district", "upload"),
    ("volunteer_imports:resume", "/admin/volunteer-imports/{o[import].pk}/resume/", "district", {}),
    ("courses_essays:mark", "/admin/essays/{o[essay].pk}/", "trainer", {"decision": "1"}),
    (
        "courses_accommodations:add",
        "/admin/accommodations/add/",
        "district",
        {"phone": "{o[volunteer].phone}", "kind": "untimed", "reason": "Low vision."},
    ),
    (
        "courses_accommodations:revoke",
        "/admin/accommodations/{o[accommodation_out].pk}/revoke/",
        "national",
        {},
    ),
    # Coordinators, given by an administrator (a Wagtail model viewset)
    (
        "coordinators:add",
        "/admin/coordinators/new/",
        "superuser",
        {"user": "{o[newbie_user].pk}", "unit": "{o[indore].pk}"},
    ),
    (
        "coordinators:edit",
        "/admin/coordinators/edit/{o[coordinator].pk}/",
        "superuser",
        {"user": "{o[coordinator].user_id}", "unit": "{o[lucknow].pk}"},
    ),
    (
        "coordinators:copy",
        "/admin/coordinators/copy/{o[coordinator].pk}/",
        "superuser",
        {"user": "{o[newbie_user].pk}", "unit": "{o[indore].pk}"},
    ),
    ("coordinators:delete", "/admin/coordinators/delete/{o[coordinator].pk}/", "superuser", {}),
]  # fmt: skip
