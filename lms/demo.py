"""Demo accounts for `make run`: one user for each role, with known passwords.

Loaded by `manage.py load_demo`, which refuses to run unless DEBUG is on.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from consent.first_notice import FIRST_NOTICE
from consent.models import PrivacyNotice
from consent.selectors import notice_current
from consent.services import notice_publish
from organisation.models import Coordinator, Screening, Stage, Unit, VolunteerProfile
from organisation.permissions import COORDINATOR_PERMISSIONS
from organisation.services import volunteer_screen


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    first_name: str
    last_name: str
    group: str | None
    name_hi: str = ""
    is_superuser: bool = False
    unit: str | None = None  # the unit a coordinator coordinates


ROLE_GROUPS = {
    "Trainees": [],
    # Trainers and coordinators work in the Wagtail admin.
    "Trainers": ["wagtailadmin.access_admin"],
    "Coordinators": list(COORDINATOR_PERMISSIONS),
}

DEMO_USERS = [
    DemoUser("trainee", "trainee-demo-pass", "Asha", "Verma", "Trainees", "आशा वर्मा"),
    DemoUser("trainer", "trainer-demo-pass", "Ravi", "Kumar", "Trainers", "रवि कुमार"),
    DemoUser(
        "coordinator",
        "coordinator-demo-pass",
        "Meera",
        "Iyer",
        "Coordinators",
        "मीरा अय्यर",
        unit="in-mp",
    ),
    DemoUser(
        "district",
        "district-demo-pass",
        "Imran",
        "Qureshi",
        "Coordinators",
        "इमरान क़ुरैशी",
        unit="in-mp-indore",
    ),
    DemoUser("admin", "admin-demo-pass", "Site", "Admin", None, is_superuser=True),
]


def _permission(codename_with_app: str) -> Permission:
    app_label, codename = codename_with_app.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def load(stdout) -> None:
    for name, permissions in ROLE_GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(_permission(p) for p in permissions))

    User = get_user_model()
    to_screen = []
    for demo in DEMO_USERS:
        user, created = User.objects.get_or_create(
            username=demo.username,
            defaults={
                "first_name": demo.first_name,
                "last_name": demo.last_name,
                "email": f"{demo.username}@example.org",
                "is_staff": demo.is_superuser,
                "is_superuser": demo.is_superuser,
            },
        )
        if created:
            user.set_password(demo.password)
            user.save(update_fields=["password"])
        if demo.group:
            user.groups.add(Group.objects.get(name=demo.group))
        if demo.group == "Trainees":
            profile, profile_created = VolunteerProfile.objects.get_or_create(
                user=user,
                defaults={
                    "name_en": f"{demo.first_name} {demo.last_name}",
                    "name_hi": demo.name_hi,
                    "district": Unit.objects.get(code="in-mp-indore"),
                },
            )
            if profile_created:
                to_screen.append(profile)
        else:
            # Staff are not volunteers: an older demo gave them a profile, which
            # counted them as signed-up volunteers of Indore.
            VolunteerProfile.objects.filter(
                user=user, stage=Stage.SIGNED_UP, stage_changes__isnull=True
            ).delete()
        if demo.unit:
            Coordinator.objects.update_or_create(
                user=user, defaults={"unit": Unit.objects.get(code=demo.unit)}
            )
        state = "created" if created else "exists, password unchanged"
        role = f", coordinator of {Unit.objects.get(code=demo.unit).name_en}" if demo.unit else ""
        stdout.write(f"  {demo.username:<12} password: {demo.password:<24} ({state}{role})")
    # The privacy notice every volunteer agrees to (sign-up asks; the demo trainee is
    # asked on their first page). An organisation edits it before going live.
    if notice_current() is None:
        notice = notice_publish(notice=PrivacyNotice(**FIRST_NOTICE))
        stdout.write(f"  privacy notice: version {notice.version} published")
    # Screened already by the state coordinator, so that enrolling puts the demo
    # trainee in training.
    for profile in to_screen:
        volunteer_screen(
            volunteer=profile,
            interviewed_by=User.objects.get(username="coordinator"),
            notes="Demo: interviewed and selected for training.",
            decision=Screening.Decision.SELECTED,
        )
