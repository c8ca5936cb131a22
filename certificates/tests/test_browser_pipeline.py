"""The volunteer list's stage filter and the pipeline's order, in a real headless Chromium.

A district and a state coordinator filter their volunteers by stage; a volunteer
trains on a phone before being screened, and the coordinator's screening and
enrolment then leave them trained and eligible to lead.
"""

import pytest
from playwright.sync_api import expect

from django.conf import settings
from django.test import Client

from lms.chromium import PHONE
from organisation.models import Stage
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

DESK = {"viewport": {"width": 1280, "height": 900}}


def signed_in(browser, live_server, user, **context):
    """A browser context with `user` logged in (the log-in pages are tested elsewhere)."""
    client = Client()
    client.force_login(user)
    browser_context = browser.new_context(**context)
    browser_context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    return browser_context.new_page()


def bulk_action(page, action, names=None, **fields):
    """Choose volunteers in the list (every one on the page when no names are given),
    run the Wagtail bulk action whose button says `action`, fill its form, confirm."""
    if names is None:
        page.locator("table.listing thead [data-bulk-action-select-all-checkbox]").check()
    else:
        for name in names:
            row = page.locator("table.listing tbody tr", has_text=name)
            row.locator("[data-bulk-action-checkbox]").check()
    page.locator("[data-bulk-action-footer] a", has_text=action).click()
    for field, value in fields.items():
        if field == "course":
            page.select_option("#id_course", label=value)
        else:
            page.fill(f"#id_{field}", value)
    page.get_by_role("button", name="Apply to the selected").click()


def listed_names(page):
    names = page.locator("table.listing tbody tr td:nth-child(2) a").all_inner_texts()
    return sorted(name.strip() for name in names)


def test_coordinators_filter_the_volunteer_list_by_stage(chromium_browser, live_server, training):
    for district in ("in-mp-indore", "in-mp-bhopal"):
        for stage in Stage:
            VolunteerFactory(
                stage=stage, district=unit(district), name_en=f"{stage.label} {district[6:]}"
            )
    for code, expected in [
        ("in-mp-indore", ["Screened indore"]),
        ("in-mp", ["Screened bhopal", "Screened indore"]),
    ]:
        desk = signed_in(chromium_browser, live_server, coordinator_create(code), **DESK)
        desk.goto(f"{live_server.url}/admin/volunteers/")
        expect(desk.locator("table.listing tbody tr")).to_have_count(len(expected) * len(Stage))
        # Wagtail's filter drawer applies a choice by loading the list with it.
        desk.goto(f"{live_server.url}/admin/volunteers/?stage=screened")
        assert listed_names(desk) == expected
        expect(desk.locator("#id_stage")).to_have_value("screened")
        # The progress filter says what it means without a course.
        expect(desk.locator("#id_progress-helptext")).to_contain_text(
            "or in any course when none is chosen"
        )
        desk.context.close()


def test_a_volunteer_who_trains_before_screening_ends_trained_and_eligible(
    chromium_browser, live_server, training
):
    volunteer = VolunteerFactory(name_en="Priya Singh", district=unit("in-mp-indore"))
    coordinator = coordinator_create("in-mp-indore")

    # On a phone, before anyone screened them: enrol, read the lesson.
    phone = signed_in(chromium_browser, live_server, volunteer.user, **PHONE)
    phone.goto(f"{live_server.url}/en/courses/verification/")
    phone.get_by_role("button", name="Enrol in this course").click()
    phone.wait_for_load_state()
    phone.locator("section a.button").first.click()
    phone.locator(".lesson-done button").click()
    phone.wait_for_url(f"{live_server.url}/en/courses/verification/")
    volunteer.refresh_from_db()
    assert volunteer.stage == Stage.SIGNED_UP

    # The coordinator finds them not screened, screens them, then enrols them.
    desk = signed_in(chromium_browser, live_server, coordinator, **DESK)
    desk.goto(f"{live_server.url}/admin/volunteers/?q=Priya")
    row = desk.locator("table.listing tbody tr")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("Signed up")
    expect(row).to_contain_text("Not screened yet.")
    bulk_action(desk, "Screen and select", ["Priya Singh"])
    expect(desk.locator(".messages")).to_contain_text("1 volunteer screened")
    row = desk.locator("table.listing tbody tr")
    expect(row.locator("td").nth(4)).to_have_text("Trained")
    expect(row.locator("td").nth(5)).to_have_text("Yes")

    bulk_action(desk, "Enrol", ["Priya Singh"], course="Verification basics")
    expect(desk.locator(".messages")).to_contain_text("Verification basics")
    expect(row.locator("td").nth(4)).to_have_text("Trained")

    desk.get_by_role("link", name="Priya Singh").click()
    expect(desk.get_by_text("Eligible to be promoted to leader.")).to_be_visible()
    expect(desk.get_by_text("Not eligible to be promoted yet:")).to_have_count(0)
    volunteer.refresh_from_db()
    assert volunteer.stage == Stage.TRAINED
    assert list(volunteer.stage_changes.values_list("to_stage", flat=True)) == [
        Stage.SCREENED,
        Stage.IN_TRAINING,
        Stage.TRAINED,
    ]
