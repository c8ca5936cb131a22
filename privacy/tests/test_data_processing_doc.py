"""docs/data-processing.md lists exactly the records the registry declares."""

import re
from pathlib import Path

from django.conf import settings

from privacy import registry

DOC = Path(settings.BASE_DIR) / "docs" / "data-processing.md"


def documented_models() -> set[str]:
    return set(re.findall(r"^\| `([\w]+\.[\w]+)` \|", DOC.read_text(encoding="utf-8"), re.M))


def test_the_record_of_processing_names_every_declared_model_and_no_other():
    declared = {holding.model for holding in registry.holdings()}
    documented = documented_models()
    assert declared - documented == set(), "add these to docs/data-processing.md"
    assert documented - declared == set(), "no longer declared in any privacy.py"


def test_the_record_states_the_retention_settings_in_force():
    text = DOC.read_text(encoding="utf-8")
    assert f"({settings.PRIVACY_RETENTION_MONTHS} months)" in text
    assert f"({settings.PRIVACY_ERASURE_GRACE_DAYS} days)" in text
    assert f"({settings.PRIVACY_RETENTION_WARNING_DAYS} days)" in text
