"""Reaching each other in a team of ten: the leader sees how to reach each member, a
member sees who leads them and how to reach them, each only with that person's consent."""

import re

from organisation.models import VolunteerProfile


def text(response):
    return re.sub(r"\s+", " ", response.content.decode())


def consent(volunteer, email="", yes=True):
    volunteer.share_contact_with_team = yes
    volunteer.save(update_fields=["share_contact_with_team"])
    if email:
        volunteer.user.email = email
        volunteer.user.save(update_fields=["email"])


def test_the_leader_sees_the_contact_of_members_who_agreed(client, world):
    a, b = world["v"]["A"], world["v"]["B"]
    consent(a, email="a@example.org")
    b.user.email = "b@example.org"
    b.user.save(update_fields=["email"])
    client.force_login(world["v"]["D"].user)
    page = text(client.get("/en/my-team/"))
    assert f'href="tel:+91{a.phone}"' in page and 'href="mailto:a@example.org"' in page
    # B did not agree: neither their number nor their e-mail is shown.
    assert b.phone not in page and "b@example.org" not in page
    assert "B has not agreed to share their contact details." in page


def test_a_member_sees_their_leader_and_the_leaders_contact_with_consent(client, world):
    leader = world["v"]["D"]
    client.force_login(world["v"]["A"].user)
    page = text(client.get("/en/my-team/"))
    assert "Your team leader is D" in page
    assert leader.phone not in page
    # Not the other members' progress: that is the leader's page.
    assert "<h2>B</h2>" not in page
    consent(leader, email="d@example.org")
    page = text(client.get("/en/my-team/"))
    assert f'href="tel:+91{leader.phone}"' in page and 'href="mailto:d@example.org"' in page


def test_a_volunteer_gives_and_withdraws_their_consent_on_the_team_page(client, world):
    member = world["v"]["A"]
    client.force_login(member.user)
    page = text(client.get("/en/my-team/"))
    assert "Share my mobile number and e-mail with my team" in page
    client.post("/en/my-team/", {"share_contact_with_team": "on"})
    assert VolunteerProfile.objects.get(pk=member.pk).share_contact_with_team
    client.post("/en/my-team/", {})
    assert not VolunteerProfile.objects.get(pk=member.pk).share_contact_with_team


def test_the_team_page_for_members_in_hindi(client, world):
    client.force_login(world["v"]["A"].user)
    page = text(client.get("/hi/my-team/"))
    assert f"आपके टीम लीडर {world['v']['D'].name_hi} हैं" in page
    assert "टीम के साथ साझा करें" in page
