"""What a trainee's answer to one question may be, cleaned before it is scored."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from courses.models import Verdict
from courses.quiz_draw import DrawnQuestion

MAX_ESSAY_LENGTH = 5000


def clean_guess(question: DrawnQuestion, raw) -> str | int | dict:
    """The answer as the attempt's question takes it (an option it showed, "True" or
    "False", an essay's text, or a spot-the-fake verdict with the evidence ticked), or
    ValidationError."""
    if question.kind == "spot":
        return _clean_spot_guess(question, raw)
    if not isinstance(raw, str):
        raise ValidationError(_("Choose one of the answers."))
    raw = (raw or "").strip()
    if question.kind == "mc":
        if not raw.isdigit() or int(raw) not in {pk for pk, _text in question.choices}:
            raise ValidationError(_("Choose one of the answers."))
        return int(raw)
    if question.kind == "tf":
        if raw not in ("True", "False"):
            raise ValidationError(_("Choose true or false."))
        return raw
    if question.kind == "essay":
        if not raw:
            raise ValidationError(_("Write your answer."))
        if len(raw) > MAX_ESSAY_LENGTH:
            raise ValidationError(
                _("Keep your answer under %(n)d characters.") % {"n": MAX_ESSAY_LENGTH}
            )
        return raw
    raise ValidationError(_("Unknown question type."))


def _clean_spot_guess(question: DrawnQuestion, raw) -> dict:
    """{"verdict": one of Verdict, "evidence": [ids ticked, among those shown, sorted]}."""
    raw = raw if isinstance(raw, dict) else {}
    verdict = str(raw.get("verdict") or "").strip()
    if verdict not in Verdict.values:
        raise ValidationError(_("Choose your verdict on the post."))
    shown = {pk for pk, _text in question.choices}
    ticked = set()
    for item in raw.get("evidence") or []:
        item = str(item).strip()
        if not item.isdigit() or int(item) not in shown:
            raise ValidationError(_("Tick evidence from the list shown."))
        ticked.add(int(item))
    if not ticked:
        raise ValidationError(_("Tick the evidence that decides your verdict."))
    return {"verdict": verdict, "evidence": sorted(ticked)}
