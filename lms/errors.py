"""The one vocabulary for a request the product's rules refuse.

Every app's refusals (`OrganisationError`, `LearningError`, `PromotionRefused`, …)
subclass `ApplicationError`: a message for the person who asked, and the HTTP status
it carries when nothing nearer handles it. Services raise them from anywhere — a view,
a task, a management command — without knowing about requests; views turn them into
what the person sees in one place, `refused()`, and `ApplicationErrorMiddleware` does
the same for one no view caught, so a refusal is never a 500.

`OutOfScope` is the refusal for "not yours to see or change": 404, as the views
answer for an object outside a coordinator's unit, so a refusal never confirms that
something exists.
"""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _


class ApplicationError(Exception):
    """A request the product's rules refuse; the message is for the person who asked."""

    status = 400
    default_message = _("This cannot be done.")

    def __init__(self, message=None):
        self.message = str(message if message is not None else self.default_message)
        super().__init__(self.message)

    # Forms take refusals as errors: `form.add_error(None, error)` reads `.messages`
    # like a ValidationError's.
    @property
    def messages(self) -> list[str]:
        return [self.message]


class NotAllowed(ApplicationError):
    """The asker's role does not allow this (a trainee marking essays, say)."""

    status = 403
    default_message = _("You are not allowed to do this.")


class OutOfScope(ApplicationError):
    """Not in the asker's scope: answered like something that does not exist."""

    status = 404
    default_message = _("This page does not exist, or is not yours to see.")


def refused(request, error: ApplicationError, redirect_to: str | None = None):
    """What the person sees when their request is refused.

    With `redirect_to`: the message on the next page (the list they came from, say).
    Without, or for a request a phone queued offline and sends later
    (`request.sent_later`, offline/replay.py): the site's refusal page, with the
    error's status. Nobody reads a message on the next page of a queued sending, and
    the phone would take the redirect for "counted"; the status it keeps and shows.
    """
    if redirect_to is not None and not getattr(request, "sent_later", False):
        messages.error(request, error.message)
        return redirect(redirect_to)
    return TemplateResponse(
        request, "refused.html", {"message": error.message}, status=error.status
    )


class ApplicationErrorMiddleware:
    """A refusal no view handled: the refusal page, not a server error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, ApplicationError):
            return refused(request, exception).render()
        return None
