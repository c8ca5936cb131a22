"""The organisation generator: a small run must be consistent, stage by stage."""

import io

import pytest
from quiz.models import Sitting

from django.core.management import call_command
from django.db import transaction
from django.db.models import Count

from certificates.models import Leadership
from courses.models import CourseCompletion, Enrollment, LessonCompletion, QuizAttempt
from organisation.models import Screening, Stage, StageChange, Team, TeamMember, VolunteerProfile


@pytest.fixture(scope="module")
def generated(django_db_setup, django_db_blocker):
    # One transaction around the module, rolled back at its end: the tests see
    # the generated data, later tests the database as migrations left it (a
    # flush would also empty the reference data other tests need: units, site).
    with django_db_blocker.unblock(), transaction.atomic():
        out = io.StringIO()
        call_command("generate_organisation", "--volunteers", "2000", "--seed", "3", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_generator_makes_a_consistent_organisation(generated):
    volunteers = VolunteerProfile.objects.all()
    assert volunteers.count() == 2000
    by_stage = dict(volunteers.values_list("stage").annotate(n=Count("pk")))
    total = 2000
    learning = by_stage["in_training"] + by_stage["trained"] + by_stage["leader"]
    done = by_stage["trained"] + by_stage["leader"]
    # Realistic proportions: ~60% screened, ~40% in training, ~20% trained, ~10% leaders.
    assert 0.07 * total < by_stage["leader"] < 0.13 * total
    assert 0.15 * total < done < 0.25 * total
    assert 0.35 * total < learning < 0.45 * total
    # Every state has volunteers, and the most populous has the most.
    assert volunteers.values("state").distinct().count() == 36
    assert "Largest state: Uttar Pradesh" in generated
    # Each profile's state is its district's.
    assert not volunteers.exclude(state_id=models_F("district__parent_id")).exists()

    # History: one change per step reached, starting with sign-up.
    assert StageChange.objects.filter(from_stage="", to_stage="signed_up").count() == total
    assert StageChange.objects.filter(to_stage="leader").count() == by_stage["leader"]
    assert Screening.objects.count() == total - by_stage["signed_up"]

    # Learning: enrolled when in training; the trained completed with a passing sitting.
    assert Enrollment.objects.count() == learning
    assert CourseCompletion.objects.count() == done
    completion = CourseCompletion.objects.select_related("sitting").first()
    assert completion.sitting.complete and completion.score_percent >= 70
    assert completion.sitting.user_id == completion.user_id
    attempt = QuizAttempt.objects.get(sitting=completion.sitting)
    assert attempt.passed and attempt.score_percent == completion.score_percent
    assert Sitting.objects.count() == QuizAttempt.objects.count() > done
    lessons = LessonCompletion.objects.filter(user=completion.user).count()
    assert lessons >= 6
    assert not VolunteerProfile.objects.filter(
        stage=Stage.SIGNED_UP, user__enrollments__isnull=False
    ).exists()

    # Leaders: one active leadership each, at all three levels, and a team of at most ten.
    assert Leadership.objects.active().count() == by_stage["leader"] == Team.objects.count()
    assert set(Leadership.objects.values_list("level", flat=True)) == {
        "national", "state", "district"
    }  # fmt: skip
    biggest = Team.objects.annotate(n=Count("members")).order_by("-n").first()
    assert 0 < biggest.n <= 10
    assert not TeamMember.objects.filter(volunteer__stage=Stage.LEADER).exists()
    member = TeamMember.objects.select_related("team__leader", "volunteer").first()
    assert member.volunteer.district_id == member.team.leader.district_id


def models_F(name):
    from django.db.models import F

    return F(name)
