"""The message templates: each declares its variables, and its texts must use them all.

A template is a key (``accounts/sign_in_code``), the variables its texts may use, a
purpose, the channels it goes by, and which variables are secret. Apps declare theirs
in a ``message_templates.py`` module (found by ``MessagingConfig.ready()``), e.g.::

    from messaging.registry import MessageTemplate, register

    register(MessageTemplate(key="accounts/sign_in_code", variables=("code", "minutes"),
                             channels=("sms", "whatsapp"), secret=("code",)))

The texts are files, one per part, channel and language, under ``templates/messages/``:
``<key>/subject.<lang>.txt`` and ``<key>/email.<lang>.txt`` for e-mail,
``<key>/sms.<lang>.txt`` (the exact text registered with DLT), ``<key>/whatsapp.<lang>.txt``
(the text of the template registered with WhatsApp, for the admin and the console; the
Cloud API is sent the variables in the declared order). Files rather than snippets that
trainers edit: an SMS must match its DLT registration word for word and a WhatsApp
template its approved text, so a change is a deployment anyway.

Refused when defined, not at send: the system check ``messaging.E001``–``E004`` (run by
``manage.py check``, every ``runserver`` and the tests) fails when a text is missing or
uses a variable it did not declare, when one language lacks a variable the other uses,
or when a promotional text has no opt-out link; ``messages_record`` refuses a message
whose context lacks a declared variable.
"""

from dataclasses import dataclass, field
from functools import cache

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template import Engine, Template, TemplateDoesNotExist
from django.template.base import VariableNode

TRANSACTIONAL, PROMOTIONAL = "transactional", "promotional"
#: Parts of each channel's text.
PARTS = {"email": ("subject", "email"), "sms": ("sms",), "whatsapp": ("whatsapp",)}
#: Filled in by the sender, never by the caller.
SENDER_VARIABLES = frozenset({"opt_out_url"})


@dataclass(frozen=True)
class MessageTemplate:
    key: str
    variables: tuple[str, ...]
    purpose: str = TRANSACTIONAL
    channels: tuple[str, ...] = ("email", "sms", "whatsapp")
    #: Removed from the outbox row once it is sent, expired or failed (a sign-in code).
    secret: tuple[str, ...] = ()
    #: WhatsApp authentication templates repeat the code in their copy-code button.
    whatsapp_button: str = ""
    languages: tuple[str, ...] = field(default=())
    #: Dotted path of ``f(message) -> str`` asked just before sending: a non-empty answer
    #: says why the message's reason is gone (the lesson was done, the course finished),
    #: and the message is withdrawn, never sent. Rules that read other apps (reminders)
    #: name theirs here, so the sender asks them without importing any app.
    reason_check: str = ""

    def langs(self) -> tuple[str, ...]:
        return self.languages or tuple(code for code, _name in settings.LANGUAGES)

    def path(self, part: str, language: str) -> str:
        return f"messages/{self.key}/{part}.{language}.txt"


_templates: dict[str, MessageTemplate] = {}


def register(template: MessageTemplate) -> MessageTemplate:
    _templates[template.key] = template
    return template


def get(key: str) -> MessageTemplate:
    try:
        return _templates[key]
    except KeyError:
        raise LookupError(f"no message template {key!r} is registered") from None


def all_templates() -> list[MessageTemplate]:
    return sorted(_templates.values(), key=lambda t: t.key)


@receiver(setting_changed)
def _forget_engine(*, setting, **kwargs):
    if setting == "TEMPLATES":
        engine.cache_clear()


@cache
def engine() -> Engine:
    """The project's template folders without HTML escaping: these are plain texts."""
    default = Engine.get_default()
    return Engine(
        dirs=default.dirs,
        app_dirs=default.app_dirs,
        autoescape=False,
        libraries=default.libraries,
        builtins=[],
    )


def text_template(path: str) -> Template:
    return engine().get_template(path)


def variables_used(template: Template) -> set[str]:
    """The first name of each ``{{ variable }}`` (filters' arguments too)."""
    names = set()
    for node in template.nodelist.get_nodes_by_type(VariableNode):
        expression = node.filter_expression
        lookups = getattr(expression.var, "lookups", None)
        if lookups:
            names.add(lookups[0])
        for _func, args in expression.filters:
            for _is_lookup, arg in args:
                if getattr(arg, "lookups", None):
                    names.add(arg.lookups[0])
    return names


def whatsapp_parameters(template: MessageTemplate) -> list[str]:
    """The body parameters ``{{1}}, {{2}}…`` of the WhatsApp template, in order: the declared
    variables its text uses, then the opt-out link of a promotional one."""
    used = variables_used(text_template(template.path("whatsapp", template.langs()[0])))
    names = [name for name in template.variables if name in used]
    return names + ["opt_out_url"] if "opt_out_url" in used else names


def template_problems(template: MessageTemplate) -> list[tuple[str, str]]:
    """What is wrong with a template's texts, as (check id, message) pairs."""
    problems = []
    declared = set(template.variables) | SENDER_VARIABLES
    for channel in template.channels:
        used_by_language = {}
        for language in template.langs():
            used = set()
            for part in PARTS[channel]:
                path = template.path(part, language)
                try:
                    used |= variables_used(text_template(path))
                except TemplateDoesNotExist:
                    problems.append(("messaging.E001", f"{template.key}: {path} is missing"))
            undeclared = used - declared
            if undeclared:
                problems.append(
                    (
                        "messaging.E002",
                        f"{template.key}: {channel} in {language} uses undeclared "
                        f"variables {sorted(undeclared)}",
                    )
                )
            used_by_language[language] = used
        everywhere = set().union(*used_by_language.values())
        for language, used in used_by_language.items():
            missing = everywhere - used
            if missing:
                problems.append(
                    (
                        "messaging.E003",
                        f"{template.key}: {channel} in {language} lacks {sorted(missing)}, "
                        "which another language uses",
                    )
                )
            if template.purpose == PROMOTIONAL and "opt_out_url" not in used:
                problems.append(
                    (
                        "messaging.E004",
                        f"{template.key}: promotional {channel} text in {language} "
                        "has no {{ opt_out_url }}",
                    )
                )
    return problems
