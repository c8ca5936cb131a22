"""Who reads which part of the trail: a coordinator their unit's (what its coordinators
did, and what anyone did with its volunteers' data), administrators all of it."""

import re

from django.urls import reverse

from audit.models import AccessRecord
from organisation.tests.factories import unit


def cells(response) -> set[str]:
    return {cell.strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", response.text, re.S)}


def rows_seen(client, user, **filters) -> set[str]:
    """The purposes of the records shown to `user` (each test gives each its own)."""
    client.force_login(user)
    response = client.get(reverse("audit_trail:index"), filters)
    assert response.status_code == 200
    purposes = set(AccessRecord.objects.values_list("purpose", flat=True))
    return purposes & cells(response)


def make(actor, scope, data_of, purpose):
    AccessRecord.objects.create(
        actor=actor,
        scope=unit(scope),
        unit=unit(data_of) if data_of else None,
        action="volunteer_export",
        purpose=purpose,
    )


def test_each_reader_sees_their_units_trail(client, people):
    make(people["district"], "in-mp-indore", "in-mp-indore", "indore by indore")
    make(people["state"], "in-mp", "in-mp-indore", "indore by the state")
    make(people["state"], "in-mp", "in-mp", "the state by the state")
    make(people["other"], "in-up-lucknow", "in-up-lucknow", "lucknow by lucknow")
    make(people["other"], "in-up-lucknow", None, "refused to lucknow")
    make(people["admin"], "in", "in-mp-indore", "indore by the nation")

    assert rows_seen(client, people["district"]) == {
        "indore by indore",
        "indore by the state",
        "indore by the nation",
    }
    assert rows_seen(client, people["state"]) == {
        "indore by indore",
        "indore by the state",
        "the state by the state",
        "indore by the nation",
    }
    assert rows_seen(client, people["other"]) == {"lucknow by lucknow", "refused to lucknow"}
    assert len(rows_seen(client, people["admin"])) == 6


def test_only_coordinators_and_administrators_open_it(client, people):
    client.force_login(people["asha"].user)
    assert client.get(reverse("audit_trail:index")).status_code in (302, 403)
    client.logout()
    assert client.get(reverse("audit_trail:index")).status_code == 302


def test_the_screen_filters_by_action(client, people):
    make(people["district"], "in-mp-indore", "in-mp-indore", "an export")
    AccessRecord.objects.create(
        actor=people["district"], scope=unit("in-mp-indore"), action="volunteer_view",
        purpose="a look",
    )  # fmt: skip
    assert rows_seen(client, people["district"]) == {"a look", "an export"}
    assert rows_seen(client, people["district"], action="volunteer_view") == {"a look"}
