"""The volunteer list on Wagtail's framework: its export, and bulk actions that stay
inside the scope and the list as filtered."""

import csv
import io

import pytest

from organisation.models import Stage
from organisation.tests.factories import VolunteerFactory, coordinator_create, unit

pytestmark = pytest.mark.django_db

BULK = "/admin/bulk/organisation/volunteerprofile/"


def test_the_csv_export_is_the_list_as_filtered_and_runs_no_formula(client):
    client.force_login(coordinator_create("in-mp-indore"))
    VolunteerFactory(name_en='=HYPERLINK("http://evil.example","x")', stage=Stage.SCREENED)
    VolunteerFactory(name_en="Asha Verma", stage=Stage.SIGNED_UP)
    VolunteerFactory(name_en="Outside", stage=Stage.SCREENED, district=unit("in-mp-bhopal"))
    response = client.get("/admin/volunteers/", {"stage": "screened", "export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0][:3] == ["Name in English", "Name in Hindi", "Mobile"]
    assert [row[0] for row in rows[1:]] == ['\'=HYPERLINK("http://evil.example","x")']


def test_all_in_the_list_means_the_list_as_filtered_inside_the_scope(client):
    client.force_login(coordinator_create("in-mp-indore"))
    VolunteerFactory(name_en="New in Indore", stage=Stage.SIGNED_UP)
    VolunteerFactory(name_en="Screened in Indore", stage=Stage.SCREENED)
    VolunteerFactory(name_en="New in Bhopal", district=unit("in-mp-bhopal"))
    html = client.get(f"{BULK}screen/", {"id": "all", "stage": "signed_up"}).content.decode()
    assert "New in Indore" in html
    assert "Screened in Indore" not in html and "New in Bhopal" not in html


def test_the_other_apps_add_their_filters_and_actions(client):
    client.force_login(coordinator_create("in-mp"))
    VolunteerFactory()
    html = client.get("/admin/volunteers/").content.decode()
    for name in ("unit", "stage", "course", "progress", "eligible"):
        assert f'name="{name}"' in html, name
    for action in ("screen", "enrol", "promote"):
        assert f"{BULK}{action}/" in html, action
