"""Factories for the organisation's records."""

import factory

from django.contrib.auth import get_user_model

from organisation.models import Coordinator, Stage, Unit, VolunteerProfile
from organisation.permissions import COORDINATOR_PERMISSIONS, permissions_named


def unit(code: str) -> Unit:
    """A unit of the reference data, which every database has (migration 0006)."""
    return Unit.objects.get(code=code)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("a-good-test-password")


class VolunteerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VolunteerProfile

    user = factory.SubFactory(UserFactory)
    name_en = factory.Sequence(lambda n: f"Volunteer {n}")
    name_hi = factory.Sequence(lambda n: f"स्वयंसेवक {n}")
    phone = factory.Sequence(lambda n: f"9{n:09d}")
    district = factory.LazyFunction(lambda: unit("in-mp-indore"))
    stage = Stage.SIGNED_UP


def coordinator_create(code: str, username: str | None = None):
    """A user who coordinates the unit with this code, with admin access."""
    from django.contrib.auth.models import Group

    user = UserFactory(username=username or f"coordinator-{code}")
    group, _ = Group.objects.get_or_create(name="Coordinators")
    group.permissions.add(*permissions_named(COORDINATOR_PERMISSIONS))
    user.groups.add(group)
    Coordinator.objects.create(user=user, unit=unit(code))
    return user
