"""Writing a spot-the-fake question: the rules its evidence list must meet, and the
service that saves a question with its list in one transaction (the demo and scripts;
the admin's form checks the same rules, courses.spot_admin).

The list must have at least one item that decides the verdict (else no answer could
earn the evidence's half point) and at least one that does not (else ticking
everything would be a sure way to score).
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from courses.models import SpotEvidence, SpotTheFakeQuestion

MIN_EVIDENCE = 2
MAX_EVIDENCE = 10


def evidence_errors(items: list[tuple[str, bool]]) -> list[str]:
    """What is wrong with an evidence list of (text, decides it); [] when nothing."""
    errors = []
    if len(items) < MIN_EVIDENCE:
        errors.append(
            _("Give at least %(n)d pieces of evidence to choose from.") % {"n": MIN_EVIDENCE}
        )
    if len(items) > MAX_EVIDENCE:
        errors.append(_("Give at most %(n)d pieces of evidence.") % {"n": MAX_EVIDENCE})
    if not any(decides for _text, decides in items):
        errors.append(
            _(
                "Mark at least one piece of evidence as deciding the verdict: without it "
                "the question cannot be answered right."
            )
        )
    elif all(decides for _text, decides in items):
        errors.append(
            _(
                "Give at least one piece of evidence that does not decide it, so that "
                "ticking everything is not a way to score."
            )
        )
    return errors


@transaction.atomic
def spot_question_save(
    *, question: SpotTheFakeQuestion, evidence: list[tuple[str, bool]], quizzes=()
) -> SpotTheFakeQuestion:
    """Save a new or changed question with its evidence list (replacing the old list)
    and add it to ``quizzes``; a question or list that breaks a rule is refused with
    ValidationError and nothing is saved."""
    errors = evidence_errors(evidence)
    question.full_clean()
    if errors:
        raise ValidationError(errors)
    question.save()
    question.evidence.all().delete()
    SpotEvidence.objects.bulk_create(
        SpotEvidence(question=question, text=text, decides=decides) for text, decides in evidence
    )
    for quiz in quizzes:
        question.quiz.add(quiz)
    return question
