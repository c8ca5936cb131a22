"""Message templates: declared variables, refused when defined (system check), rendered in
the recipient's language, refused at record when the caller leaves one out."""

import pytest

from django.core import checks

from messaging import outbox, registry
from messaging.checks import message_templates_check
from messaging.models import OutboxMessage
from messaging.rendering import message_render


def test_every_shipped_template_passes_the_check():
    assert registry.get("accounts/sign_in_code").secret == ("code",)
    assert registry.get("certificate_issued").channels == ("email",)
    assert message_templates_check() == []


@pytest.fixture
def template_folder(tmp_path, settings):
    """A template folder of the test's own, searched first."""
    settings.TEMPLATES = [
        {**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}
    ]
    added = []

    def write(key, files, **kwargs):
        folder = tmp_path / "messages" / key
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        added.append(key)
        return registry.register(registry.MessageTemplate(key=key, **kwargs))

    yield write
    for key in added:
        registry._templates.pop(key)


def test_a_variable_missing_in_one_language_is_refused_by_the_system_check(template_folder):
    template_folder(
        "test/welcome",
        {
            "sms.en.txt": "Welcome {{ name }}, your course starts on {{ date }}.",
            "sms.hi.txt": "स्वागत है {{ name }}!",  # the date is forgotten
        },
        variables=("name", "date"),
        channels=("sms",),
    )
    errors = message_templates_check()
    assert [(e.id, e.level) for e in errors] == [("messaging.E003", checks.ERROR)]
    assert "test/welcome: sms in hi lacks ['date']" in errors[0].msg


def test_undeclared_variables_missing_files_and_promotions_without_opt_out_are_refused(
    template_folder,
):
    template_folder(
        "test/news",
        {"sms.en.txt": "Hi {{ nmae }}", "sms.hi.txt": "नमस्ते {{ nmae }}"},
        variables=("name",),
        channels=("sms", "whatsapp"),
        purpose=registry.PROMOTIONAL,
    )
    ids = sorted({e.id for e in message_templates_check()})
    assert ids == ["messaging.E001", "messaging.E002", "messaging.E004"]


def message(**kwargs):
    fields = {
        "key": "sign-in:1",
        "address": "9876543210",
        "template_key": "accounts/sign_in_code",
        "channel": "sms",
        "context": {"code": "123456", "minutes": 10},
    }
    return outbox.Message(**{**fields, **kwargs})


@pytest.mark.django_db
def test_a_message_without_a_declared_variable_is_refused_when_recorded():
    with pytest.raises(outbox.TemplateRefused, match=r"needs \['minutes'\]"):
        outbox.messages_record([message(context={"code": "123456"})])
    with pytest.raises(outbox.TemplateRefused, match="does not go by"):
        outbox.messages_record([message(template_key="certificate_issued")])
    with pytest.raises(outbox.TemplateRefused, match="no message template"):
        outbox.messages_record([message(template_key="accounts/no_such_thing")])
    assert not OutboxMessage.objects.exists()


@pytest.mark.parametrize(
    ("channel", "language", "expected"),
    [
        ("sms", "hi", "123456 स्वयंसेवक प्रशिक्षण में लॉग इन करने का आपका कोड है। यह 10 मिनट"),
        ("sms", "en", "123456 is your code to log in to Volunteer Training. It works for 10"),
        ("sms", "hi-IN", "123456 स्वयंसेवक प्रशिक्षण में"),
        ("sms", "ta", "123456 is your code"),  # a language we do not write: English
        ("whatsapp", "hi", "123456 स्वयंसेवक प्रशिक्षण में लॉग इन"),
        ("email", "hi", "आपका कोड 123456 है"),
    ],
)
def test_a_message_is_rendered_in_the_recipients_language(channel, language, expected):
    row = OutboxMessage(
        pk=1,
        channel=channel,
        language=language,
        template_key="accounts/sign_in_code",
        context={"code": "123456", "minutes": 10},
    )
    assert expected in message_render(row).text


def test_whatsapp_gets_the_declared_variables_in_order_and_the_code_for_its_button():
    row = OutboxMessage(
        pk=1,
        channel="whatsapp",
        language="hi",
        template_key="accounts/sign_in_code",
        context={"minutes": 10, "code": "654321"},
    )
    rendered = message_render(row)
    assert (rendered.parameters, rendered.button, rendered.language) == (
        ["654321", "10"],
        "654321",
        "hi",
    )


def test_a_promotional_text_carries_its_own_opt_out_link(settings):
    row = OutboxMessage(
        pk=42,
        channel="sms",
        language="en",
        template_key="reminders/lesson_waiting",
        context={"name": "Asha", "course": "Fact-checking", "lesson": 3, "course_url": "u"},
    )
    text = message_render(row).text
    assert f"{settings.SITE_URL}/o/42-" in text
    assert text.startswith('Asha, your course "Fact-checking" is waiting for you at lesson 3')
