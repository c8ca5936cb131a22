"""Carry out the erasure requests that are due, now (the watchdog queues the same work)."""

from django.core.management.base import BaseCommand

from privacy.erasure import erasures_process_due


class Command(BaseCommand):
    help = "Erase the people whose erasure requests are due (safe to run again, or in parallel)."

    def handle(self, *args, **options):
        self.stdout.write(f"erased: {erasures_process_due()}")
