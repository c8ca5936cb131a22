"""`manage.py generate_organisation --volunteers 500000 [--seed N]`: a made-up organisation
at national scale, for benchmarks and load tests.

Volunteers spread over every state and district in proportion to population
(Uttar Pradesh, the largest, gets about 16.5%: some 82,000 of 500,000), at
realistic stages of the pipeline, with everything each stage implies:

  every volunteer     signed up (a user with an unusable password, a profile, history)
  60% screened        an interview (a Screening) and its StageChange; 5% not selected
  40% in training     enrolled in the social-media course, some lessons done,
                      and a third of them a failed quiz sitting
  20% trained         all lessons done, a passed quiz (django-quiz-app Sitting + our
                      QuizAttempt) and a CourseCompletion with its score
  10% leaders         a Leadership at national, state or district level, and a team
                      of up to ten volunteers of their district

Rows are written set-based: COPY on PostgreSQL, executemany elsewhere, with
ids given out here (the sequences are moved on afterwards), so 500,000
volunteers take minutes. Run it on an empty organisation: it adds, never
replaces. The demo course content must exist; it is loaded when missing.
"""

import random
import time
from collections import Counter
from datetime import timedelta

from quiz.models import Sitting

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone

from certificates.models import Leadership, LeadershipRules
from courses.models import (
    CourseCompletion,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
    QuizAttempt,
)
from organisation.imports.fake import GIVEN, SKILLS, SURNAMES, weighted_districts
from organisation.models import (
    Screening,
    Stage,
    StageChange,
    Team,
    TeamMember,
    Unit,
    VolunteerProfile,
)
from organisation.units import district_code, state_code

COURSE_SLUG = "social-media-skills"
FIRST_PHONE = 7_000_000_000
#: Shares of volunteers by how far they got (the rest only signed up).
REACHED = {"leader": 0.10, "trained": 0.20, "in_training": 0.40, "screened": 0.60}
NOT_SELECTED = 0.05
NOTES = [
    "Writes clearly in Hindi and English; checks sources before sharing.",
    "Good with mobile apps and video; calm under pressure.",
    "IT background; keen to counter fake news with evidence.",
    "Experienced volunteer; civil and quick in replies.",
]


class Writer:
    """Set-based inserts with ids given here: COPY on PostgreSQL, executemany elsewhere."""

    def __init__(self):
        self.postgres = connection.vendor == "postgresql"
        self.counts = {}

    def next_id(self, model) -> int:
        with connection.cursor() as cursor:
            table = connection.ops.quote_name(model._meta.db_table)
            pk = connection.ops.quote_name(model._meta.pk.column)
            cursor.execute(f"SELECT COALESCE(MAX({pk}), 0) FROM {table}")  # noqa: S608
            return cursor.fetchone()[0] + 1

    def insert(self, model, columns: list[str], rows) -> int:
        table = connection.ops.quote_name(model._meta.db_table)
        names = ", ".join(connection.ops.quote_name(column) for column in columns)
        count = 0
        with connection.cursor() as cursor:
            if self.postgres:
                with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                        count += 1
            else:
                marks = ", ".join(["%s"] * len(columns))
                sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"  # noqa: S608
                chunk = []
                for row in rows:
                    chunk.append(row)
                    if len(chunk) >= 5000:
                        cursor.executemany(sql, chunk)
                        count += len(chunk)
                        chunk = []
                if chunk:
                    cursor.executemany(sql, chunk)
                    count += len(chunk)
        self.counts[model._meta.label] = self.counts.get(model._meta.label, 0) + count
        return count

    def reset_sequences(self, models):
        statements = connection.ops.sequence_reset_sql(no_style(), models)
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


class Command(BaseCommand):
    help = __doc__.split("\n\n")[0]

    def add_arguments(self, parser):
        parser.add_argument("--volunteers", type=int, default=500_000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, volunteers: int, seed: int, **options):
        started = time.monotonic()
        course, lessons, quiz = self._course()
        rng = random.Random(seed)  # noqa: S311 (made-up data, not secrets)
        writer = Writer()
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL synchronous_commit TO OFF")
            summary = self._generate(writer, rng, volunteers, seed, course, lessons, quiz)
            writer.reset_sequences(
                [
                    get_user_model(),
                    VolunteerProfile,
                    StageChange,
                    Screening,
                    Enrollment,
                    LessonCompletion,
                    Sitting,
                    CourseCompletion,
                    Leadership,
                    Team,
                    TeamMember,
                ]
            )
        seconds = time.monotonic() - started
        for label, count in writer.counts.items():
            self.stdout.write(f"  {label:<28} {count:>10,}")
        for line in summary:
            self.stdout.write(line)
        self.stdout.write(
            self.style.SUCCESS(f"Generated {volunteers:,} volunteers in {seconds:.1f} s.")
        )

    # Content ----------------------------------------------------------------------------

    def _course(self):
        course = CoursePage.objects.canonical().filter(slug=COURSE_SLUG).first()
        if course is None:
            self.stdout.write("The demo course is missing: loading the demo content first.")
            from courses import demo

            with transaction.atomic():
                demo.load(self.stdout)
            course = CoursePage.objects.canonical().filter(slug=COURSE_SLUG).first()
        if course is None or course.quiz_id is None:
            raise CommandError(
                f"The course {COURSE_SLUG!r} with its quiz is needed: run manage.py load_demo."
            )
        lessons = list(LessonPage.objects.child_of(course).live().order_by("path"))
        if not lessons:
            raise CommandError(f"The course {COURSE_SLUG!r} has no live lessons.")
        return course, lessons, course.quiz

    # The organisation -------------------------------------------------------------------

    def _generate(self, writer, rng, total, seed, course, lessons, quiz):
        User = get_user_model()
        now = timezone.now()
        units = {code: pk for pk, code in Unit.objects.values_list("pk", "code")}
        national_id = units["in"]
        districts, weights = weighted_districts(_reference_rows())
        district_ids = [units[district_code(d["state_code"], d["district_en"])] for d in districts]
        state_of = {
            units[district_code(d["state_code"], d["district_en"])]: units[
                state_code(d["state_code"])
            ]
            for d in districts
        }
        chosen = rng.choices(range(len(districts)), weights=weights, k=total)
        # Every state and union territory has volunteers, however small the run.
        first_of_state = {}
        for index, row in enumerate(districts):
            first_of_state.setdefault(row["state_code"], index)
        for number, index in enumerate(first_of_state.values()):
            if number < total:
                chosen[number] = index

        question_ids = list(quiz.question_set.values_list("pk", flat=True).order_by("pk"))
        if not question_ids:
            raise CommandError("The course's quiz has no questions.")
        question_order = ",".join(map(str, question_ids)) + ","
        pass_mark = quiz.pass_mark or 60
        rules = LeadershipRules.load()
        min_score = max(pass_mark, rules.min_score_percent)

        first_user = writer.next_id(User)
        first_profile = writer.next_id(VolunteerProfile)
        phone_base = FIRST_PHONE + (seed % 1000) * 1_000_000
        if VolunteerProfile.objects.filter(
            phone__gte=str(phone_base), phone__lt=str(phone_base + total)
        ).exists():
            raise CommandError(
                f"Volunteers with this seed's phones exist already: use another --seed "
                f"(phones {phone_base}...)."
            )

        # Who is where and how far they got, decided once.
        people = []  # (user id, profile id, district id, stage, joined)
        stage_counts = {}
        for number in range(total):
            u = rng.random()
            if u < REACHED["leader"]:
                stage = Stage.LEADER
            elif u < REACHED["trained"]:
                stage = Stage.TRAINED
            elif u < REACHED["in_training"]:
                stage = Stage.IN_TRAINING
            elif u < REACHED["screened"]:
                stage = Stage.SCREENED
            elif u < REACHED["screened"] + NOT_SELECTED:
                stage = Stage.NOT_SELECTED
            else:
                stage = Stage.SIGNED_UP
            joined = now - timedelta(days=120, seconds=rng.randrange(60 * 86400))
            people.append(
                (
                    first_user + number,
                    first_profile + number,
                    district_ids[chosen[number]],
                    stage,
                    joined,
                )
            )
            stage_counts[stage] = stage_counts.get(stage, 0) + 1

        def step(joined, days):
            return joined + timedelta(days=days)

        self.stdout.write(f"Users and volunteers ({total:,})...")
        writer.insert(
            User,
            [
                "id", "password", "is_superuser", "username", "first_name", "last_name",
                "email", "is_staff", "is_active", "date_joined",
            ],
            (
                (
                    user_id, f"{UNUSABLE_PASSWORD_PREFIX}{rng.getrandbits(128):032x}", False,
                    str(phone_base + index), "", "",
                    f"v{phone_base + index}@example.org" if index % 3 == 0 else "",
                    False, True, joined,
                )
                for index, (user_id, _p, _d, _s, joined) in enumerate(people)
            ),
        )  # fmt: skip
        writer.insert(
            VolunteerProfile,
            [
                "id", "user_id", "name_en", "name_hi", "phone", "district_id", "state_id",
                "skills", "stage", "stage_changed_at", "created_at",
            ],
            (
                (
                    profile_id, user_id, f"{GIVEN[index % 24][0]} {SURNAMES[index % 16][0]}",
                    f"{GIVEN[index % 24][1]} {SURNAMES[index % 16][1]}",
                    str(phone_base + index), district_id, state_of[district_id],
                    SKILLS[index % len(SKILLS)], stage,
                    step(joined, _STAGE_DAY[stage]), joined,
                )
                for index, (user_id, profile_id, district_id, stage, joined) in enumerate(people)
            ),
        )  # fmt: skip

        self.stdout.write("Pipeline history and screenings...")
        writer.insert(
            StageChange,
            ["volunteer_id", "from_stage", "to_stage", "changed_by_id", "changed_at", "note"],
            (
                (profile_id, before, after, None, step(joined, _STAGE_DAY[after]), "Generated")
                for _u, profile_id, _d, stage, joined in people
                for before, after in _PATHS[stage]
            ),
        )
        writer.insert(
            Screening,
            ["volunteer_id", "interviewed_by_id", "interviewed_at", "notes", "decision"],
            (
                (
                    profile_id,
                    None,
                    step(joined, _STAGE_DAY[Stage.SCREENED]),
                    NOTES[profile_id % len(NOTES)],
                    "not_selected" if stage == Stage.NOT_SELECTED else "selected",
                )
                for _u, profile_id, _d, stage, joined in people
                if stage != Stage.SIGNED_UP
            ),
        )

        learners = [p for p in people if p[3] in _LEARNING]
        self.stdout.write(f"Enrolments, lessons, quizzes ({len(learners):,} in training or on)...")
        writer.insert(
            Enrollment,
            ["user_id", "course_id", "source", "enrolled_by_id", "enrolled_at", "withdrawn_at"],
            (
                (user_id, course.pk, "bulk", None, step(joined, _STAGE_DAY[Stage.IN_TRAINING]),
                 None)
                for user_id, _p, _d, _s, joined in learners
            ),
        )  # fmt: skip
        writer.insert(
            LessonCompletion,
            ["user_id", "lesson_id", "course_id", "completed_at"],
            (
                (user_id, lesson.pk, course.pk, step(joined, 70 + number))
                for user_id, _p, _d, stage, joined in learners
                for number, lesson in enumerate(
                    lessons
                    if stage in _DONE
                    else lessons[: (user_id * 7919) % len(lessons)]  # some of them
                )
            ),
        )

        # Quiz sittings: a passed one for the trained and leaders, a failed one
        # for a third of those in training.
        first_sitting = writer.next_id(Sitting)
        sittings = []  # (sitting id, user id, score, passed, finished)
        for user_id, _p, _d, stage, joined in learners:
            if stage in _DONE:
                score = rng.randint(min_score, 100)
            elif user_id % 3 == 0:
                score = rng.randint(20, max(20, pass_mark - 1))
            else:
                continue
            finished = step(joined, 80)
            sittings.append((first_sitting + len(sittings), user_id, score, finished))
        count = len(question_ids)
        writer.insert(
            Sitting,
            [
                "id", "user_id", "quiz_id", "question_order", "question_list",
                "incorrect_questions", "current_score", "complete", "user_answers", "start",
                "end",
            ],
            (
                (
                    sitting_id, user_id, quiz.pk, question_order, "",
                    ",".join(map(str, question_ids[: count - round(score * count / 100)])),
                    round(score * count / 100), True, "{}", finished - timedelta(minutes=25),
                    finished,
                )
                for sitting_id, user_id, score, finished in sittings
            ),
        )  # fmt: skip
        writer.insert(
            QuizAttempt,
            [
                "sitting_id", "user_id", "quiz_id", "course_id", "started_at", "deadline",
                "finished_at", "ending", "score_percent", "passed",
            ],
            (
                (
                    sitting_id, user_id, quiz.pk, course.pk, finished - timedelta(minutes=25),
                    None, finished, "answered", score, score >= pass_mark,
                )
                for sitting_id, user_id, score, finished in sittings
            ),
        )  # fmt: skip
        writer.insert(
            CourseCompletion,
            ["user_id", "course_id", "completed_at", "score_percent", "sitting_id"],
            (
                (user_id, course.pk, finished, score, sitting_id)
                for sitting_id, user_id, score, finished in sittings
                if score >= pass_mark
            ),
        )

        self.stdout.write("Leaders and their teams...")
        leaders = [p for p in people if p[3] == Stage.LEADER]
        first_leadership = writer.next_id(Leadership)
        first_team = writer.next_id(Team)
        levels = []  # (leadership id, profile id, level, unit id, promoted)
        states_led = set()
        for index, (_u, profile_id, district_id, _s, joined) in enumerate(leaders):
            state_id = state_of[district_id]
            if index % 500 == 0:
                level, unit_id = Unit.Level.NATIONAL, national_id
            elif state_id not in states_led or index % 50 == 0:
                states_led.add(state_id)
                level, unit_id = Unit.Level.STATE, state_id
            else:
                level, unit_id = Unit.Level.DISTRICT, district_id
            promoted = step(joined, _STAGE_DAY[Stage.LEADER])
            levels.append((first_leadership + index, profile_id, level, unit_id, promoted))
        writer.insert(
            Leadership,
            [
                "id", "volunteer_id", "level", "unit_id", "promoted_by_id", "promoted_at",
                "revoked_at", "revoked_by_id", "revoke_reason",
            ],
            (
                (pk, profile_id, level, unit_id, None, promoted, None, None, "")
                for pk, profile_id, level, unit_id, promoted in levels
            ),
        )  # fmt: skip
        writer.insert(
            Team,
            ["id", "leader_id", "unit_id", "formed_at"],
            (
                (first_team + index, profile_id, unit_id, promoted)
                for index, (_pk, profile_id, _level, unit_id, promoted) in enumerate(levels)
            ),
        )
        # Members: volunteers of the leader's district who are not leaders,
        # the trained first, then those in training, the screened, the newest.
        pools = {}
        for _u, profile_id, district_id, stage, _j in people:
            if stage in _TEAM_PREFERENCE:
                pools.setdefault(district_id, []).append((_TEAM_PREFERENCE[stage], profile_id))
        for pool in pools.values():
            pool.sort(reverse=True)  # popped from the end: the trained first
        members = []
        for index, (_u, _profile_id, district_id, _s, _j) in enumerate(leaders):
            pool = pools.get(district_id, [])
            for _ in range(Team.MAX_MEMBERS):
                if not pool:
                    break
                members.append((first_team + index, pool.pop()[1]))
        writer.insert(
            TeamMember,
            ["team_id", "volunteer_id", "added_at", "added_by_id"],
            (
                (team_id, profile_id, now - timedelta(days=8), None)
                for team_id, profile_id in members
            ),
        )
        full = len(members) / (len(leaders) * Team.MAX_MEMBERS) if leaders else 0

        by_state = Counter(state_of[district_id] for _u, _p, district_id, _s, _j in people)
        biggest = by_state.most_common(1)[0]
        reached = {
            "signed up": total,
            "screened": total
            - stage_counts.get(Stage.SIGNED_UP, 0)
            - stage_counts.get(Stage.NOT_SELECTED, 0),
            "in training": sum(stage_counts.get(s, 0) for s in _LEARNING),
            "trained": sum(stage_counts.get(s, 0) for s in _DONE),
            "leaders": stage_counts.get(Stage.LEADER, 0),
        }
        return [
            "Reached: " + ", ".join(f"{name} {count:,}" for name, count in reached.items()),
            f"Largest state: {Unit.objects.get(pk=biggest[0]).name_en} "
            f"with {biggest[1]:,} volunteers.",
            f"Teams: {len(leaders):,}, filled to {full:.0%} of ten members on average.",
        ]


def _reference_rows():
    from organisation.imports.fake import reference_districts

    return reference_districts()


_LEARNING = {Stage.IN_TRAINING, Stage.TRAINED, Stage.LEADER}
_DONE = {Stage.TRAINED, Stage.LEADER}
_TEAM_PREFERENCE = {Stage.TRAINED: 3, Stage.IN_TRAINING: 2, Stage.SCREENED: 1, Stage.SIGNED_UP: 0}
#: Days after signing up that each stage was reached.
_STAGE_DAY = {
    Stage.SIGNED_UP: 0,
    Stage.SCREENED: 30,
    Stage.NOT_SELECTED: 30,
    Stage.IN_TRAINING: 60,
    Stage.TRAINED: 90,
    Stage.LEADER: 110,
}
_FUNNEL = [Stage.SIGNED_UP, Stage.SCREENED, Stage.IN_TRAINING, Stage.TRAINED, Stage.LEADER]


def _path(stage):
    if stage == Stage.NOT_SELECTED:
        return [("", Stage.SIGNED_UP), (Stage.SIGNED_UP, Stage.NOT_SELECTED)]
    reached = _FUNNEL[: _FUNNEL.index(stage) + 1]
    return list(zip(["", *reached[:-1]], reached, strict=True))


_PATHS = {stage: _path(stage) for stage in Stage}
