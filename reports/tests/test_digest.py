"""The coordinator's weekly digest against the hand-built organisation (testing/organisation.py):
its figures are the reports' figures, each link lands on the list showing that many rows,
a district sees only its district, a week is sent once, and in the reader's language."""

from datetime import datetime

import pytest

from django.utils import timezone

from certificates.models import Certificate, Leadership
from messaging.models import OutboxMessage
from messaging.outbox import messages_record
from messaging.rendering import message_render
from organisation.models import Stage
from organisation.tests.factories import coordinator_create, unit
from reports.certificates import certificate_report
from reports.courses import course_report
from reports.digest import coordinator_digest
from reports.digest_schedule import digests_due
from reports.digest_sending import digest_context, digest_message, digests_send, iso_week
from reports.filters import Filters
from reports.funnel import funnel_report
from reports.leaders import leader_report
from reports.models import DigestWeek

UNITS = ["in-mp-indore", "in-mp-bhopal", "in-mp", "in-up-lucknow", "in"]


@pytest.fixture
def failing_certificate(world):
    """C promoted in Indore, whose certificate failed: a failed one and a leader waiting."""
    volunteer = world["v"]["C"]
    volunteer.stage = Stage.LEADER
    volunteer.save()
    leadership = Leadership.objects.create(
        volunteer=volunteer, level="district", unit=unit("in-mp-indore")
    )
    Certificate.objects.create(
        leadership=leadership, status="error", name_en="C", level="district",
        unit_en="Indore", issued_on=timezone.localdate(),
    )  # fmt: skip
    return leadership


def coordinator_with_email(code):
    user = coordinator_create(code)
    user.email = f"{code}@example.org"
    user.save()
    return user


def figures(code):
    return {line.key: line.count for line in coordinator_digest(unit(code)).lines}


def report_total(table):
    columns = [column.key for column in table.columns]
    return dict(zip(columns, table.rows[0], strict=True))


@pytest.mark.parametrize("code", UNITS)
def test_the_digest_figures_are_the_reports_figures(world, failing_certificate, code):
    filters = Filters(scope=unit(code), unit=unit(code))
    digest = figures(code)
    funnel = report_total(funnel_report(filters).table("funnel"))
    waiting_screening = funnel["signed_up"] - funnel["screened"] - funnel["not_selected"]
    assert digest.get("screening", 0) == waiting_screening
    stops = [row[4] for row in course_report(filters).table("lessons").rows if row[1]]
    assert digest.get("stopped", 0) == max(stops)
    assert (
        digest.get("teams_short", 0)
        == report_total(leader_report(filters).table("leaders"))["short"]
    )
    certificates = report_total(certificate_report(filters).table("certificates"))
    assert digest.get("certificates_failed", 0) == certificates["error"]
    assert digest.get("certificates_waiting", 0) == certificates["awaiting"]


def test_the_figures_of_indore_by_hand(world, failing_certificate):
    # 4 signed up; B stopped before lesson 1 and A before lesson 2 (the first lesson wins a
    # tie); D's team has two members; C's certificate failed and C waits for one.
    assert figures("in-mp-indore") == {
        "screening": 4, "stopped": 1, "teams_short": 1, "certificates_failed": 1,
        "certificates_waiting": 1,
    }  # fmt: skip
    line = coordinator_digest(unit("in-mp-indore")).line("stopped")
    assert (line.detail["course"].title, line.detail["lesson"].title) == (
        "Verification basics",
        "Lesson 1",
    )
    assert line.detail["number"] == 1


def listed(response):
    """How many rows the filtered list shows (its paginator's count, every page)."""
    assert response.status_code == 200
    if response.resolver_match.view_name == "certificate_batches:index":
        return response.context["pending"]  # the leaders waiting, above the batches
    return response.context["paginator"].count


@pytest.mark.parametrize("code", ["in-mp-indore", "in-mp"])
def test_each_link_opens_the_filtered_list_with_that_many_rows(
    client, world, failing_certificate, code
):
    client.force_login(coordinator_create(code))
    digest = coordinator_digest(unit(code))
    assert {line.key for line in digest.lines} >= {"screening", "stopped", "teams_short"}
    for line in digest.lines:
        response = client.get(line.url)
        assert listed(response) == line.count, (line.key, line.url)


def test_the_eligible_line_opens_the_eligible_volunteers(client, world):
    from certificates.models import LeadershipRules

    rules = LeadershipRules.load()
    rules.save()
    rules.required_courses.add(world["course"])
    client.force_login(coordinator_create("in-mp"))
    line = coordinator_digest(unit("in-mp")).line("eligible")
    assert line.count == 2  # C in Indore and E in Bhopal, trained, finished the course
    response = client.get(line.url)
    assert listed(response) == 2
    assert {v.name_en for v in response.context["object_list"]} == {"C", "E"}


def test_a_district_coordinator_sees_only_their_district(client, world):
    client.force_login(coordinator_create("in-mp-bhopal"))
    response = client.get("/admin/reports/digest/")
    text = response.content.decode()
    assert "Bhopal" in text
    assert "2 volunteers waiting to be screened" in text  # not Indore's 4, nor MP's 6
    assert "Indore" not in text


def test_an_empty_digest_says_so_and_is_not_sent(client, world):
    user = coordinator_with_email("in-kl")  # Kerala: nobody there
    assert not coordinator_digest(unit("in-kl"))
    client.force_login(user)
    assert "Nothing needs you this week" in client.get("/admin/reports/digest/").content.decode()
    digests_send(week="2026-W49")
    assert not OutboxMessage.objects.filter(recipient_id=user.pk).exists()


def test_a_week_is_sent_once_even_when_the_task_runs_twice(world, failing_certificate):
    indore, mp = coordinator_with_email("in-mp-indore"), coordinator_with_email("in-mp")
    digests_send(week="2026-W49")
    digests_send(week="2026-W49")
    messages = OutboxMessage.objects.filter(group="digest:2026-W49")
    assert sorted(messages.values_list("recipient_id", flat=True)) == sorted([indore.pk, mp.pk])
    assert DigestWeek.objects.get(week="2026-W49").finished_at is not None
    digests_send(week="2026-W50")  # the next week is another digest
    assert OutboxMessage.objects.filter(recipient_id=indore.pk).count() == 2
    message = messages.get(recipient_id=indore.pk)
    assert message.context["screening"] == 4
    assert message.context["screening_url"].endswith("/admin/volunteers/?stage=signed_up")
    text = message_render(message).text
    assert "4 volunteers waiting to be screened" in text
    assert "1 certificate failed" in text


def test_the_watchdog_queues_the_week_once_from_monday_morning(world):
    user = coordinator_with_email("in-mp-indore")
    tz = timezone.get_current_timezone()
    monday = datetime(2026, 12, 7, 8, 0, tzinfo=tz)
    assert not digests_due(monday.replace(hour=7, minute=59))
    assert digests_due(monday)  # the tests' tasks run at once: sent
    assert not digests_due(monday.replace(hour=9))
    assert not digests_due(datetime(2026, 12, 13, 23, 0, tzinfo=tz))  # Sunday, same week
    assert digests_due(datetime(2026, 12, 14, 8, 30, tzinfo=tz))  # the next Monday
    sent = OutboxMessage.objects.filter(recipient_id=user.pk)
    assert sorted(sent.values_list("group", flat=True)) == ["digest:2026-W50", "digest:2026-W51"]


def test_the_watchdogs_sweep_sends_the_weeks_digests(world, settings, monkeypatch):
    from lms import watchdog
    from reports import digest_schedule

    user = coordinator_with_email("in-mp-indore")
    settings.REPORTS_WEEKLY_DIGESTS = False
    assert watchdog.sweep()["reports.receivers.weekly_digests"] is False
    settings.REPORTS_WEEKLY_DIGESTS = True
    # Due from Monday 00:00, so that the test holds on any day at any hour.
    monkeypatch.setattr(digest_schedule, "DIGEST_HOUR", 0)
    assert watchdog.sweep()["reports.receivers.weekly_digests"] is True
    assert watchdog.sweep()["reports.receivers.weekly_digests"] is False
    sent = OutboxMessage.objects.filter(recipient_id=user.pk)
    assert list(sent.values_list("group", flat=True)) == [f"digest:{iso_week()}"]


def test_a_stalled_week_is_queued_again_and_sends_only_the_rest(world):
    indore, mp = coordinator_with_email("in-mp-indore"), coordinator_with_email("in-mp")
    tz = timezone.get_current_timezone()
    monday = datetime(2026, 12, 7, 8, 0, tzinfo=tz)
    week = iso_week(monday)
    # A worker that recorded Indore's digest, then died.
    DigestWeek.objects.create(week=week, progress_at=monday)
    done = coordinator_digest(unit("in-mp-indore"))
    messages_record([digest_message(indore.coordinator, done, language="en", week=week)])
    assert not digests_due(monday.replace(minute=1))  # still making progress
    assert digests_due(monday.replace(hour=9))  # stalled: queued again, and sent
    assert not digests_due(monday.replace(hour=10))  # finished
    sent = OutboxMessage.objects.filter(group=f"digest:{week}")
    assert sorted(sent.values_list("recipient_id", flat=True)) == sorted([indore.pk, mp.pk])


def test_in_hindi(client, world):
    user = coordinator_with_email("in-mp-indore")
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "hi"
    profile.save()
    digests_send(week="2026-W49")
    message = OutboxMessage.objects.get(recipient_id=user.pk)
    assert message.language == "hi"
    rendered = message_render(message)
    assert "इस सप्ताह" in rendered.subject
    assert "4 स्वयंसेवक स्क्रीनिंग की प्रतीक्षा में" in rendered.text
    assert unit("in-mp-indore").name_hi in rendered.text
    client.force_login(user)
    page = client.get("/admin/reports/digest/").content.decode()
    assert "4 स्वयंसेवक स्क्रीनिंग की प्रतीक्षा में" in page
    assert "मेरा साप्ताहिक सारांश" in page  # the page's own title, translated


def test_the_course_and_lesson_are_named_in_the_readers_language(world):
    from wagtail.models import Locale

    hindi = Locale.objects.get_or_create(language_code="hi")[0]
    course, lesson = world["course"], world["lessons"][0]
    for page, title in [(course, "सत्यापन की बुनियादी बातें"), (lesson, "पहला पाठ")]:
        translated = page.copy_for_translation(hindi, copy_parents=True).specific
        translated.title = title
        translated.save_revision().publish()
    digest = coordinator_digest(unit("in-mp-indore"))
    hindi_text = message_render(digest_message_for(digest, language="hi")).text
    assert "सत्यापन की बुनियादी बातें के पाठ 1 (पहला पाठ) से पहले" in hindi_text
    english_text = message_render(digest_message_for(digest, language="en")).text
    assert "before lesson 1 (Lesson 1) of Verification basics" in english_text


def digest_message_for(digest, *, language):
    from types import SimpleNamespace

    return SimpleNamespace(
        pk=None,
        template_key="reports/coordinator_digest",
        channel="email",
        language=language,
        context=digest_context(digest, name="N", language=language, week="2026-W49"),
    )
