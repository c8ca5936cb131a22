"""Erasure keeps the record straight: the person is gone everywhere, the counts are not."""

import csv
import io
import json
from datetime import timedelta

import pytest
from axes.models import AccessAttempt

from django.contrib.auth import authenticate
from django.core.files.base import ContentFile
from django.utils import timezone

from certificates.credentials.issue import credentials_sign
from certificates.models import Certificate
from courses.models import QuizAttempt
from lms.storage import private_storage
from messaging import registry
from messaging.models import OutboxMessage
from messaging.outbox import Message, messages_record
from organisation.models import Screening, StageChange, Team, TeamMember, VolunteerImport
from organisation.tests.factories import unit
from privacy.erasure import erasures_process_due
from privacy.models import ErasureRequest
from privacy.services import ErasureRefused, erasure_cancel, erasure_request
from reports.courses import course_report
from reports.filters import Filters
from reports.funnel import funnel_report
from reports.item_analysis import item_report
from reports.quizzes import quiz_report


def national():
    return Filters(scope=unit("in"), unit=unit("in"))


def report_tables(course=None):
    by_course = Filters(scope=unit("in"), unit=unit("in"), course=course)
    return {
        "items": item_report(by_course).table("items").rows,
        "options": item_report(by_course).table("options").rows,
        "funnel": funnel_report(national()).table("funnel").rows,
        "courses": course_report(national()).table("courses").rows,
        "lessons": course_report(national()).table("lessons").rows,
        "quizzes": quiz_report(national()).table("quizzes").rows,
    }


def erase_now(user):
    erasure_request(user=user)
    return erasures_process_due(now=timezone.now() + timedelta(days=8))


@pytest.fixture
def leader(world):
    """D, a district leader in Indore with an issued certificate and a team (A and B),
    given a real name, an e-mail, a stored PDF and a pending message."""
    d = world["v"]["D"]
    d.name_en, d.name_hi = "Devika Sharma", "देविका शर्मा"
    d.save()
    d.user.email = "devika@example.org"
    d.user.save()
    a = world["v"]["A"]
    a.user.email = "a@example.org"
    a.user.save()
    certificate = Certificate.objects.get(leadership__volunteer=d, status="issued")
    certificate.name_en, certificate.name_hi = d.name_en, d.name_hi
    certificate.pdf = private_storage().save("certificates/devika.pdf", ContentFile(b"%PDF"))
    signed = credentials_sign([certificate], issuer_en="x", issuer_hi="x")
    certificate.credential = signed[certificate.pk].credential
    certificate.save()
    context = dict.fromkeys(registry.get("certificate_issued").variables, "")
    messages_record(
        [Message(key="devika-1", address=d.user.email, template_key="certificate_issued",
                 context={**context, "name_en": d.name_en}, recipient_id=d.user_id)],
        enqueue=False,
    )  # fmt: skip
    return d


@pytest.mark.django_db
def test_an_erased_leader_is_gone_but_the_reports_count_the_same(leader, world, client):
    StageChange.objects.create(volunteer=leader, to_stage="leader", note="Devika was great")
    q1, q2, _q3 = world["questions"]
    sitting = QuizAttempt.objects.get(user=leader.user).sitting
    sitting.user_answers = json.dumps({str(q1.pk): "True", str(q2.pk): "I, Devika, think..."})
    sitting.save()
    before = report_tables(world["course"])
    assert before["items"] and before["options"] and before["funnel"]
    user_id, phone = leader.user_id, leader.phone

    assert erase_now(leader.user) == 1

    assert report_tables(world["course"]) == before
    sitting.refresh_from_db()
    assert json.loads(sitting.user_answers) == {str(q1.pk): "True", str(q2.pk): ""}
    leader.refresh_from_db()
    user = leader.user
    erased = (leader.name_en, leader.name_hi, leader.phone, leader.skills)
    assert erased == ("[erased]", "", None, "")
    assert user.username == f"erased-{user_id}" and user.email == "" and not user.is_active
    assert authenticate(username="devika@example.org", password="a-good-test-password") is None
    assert authenticate(username=phone, password="a-good-test-password") is None
    assert not StageChange.objects.filter(volunteer=leader).exclude(note="").exists()
    assert leader.stage == "leader"  # the funnel still counts a leader
    message = OutboxMessage.objects.get(key="devika-1")
    assert (message.status, message.address, message.context) == ("failed", "", {})
    assert ErasureRequest.objects.get(user=user).status == "done"


@pytest.mark.django_db
def test_an_erased_leaders_certificate_says_so_without_naming_them(leader, client):
    certificate = Certificate.objects.get(leadership__volunteer=leader, status="issued")
    pdf = certificate.pdf.name
    erase_now(leader.user)

    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert certificate.revoke_reason == Certificate.ERASED_REASON
    assert (certificate.name_en, certificate.name_hi, certificate.pdf.name) == ("", "", "")
    assert certificate.credential == ""  # the signed credential named them too
    assert not private_storage().exists(pdf)
    for language in ("en", "hi"):
        page = client.get(f"/{language}/verify/{certificate.code}/")
        text = page.content.decode()
        assert page.status_code == 200
        assert "Devika" not in text and "देविका" not in text
    assert (
        "withdrawn at the holder" in client.get(f"/en/verify/{certificate.code}/").content.decode()
    )
    body = client.get(f"/v/{certificate.code}.json").json()
    assert body["status"] == "revoked" and body["withdrawn_at_holders_request"]
    assert "name_en" not in body and "credential" not in body


@pytest.mark.django_db
def test_an_erased_leaders_team_is_told_their_leader_changed_not_who(leader, world):
    a, b = world["v"]["A"], world["v"]["B"]
    erase_now(leader.user)

    assert not Team.objects.filter(leader=leader).exists()
    assert not TeamMember.objects.filter(volunteer__in=[a, b]).exists()
    told = OutboxMessage.objects.get(recipient=a.user)
    assert told.template_key == "privacy_team_leader_changed" and told.address == "a@example.org"
    assert "Devika" not in str(told.context)
    from messaging.outbox import email_build
    from messaging.rendering import message_render

    email = email_build(told)
    assert "Devika" not in email.body + email.subject and "देविका" not in email.body
    assert "team leader has changed" in email.body
    # B has no e-mail address: told by SMS, in Hindi, naming nobody either.
    by_sms = OutboxMessage.objects.get(recipient=b.user)
    assert (by_sms.channel, by_sms.address) == ("sms", b.phone)
    text = message_render(by_sms).text
    assert "टीम लीडर बदल गए हैं" in text and "Devika" not in text and "देविका" not in text


@pytest.mark.django_db
def test_a_second_request_while_one_is_pending_is_refused_clearly(world):
    user = world["v"]["C"].user
    first = erasure_request(user=user)
    with pytest.raises(ErasureRefused) as refused:
        erasure_request(user=user)
    assert "already asked" in refused.value.message
    assert refused.value.status == 409
    assert ErasureRequest.objects.filter(user=user).count() == 1
    # Cancelled during the grace period: nothing is erased, and a new request may be made.
    assert erasure_cancel(user=user)
    assert erasures_process_due(now=first.due_at + timedelta(days=1)) == 0
    assert world["v"]["C"].user.username != f"erased-{user.pk}"
    erasure_request(user=user)


@pytest.mark.django_db
def test_nothing_is_erased_before_the_grace_period_ends(world):
    user = world["v"]["C"].user
    request = erasure_request(user=user)
    assert erasures_process_due(now=request.due_at - timedelta(minutes=1)) == 0
    assert erasures_process_due(now=request.due_at) == 1


@pytest.mark.django_db
def test_imports_files_and_error_reports_lose_the_erased_person(world, settings):
    c = world["v"]["C"]
    storage = private_storage()
    source = storage.save(
        "imports/test/list.csv",
        ContentFile(
            "phone,name_en,state,district\n"
            f"+91 {c.phone[:5]} {c.phone[5:]},C,MP,Indore\n9999911111,Other,MP,Indore\n".encode()
        ),
    )
    other_source = storage.save(
        "imports/test/other.csv",
        ContentFile(b"phone,name_en,state,district\n9999922222,Someone,MP,Indore\n"),
    )
    report = storage.save(
        "imports/reports/test/errors.csv",
        ContentFile(
            f"line,phone,reason\n2,0{c.phone},already registered\n3,98765,too short\n".encode()
        ),
    )
    imported = VolunteerImport.objects.create(
        unit=unit("in-mp-indore"), file_name="list.csv", status="done", file=source,
        error_report=report, first_errors=[[2, c.phone, "already registered"], [3, "98765", "x"]],
    )  # fmt: skip
    other = VolunteerImport.objects.create(
        unit=unit("in-mp-indore"), file_name="other.csv", status="done", file=other_source
    )
    AccessAttempt.objects.create(username=c.phone, ip_address="10.0.0.1", failures_since_start=1)
    Screening.objects.create(volunteer=c, notes="Spoke well of C", decision="selected")

    erase_now(c.user)

    imported.refresh_from_db()
    other.refresh_from_db()
    assert imported.file.name == "" and not storage.exists(source)
    assert other.file.name == other_source and storage.exists(other_source)
    with storage.open(report) as handle:
        rows = list(csv.reader(io.TextIOWrapper(handle, encoding="utf-8")))
    assert rows == [["line", "phone", "reason"], ["3", "98765", "too short"]]
    assert imported.first_errors == [[3, "98765", "x"]]
    assert not AccessAttempt.objects.filter(username=c.phone).exists()
    assert Screening.objects.get(volunteer=c).notes == ""


@pytest.mark.django_db
def test_a_certificate_a_batch_is_rendering_during_the_erasure_is_not_issued(world):
    """The batch worker read the certificate (with the name) before the erasure and renders
    it after: its PDF is not kept and the certificate stays revoked, naming nobody."""
    from certificates.generation import certificates_render

    f = world["v"]["F"]
    in_render = Certificate.objects.get(leadership__volunteer=f, status="generating")
    erase_now(f.user)

    certificates_render([in_render])  # the worker's copy, read before the erasure

    in_render.refresh_from_db()
    assert (in_render.status, in_render.name_en, in_render.pdf.name) == ("revoked", "", "")
    assert in_render.revoke_reason == Certificate.ERASED_REASON
    stored = private_storage().listdir("certificates")[1]
    assert not [name for name in stored if name.startswith(in_render.code)]
