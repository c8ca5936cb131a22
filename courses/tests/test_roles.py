"""Trainers edit and submit; only senior trainers publish, through the "Lesson review" workflow."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.models import LessonPage
from courses.roles import SENIOR_TRAINERS, TRAINERS, WORKFLOW_NAME

pytestmark = pytest.mark.django_db


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username, password="a-long-password-1")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def lesson_form(title, slug, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "estimated_minutes": 10,
            "summary": "",
            "body": streamfield(
                [("paragraph", rich_text("<p>Check the date on every photo.</p>"))]
            ),
            **extra,
        }
    )


def test_roles_exist_after_migrate_with_the_review_workflow_on_the_root():
    root = Page.get_first_root_node()
    assert root.get_workflow().name == WORKFLOW_NAME
    trainers = Group.objects.get(name=TRAINERS)
    assert trainers.permissions.filter(codename="access_admin").exists()
    assert trainers.permissions.filter(codename="add_mcquestion").exists()


def test_trainer_can_edit_but_not_publish(client, course_tree):
    trainer = member_of(TRAINERS, "ravi")
    course = course_tree["course"]
    perms = course.permissions_for_user(trainer)
    assert perms.can_add_subpage() and perms.can_edit()
    assert not perms.can_publish()

    client.force_login(trainer)
    add_url = reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", course.pk))
    # Publishing is refused: the page is saved as a draft, not made live.
    client.post(
        add_url, lesson_form("Dates matter", "dates-matter", **{"action-publish": "publish"})
    )
    lesson = LessonPage.objects.get(slug="dates-matter")
    assert not lesson.live


def test_submitted_lesson_goes_live_only_after_a_senior_trainer_approves(client, course_tree):
    trainer = member_of(TRAINERS, "ravi")
    senior = member_of(SENIOR_TRAINERS, "meena")
    course = course_tree["course"]

    client.force_login(trainer)
    add_url = reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", course.pk))
    response = client.post(
        add_url, lesson_form("Dates matter", "dates-matter", **{"action-submit": "submit"})
    )
    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="dates-matter")
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(lesson.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not lesson.live
    assert client.get("/en/courses/verification/dates-matter/").status_code == 404

    # The trainer cannot approve their own submission.
    task_state = state.current_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(lesson.pk, "approve", task_state.pk)
    )
    client.post(approve_url, {"comment": ""})
    lesson.refresh_from_db()
    assert not lesson.live

    client.force_login(senior)
    response = client.post(approve_url, {"comment": "Clear and sourced."})
    assert response.status_code in (200, 302)
    lesson.refresh_from_db()
    assert lesson.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert client.get("/en/courses/verification/dates-matter/").status_code == 200


def test_revisions_are_kept(course_tree):
    lesson = course_tree["lessons"][0]
    lesson.title = "Pause first"
    lesson.save_revision().publish()
    lesson.title = "Pause, then check"
    lesson.save_revision()
    assert lesson.revisions.count() >= 2
    assert LessonPage.objects.get(pk=lesson.pk).title == "Pause first"  # draft not live yet


def test_scheduled_publishing(course_tree):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    lesson = course_tree["lessons"][2]
    lesson.unpublish()
    lesson.go_live_at = timezone.now() + timedelta(hours=1)
    revision = lesson.save_revision()
    revision.publish()
    lesson.refresh_from_db()
    assert not lesson.live  # scheduled, not yet live

    # An hour later, as far as the scheduler can tell.
    past = timezone.now() - timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled", verbosity=0)
    lesson.refresh_from_db()
    assert lesson.live
