"""Run the retention policy now (the watchdog also runs it daily): warn, then erase."""

from django.core.management.base import BaseCommand

from privacy.erasure import erasures_process_due
from privacy.retention import retention_apply


class Command(BaseCommand):
    help = (
        "Warn inactive volunteers the retention policy applies to; erase those warned long enough."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--erase-now",
            action="store_true",
            help="Erase the people due in this process instead of queuing a task.",
        )

    def handle(self, *args, erase_now=False, **options):
        counts = retention_apply(enqueue=not erase_now)
        if erase_now:
            counts["erased"] = erasures_process_due()
        self.stdout.write(", ".join(f"{key}: {value}" for key, value in counts.items()))
