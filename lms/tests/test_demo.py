"""`manage.py load_demo`: demo users for each role, idempotent, never by accident in production."""

from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from lms.demo import DEMO_USERS

pytestmark = pytest.mark.django_db


def load(**options):
    out = StringIO()
    call_command("load_demo", stdout=out, **options)
    return out.getvalue()


def test_demo_users_are_created_once_and_can_log_in(client, settings):
    settings.DEBUG = True
    first = load()
    second = load()

    User = get_user_model()
    usernames = [u.username for u in DEMO_USERS]
    assert User.objects.filter(username__in=usernames).count() == len(DEMO_USERS) == 5
    for demo in DEMO_USERS:
        assert f"{demo.username}" in first and demo.password in first
        assert client.login(username=demo.username, password=demo.password)
    assert "(created)" in first and "(created)" not in second
    assert User.objects.get(username="trainer").groups.filter(name="Trainers").exists()
    assert User.objects.get(username="trainer").has_perm("wagtailadmin.access_admin")
    assert not User.objects.get(username="trainee").has_perm("wagtailadmin.access_admin")
    # Coordinators have their units; the demo trainee was screened, ready to train.
    assert User.objects.get(username="coordinator").coordinator.unit.code == "in-mp"
    assert User.objects.get(username="district").coordinator.unit.code == "in-mp-indore"
    assert User.objects.get(username="trainee").volunteer_profile.stage == "screened"


def test_refuses_to_load_demo_users_when_debug_is_off(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DEBUG is off"):
        load()
    assert not get_user_model().objects.filter(username="admin").exists()


def test_demo_volunteers_who_finished_a_course_read_its_lessons(settings):
    """A course complete with no lesson read would look broken on their dashboard."""
    from courses.models import CourseCompletion, LessonCompletion, LessonPage

    settings.DEBUG = True
    load()
    completions = CourseCompletion.objects.select_related("course")
    assert completions.exists()
    for completion in completions:
        lessons = LessonPage.objects.child_of(completion.course).live().count()
        read = LessonCompletion.objects.filter(user=completion.user, course=completion.course)
        assert lessons > 0 and read.count() == lessons
