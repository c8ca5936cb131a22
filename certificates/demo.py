"""Demo organisation for `make run`: leadership rules and volunteers in Madhya Pradesh
(and a few in Uttar Pradesh, outside the demo coordinators' scope) at every stage,
so that a coordinator has someone to screen, enrol, promote and put in teams.

Idempotent: volunteers are matched on their mobile numbers.
"""

from django.contrib.auth import get_user_model
from django.db import transaction

from certificates.models import LeadershipRules
from certificates.services import leadership_promote
from courses.models import CourseCompletion, CoursePage, Enrollment, LessonCompletion, LessonPage
from organisation.models import Stage, Unit, VolunteerProfile
from organisation.services import team_member_add, volunteer_stage_change

REQUIRED_COURSE = "social-media-skills"

# (English, Hindi) names; phones are 98260 000NN in list order.
NAMES = [
    ("Aarti Sharma", "आरती शर्मा"),
    ("Bhavesh Patel", "भावेश पटेल"),
    ("Chitra Joshi", "चित्रा जोशी"),
    ("Deepak Yadav", "दीपक यादव"),
    ("Farah Khan", "फ़राह ख़ान"),
    ("Gaurav Mishra", "गौरव मिश्रा"),
    ("Harpreet Kaur", "हरप्रीत कौर"),
    ("Irfan Ali", "इरफ़ान अली"),
    ("Jyoti Verma", "ज्योति वर्मा"),
    ("Kamal Nath Tiwari", "कमल नाथ तिवारी"),
    ("Lata Chouhan", "लता चौहान"),
    ("Manoj Dubey", "मनोज दुबे"),
    ("Nandini Rao", "नंदिनी राव"),
    ("Om Prakash Meena", "ओम प्रकाश मीणा"),
    ("Pooja Saxena", "पूजा सक्सेना"),
    ("Qasim Ansari", "क़ासिम अंसारी"),
    ("Rekha Gupta", "रेखा गुप्ता"),
    ("Sandeep Thakur", "संदीप ठाकुर"),
    ("Tanvi Jain", "तन्वी जैन"),
    ("Umesh Rathore", "उमेश राठौर"),
    ("Vandana Pandey", "वंदना पांडेय"),
    ("Wasim Sheikh", "वसीम शेख़"),
    ("Yamini Soni", "यामिनी सोनी"),
    ("Zubair Hussain", "ज़ुबैर हुसैन"),
    ("Anil Kushwaha", "अनिल कुशवाहा"),
    ("Bindu Malviya", "बिंदु मालवीय"),
    ("Chandan Solanki", "चंदन सोलंकी"),
    ("Divya Agrawal", "दिव्या अग्रवाल"),
    ("Eshwar Patidar", "ईश्वर पाटीदार"),
    ("Geeta Bhadoria", "गीता भदौरिया"),
    ("Hemant Dixit", "हेमंत दीक्षित"),
    ("Indu Parmar", "इंदु परमार"),
    ("Jitendra Raghuvanshi", "जितेंद्र रघुवंशी"),
    ("Kavita Shrivastava", "कविता श्रीवास्तव"),
    ("Lokesh Nagar", "लोकेश नागर"),
    ("Mamta Kirar", "ममता किरार"),
]

# How many of the names above sit at each stage, per district, in order.
PLAN = [
    ("in-mp-indore", Stage.SIGNED_UP, 3),
    ("in-mp-indore", Stage.SCREENED, 3),
    ("in-mp-indore", Stage.IN_TRAINING, 3),
    ("in-mp-indore", Stage.TRAINED, 10),  # eligible: 10 to promote or to put in teams
    ("in-mp-indore", "leader", 2),  # two district leaders with teams to fill
    ("in-mp-bhopal", Stage.SIGNED_UP, 2),
    ("in-mp-bhopal", Stage.TRAINED, 4),
    ("in-mp-bhopal", Stage.NOT_SELECTED, 1),
    ("in-up-lucknow", Stage.SIGNED_UP, 4),
    ("in-up-lucknow", Stage.TRAINED, 4),
]

PATH = [Stage.SIGNED_UP, Stage.SCREENED, Stage.IN_TRAINING, Stage.TRAINED]


@transaction.atomic
def load(stdout) -> None:
    course = CoursePage.objects.canonical().filter(slug=REQUIRED_COURSE).first()
    rules = LeadershipRules.load()
    if not rules.pk:
        rules.save()
    if course and not rules.required_courses.exists():
        rules.required_courses.set([course])
    stdout.write(
        f"  leadership rules: {', '.join(c.title for c in rules.required_courses.all()) or 'none'}"
        f" at {rules.min_score_percent}%"
    )

    coordinator = get_user_model().objects.get(username="coordinator")
    names = iter(enumerate(NAMES))
    created = 0
    for code, stage, count in PLAN:
        district = Unit.objects.get(code=code)
        for _ in range(count):
            index, (name_en, name_hi) = next(names)
            phone = f"98260{index:05d}"
            if VolunteerProfile.objects.filter(phone=phone).exists():
                continue
            _volunteer(district, phone, name_en, name_hi, stage, course, coordinator)
            created += 1
    _fill_one_team(coordinator)
    stdout.write(f"  {created} demo volunteers in Indore, Bhopal and Lucknow")


def _volunteer(district, phone, name_en, name_hi, stage, course, coordinator):
    User = get_user_model()
    user = User.objects.create_user(username=phone, first_name=name_en.split()[0])
    user.set_unusable_password()
    user.save(update_fields=["password"])
    volunteer = VolunteerProfile.objects.create(
        user=user, name_en=name_en, name_hi=name_hi, phone=phone, district=district
    )
    target = Stage.TRAINED if stage == "leader" else stage
    if target == Stage.NOT_SELECTED:
        volunteer_stage_change(
            volunteer=volunteer,
            to_stage=Stage.NOT_SELECTED,
            changed_by=coordinator,
            note="Demo: not selected this round.",
        )
        return
    for step in PATH[1 : PATH.index(target) + 1]:
        volunteer_stage_change(volunteer=volunteer, to_stage=step, changed_by=coordinator)
    if course and target in (Stage.IN_TRAINING, Stage.TRAINED):
        Enrollment.objects.get_or_create(
            user=user, course=course, defaults={"source": Enrollment.Source.BULK}
        )
    if course and target == Stage.TRAINED:
        # Demo records: every lesson read, and the score a quiz would have given
        # (a course complete with no lesson read would look broken on the dashboard).
        LessonCompletion.objects.bulk_create(
            [
                LessonCompletion(user=user, lesson=lesson, course=course)
                for lesson in LessonPage.objects.child_of(course).live()
            ],
            ignore_conflicts=True,
        )
        CourseCompletion.objects.get_or_create(
            user=user, course=course, defaults={"score_percent": 70 + int(phone[-2:]) % 30}
        )
    if stage == "leader" and coordinator.coordinator.unit.contains(district):
        leadership_promote(volunteer=volunteer, unit=district, promoted_by=coordinator)


def _fill_one_team(coordinator):
    """Put three trained volunteers of Indore in the first leader's team, so that
    the teams screen shows one team part-filled and one empty."""
    leader = (
        VolunteerProfile.objects.filter(stage=Stage.LEADER, district__code="in-mp-indore")
        .order_by("pk")
        .first()
    )
    if leader is None or leader.team.members.exists():
        return
    for volunteer in VolunteerProfile.objects.filter(
        stage=Stage.TRAINED, district__code="in-mp-indore", team_membership__isnull=True
    ).order_by("pk")[:3]:
        team_member_add(team=leader.team, volunteer=volunteer, added_by=coordinator)
    # Two of the three agreed to share their contact with the team, so that the
    # leader's page shows both cases; the leader agreed too.
    sharing = leader.team.members.order_by("pk").values_list("volunteer", flat=True)[:2]
    VolunteerProfile.objects.filter(pk__in=[leader.pk, *sharing]).update(
        share_contact_with_team=True
    )
