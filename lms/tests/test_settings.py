"""Settings read from the environment: SQLite defaults, PostgreSQL by URL, production fails fast."""

import json
import os

import pytest

from django.db import connection

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "lms.settings.production",
    "SECRET_KEY": "a-production-test-key-with-enough-length-and-variety-0123456789",
    "ALLOWED_HOSTS": "training.example.org",
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/lms",
    "CREDENTIALS_KEY_DIR": "/nonexistent/credentials-keys",
}
SETUP = "import django; django.setup(); "


@pytest.mark.parametrize(
    "missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "CREDENTIALS_KEY_DIR"]
)
def test_production_settings_fail_fast_naming_the_missing_variable(run_python, missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_python(SETUP, env=env, drop=(missing,))
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"The environment variable {missing} must be set for production" in result.stderr


def messaging_env() -> dict[str, str]:
    """SMS and WhatsApp configured as a deployment configures them: the real adapters and
    a DLT template id for every SMS template and language (the operator's registration;
    made up here). Without them `check --deploy` warns that nobody receives the messages."""
    from messaging import registry

    ids = {
        template.key: dict.fromkeys(template.langs(), "1107000000000000001")
        for template in registry.all_templates()
        if "sms" in template.channels
    }
    return {
        "MESSAGING_SMS_ADAPTER": "messaging.channels.sms.DltSmsGatewayAdapter",
        "MESSAGING_WHATSAPP_ADAPTER": "messaging.channels.whatsapp.WhatsAppCloudAdapter",
        "MESSAGING_SMS_DLT_TEMPLATE_IDS": json.dumps(ids),
    }


def test_production_settings_pass_the_deployment_checklist(run_python, tmp_path):
    from certificates.credentials.keys import key_create

    key_create(tmp_path)  # what manage.py credentials_key_create does
    code = SETUP + (
        "from django.core.management import call_command; "
        "call_command('check', deploy=True, fail_level='WARNING')"
    )
    env = {**PRODUCTION_ENV, "CREDENTIALS_KEY_DIR": str(tmp_path), **messaging_env()}
    result = run_python(code, env=env)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_checklist_fails_when_the_key_folder_cannot_sign(run_python, tmp_path):
    """The previous test can fail: a folder without a key fails the deployment check."""
    code = SETUP + (
        "from django.core.management import call_command; "
        "call_command('check', deploy=True, fail_level='WARNING')"
    )
    result = run_python(code, env={**PRODUCTION_ENV, "CREDENTIALS_KEY_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert "certificates.E002" in result.stderr


def test_production_settings_fail_the_checklist_with_a_weak_key(run_python):
    """The previous test can fail: a weak key is a deployment warning, and fails the check."""
    code = SETUP + (
        "from django.core.management import call_command; "
        "call_command('check', deploy=True, fail_level='WARNING')"
    )
    result = run_python(code, env={**PRODUCTION_ENV, "SECRET_KEY": "short"})
    assert result.returncode != 0
    assert "security.W009" in result.stderr


def test_default_database_is_sqlite_in_var_with_wal_and_immediate_transactions(
    run_python, tmp_path
):
    code = (
        SETUP + "from django.db import connection; "
        "cursor = connection.cursor(); "
        "print(connection.vendor); "
        "print(connection.settings_dict['NAME']); "
        "print(cursor.execute('PRAGMA journal_mode').fetchone()[0]); "
        "print(cursor.execute('PRAGMA busy_timeout').fetchone()[0]); "
        "print(connection.transaction_mode)"
    )
    result = run_python(
        code,
        env={"DJANGO_SETTINGS_MODULE": "lms.settings.dev", "LMS_VAR_DIR": str(tmp_path / "var")},
        drop=("DATABASE_URL",),
    )
    assert result.returncode == 0, result.stderr
    vendor, name, journal, busy_timeout, mode = result.stdout.splitlines()[-5:]
    assert vendor == "sqlite"
    assert name == str(tmp_path / "var" / "db.sqlite3")
    assert journal == "wal"
    assert int(busy_timeout) == 20_000
    assert mode == "IMMEDIATE"


def test_database_url_selects_that_database():
    """In CI the suite runs twice; this makes sure the PostgreSQL run really is on PostgreSQL."""
    expected = (
        "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    )
    assert connection.vendor == expected


def test_rendering_a_certificate_logs_no_font_subsetting_noise(run_python, tmp_path):
    """`make run` loads the demo and renders certificates under dev settings: a newcomer
    should see the demo accounts and the address, not a line per font subset.

    Machines without HarfBuzz-Subset (the Makefile installs it, but not every deployment
    has it) subset fonts with fontTools, which logs each table it prunes at INFO.
    """
    result = run_python(
        "import django; django.setup(); "
        "import weasyprint.pdf.fonts; weasyprint.pdf.fonts.harfbuzz_subset = None; "
        "from certificates.design.data import sample_certificate; "
        "from certificates.design.renderer import CertificateRenderer; "
        "pdf = CertificateRenderer().render_pdf(sample_certificate(1)); print(len(pdf))",
        env={"DJANGO_SETTINGS_MODULE": "lms.settings.dev", "LMS_VAR_DIR": str(tmp_path / "var")},
        drop=("LOG_LEVEL", "LOG_FORMAT"),
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.split()[-1]) > 10_000
    noise = [line for line in result.stderr.splitlines() if " INFO fontTools" in line]
    assert noise == [], noise[:5]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ({}, "https://training.example.org https://training.example.org"),
        (
            {"SITE_URL": "https://learn.example.org/"},
            "https://training.example.org https://learn.example.org",
        ),
        (
            {"WAGTAILADMIN_BASE_URL": "https://admin.example.org"},
            "https://admin.example.org https://admin.example.org",
        ),
    ],
)
def test_production_public_address_defaults_to_the_first_allowed_host(run_python, extra, expected):
    """Not base's http://127.0.0.1:8000: certificates' links and the Site record use it."""
    code = SETUP + (
        "from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL, settings.SITE_URL)"
    )
    result = run_python(
        code,
        env={**PRODUCTION_ENV, **extra},
        drop=tuple({"SITE_URL", "WAGTAILADMIN_BASE_URL"} - set(extra)),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == expected
