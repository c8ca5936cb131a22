"""The spot-the-fake question on the trainee's pages: the answer as posted (a verdict and
the evidence ticked), the post to show, and how an answer scored."""

from datetime import date

from django.utils.translation import gettext as _

from wagtail.images import get_image_model

from courses.models import Verdict


def raw_answer(post):
    """A spot-the-fake answer is a verdict and the evidence ticked; any other, one value."""
    if "verdict" in post or "evidence" in post:
        return {"verdict": post.get("verdict", ""), "evidence": post.getlist("evidence")}
    return post.get("answer", "")


def spot_context(question, post) -> dict:
    """The post as the attempt drew it, the verdicts, and (after a refused answer) what
    the trainee had chosen; nothing for another kind of question."""
    if question.post is None:
        return {}
    shown = ("text", "image_alt", "source", "date")  # never the verdict or manipulation
    return {
        "post": {key: question.post[key] for key in shown},
        "post_date": date.fromisoformat(question.post["date"]),
        "post_image": get_image_model().objects.filter(pk=question.post["image_id"]).first()
        if question.post["image_id"]
        else None,
        "verdicts": Verdict.choices,
        "previous_verdict": post.get("verdict", "") if post else "",
        "previous_evidence": post.getlist("evidence") if post else [],
    }


def spot_outcome(outcome):
    """How a spot-the-fake answer scored, for the page shown after it."""
    if outcome.spot is None:
        return None
    verdict_right, found, credit = outcome.spot
    return {"verdict_right": verdict_right, "found": points(found), "credit": points(credit)}


def points(value) -> str:
    """A part of a point as written: 0.5, 0.75, 0.167, 1."""
    return format(value.normalize(), "f")


def answer_text(question, guess) -> str:
    """The trainee's answer in words, for the review."""
    if not isinstance(guess, dict):
        return ""
    texts = dict(question.choices)
    verdict = guess.get("verdict")
    return _("Verdict: %(verdict)s. Evidence: %(evidence)s.") % {
        "verdict": Verdict(verdict).label if verdict in Verdict.values else "",
        "evidence": "; ".join(texts[pk] for pk in guess.get("evidence", []) if pk in texts),
    }
