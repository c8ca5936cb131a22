"""A message's text for its channel, in its language, from its template and context."""

from dataclasses import dataclass, field

from django.conf import settings
from django.core import signing
from django.template import Context
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare, salted_hmac

from messaging import registry

_OPT_OUT_SALT = "messaging.opt-out"


@dataclass(frozen=True)
class Rendered:
    text: str
    language: str = "en"
    subject: str = ""
    #: WhatsApp: the template's body parameters, in the order its variables are declared.
    parameters: list[str] = field(default_factory=list)
    button: str = ""


def language_of(template: registry.MessageTemplate, language: str) -> str:
    langs = template.langs()
    base = (language or "").split("-")[0]
    return base if base in langs else langs[0]


def opt_out_token(message_id: int) -> str:
    """Short enough for an SMS: the message's id and 12 characters of its HMAC."""
    mac = salted_hmac(_OPT_OUT_SALT, str(message_id)).hexdigest()[:12]
    return f"{message_id}-{mac}"


def opt_out_message_id(token: str) -> int:
    """The message an opt-out token was made for; BadSignature if it was not ours."""
    pk, _, mac = token.partition("-")
    if not pk.isdigit() or not constant_time_compare(opt_out_token(int(pk)), token):
        raise signing.BadSignature("not an opt-out token of ours")
    return int(pk)


def opt_out_url(message_id: int) -> str:
    return settings.SITE_URL + reverse("messaging:opt_out", args=[opt_out_token(message_id)])


def context_of(message) -> dict:
    template = registry.get(message.template_key)
    context = dict(message.context)
    if template.purpose == registry.PROMOTIONAL:
        context["opt_out_url"] = opt_out_url(message.pk)
    return context


def message_render(message) -> Rendered:
    """Render an outbox row (or anything with its fields) for its channel."""
    template = registry.get(message.template_key)
    language = language_of(template, message.language)
    context = context_of(message)

    def part(name: str) -> str:
        with translation.override(language):
            return registry.text_template(template.path(name, language)).render(Context(context))

    if message.channel == "email":
        return Rendered(
            subject=" ".join(part("subject").split()), text=part("email"), language=language
        )
    if message.channel == "whatsapp":
        return Rendered(
            text=part("whatsapp").strip(),
            language=language,
            parameters=[str(context[name]) for name in registry.whatsapp_parameters(template)],
            button=str(context.get(template.whatsapp_button, ""))
            if template.whatsapp_button
            else "",
        )
    return Rendered(text=part("sms").strip(), language=language)


def message_preview(message) -> str:
    """What the admin shows: the rendered text, secret variables masked where they are
    secret (any adapter but the console's), or why it cannot be rendered."""
    from copy import copy

    from messaging.channels import adapter_class

    try:
        template = registry.get(message.template_key)
        shown = copy(message)
        if adapter_class(message.channel).scrub_secrets:
            shown.context = {
                k: ("•" * 6 if k in template.secret else v) for k, v in message.context.items()
            }
        rendered = message_render(shown)
    except Exception as error:  # noqa: BLE001 (shown to the admin instead of the text)
        return f"({type(error).__name__}: {error})"
    return f"{rendered.subject}\n\n{rendered.text}" if rendered.subject else rendered.text
