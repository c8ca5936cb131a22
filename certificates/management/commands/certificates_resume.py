"""Queue again the certificates of batches whose worker stopped (crashed, killed, redeployed).

Run it by hand, from cron every few minutes, or when workers start: certificates
already issued stay as they are, and a certificate queued twice is still issued
once, so running it too often costs only some work.
"""

from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db.models import Max
from django.utils import timezone

from certificates.issuing import certificate_batch_enqueue
from certificates.models import Certificate, CertificateBatch


class Command(BaseCommand):
    help = "Resume certificate batches that made no progress for a while."

    def add_arguments(self, parser):
        parser.add_argument(
            "--stale-minutes",
            type=float,
            default=5,
            help="Resume batches with no certificate issued for this long (default 5).",
        )

    def handle(self, *args, stale_minutes, **options):
        cutoff = timezone.now() - timedelta(minutes=stale_minutes)
        batches = (
            CertificateBatch.objects.filter(status=CertificateBatch.Status.RUNNING)
            .filter(certificates__status=Certificate.Status.GENERATING)
            .annotate(last=Max("certificates__generated_at"))
            .distinct()
        )
        resumed = 0
        for batch in batches:
            last = batch.last or batch.created_at
            if last <= cutoff:
                tasks = certificate_batch_enqueue(batch)
                resumed += 1
                self.stdout.write(f"Batch {batch.pk} ({batch.unit}): {tasks} task(s) queued again")
        self.stdout.write(self.style.SUCCESS(f"{resumed} batch(es) resumed."))
