"""The rule list in the admin reads as a trainer would say it, in their language."""

import pytest

from django.contrib.auth import get_user_model
from django.utils import translation

from wagtail.users.models import UserProfile

from reminders.models import ReminderRule

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "WhatsApp → SMS → E-mail"), ("hi", "व्हाट्सऐप → एसएमएस → ई-मेल")],
)
def test_the_rule_list_names_the_channels_in_order_and_ticks_enabled(client, language, expected):
    ReminderRule.objects.create(kind="no_lesson", days=7, channels="whatsapp,sms,email")
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = language
    profile.save()
    client.force_login(admin)
    with translation.override(language):
        page = client.get("/admin/snippets/reminders/reminderrule/").content.decode()
    assert expected in page
    assert "whatsapp,sms" not in page and ">True<" not in page


@pytest.mark.parametrize("group", ["Trainers", "Coordinators"])
def test_trainers_and_coordinators_may_edit_the_rules_on_any_migrated_site(group):
    """Granted by migrate itself (the test database is migrated, no demo loaded)."""
    from django.contrib.auth.models import Group

    codenames = set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))
    assert {f"{a}_reminderrule" for a in ("add", "change", "delete", "view")} <= codenames
