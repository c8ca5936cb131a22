"""`manage.py import_volunteers <file> [--as <username>]`: the admin's import, from a shell.

It lives here because lms/management belongs to the organisation's own
commands; the work is organisation.imports' (the same importer as the admin's).
"""

import os
import sys
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from organisation.imports.formats import COLUMNS
from organisation.imports.services import volunteer_import_process
from organisation.models import VolunteerImport
from organisation.permissions import scope_of
from organisation.selectors import national_unit


class Command(BaseCommand):
    help = (
        "Import volunteers from a CSV (UTF-8) or Excel (.xlsx) file with the columns "
        f"{','.join(COLUMNS)}. Bad rows are reported with their line numbers; phones "
        "already registered are skipped, so running a file twice creates nothing new. "
        "Exits with status 1 when a row or the file had an error."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="a .csv or .xlsx file")
        parser.add_argument(
            "--as",
            dest="as_user",
            metavar="USERNAME",
            help="import as this coordinator (rows outside their unit are errors); "
            "default: the whole country, recorded as imported by nobody",
        )
        parser.add_argument(
            "--invite",
            action="store_true",
            help="e-mail new volunteers who have an address a link to choose their password",
        )
        parser.add_argument(
            "--consent-record",
            default="",
            metavar="TEXT",
            help="the organisation's own record of the volunteers' consent (where it is "
            "kept); recorded as each new volunteer's consent to the privacy notice",
        )
        parser.add_argument(
            "--consent-channels",
            default="",
            metavar="sms,whatsapp,email",
            help="the messages that record agrees to, comma-separated",
        )
        parser.add_argument("--batch-size", type=int, default=5000)

    def handle(
        self,
        *args,
        file,
        as_user=None,
        invite=False,
        batch_size=5000,
        consent_record="",
        consent_channels="",
        **options,
    ):
        if not os.path.isfile(file):
            raise CommandError(f"No such file: {file}")
        user = None
        if as_user:
            user = get_user_model().objects.filter(username=as_user).first()
            if user is None:
                raise CommandError(f"No user named {as_user!r}.")
            scope = scope_of(user)
            if scope is None:
                raise CommandError(f"{as_user} is not a coordinator: they cannot import.")
        else:
            scope = national_unit()
        size = os.path.getsize(file)
        now = timezone.now()
        volunteer_import = VolunteerImport.objects.create(
            file_name=os.path.basename(file),
            created_by=user,
            unit=scope,
            status=VolunteerImport.Status.RUNNING,
            started_at=now,
            updated_at=now,
            progress_total=size,
            send_invitations=invite,
            consent_record=consent_record,
            consent_channels=[c.strip() for c in consent_channels.split(",") if c.strip()],
        )
        self.started = time.monotonic()
        self.tty = self.stdout.isatty()
        self.last_print = 0
        with open(file, "rb") as binary:
            result = volunteer_import_process(
                volunteer_import,
                binary=binary,
                size=size,
                progress=self._progress,
                batch_size=batch_size,
            )
        volunteer_import.refresh_from_db()
        seconds = time.monotonic() - self.started
        if self.tty:
            self.stdout.write("")
        self.stdout.write(
            f"{volunteer_import.file_name} into {scope.name_en} (import {volunteer_import.pk}): "
            f"{result.rows} rows in {seconds:.1f} s ({result.rows / max(seconds, 1e-9):,.0f} "
            f"rows/s): {result.imported} imported, {result.skipped} already registered, "
            f"{result.errors} errors."
        )
        for line, phone, reason in volunteer_import.first_errors:
            self.stdout.write(f"  line {line}: {phone or '-'}: {reason}")
        if result.errors > len(volunteer_import.first_errors):
            self.stdout.write(f"  … and {result.errors - len(volunteer_import.first_errors)} more.")
        if volunteer_import.error_report:
            storage = volunteer_import.error_report.storage
            try:
                where = storage.path(volunteer_import.error_report.name)
            except NotImplementedError:
                where = volunteer_import.error_report.name
            self.stdout.write(f"Error report (line, phone, reason): {where}")
        if result.problem is not None:
            self.stderr.write(self.style.ERROR(volunteer_import.message))
        if result.problem is not None or result.errors:
            sys.exit(1)

    def _progress(self, volunteer_import, result):
        if not self.tty and result.rows - self.last_print < 50_000:
            return
        self.last_print = result.rows
        seconds = time.monotonic() - self.started
        self.stdout.write(
            f"line {result.last_line}: {result.imported} imported, {result.skipped} already "
            f"registered, {result.errors} errors ({volunteer_import.percent}%, "
            f"{result.rows / max(seconds, 1e-9):,.0f} rows/s)",
            ending="\r" if self.tty else "\n",
        )
