"""The access matrix's table: every URL of ours, and the status each role must get there
(used by test_security_access and test_security_csrf). A URL of ours without a row fails
``test_every_url_of_ours_is_in_the_matrix``."""

from certificates.tests.security_matrix import (
    ALL_200,
    COORDINATORS,
    IN_SCOPE,
    LOGGED_IN,
    OUT_OF_SCOPE,
    POST_ONLY_ADMIN,
    POST_ONLY_SITE,
    SUPERUSER_ONLY,
    TRAINERS,
    A,
    L,
    R,
    row,
)

NOTICES = "/admin/snippets/consent/privacynotice/"
RULES = "/admin/snippets/reminders/reminderrule/"
# A notice that does not exist: Wagtail looks for it before it checks permissions.
NO_NOTICE = row(L, L, L, 404, 404, 404, 404, 404)

# GET: (URL name, path, expected by role). {o[key]} are the records of security_world;
# {lang} runs in English and Hindi.
GET_ROUTES = [
    ("healthz", "/healthz", ALL_200),
    ("ping", "/ping", ALL_200),
    # Token-authenticated endpoints (security_matrix.TOKEN_AUTHENTICATED), without the token.
    ("messaging:opt_out", "/o/not-a-token", row(*[400] * 8)),
    ("messaging:sms_inbound", "/messaging/inbound/sms/wrong/", row(*[405] * 8)),
    ("messaging:whatsapp_webhook", "/messaging/inbound/whatsapp/", row(*[403] * 8)),
    # The installable web app: the same for everyone, signed in or not.
    ("service_worker", "/sw.js", ALL_200),
    ("web_manifest", "/{lang}/manifest.webmanifest", ALL_200),
    ("offline", "/{lang}/offline/", ALL_200),
    ("certificate_verify_json", "/v/{o[certificate].code}.json", ALL_200),
    # Signed credentials: the issuer's keys and status lists are public; this world's
    # certificate was stored unsigned, so it has no wallet file; verify wants ?credential=.
    ("credential_did", "/.well-known/did.json", ALL_200),
    ("credential_jwks", "/.well-known/jwks.json", ALL_200),
    ("credential_status_list", "/credentials/status/0", ALL_200),
    ("certificate_credential", "/v/{o[certificate].code}.jwt", row(*[404] * 8)),
    ("credential_verify", "/credentials/verify", row(*[400] * 8)),
    ("certificate_verify_short", "/v/{o[certificate].code}", row(*[R] * 8)),
    ("certificate_verify_typed", "/{lang}/verify/", ALL_200),
    # The offline verifier and its manifest: public, like the verification page.
    ("certificate_verify_offline", "/{lang}/verify/offline/", ALL_200),
    (
        "certificate_verify_offline_manifest",
        "/{lang}/verify/offline/manifest.webmanifest",
        ALL_200,
    ),
    ("certificate_verify", "/{lang}/verify/{o[certificate].code}/", ALL_200),
    # Someone logged in already has an account: on to the dashboard.
    ("signup", "/{lang}/accounts/signup/", row(200, *[R] * 7)),
    # Signing in by code: the number, then the code (without a number asked for: back
    # to the first page).
    ("accounts:code_request", "/{lang}/accounts/code/", row(200, *[R] * 7)),
    ("accounts:code_enter", "/{lang}/accounts/code/enter/", row(*[R] * 8)),
    # Anyone may ask for a reset link; a wrong link says it has expired.
    ("password_reset", "/{lang}/accounts/password_reset/", ALL_200),
    ("password_reset_confirm", "/{lang}/accounts/reset/MQ/not-a-token/", ALL_200),
    ("search", "/{lang}/search/?q=verify", ALL_200),
    ("wagtail_page", "/{lang}/", ALL_200),
    ("wagtail_page", "{o[course_url]}", ALL_200),
    ("wagtail_page", "{o[lesson_url]}", ALL_200),
    ("dashboard", "/{lang}/learn/", LOGGED_IN),
    ("my_team", "/{lang}/my-team/", LOGGED_IN),
    # The person's own data (privacy): whoever is signed in sees only their own.
    ("my_data", "/{lang}/my-data/", LOGGED_IN),
    ("my_data_download", "/{lang}/my-data/download.json", LOGGED_IN),
    ("my_data_download", "/{lang}/my-data/download.csv", LOGGED_IN),
    ("my_data_erase", "/{lang}/my-data/erase/", LOGGED_IN),
    ("my_data_erase_cancel", "/{lang}/my-data/erase/cancel/", POST_ONLY_SITE),
    # The privacy notice (none published in this world: not found) and consent.
    ("consent:notice", "/{lang}/consent/notice/", row(*[404] * 8)),
    ("consent:notice_version", "/{lang}/consent/notice/1/", row(*[404] * 8)),
    ("consent:agree", "/{lang}/consent/agree/", row(L, *[R] * 7)),
    ("consent:messages", "/{lang}/consent/messages/", LOGGED_IN),
    ("wagtailsnippets_consent_privacynotice:add", f"{NOTICES}add/", SUPERUSER_ONLY),
    # Reminder rules: the model's permissions, granted to trainers and coordinators by
    # every migrate (reminders/permissions.py); the rules are the whole organisation's.
    ("wagtailsnippets_reminders_reminderrule:list", f"{RULES}", row(L, L, L, *[200] * 5)),
    ("wagtailsnippets_reminders_reminderrule:add", f"{RULES}add/", row(L, L, L, *[200] * 5)),
    ("wagtailsnippets_consent_privacynotice:edit", f"{NOTICES}edit/999999/", NO_NOTICE),
    ("wagtailsnippets_consent_privacynotice:delete", f"{NOTICES}delete/999999/", NO_NOTICE),
    (
        "wagtailsnippets_consent_privacynotice:unpublish",
        f"{NOTICES}unpublish/999999/",
        NO_NOTICE,
    ),
    ("course_enroll", "/{lang}/learn/courses/{o[course].pk}/enrol/", POST_ONLY_SITE),
    # What a phone keeps to read a course offline: as public as the course's pages.
    ("course_offline_files", "/{lang}/learn/courses/{o[course].pk}/offline.json", ALL_200),
    ("quiz_start", "/{lang}/learn/courses/{o[course].pk}/quiz/", POST_ONLY_SITE),
    ("lesson_complete", "/{lang}/learn/lessons/{o[lesson].pk}/complete/", POST_ONLY_SITE),
    # A practice sheet exists only for a quiz trainers let be answered offline; this
    # world's quiz is not one (courses/tests/test_practice_offline.py has those).
    ("practice_sheet", "/{lang}/learn/practice/{o[course].pk}/", row(L, *[404] * 7)),
    # The owner's finished attempt goes on to its result; anyone else's is a 404.
    ("quiz_question", "/{lang}/learn/attempts/{o[attempt].pk}/", row(L, R, *[404] * 6)),
    ("quiz_result", "/{lang}/learn/attempts/{o[attempt].pk}/result/", row(L, 200, *[404] * 6)),
    # The leader's own certificate, or a coordinator whose unit holds it.
    (
        "certificate_download",
        "/{lang}/certificates/{o[certificate].code}/download/",
        row(L, 200, 404, 404, 200, 200, 200, 200),
    ),
    # A revoked certificate has nothing to download, for anyone.
    (
        "certificate_download",
        "/{lang}/certificates/{o[certificate_out].code}/download/",
        row(L, *[404] * 7),
    ),
    ("volunteers:index", "/admin/volunteers/", COORDINATORS),
    ("volunteers:index_results", "/admin/volunteers/results/", COORDINATORS),
    ("volunteers:detail", "/admin/volunteers/{o[volunteer].pk}/", IN_SCOPE),
    ("volunteers:detail", "/admin/volunteers/{o[volunteer_out].pk}/", OUT_OF_SCOPE),
    ("teams:index", "/admin/teams/", COORDINATORS),
    ("teams:index_results", "/admin/teams/results/", COORDINATORS),
    ("teams:detail", "/admin/teams/{o[team].pk}/", IN_SCOPE),
    ("teams:detail", "/admin/teams/{o[team_out].pk}/", OUT_OF_SCOPE),
    ("certificate_batches:index", "/admin/certificates/batches/", COORDINATORS),
    ("certificate_batches:index_results", "/admin/certificates/batches/results/", COORDINATORS),
    ("certificate_batches:add", "/admin/certificates/batches/add/", POST_ONLY_ADMIN),
    ("certificate_batches:detail", "/admin/certificates/batches/{o[batch].pk}/", IN_SCOPE),
    (
        "certificate_batches:detail",
        "/admin/certificates/batches/{o[batch_out].pk}/",
        OUT_OF_SCOPE,
    ),
    (
        "certificate_batches:status",
        "/admin/certificates/batches/{o[batch].pk}/status/",
        IN_SCOPE,
    ),
    (
        "certificate_batches:status",
        "/admin/certificates/batches/{o[batch_out].pk}/status/",
        OUT_OF_SCOPE,
    ),
    # The batch made no ZIP: a 404 even inside the scope.
    (
        "certificate_batches:archive",
        "/admin/certificates/batches/{o[batch].pk}/zip/",
        row(L, L, L, A, 404, 404, 404, 404),
    ),
    ("volunteer_imports:index", "/admin/volunteer-imports/", COORDINATORS),
    ("volunteer_imports:index_results", "/admin/volunteer-imports/results/", COORDINATORS),
    ("volunteer_imports:template", "/admin/volunteer-imports/template.csv", COORDINATORS),
    ("volunteer_imports:detail", "/admin/volunteer-imports/{o[import].pk}/", IN_SCOPE),
    ("volunteer_imports:detail", "/admin/volunteer-imports/{o[import_out].pk}/", OUT_OF_SCOPE),
    ("volunteer_imports:status", "/admin/volunteer-imports/{o[import].pk}/status.json", IN_SCOPE),
    (
        "volunteer_imports:status",
        "/admin/volunteer-imports/{o[import_out].pk}/status.json",
        OUT_OF_SCOPE,
    ),
    # No error report was written: a 404 even inside the scope.
    (
        "volunteer_imports:errors",
        "/admin/volunteer-imports/{o[import].pk}/errors.csv",
        row(L, L, L, A, 404, 404, 404, 404),
    ),
    ("volunteer_imports:export", "/admin/volunteer-imports/export.csv", COORDINATORS),
    ("audit_trail:index", "/admin/audit-trail/", COORDINATORS),
    ("audit_trail:index_results", "/admin/audit-trail/results/", COORDINATORS),
    ("reports_index", "/admin/reports/", row(L, L, L, 200, 200, 200, 200, 200)),
    ("reports_digest", "/admin/reports/digest/", COORDINATORS),
    ("reports_funnel", "/admin/reports/funnel/", COORDINATORS),
    ("reports_courses", "/admin/reports/courses/", row(L, L, L, 200, 200, 200, 200, 200)),
    ("reports_quizzes", "/admin/reports/quizzes/", row(L, L, L, 200, 200, 200, 200, 200)),
    ("reports_items", "/admin/reports/items/", row(L, L, L, 200, 200, 200, 200, 200)),
    ("reports_leaders", "/admin/reports/leaders/", COORDINATORS),
    ("reports_answer_sharing", "/admin/reports/answer-sharing/", COORDINATORS),
    (
        "reports_answer_sharing_run",
        "/admin/reports/answer-sharing/{o[sharing_run].pk}/",
        IN_SCOPE,
    ),
    (
        "reports_answer_sharing_run",
        "/admin/reports/answer-sharing/{o[sharing_run_out].pk}/",
        OUT_OF_SCOPE,
    ),
    ("reports_certificates", "/admin/reports/certificates/", COORDINATORS),
    ("courses_essays:index", "/admin/essays/", TRAINERS),
    ("courses_essays:index_results", "/admin/essays/results/", TRAINERS),
    ("courses_essays:mark", "/admin/essays/{o[essay].pk}/", TRAINERS),
    # Time accommodations: trainers for everyone, coordinators for their unit.
    ("courses_accommodations:index", "/admin/accommodations/", row(L, L, L, *[200] * 5)),
    (
        "courses_accommodations:index_results",
        "/admin/accommodations/results/",
        row(L, L, L, *[200] * 5),
    ),
    ("courses_accommodations:add", "/admin/accommodations/add/", row(L, L, L, *[200] * 5)),
    (
        "courses_accommodations:revoke",
        "/admin/accommodations/{o[accommodation].pk}/revoke/",
        row(L, L, L, R, R, R, R, R),
    ),
    (
        "courses_accommodations:revoke",
        "/admin/accommodations/{o[accommodation_out].pk}/revoke/",
        row(L, L, L, R, 404, 404, R, R),
    ),
    ("coordinators:index", "/admin/coordinators/", SUPERUSER_ONLY),
    ("coordinators:index_results", "/admin/coordinators/results/", SUPERUSER_ONLY),
    ("coordinators:add", "/admin/coordinators/new/", SUPERUSER_ONLY),
    ("coordinators:edit", "/admin/coordinators/edit/{o[coordinator].pk}/", SUPERUSER_ONLY),
    ("coordinators:delete", "/admin/coordinators/delete/{o[coordinator].pk}/", SUPERUSER_ONLY),
    ("coordinators:history", "/admin/coordinators/history/{o[coordinator].pk}/", SUPERUSER_ONLY),
    (
        "coordinators:history_results",
        "/admin/coordinators/history-results/{o[coordinator].pk}/",
        SUPERUSER_ONLY,
    ),
    ("coordinators:usage", "/admin/coordinators/usage/{o[coordinator].pk}/", SUPERUSER_ONLY),
    ("coordinators:inspect", "/admin/coordinators/inspect/{o[coordinator].pk}/", SUPERUSER_ONLY),
    ("coordinators:copy", "/admin/coordinators/copy/{o[coordinator].pk}/", SUPERUSER_ONLY),
    ("wagtail_quizzes", "/admin/snippets/quiz/quiz/", TRAINERS),
    ("wagtail_spot_questions", "/admin/snippets/courses/spotthefakequestion/", TRAINERS),
    ("wagtail_admin", "/admin/", row(L, L, L, 200, 200, 200, 200, 200)),
    ("django_admin", "/django-admin/", row(*[L] * 7, 200)),
    # POST-only actions answer GET with 405 (after the admin's own access check).
    (
        "volunteers:screen",
        "/admin/volunteers/{o[volunteer].pk}/screen/",
        POST_ONLY_ADMIN,
    ),
    (
        "leaderships:promote",
        "/admin/volunteers/{o[volunteer].pk}/promote/",
        POST_ONLY_ADMIN,
    ),
    (
        "leaderships:revoke",
        "/admin/leaderships/{o[leadership].pk}/revoke/",
        POST_ONLY_ADMIN,
    ),
    (
        "leaderships:issue_certificate",
        "/admin/leaderships/{o[leadership].pk}/certificate/",
        POST_ONLY_ADMIN,
    ),
    (
        "certificates:revoke",
        "/admin/certificates/{o[certificate].pk}/revoke/",
        POST_ONLY_ADMIN,
    ),
    (
        "certificates:reissue",
        "/admin/certificates/{o[certificate].pk}/reissue/",
        POST_ONLY_ADMIN,
    ),
    ("teams:fill", "/admin/teams/fill/", POST_ONLY_ADMIN),
    (
        "teams:remove",
        "/admin/teams/{o[team].pk}/remove/{o[team_member].pk}/",
        POST_ONLY_ADMIN,
    ),
    (
        "certificate_batches:resume",
        "/admin/certificates/batches/{o[batch].pk}/resume/",
        POST_ONLY_ADMIN,
    ),
    (
        "certificate_batches:emails_retry",
        "/admin/certificates/batches/{o[batch].pk}/emails/retry/",
        POST_ONLY_ADMIN,
    ),
    # The upload form lives on the index: GET goes back there.
    ("volunteer_imports:create", "/admin/volunteer-imports/new/", row(L, L, L, A, R, R, R, R)),
    (
        "volunteer_imports:resume",
        "/admin/volunteer-imports/{o[import].pk}/resume/",
        POST_ONLY_ADMIN,
    ),
]

BULK = "/admin/bulk/organisation/volunteerprofile/{action}/?id={id}"

# POST by the roles that may not act (None: a role that may; its success is the
# feature tests' business). Each must be refused and change nothing.
NO = row(L, L, L, A, None, None, None, None)
POST_ROUTES = [
    # Wagtail's bulk actions on our volunteers: an id outside the scope is not found.
    ("wagtail_bulk_action", BULK.format(action="screen", id="{o[volunteer].pk}"), NO),
    ("wagtail_bulk_action", BULK.format(action="enrol", id="{o[volunteer].pk}"), NO),
    ("wagtail_bulk_action", BULK.format(action="promote", id="{o[volunteer].pk}"), NO),
    ("wagtail_bulk_action", BULK.format(action="invite", id="{o[volunteer].pk}"), NO),
    (
        "wagtail_bulk_action",
        BULK.format(action="screen", id="{o[volunteer_out].pk}"),
        row(L, L, L, A, 404, 404, None, None),
    ),
    ("volunteers:screen", "/admin/volunteers/{o[volunteer].pk}/screen/", NO),
    (
        "volunteers:screen",
        "/admin/volunteers/{o[volunteer_out].pk}/screen/",
        row(L, L, L, A, 404, 404, None, None),
    ),
    ("leaderships:promote", "/admin/volunteers/{o[volunteer].pk}/promote/", NO),
    ("leaderships:revoke", "/admin/leaderships/{o[leadership].pk}/revoke/", NO),
    (
        "leaderships:revoke",
        "/admin/leaderships/{o[leadership_out].pk}/revoke/",
        row(L, L, L, A, 404, 404, None, None),
    ),
    ("leaderships:issue_certificate", "/admin/leaderships/{o[leadership].pk}/certificate/", NO),
    (
        "leaderships:issue_certificate",
        "/admin/leaderships/{o[leadership_out].pk}/certificate/",
        row(L, L, L, A, 404, 404, None, None),
    ),
    ("certificates:revoke", "/admin/certificates/{o[certificate].pk}/revoke/", NO),
    ("certificates:reissue", "/admin/certificates/{o[certificate].pk}/reissue/", NO),
    ("teams:fill", "/admin/teams/fill/", NO),
    (
        "teams:remove",
        "/admin/teams/{o[team].pk}/remove/{o[team_member].pk}/",
        NO,
    ),
    (
        "teams:remove",
        "/admin/teams/{o[team_out].pk}/remove/{o[team_member_out].pk}/",
        row(L, L, L, A, 404, 404, None, None),
    ),
    ("certificate_batches:add", "/admin/certificates/batches/add/", NO),
    (
        "certificate_batches:resume",
        "/admin/certificates/batches/{o[batch].pk}/resume/",
        NO,
    ),
    (
        "certificate_batches:emails_retry",
        "/admin/certificates/batches/{o[batch].pk}/emails/retry/",
        NO,
    ),
    ("volunteer_imports:create", "/admin/volunteer-imports/new/", NO),
    ("volunteer_imports:resume", "/admin/volunteer-imports/{o[import].pk}/resume/", NO),
    (
        "courses_essays:mark",
        "/admin/essays/{o[essay].pk}/",
        row(L, L, L, None, A, A, A, None),
    ),
    ("coordinators:add", "/admin/coordinators/new/", row(L, L, L, A, A, A, A, None)),
    (
        "coordinators:delete",
        "/admin/coordinators/delete/{o[coordinator].pk}/",
        row(L, L, L, A, A, A, A, None),
    ),
    (
        "courses_accommodations:revoke",
        "/admin/accommodations/{o[accommodation_out].pk}/revoke/",
        row(L, L, L, None, 404, 404, None, None),
    ),
    # Another trainee's attempt: not found, and the answer is not recorded.
    (
        "quiz_question",
        "/{lang}/learn/attempts/{o[attempt].pk}/",
        row(L, None, 404, 404, 404, 404, 404, 404),
    ),
    ("course_enroll", "/{lang}/learn/courses/{o[course].pk}/enrol/", row(L, *[None] * 7)),
    ("quiz_start", "/{lang}/learn/courses/{o[course].pk}/quiz/", row(L, *[None] * 7)),
    ("lesson_complete", "/{lang}/learn/lessons/{o[lesson].pk}/complete/", row(L, *[None] * 7)),
]
