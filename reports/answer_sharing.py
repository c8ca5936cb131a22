"""The answer-sharing report: attempts that look answered together, for a coordinator to
review. It never changes a score or an attempt: a cluster is a reason to talk to
people, not a verdict (the same wrong answers can come from the same bad lesson).

Three kinds of cluster, over the finished attempts of a unit (and quiz, and dates):

- **same wrong answers**: in one district and quiz, at least MIN_ATTEMPTS attempts by
  different trainees with the same wrong answers (at least MIN_WRONG of them, the same
  options chosen; for spot the fake, the same verdict with the same evidence ticked),
  each finished within WINDOW of the one before; only when that set of
  wrong answers is rare among the run's other attempts at the quiz (given by at most
  RARE_SHARE of them, or RARE_AT_LEAST), so that the popular wrong answers to hard
  questions do not make a cluster. Rarity is judged inside the run's unit and dates;
- **implausibly fast**: attempts that scored FAST_MIN_SCORE % or more at under
  FAST_SECONDS_PER_QUESTION seconds a question, grouped per district and quiz the same
  way (one such attempt is reported too);
- **one client, many accounts**: at least MIN_ACCOUNTS accounts whose answers came from
  one client (courses.AttemptClient: a keyed hash of address and browser).

One streamed pass over the attempts in no order (a server-side cursor on PostgreSQL),
with the progress written every BATCH attempts, keeping in memory only the attempts that
can be in a cluster (two wrong options or more, or fast) with the count of each set of
wrong answers; then, per quiz and district, those attempts in time order; then one
grouped query for shared clients.
"""

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Count, OuterRef, Subquery
from django.utils import timezone

from courses.models import AttemptClient, QuizAttempt
from organisation.models import Unit, VolunteerProfile
from reports.filters import Filters
from reports.models import AnswerSharingCluster, AnswerSharingRun

WINDOW = timedelta(hours=2)
MIN_ATTEMPTS = 3
MIN_WRONG = 2
RARE_SHARE = 0.01
RARE_AT_LEAST = 2  # attempts elsewhere still "rare" in a small run
FAST_SECONDS_PER_QUESTION = 5
FAST_MIN_SCORE = 80
FAST_MIN_QUESTIONS = 3
MIN_ACCOUNTS = 3
BATCH = 5000

Kind = AnswerSharingCluster.Kind
SAME, FAST = Kind.SAME_WRONG_ANSWERS.value, Kind.FAST.value


@dataclass
class Seen:
    attempt: int
    user: int
    finished: datetime


@dataclass
class Chain:
    """Attempts with one key (a set of wrong answers, or "fast") in one district and quiz,
    each within WINDOW of the one before."""

    kind: str
    quiz: int
    district: int
    key: str
    attempts: list = field(default_factory=list)
    evidence: dict = field(default_factory=dict)

    @property
    def last(self) -> datetime:
        return self.attempts[-1].finished

    @property
    def accounts(self) -> int:
        return len({seen.user for seen in self.attempts})


def _parse(user_answers: str) -> dict:
    try:
        answers = json.loads(user_answers or "{}")
    except ValueError:
        return {}
    return answers if isinstance(answers, dict) else {}


def wrong_pattern(answers: dict, incorrect: str) -> str:
    """The attempt's wrong answers (Sitting.user_answers, parsed) as "question:option;..."
    in question order, chosen answers only (a written answer is not compared); "" when
    fewer than MIN_WRONG."""
    wrong = {part for part in (incorrect or "").split(",") if part}
    chosen = sorted(
        (int(question), option)
        for question, answer in answers.items()
        if question in wrong and question.isdigit() and (option := as_option(answer))
    )
    if len(chosen) < MIN_WRONG:
        return ""
    return ";".join(f"{question}:{option}" for question, option in chosen)


def as_option(answer) -> str:
    """A chosen answer as compared: an option id, "True" or "False", or a spot-the-fake
    verdict with the evidence ticked, "verdict+id.id" (ids sorted; "verdict+" for none),
    so two trainees who ticked the same evidence for the same wrong or partial verdict
    give the same answer; "" for what a person wrote."""
    if isinstance(answer, int) or answer in ("True", "False"):
        return str(answer)
    if (
        isinstance(answer, dict)
        and isinstance(answer.get("verdict"), str)
        and isinstance(answer.get("evidence"), list)
        and all(isinstance(item, int) for item in answer["evidence"])
    ):
        evidence = ".".join(str(item) for item in sorted(set(answer["evidence"])))
        return f"{answer['verdict']}+{evidence}"
    return ""


def spot_option(option: str) -> tuple[str, list[int]] | None:
    """A spot-the-fake answer as `as_option` writes it: (verdict, evidence ids); None
    for any other option."""
    verdict, plus, evidence = option.partition("+")
    if not plus or not verdict:
        return None
    return verdict, [int(item) for item in evidence.split(".") if item.isdigit()]


def run_attempts(run: AnswerSharingRun):
    """The finished attempts the run looks at, with each trainee's district."""
    filters = Filters(scope=run.unit, unit=run.unit, date_from=run.date_from, date_to=run.date_to)
    attempts = QuizAttempt.objects.finished().filter(
        filters.volunteer_user_q(), filters.period_q("finished_at")
    )
    if run.quiz_id:
        attempts = attempts.filter(quiz_id=run.quiz_id)
    return attempts


def answer_sharing_analyse(*, run_id: int) -> int:
    """Find the run's clusters and store them; the number found. Safe to run again (a
    worker that died mid-run): the run's clusters are replaced."""
    run = AnswerSharingRun.objects.get(pk=run_id)
    AnswerSharingRun.objects.filter(pk=run_id).update(
        status=AnswerSharingRun.Status.RUNNING, started_at=timezone.now(), done=0, error=""
    )
    try:
        clusters = _find(run)
    except Exception as error:
        AnswerSharingRun.objects.filter(pk=run_id).update(
            status=AnswerSharingRun.Status.FAILED, error=str(error)[:1000]
        )
        raise
    AnswerSharingCluster.objects.filter(run_id=run_id).delete()
    AnswerSharingCluster.objects.bulk_create(clusters, batch_size=1000)
    AnswerSharingRun.objects.filter(pk=run_id).update(
        status=AnswerSharingRun.Status.DONE, finished_at=timezone.now()
    )
    return len(clusters)


def _find(run: AnswerSharingRun) -> list[AnswerSharingCluster]:
    attempts = run_attempts(run)
    total = attempts.count()
    AnswerSharingRun.objects.filter(pk=run.pk).update(total=total)
    # Read in no order (a sort of every attempt's answers would spill to disk) and keep
    # only the attempts that can be in a cluster: two wrong options or more, or fast.
    rows = attempts.values_list(
        "pk", "user_id", "quiz_id", "user__volunteer_profile__district_id", "started_at",
        "finished_at", "score_percent", "sitting__user_answers", "sitting__incorrect_questions",
    ).order_by()  # fmt: skip
    # (quiz, district): [(finished, attempt, user, kind, key, seconds a question)], plain
    # tuples: at 500,000 attempts most have two wrong answers or more.
    kept = defaultdict(list)
    patterns: Counter = Counter()  # hash((quiz, pattern)): attempts, for how rare it is
    per_quiz: Counter = Counter()
    done = 0
    for pk, user, quiz, district_id, started, finished, score, answers, incorrect in rows.iterator(
        chunk_size=BATCH
    ):
        per_quiz[quiz] += 1
        parsed = _parse(answers)
        pattern = wrong_pattern(parsed, incorrect)
        if pattern:
            patterns[hash((quiz, pattern))] += 1
            kept[(quiz, district_id)].append((finished, pk, user, SAME, pattern, 0))
        seconds = (finished - started).total_seconds()
        if (
            len(parsed) >= FAST_MIN_QUESTIONS
            and (score or 0) >= FAST_MIN_SCORE
            and seconds < FAST_SECONDS_PER_QUESTION * len(parsed)
        ):
            pace = round(seconds / len(parsed), 1)
            kept[(quiz, district_id)].append((finished, pk, user, FAST, "fast", pace))
        done += 1
        if done % BATCH == 0:
            AnswerSharingRun.objects.filter(pk=run.pk).update(done=done)
    AnswerSharingRun.objects.filter(pk=run.pk).update(done=done)

    candidates: list[Chain] = []
    for (quiz, district_id), items in kept.items():
        open_chains: dict[str, Chain] = {}
        items.sort(key=lambda item: item[:2])
        for finished, pk, user, kind, key, pace in items:
            seen = Seen(pk, user, finished)
            chain = _extend(open_chains, candidates, Chain(kind, quiz, district_id, key), seen)
            if kind == FAST:
                chain.evidence.setdefault("seconds_per_question", []).append(pace)
        _close(open_chains.values(), candidates)
    del kept

    clusters = []
    for chain in candidates:
        if chain.kind == Kind.SAME_WRONG_ANSWERS:
            shared = patterns[hash((chain.quiz, chain.key))]
            # How common the answers are among the other attempts: what chance gives.
            elsewhere = shared - len(chain.attempts)
            others = per_quiz[chain.quiz] - len(chain.attempts)
            if chain.accounts < MIN_ATTEMPTS or elsewhere > max(RARE_SHARE * others, RARE_AT_LEAST):
                continue
            chain.evidence = {
                "wrong_answers": [part.split(":", 1) for part in chain.key.split(";")],
                "same_in_run": shared,
                "quiz_attempts_in_run": per_quiz[chain.quiz],
            }
        clusters.append(_cluster(run, chain))
    clusters += _shared_clients(run, attempts)
    return clusters


def _extend(open_chains: dict, candidates: list, new: Chain, seen: Seen) -> Chain:
    """Add the attempt to its open chain, or close that chain (too long ago) and start."""
    chain = open_chains.get(new.key)
    if chain is not None and seen.finished - chain.last > WINDOW:
        _close([chain], candidates)
        chain = None
    if chain is None:
        chain = open_chains[new.key] = new
    chain.attempts.append(seen)
    return chain


def _close(chains, candidates: list) -> None:
    for chain in chains:
        if chain.kind == Kind.FAST or chain.accounts >= MIN_ATTEMPTS:
            candidates.append(chain)


def _cluster(run: AnswerSharingRun, chain: Chain) -> AnswerSharingCluster:
    return AnswerSharingCluster(
        run=run,
        kind=chain.kind,
        unit_id=chain.district or run.unit_id,
        quiz_id=chain.quiz,
        attempts=[seen.attempt for seen in chain.attempts],
        accounts=chain.accounts,
        first_at=chain.attempts[0].finished,
        last_at=chain.last,
        evidence=chain.evidence,
    )


def _shared_clients(run: AnswerSharingRun, attempts) -> list[AnswerSharingCluster]:
    """Clients whose answers came from MIN_ACCOUNTS accounts or more: 2 queries."""
    links = AttemptClient.objects.filter(attempt__in=attempts.values("pk"))
    shared = (
        links.values("client")
        .annotate(accounts=Count("attempt__user_id", distinct=True))
        .filter(accounts__gte=MIN_ACCOUNTS)
        .values("client")
    )
    found = defaultdict(list)
    district = VolunteerProfile.objects.filter(user_id=OuterRef("attempt__user_id")).values(
        "district_id"
    )
    for client, attempt, user, quiz, finished, district_id in (
        links.filter(client__in=shared)
        .annotate(district=Subquery(district[:1]))
        .order_by("client", "attempt__finished_at")
        .values_list(
            "client", "attempt_id", "attempt__user_id", "attempt__quiz_id",
            "attempt__finished_at", "district",
        )
    ):  # fmt: skip
        found[client].append((attempt, user, quiz, finished, district_id))
    clusters = []
    for client, rows in found.items():
        districts = {row[4] for row in rows}
        quizzes = {row[2] for row in rows}
        clusters.append(
            AnswerSharingCluster(
                run=run,
                kind=Kind.SHARED_CLIENT,
                unit_id=districts.pop() if len(districts) == 1 else _common_unit(run, districts),
                quiz_id=quizzes.pop() if len(quizzes) == 1 else None,
                attempts=[row[0] for row in rows],
                accounts=len({row[1] for row in rows}),
                first_at=rows[0][3],
                last_at=rows[-1][3],
                evidence={"client": client[:12]},
            )
        )
    return clusters


def _common_unit(run: AnswerSharingRun, district_ids: set) -> int:
    """The state of all these districts when they share one, else the run's unit."""
    states = set(
        Unit.objects.filter(pk__in=[d for d in district_ids if d]).values_list(
            "parent_id", flat=True
        )
    )
    return states.pop() if len(states) == 1 and None not in district_ids else run.unit_id
