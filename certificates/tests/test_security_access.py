"""The access matrix: every URL of ours × each role, with the expected status.

Rows are built from the URL resolver: a URL pattern of ours (views in lms,
courses, certificates, reports, or a viewset we register) missing from ROUTES
fails ``test_every_url_of_ours_is_in_the_matrix``, so new URLs are not forgotten. The
table is certificates/tests/access_routes.py.
"""

import pytest

from certificates.tests.access_routes import GET_ROUTES, POST_ROUTES
from certificates.tests.security_matrix import (
    client_for,
    expand,
    fill,
    fingerprint,
    our_url_names,
    status_of,
)
from testing.organisation import ROLES


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_get_matrix(role, security_world):  # noqa: F811  (the fixture)
    objects = security_world["objects"]
    client = client_for(security_world["users"][role])
    wrong = []
    for name, path, lang, expected in expand(GET_ROUTES):
        url = fill(path, objects, lang)
        got = status_of(client.get(url))
        if got != expected[role]:
            wrong.append(f"{name} {url}: {got}, expected {expected[role]}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_refused_posts_change_nothing(role, security_world):  # noqa: F811  (the fixture)
    objects = security_world["objects"]
    client = client_for(security_world["users"][role])
    before = fingerprint()
    wrong = []
    for name, path, lang, expected in expand(POST_ROUTES):
        if expected[role] is None:
            continue
        url = fill(path, objects, lang)
        data = {"volunteers": [objects["volunteer"].pk], "action": "screen", "answer": "1"}
        got = status_of(client.post(url, data))
        if got != expected[role]:
            wrong.append(f"POST {name} {url}: {got}, expected {expected[role]}")
    assert not wrong, "\n".join(wrong)
    assert fingerprint() == before


def test_every_url_of_ours_is_in_the_matrix():
    covered = {name for name, *_ in GET_ROUTES} | {name for name, *_ in POST_ROUTES}
    missing = our_url_names() - covered
    assert not missing, f"URLs without a row in the access matrix: {sorted(missing)}"


def test_no_role_but_the_expected_gets_a_2xx():
    """The table itself: a 2xx only where a role is meant to see the page."""
    for name, _path, expected in GET_ROUTES:
        if name.startswith(
            (
                "leaderships:",
                "certificates:",
                "certificate_batches:",
                "volunteer_imports:",
                "volunteers:",
                "teams:",
            )
        ):
            assert all(expected[r] not in (200, 204) for r in ROLES[:4]), name
        if name.startswith("coordinators:"):
            assert [r for r in ROLES if expected[r] == 200] == ["superuser"], name
