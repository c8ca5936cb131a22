"""The coordinator's "preview my digest" page in the Wagtail admin: this week's digest of
their unit, as the e-mail will read, in the language of their admin. Scoped as every
report (reports.view_reports and the user's unit)."""

from types import SimpleNamespace

from django.template.response import TemplateResponse
from django.utils import translation

from messaging.models import OutboxMessage
from messaging.rendering import message_render
from organisation.permissions import request_scope
from reports.digest import coordinator_digest
from reports.digest_sending import digest_context, iso_week
from reports.message_templates import DIGEST
from reports.views import VIEW_REPORTS


def digest_preview(request):
    scope = request_scope(request, VIEW_REPORTS)
    digest = coordinator_digest(scope)
    language = translation.get_language()
    week = iso_week()
    rendered = None
    if digest:
        name = request.user.get_full_name() or request.user.get_username()
        message = SimpleNamespace(
            pk=None,
            template_key=DIGEST,
            channel=OutboxMessage.Channel.EMAIL,
            language=language,
            context=digest_context(digest, name=name, language=language, week=week),
        )
        rendered = message_render(message)
    return TemplateResponse(
        request,
        "reports/digest.html",
        {"scope": scope, "digest": digest, "rendered": rendered, "week": week},
    )
