"""System checks: message templates are refused when defined, not when sent.

``messaging.E001``–``E004``: a template's text is missing, uses a variable it did not
declare, lacks in one language a variable another uses, or is promotional without an
opt-out link (``registry.template_problems``). ``messaging.W001`` (deployment): SMS through
the DLT gateway without a DLT template id for a template and language;
``messaging.W002`` (deployment): SMS or WhatsApp still on the console adapter.
"""

from django.conf import settings
from django.core import checks

from messaging import registry

DLT_ADAPTER = "messaging.channels.sms.DltSmsGatewayAdapter"
CONSOLE_ADAPTER = "messaging.channels.console.ConsoleAdapter"


@checks.register("messaging")
def message_templates_check(app_configs=None, **kwargs):
    return [
        checks.Error(text, id=check_id)
        for template in registry.all_templates()
        for check_id, text in registry.template_problems(template)
    ]


@checks.register("messaging", deploy=True)
def channels_deploy_check(app_configs=None, **kwargs):
    problems = []
    adapters = settings.MESSAGING_ADAPTERS
    if adapters.get("sms") == DLT_ADAPTER:
        ids = settings.MESSAGING_SMS_DLT_TEMPLATE_IDS
        for template in registry.all_templates():
            if "sms" not in template.channels:
                continue
            for language in template.langs():
                if not (ids.get(template.key) or {}).get(language):
                    problems.append(
                        checks.Warning(
                            f"No DLT template id for {template.key} in {language}: "
                            "such SMS will fail.",
                            hint="Set MESSAGING_SMS_DLT_TEMPLATE_IDS.",
                            id="messaging.W001",
                        )
                    )
    for channel in ("sms", "whatsapp"):
        if adapters.get(channel) == CONSOLE_ADAPTER:
            problems.append(
                checks.Warning(
                    f"{channel} messages go to the console adapter: nobody receives them.",
                    hint=f"Set MESSAGING_{channel.upper()}_ADAPTER.",
                    id="messaging.W002",
                )
            )
    return problems
