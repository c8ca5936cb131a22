"""Check that every issued certificate's PDF is in the private storage, unchanged.

After restoring a backup (database and private files, see README "Backups"),
or at any time: each issued certificate's file must exist and its SHA-256 must
be the one on record. Exits with status 1, naming the certificates, when not.
"""

import hashlib
import sys

from django.core.management.base import BaseCommand

from certificates.models import Certificate
from lms.storage import private_storage


class Command(BaseCommand):
    help = "Verify the PDF files (existence and SHA-256) of all issued certificates."

    def handle(self, *args, **options):
        storage = private_storage()
        checked, problems = 0, []
        issued = Certificate.objects.filter(status=Certificate.Status.ISSUED)
        for code, name, sha256 in issued.values_list("code", "pdf", "sha256").iterator():
            checked += 1
            try:
                with storage.open(name, "rb") as handle:
                    digest = hashlib.file_digest(handle, "sha256").hexdigest()
            except (FileNotFoundError, OSError):
                problems.append(f"{code}: file missing ({name})")
                continue
            if digest != sha256:
                problems.append(f"{code}: SHA-256 differs ({name})")
        for problem in problems:
            self.stderr.write(problem)
        self.stdout.write(
            f"{checked} issued certificates checked, {checked - len(problems)} files intact, "
            f"{len(problems)} problems."
        )
        if problems:
            sys.exit(1)
