"""The state coordinator's journey in a real headless Chromium.

Import volunteers from a CSV file (two bad rows reported by line), screen and
enrol them in bulk, promote two of the eligible, fill the district's teams of
ten, issue the leaders' certificates as a batch, revoke one, and check both
certificates on their public verification pages from an anonymous phone.
"""

import hashlib
import re

import pytest
from playwright.sync_api import expect

from certificates.models import Certificate, CertificateBatch
from certificates.tests.test_browser_certificate import shot
from certificates.tests.test_browser_pipeline import bulk_action
from courses.models import LessonPage
from courses.services import lesson_complete
from lms.chromium import PHONE
from lms.storage import private_storage
from organisation.models import Stage, Team, TeamMember, VolunteerImport, VolunteerProfile
from organisation.tests.factories import coordinator_create

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

INDORE_NAMES = [
    "Asha Verma",
    "Bhavna Patel",
    "Chetan Joshi",
    "Deepa Yadav",
    "Farhan Khan",
    "Gita Sharma",
    "Harish Malviya",
    "Imran Qureshi",
    "Jaya Tiwari",
    "Kamal Solanki",
    "Lata Chouhan",
    "Manoj Rathore",
    "Neha Dubey",
    "Om Prakash",
]
LEADERS = ["Asha Verma", "Bhavna Patel"]


def volunteers_csv(path):
    """14 volunteers in Indore, one in Bhopal; line 6 has a short phone and
    line 12 a district outside Madhya Pradesh."""
    rows = [
        f"98260{index:05d},{name},,,Madhya Pradesh,Indore,"
        for index, name in enumerate(INDORE_NAMES)
    ]
    rows.insert(4, "12345,Short Phone,,,Madhya Pradesh,Indore,")  # line 6
    rows.insert(10, "9826099901,Pooja Singh,,,Bihar,Patna,")  # line 12
    rows.append("9826099902,Ravi Meena,,,MP,Bhopal,")  # line 18
    path.write_text(
        "phone,name_en,name_hi,email,state,district,skills\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    return path


def expect_readable(button):
    """The button's icon is icon-sized and its label is not cut off: Wagtail's
    CSS sizes an icon only inside the button patterns it knows."""
    expect(button).to_be_visible()
    icon = button.locator("svg.icon").bounding_box()
    assert icon["width"] <= 24 and icon["height"] <= 24, icon
    assert button.evaluate(
        "e => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight"
    ), button.evaluate("e => e.outerHTML")


def message(page, text):
    expect(page.locator(".messages")).to_contain_text(text)


def test_import_train_promote_fill_teams_issue_revoke_verify(
    chromium_browser, live_server, training, settings, tmp_path
):
    settings.SITE_URL = live_server.url
    coordinator_create("in-mp", username="meera")
    admin = f"{live_server.url}/admin"

    desk = chromium_browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    desk.goto(f"{admin}/login/")
    desk.fill("#id_username", "meera")
    desk.fill("#id_password", "a-good-test-password")
    desk.click("button[type=submit]")
    desk.wait_for_url(f"{admin}/")

    # 1. Import: two bad rows reported with their line numbers, the others imported.
    desk.get_by_role("link", name="Import volunteers").click()
    desk.wait_for_url(f"{admin}/volunteer-imports/")
    expect_readable(desk.get_by_role("button", name="Import", exact=True))
    expect_readable(desk.get_by_role("button", name="Download the volunteers of Madhya Pradesh"))
    desk.set_input_files("input[type=file][name=file]", volunteers_csv(tmp_path / "mp.csv"))
    # The organisation's own record of these volunteers' consent (required: consent/).
    desk.fill("[name=consent_record]", "Membership forms, Madhya Pradesh office, 2026")
    desk.get_by_role("button", name="Import", exact=True).click()
    desk.wait_for_url(re.compile(r"/admin/volunteer-imports/\d+/$"))
    status = desk.locator("#import-status")
    expect(status.locator("[data-field=status_label]")).to_have_text("Done")
    expect(status.locator("[data-field=imported]")).to_have_text("15")
    expect(status.locator("[data-field=errors]")).to_have_text("2")
    errors = desk.locator("table.listing").last.locator("tbody tr")
    expect(errors).to_have_count(2)
    expect(errors.nth(0).locator("td").first).to_have_text("6")
    expect(errors.nth(0)).to_contain_text("not a 10-digit mobile number")
    expect(errors.nth(1).locator("td").first).to_have_text("12")
    expect(errors.nth(1)).to_contain_text("Patna (Bihar) is outside your unit, Madhya Pradesh")
    assert [row[0] for row in VolunteerImport.objects.get().first_errors] == [6, 12]
    expect_readable(desk.get_by_role("link", name="Download the error report"))
    shot(desk, "coordinator-import-status-errors")
    imported = VolunteerProfile.objects.order_by("pk")
    assert [v.name_en for v in imported] == [*INDORE_NAMES, "Ravi Meena"]
    assert {v.stage for v in imported} == {Stage.SIGNED_UP}

    # 2. Screen and enrol all of them in bulk; they finish the required course
    # as trainees would (their browser journey is tested elsewhere).
    desk.get_by_role("link", name="Volunteers", exact=True).click()
    bulk_action(desk, "Screen and select")
    message(desk, "15 volunteers screened and selected for training.")
    bulk_action(desk, "Enrol", course="Verification basics")
    message(desk, "15 volunteers enrolled in Verification basics.")
    assert {v.stage for v in imported.all()} == {Stage.IN_TRAINING}
    lesson = LessonPage.objects.child_of(training["required"]).get()
    for volunteer in imported.select_related("user"):
        lesson_complete(user=volunteer.user, lesson=lesson)
    assert {v.stage for v in imported.all()} == {Stage.TRAINED}

    # 3. Promote two of the eligible; fill Indore's teams with the others.
    desk.goto(f"{admin}/volunteers/?eligible=yes")
    expect(desk.get_by_text("15 volunteers match.")).to_be_visible()
    shot(desk, "coordinator-volunteers-eligible")
    bulk_action(desk, "Promote", LEADERS)
    message(desk, "2 volunteers promoted to district leader.")
    assert "eligible=yes" in desk.url
    expect(desk.get_by_text("13 volunteers match.")).to_be_visible()

    desk.get_by_role("link", name="Teams of ten").click()
    expect(desk.get_by_text("2 teams in Madhya Pradesh.")).to_be_visible()
    desk.select_option("#fill-district", label="Indore (Madhya Pradesh)")
    desk.get_by_role("button", name="Fill teams").click()
    message(desk, "12 volunteers placed in the teams of Indore. 1 team is still short of ten.")
    asha, bhavna = (Team.objects.get(leader__name_en=name) for name in LEADERS)
    assert asha.members.count() == 10
    assert bhavna.members.count() == 2
    assert not TeamMember.objects.filter(volunteer__name_en="Ravi Meena").exists()
    assert not TeamMember.objects.filter(volunteer__stage=Stage.LEADER).exists()
    short = desk.locator("table.listing tbody tr")
    expect(short).to_have_count(1)
    expect(short).to_contain_text("Bhavna Patel")
    expect(short).to_contain_text("2 / 10")
    shot(desk, "coordinator-teams")
    desk.goto(f"{admin}/teams/{asha.pk}/")
    expect(desk.get_by_text("10 of 10 members.")).to_be_visible()
    expect(desk.locator("table.listing tbody tr")).to_have_count(10)

    # 4. Certificates for the district's new leaders, as one batch.
    desk.get_by_role("link", name="Certificates").click()
    expect(desk.get_by_text("2 leaders in your unit have no certificate yet.")).to_be_visible()
    desk.select_option("#id_batch_unit", label="Indore (Madhya Pradesh)")
    desk.get_by_role("button", name="Issue certificates").click()
    desk.wait_for_url(re.compile(r"/admin/certificates/batches/\d+/$"))
    progress = desk.locator("#batch-progress")
    expect(progress.locator("[data-field=status]")).to_have_text("Done")
    expect(progress.locator("[data-field=done]")).to_have_text("2")
    expect(progress.locator("[data-field=errors]")).to_have_text("0")
    expect(desk.get_by_role("link", name="Download the ZIP of the batch")).to_be_visible()
    shot(desk, "coordinator-batch-done")
    message(desk, "2 certificates generated.")
    batch = CertificateBatch.objects.get()
    certificates = {c.name_en: c for c in Certificate.objects.filter(batch=batch)}
    assert sorted(certificates) == LEADERS
    for certificate in certificates.values():
        assert certificate.status == Certificate.Status.ISSUED
        assert certificate.unit_en == "Indore"
        with private_storage().open(certificate.pdf.name, "rb") as pdf:
            content = pdf.read()
        assert content.startswith(b"%PDF")
        assert hashlib.sha256(content).hexdigest() == certificate.sha256

    # 5. Revoke Asha's certificate; the public page says so, Bhavna's is valid.
    desk.goto(f"{admin}/volunteers/{asha.leader_id}/")
    desk.get_by_text("Revoke or correct").click()
    desk.get_by_label("Why is it revoked?").fill("Signed by the wrong officer.")
    desk.get_by_role("button", name="Revoke", exact=True).click()
    message(desk, "Certificate revoked. Its verification page says so now.")
    expect(desk.get_by_text("Revoked: Signed by the wrong officer.")).to_be_visible()
    revoked = Certificate.objects.get(pk=certificates["Asha Verma"].pk)
    assert revoked.status == Certificate.Status.REVOKED
    assert revoked.revoke_reason == "Signed by the wrong officer."

    phone = chromium_browser.new_context(**PHONE).new_page()
    phone.goto(f"{live_server.url}/v/{revoked.code}")
    phone.wait_for_url(f"{live_server.url}/en/verify/{revoked.code}/")
    expect(phone.locator(".verdict")).to_contain_text("Revoked")
    expect(phone.locator(".verify-facts")).to_contain_text("Asha Verma")
    shot(phone, "coordinator-verify-revoked")
    valid = certificates["Bhavna Patel"]
    phone.goto(f"{live_server.url}/v/{valid.code}")
    phone.wait_for_url(f"{live_server.url}/en/verify/{valid.code}/")
    expect(phone.locator(".verdict")).to_contain_text("Valid")
    expect(phone.locator(".verify-facts")).to_contain_text("Bhavna Patel")
    shot(phone, "coordinator-verify-valid")
