"""Queue again the work of certificate batches that made no progress for a while.

The workers' watchdog (lms/watchdog.py) does this by itself every minute or so; this
command is the same by hand (after restoring a backup, say). Certificates already
issued stay as they are, a certificate queued twice is still issued once, and a batch
whose certificates are all done but which is not (its ZIP was being written when its
worker died) is finished. Two runs at once queue each batch once.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand

from certificates.issuing import certificate_batches_recover
from certificates.models import CertificateBatch


class Command(BaseCommand):
    help = "Resume certificate batches that made no progress for a while."

    def add_arguments(self, parser):
        parser.add_argument(
            "--stale-minutes",
            type=float,
            default=5,
            help="Resume batches with no progress for this long (default 5).",
        )

    def handle(self, *args, stale_minutes, **options):
        queued = certificate_batches_recover(stale_after=timedelta(minutes=stale_minutes))
        units = dict(
            CertificateBatch.objects.filter(pk__in=queued).values_list("pk", "unit__name_en")
        )
        for batch_id, tasks in sorted(queued.items()):
            self.stdout.write(f"Batch {batch_id} ({units[batch_id]}): {tasks} task(s) queued again")
        self.stdout.write(self.style.SUCCESS(f"{len(queued)} batch(es) resumed."))
