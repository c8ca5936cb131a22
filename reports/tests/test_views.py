"""The reports in the admin: scope, filters, exports, empty states, query counts."""

import csv
import io
import re

import pytest
from openpyxl import load_workbook

from django.contrib.auth.models import Group, Permission

from organisation.tests.factories import UserFactory, coordinator_create, unit
from reports.certificates import certificate_report
from reports.courses import course_report
from reports.filters import Filters
from reports.funnel import funnel_report
from reports.leaders import leader_report
from reports.quizzes import quiz_report
from reports.templatetags.report_tags import report_cell

REPORTS = ["funnel", "courses", "quizzes", "leaders", "certificates"]
TABLES = ["funnel", "courses", "lessons", "quizzes", "distribution", "questions", "leaders",
          "teams_short", "certificates", "spot_the_fake"]  # fmt: skip


def login(client, user):
    client.force_login(user)
    return client


def read_csv(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def read_xlsx(response):
    sheet = load_workbook(io.BytesIO(response.content), read_only=True).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    # A read-only sheet leaves out empty cells at the end of a row.
    return [row + [None] * (len(rows[0]) - len(row)) for row in rows]


@pytest.mark.parametrize("key", REPORTS)
def test_every_report_renders_for_a_national_coordinator_in_bounded_queries(
    client, world, key, django_assert_max_num_queries
):
    login(client, coordinator_create("in"))
    client.get(f"/admin/reports/{key}/")  # warm Wagtail's per-process caches
    with django_assert_max_num_queries(30):
        response = client.get(f"/admin/reports/{key}/")
    assert response.status_code == 200
    assert "<svg" in response.content.decode()


@pytest.mark.parametrize("key", REPORTS)
def test_charts_and_tables_render_an_empty_state_with_no_data(client, report_course, key):
    login(client, coordinator_create("in-mp-indore"))
    response = client.get(f"/admin/reports/{key}/")
    assert response.status_code == 200
    assert "No data for these filters yet." in response.content.decode()


def test_a_district_coordinator_never_sees_another_district(client, world):
    login(client, coordinator_create("in-mp-indore"))
    bhopal, lucknow = unit("in-mp-bhopal"), unit("in-up-lucknow")
    every_table = set()
    for key in REPORTS:
        for query in ({}, {"unit": bhopal.pk}, {"unit": lucknow.pk}, {"unit": unit("in").pk}):
            page = client.get(f"/admin/reports/{key}/", query).content.decode()
            assert "Bhopal" not in page and "Lucknow" not in page, (key, query)
            # Every download the page offers (each of its tables as CSV and Excel).
            offered = set(re.findall(r"export=(csv|xlsx)&amp;table=(\w+)", page))
            assert {export for export, _table in offered} == {"csv", "xlsx"}, (key, query)
            every_table |= {table for _export, table in offered}
            for export, table in offered:
                response = client.get(
                    f"/admin/reports/{key}/", {**query, "export": export, "table": table}
                )
                assert response.status_code == 200, (key, table, query)
                rows = read_csv(response) if export == "csv" else read_xlsx(response)
                flat = " ".join(str(cell) for row in rows for cell in row)
                assert "Bhopal" not in flat and "Lucknow" not in flat, (key, table, query)
    assert every_table == set(TABLES)  # no table of any report left out
    # The district's own numbers, whatever unit was asked for.
    response = client.get(
        "/admin/reports/funnel/", {"unit": bhopal.pk, "export": "csv", "table": "funnel"}
    )
    assert read_csv(response)[1][:6] == ["Indore", "11", "6", "4", "2", "1"]


def test_no_scope_no_reports(client, world):
    user = UserFactory()
    group, _ = Group.objects.get_or_create(name="Editors only")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user.groups.add(group)
    login(client, user)
    # Wagtail turns PermissionDenied into a redirect to the dashboard, with a message.
    for key in REPORTS:
        assert client.get(f"/admin/reports/{key}/").status_code == 302
        response = client.get(f"/admin/reports/{key}/", {"export": "csv", "table": key})
        assert response.status_code == 302
    assert client.get("/admin/reports/").status_code == 302


def test_a_trainer_sees_course_and_quiz_reports_only(client, world):
    from courses.roles import TRAINERS

    user = UserFactory()
    user.groups.add(Group.objects.get(name=TRAINERS))
    login(client, user)
    assert client.get("/admin/reports/courses/").status_code == 200
    assert client.get("/admin/reports/quizzes/").status_code == 200
    for key in ("funnel", "leaders", "certificates"):
        assert client.get(f"/admin/reports/{key}/").status_code == 302
    index = client.get("/admin/reports/").content.decode()
    assert "/admin/reports/quizzes/" in index and "/admin/reports/funnel/" not in index


def test_a_coordinator_needs_the_permission_to_see_their_units_reports(client, world):
    permission = Permission.objects.get(content_type__app_label="reports", codename="view_reports")
    coordinator = coordinator_create("in-mp")
    # The Coordinators group holds it after migrate (reports/migrations/0003).
    assert coordinator.has_perm("reports.view_reports")
    Group.objects.get(name="Coordinators").permissions.remove(permission)
    coordinator = type(coordinator).objects.get(pk=coordinator.pk)  # no cached permissions
    login(client, coordinator)
    for key in REPORTS:
        assert client.get(f"/admin/reports/{key}/").status_code == 302
    assert client.get("/admin/reports/").status_code == 302
    # Given directly, it opens them again, still for the unit only.
    coordinator.user_permissions.add(permission)
    login(client, type(coordinator).objects.get(pk=coordinator.pk))
    assert client.get("/admin/reports/funnel/").status_code == 200
    outside = client.get("/admin/reports/funnel/", {"unit": unit("in-up").pk})
    assert "Uttar Pradesh" not in outside.content.decode().split("</form>")[1]


def test_the_course_reports_follow_the_permission_not_a_group_name(client, world):
    from courses.roles import SENIOR_TRAINERS, TRAINERS

    permission = Permission.objects.get(
        content_type__app_label="reports", codename="view_course_reports"
    )
    # The trainer groups hold it after migrate; an administrator may take it away.
    for name in (TRAINERS, SENIOR_TRAINERS):
        assert permission in Group.objects.get(name=name).permissions.all()
    Group.objects.get(name=TRAINERS).permissions.remove(permission)
    trainer = UserFactory()
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    login(client, trainer)
    assert client.get("/admin/reports/courses/").status_code == 302
    assert client.get("/admin/reports/").status_code == 302
    # ...and give it to anyone with admin access, in a group of any name.
    analysts = Group.objects.create(name="Analysts")
    analysts.permissions.add(
        permission,
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
    )
    analyst = UserFactory()
    analyst.groups.add(analysts)
    login(client, analyst)
    assert client.get("/admin/reports/courses/").status_code == 200
    assert client.get("/admin/reports/quizzes/").status_code == 200
    assert client.get("/admin/reports/funnel/").status_code == 302
    # An administrator finds it on the group's screen (Wagtail's register_permissions).
    login(client, UserFactory(is_superuser=True, is_staff=True))
    page = client.get(f"/admin/groups/edit/{analysts.pk}/").content.decode()
    assert f'value="{permission.pk}"' in page


@pytest.mark.parametrize(
    ("key", "table"),
    [("funnel", "funnel"), ("courses", "courses"), ("quizzes", "questions"),
     ("leaders", "leaders"), ("certificates", "certificates")],
)  # fmt: skip
def test_csv_and_excel_hold_the_numbers_of_the_page(client, world, key, table):
    login(client, coordinator_create("in-mp"))
    query = {"unit": unit("in-mp").pk}
    page = client.get(f"/admin/reports/{key}/", query).content.decode()
    builder = {
        "funnel": funnel_report,
        "courses": course_report,
        "quizzes": quiz_report,
        "leaders": leader_report,
        "certificates": certificate_report,
    }[key]
    expected = builder(Filters(scope=unit("in-mp"), unit=unit("in-mp"))).table(table)
    csv_rows = read_csv(client.get(f"/admin/reports/{key}/", {"export": "csv", "table": table}))
    xlsx_rows = read_xlsx(client.get(f"/admin/reports/{key}/", {"export": "xlsx", "table": table}))
    assert csv_rows[0] == xlsx_rows[0] == [column.label for column in expected.columns]
    assert xlsx_rows[1:] == expected.rows
    assert csv_rows[1:] == [["" if v is None else str(v) for v in row] for row in expected.rows]
    # Every number of the export is on the page, formatted as the page shows it.
    for row in expected.rows:
        for value, column in zip(row, expected.columns, strict=True):
            if column.kind != "text" and value is not None:
                assert f">{report_cell(value, column.kind)}<" in page, (value, column.key)


def test_exports_write_text_that_looks_like_a_formula_as_text(client, world):
    volunteer = world["v"]["D"]
    volunteer.name_en = '=HYPERLINK("http://evil")'
    volunteer.save()
    login(client, coordinator_create("in"))
    rows = read_csv(
        client.get("/admin/reports/leaders/", {"export": "csv", "table": "teams_short"})
    )
    assert ['\'=HYPERLINK("http://evil")', "Indore", "2"] in rows


def test_drill_down_from_the_nation_to_a_district(client, world):
    login(client, coordinator_create("in"))
    page = client.get("/admin/reports/funnel/").content.decode()
    mp = unit("in-mp")
    assert f"?unit={mp.pk}" in page
    page = client.get("/admin/reports/funnel/", {"unit": mp.pk}).content.decode()
    assert (
        f"unit={unit('in-mp-indore').pk}" in page
        and "Uttar Pradesh" not in page.split("</form>")[1]
    )


def test_unknown_export_table_is_a_404(client, world):
    login(client, coordinator_create("in"))
    response = client.get("/admin/reports/funnel/", {"export": "csv", "table": "nope"})
    assert response.status_code == 404
