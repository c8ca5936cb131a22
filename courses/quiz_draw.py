"""Which questions an attempt asks, and how, recorded on the attempt.

A quiz with question quotas (``QuestionQuota``) draws, per attempt, ``count`` questions
from each category's pool; a retake prefers questions the trainee has not seen in any
earlier attempt at the course's quiz. A quiz without quotas asks all its questions (or
django-quiz-app's ``max_questions`` of them), as before.

Whatever the quiz, the questions drawn are recorded on the attempt (``QuizAttempt.draw``)
as they were asked: text, explanation, options in the order shown (shuffled per attempt;
a random few of the wrong ones when the quiz shows fewer options than a question has)
and which are right; for a spot-the-fake question, the post, its right verdict and
manipulation type, and the evidence list with which items decide it. Scoring, review
and essay marking read the record, so a question a trainer edits or deletes after the
draw does not change an attempt that asked it.
"""

import logging
import secrets
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from essay.models import Essay_Question
from multichoice.models import Answer, MCQuestion
from quiz.models import Question
from true_false.models import TF_Question

from django.utils.translation import gettext as _

from courses import quiz_scoring
from courses.models import (
    QuestionQuota,
    QuizAttempt,
    SpotEvidence,
    SpotTheFakeQuestion,
    Verdict,
)

logger = logging.getLogger(__name__)

_random = secrets.SystemRandom()  # a trainee must not be able to predict the draw


@dataclass(frozen=True)
class DrawnQuestion:
    """One question as an attempt asked it."""

    id: int
    kind: str  # "mc", "tf", "essay" or "spot"
    content: str
    explanation: str = ""
    # (answer id, text, correct) in the order shown: multiple choice; for spot the
    # fake, (evidence id, text, decides it).
    options: tuple = field(default_factory=tuple)
    tf_correct: bool | None = None  # true/false only
    # Spot the fake only: text, image_id, image_alt, source, date (ISO), verdict,
    # manipulation.
    post: dict | None = None

    @property
    def pk(self):
        return self.id

    @property
    def choices(self) -> list[tuple[int, str]]:
        """The options as (id, text): what the question page may show."""
        return [(option_id, text) for option_id, text, _correct in self.options]

    def option_text(self, option_id) -> str:
        return next((text for pk, text, _c in self.options if pk == option_id), "")

    def is_correct(self, guess) -> bool:
        if self.kind == "mc":
            return any(pk == guess and correct for pk, _t, correct in self.options)
        if self.kind == "tf":
            return guess == str(self.tf_correct)
        if self.kind == "spot":
            return self.spot_credit(guess)[2] == 1
        return False  # essays are marked by a trainer

    def spot_credit(self, guess: dict):
        """(verdict right, evidence found, credit) of a cleaned spot-the-fake answer
        (courses.quiz_scoring.spot_credit)."""
        verdict_right = guess["verdict"] == self.post["verdict"]
        found, credit = quiz_scoring.spot_credit(
            verdict_right=verdict_right,
            deciding={pk for pk, _text, decides in self.options if decides},
            ticked=set(guess["evidence"]),
        )
        return verdict_right, found, credit

    @property
    def verdict_label(self) -> str:
        return str(Verdict(self.post["verdict"]).label) if self.post else ""

    @property
    def deciding_evidence(self) -> list[str]:
        return [text for _pk, text, decides in self.options if decides]

    def correct_answers(self) -> list[str]:
        if self.kind == "mc":
            return [text for _pk, text, correct in self.options if correct]
        if self.kind == "tf":
            return [_("True") if self.tf_correct else _("False")]
        if self.kind == "spot":
            return [self.verdict_label, *self.deciding_evidence]
        return []

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "DrawnQuestion":
        return cls(**{**data, "options": tuple(tuple(o) for o in data.get("options", ()))})


def kind_of(question) -> str | None:
    if isinstance(question, MCQuestion):
        return "mc"
    if isinstance(question, TF_Question):
        return "tf"
    if isinstance(question, Essay_Question):
        return "essay"
    if isinstance(question, SpotTheFakeQuestion):
        return "spot"
    return None


# Which questions --------------------------------------------------------------------


def quota_question_ids(*, quiz, seen, shuffle: bool) -> list[int] | None:
    """The questions one attempt asks under the quiz's quotas; None for a quiz without.

    From each category's pool, unseen questions first (in random order), then seen ones;
    a pool smaller than its quota (questions removed since the quota was saved) gives
    what it has. Grouped by quota in the order the quotas were written, each group in
    written order, unless ``shuffle``. ``seen`` gives the questions seen (called only
    for a quiz with quotas). Three queries.
    """
    quotas = list(QuestionQuota.objects.filter(quiz=quiz).values_list("category_id", "count"))
    if not quotas:
        return None
    seen = frozenset(seen())
    pools = defaultdict(list)
    for question_id, category_id in quiz.question_set.filter(
        category_id__in=[category for category, _count in quotas]
    ).values_list("id", "category_id"):
        pools[category_id].append(question_id)
    drawn = []
    for category_id, count in quotas:
        pool = pools[category_id]
        # sample(), not shuffle(): a handful of random numbers from the system's source,
        # not one per question of a pool of hundreds.
        unseen = [q for q in pool if q not in seen]
        chosen = _random.sample(unseen, min(count, len(unseen)))
        if len(chosen) < count:
            again = [q for q in pool if q in seen]
            chosen += _random.sample(again, min(count - len(chosen), len(again)))
        if len(chosen) < count:
            logger.warning(
                "Quiz %s: category %s has %d questions for a quota of %d",
                quiz.pk,
                category_id,
                len(chosen),
                count,
            )
        drawn.extend(chosen if shuffle else sorted(chosen))
    if shuffle:
        _random.shuffle(drawn)
    return drawn


def seen_question_ids(*, user, course) -> frozenset:
    """Every question asked in the trainee's earlier attempts at the course's quiz (in
    any language): one query."""
    seen = set()
    for order in QuizAttempt.objects.filter(user=user, course=course).values_list(
        "sitting__question_order", flat=True
    ):
        seen.update(int(part) for part in order.split(",") if part)
    return frozenset(seen)


# How they are asked -----------------------------------------------------------------


def draw_record(
    *, question_ids: list[int], options_shown: int | None, shuffle_options: bool
) -> list[dict]:
    """The attempt's record of the questions, in their order (two queries; a third
    for the evidence lists when spot-the-fake questions are drawn)."""
    questions = {q.pk: q for q in Question.objects.filter(pk__in=question_ids).select_subclasses()}
    answers = defaultdict(list)
    for answer in Answer.objects.filter(question_id__in=question_ids).order_by("pk"):
        answers[answer.question_id].append(answer)
    spot_ids = [pk for pk, q in questions.items() if isinstance(q, SpotTheFakeQuestion)]
    if spot_ids:
        for item in SpotEvidence.objects.filter(question_id__in=spot_ids):
            answers[item.question_id].append(item)
    record = []
    for question_id in question_ids:
        question = questions.get(question_id)
        if question is None:
            continue  # deleted between choosing and loading: Sitting skips it too
        record.append(
            drawn_question(
                question,
                answers=answers.get(question_id, []),
                options_shown=options_shown,
                shuffle=shuffle_options,
            ).to_json()
        )
    return record


def drawn_question(question, *, answers, options_shown, shuffle) -> DrawnQuestion:
    kind = kind_of(question)
    options, post = (), None
    if kind == "mc":
        options = _options(question, answers, options_shown=options_shown, shuffle=shuffle)
    elif kind == "spot":
        # Every item is shown (a deciding one left out could not be found), in the
        # written order or shuffled like options.
        options = _shuffled([(e.pk, e.text, e.decides) for e in answers], shuffle=shuffle)
        post = {
            "text": question.post_text,
            "image_id": question.post_image_id,
            "image_alt": question.post_image_alt,
            "source": question.claimed_source,
            "date": question.claimed_date.isoformat(),
            "verdict": question.verdict,
            "manipulation": question.manipulation,
        }
    return DrawnQuestion(
        id=question.pk,
        kind=kind,
        content=question.content,
        explanation=question.explanation,
        options=options,
        tf_correct=question.correct if kind == "tf" else None,
        post=post,
    )


def _options(question, answers, *, options_shown, shuffle) -> tuple:
    """Every right option and, when the quiz shows fewer options than the question has,
    a random few of the wrong ones (at least one). In the question's order (its
    ``answer_order``: by content, or as written), or shuffled, and then never in that
    order when there are two or more."""
    if question.answer_order == "content":
        answers = sorted(answers, key=lambda a: a.content)
    written = [(a.pk, a.content, bool(a.correct)) for a in answers]
    if options_shown and len(written) > options_shown:
        right = [o for o in written if o[2]]
        wrong = [o for o in written if not o[2]]
        keep = set(_random.sample(wrong, max(1, options_shown - len(right))))
        written = [o for o in written if o[2] or o in keep]
    return _shuffled(written, shuffle=shuffle or question.answer_order == "random")


def _shuffled(written: list, *, shuffle: bool) -> tuple:
    """``written`` as it is, or shuffled and then never in that order (two or more)."""
    if not shuffle or len(written) < 2:
        return tuple(written)
    shown = list(written)
    _random.shuffle(shown)
    if shown == written:
        shown = shown[1:] + shown[:1]
    return tuple(shown)


def attempt_question(attempt, question_id: int) -> DrawnQuestion | None:
    """The question as the attempt asked it: from its record, or (an attempt begun
    before records were kept) from the question as it is now."""
    for data in attempt.draw:
        if data["id"] == question_id:
            return DrawnQuestion.from_json(data)
    question = Question.objects.filter(pk=question_id).select_subclasses().first()
    if question is None:
        return None
    kind = kind_of(question)
    return drawn_question(
        question,
        answers=list(question.answer_set.all())
        if kind == "mc"
        else list(question.evidence.all())
        if kind == "spot"
        else [],
        options_shown=None,
        shuffle=False,
    )


def attempt_questions(attempt) -> list[DrawnQuestion]:
    """Every question the attempt asked, in order (the record, else the live questions)."""
    if attempt.draw:
        return [DrawnQuestion.from_json(data) for data in attempt.draw]
    ids = [int(part) for part in attempt.sitting.question_order.split(",") if part]
    return [q for q in (attempt_question(attempt, pk) for pk in ids) if q is not None]
