"""manage.py certificates_verify_files: the check run after restoring a backup."""

import pytest

from django.core.management import call_command

from certificates import issuing
from certificates.tests.test_certificates import leader
from lms.storage import private_storage
from organisation.tests.factories import coordinator_create


def test_intact_files_pass_and_a_changed_or_missing_file_fails(training, capsys):
    coordinator = coordinator_create("in-mp")
    first, second = (
        issuing.certificate_issue(leadership=leader(training, coordinator), issued_by=coordinator)
        for _ in range(2)
    )
    call_command("certificates_verify_files")
    assert "2 issued certificates checked, 2 files intact, 0 problems." in capsys.readouterr().out

    storage = private_storage()
    with storage.open(first.pdf.name, "wb") as handle:
        handle.write(b"%PDF-1.7 not the issued file")
    storage.delete(second.pdf.name)
    with pytest.raises(SystemExit) as exit_:
        call_command("certificates_verify_files")
    assert exit_.value.code == 1
    output = capsys.readouterr()
    assert "2 issued certificates checked, 0 files intact, 2 problems." in output.out
    assert f"{first.code}: SHA-256 differs" in output.err
    assert f"{second.code}: file missing" in output.err
