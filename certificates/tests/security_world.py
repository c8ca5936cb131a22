"""The organisation and users every security test uses: roles, and one record of
each kind inside Indore (MP) and outside it (Lucknow, UP).

Built on the reports tests' hand-made organisation (reports/tests/conftest.py).
"""

import pytest

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from certificates.models import Certificate, CertificateBatch, Leadership
from courses.models import EssayMark, QuizAttempt
from courses.roles import TRAINERS, roles_ensure
from lms.storage import private_storage
from organisation.models import VolunteerImport
from organisation.tests.factories import UserFactory, coordinator_create, unit
from reports.tests.conftest import course, world  # noqa: F401  (fixtures, re-exported)

ROLES = [
    "anonymous",
    "trainee",
    "other_trainee",
    "trainer",
    "district",
    "state",
    "national",
    "superuser",
]


@pytest.fixture
def security_world(world):  # noqa: F811
    v = world["v"]
    roles_ensure()
    trainer = UserFactory(username="trainer")
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    users = {
        "anonymous": None,
        # D: a district leader in Indore with an issued certificate and a team.
        "trainee": v["D"].user,
        # A: a member of D's team, in training.
        "other_trainee": v["A"].user,
        "trainer": trainer,
        "district": coordinator_create("in-mp-indore"),
        "state": coordinator_create("in-mp"),
        "national": coordinator_create("in"),
        "superuser": UserFactory(username="root", is_superuser=True, is_staff=True),
    }
    indore, lucknow = unit("in-mp-indore"), unit("in-up-lucknow")
    attempt = QuizAttempt.objects.get(user=v["D"].user)
    objects = {
        "course": world["course"],
        "lesson": world["lessons"][0],
        "attempt": attempt,
        "essay": EssayMark.objects.create(sitting=attempt.sitting, question=world["questions"][0]),
        "certificate": Certificate.objects.get(leadership__volunteer=v["D"], status="issued"),
        "certificate_out": Certificate.objects.filter(leadership__volunteer=v["F"]).first(),
        "leadership": Leadership.objects.get(volunteer=v["D"]),
        "leadership_out": Leadership.objects.get(volunteer=v["F"]),
        "volunteer": v["C"],
        "volunteer_out": v["L2"],
        "team": world["teams"]["D"],
        "team_member": v["A"],
        "team_out": world["teams"]["F"],
        "team_member_out": v["L2"],
        "batch": CertificateBatch.objects.create(
            unit=indore, status="done", created_by=users["district"]
        ),
        "batch_out": CertificateBatch.objects.create(
            unit=lucknow, status="done", created_by=users["national"]
        ),
        "import": VolunteerImport.objects.create(
            unit=indore, file_name="a.csv", status="done", created_by=users["district"]
        ),
        "import_out": VolunteerImport.objects.create(
            unit=lucknow, file_name="b.csv", status="done", created_by=users["national"]
        ),
        "coordinator": users["district"].coordinator,
        "course_url": world["course"].url,
        "lesson_url": world["lessons"][0].url,
    }
    # The issued certificate's PDF, in the private storage where the download reads it.
    storage = private_storage()
    name = objects["certificate"].pdf.name
    if not storage.exists(name):
        storage.save(name, ContentFile(b"%PDF-1.4 test"))
    return {"users": users, "objects": objects, **world}
