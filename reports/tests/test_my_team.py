"""The leader's page on the trainee site: their own team's progress, and who is stuck."""

import re

from reports.team import team_progress


def text(response):
    return re.sub(r"\s+", " ", response.content.decode())


def test_the_leader_sees_each_member_and_who_is_stuck_on_which_lesson(client, world):
    client.force_login(world["v"]["D"].user)
    page = text(client.get("/en/my-team/"))
    assert "<h2>A</h2>" in page and "<h2>B</h2>" in page
    # A completed lesson 1 ten days ago and nothing since: stuck on lesson 2.
    assert (
        'Stuck for 10 days</strong> – on <a href="/en/courses/verification/lesson-2/">Lesson 2</a>'
        in page
    )
    # B enrolled two days ago: not stuck yet, lesson 1 is next.
    assert "Next lesson: Lesson 1" in page
    assert "1 is stuck" in page
    # Another leader's member. (A bare "L2" also turns up, now and then, inside the page's
    # random CSRF token since the page has a form: look for the member's heading.)
    assert "<h2>L2</h2>" not in page and ">L2<" not in page


def test_only_the_leaders_own_team(client, world):
    client.force_login(world["v"]["F"].user)
    page = text(client.get("/en/my-team/"))
    assert "<h2>L2</h2>" in page and "<h2>A</h2>" not in page
    # A member sees who leads them, not the other members' progress.
    client.force_login(world["v"]["A"].user)
    page = text(client.get("/en/my-team/"))
    assert "Your team leader is D." in page and "<h2>B</h2>" not in page
    client.force_login(world["v"]["C"].user)  # in no team
    page = text(client.get("/en/my-team/"))
    assert "You do not lead a team." in page and "<h2>B</h2>" not in page


def test_the_page_needs_a_log_in(client, world):
    response = client.get("/en/my-team/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_page_in_hindi(client, world):
    client.force_login(world["v"]["D"].user)
    response = client.get("/hi/my-team/")
    assert response.status_code == 200
    assert 'lang="hi"' in response.content.decode()
    assert "मेरी टीम" in response.content.decode()


def test_team_progress_queries_do_not_grow_with_members(world, django_assert_max_num_queries):
    with django_assert_max_num_queries(7):
        members = team_progress(world["teams"]["D"])
    assert [(m.volunteer.name_en, [c.done for c in m.courses]) for m in members] == [
        ("A", [1]),
        ("B", [0]),
    ]


def test_the_dashboard_links_leaders_and_members_to_their_team(client, world):
    client.force_login(world["v"]["D"].user)
    assert "/en/my-team/" in client.get("/en/learn/").content.decode()
    # A member reaches the page that names their leader; a volunteer in no team does not.
    client.force_login(world["v"]["A"].user)
    assert "/en/my-team/" in client.get("/en/learn/").content.decode()
    client.force_login(world["v"]["C"].user)
    assert "/en/my-team/" not in client.get("/en/learn/").content.decode()
