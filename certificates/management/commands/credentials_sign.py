"""Sign the credentials of issued certificates that have none (issued before signed
credentials existed). Safe to run again: signed ones are left as they are."""

from django.core.management.base import BaseCommand

from certificates.credentials.resign import credentials_sign_missing


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        count = credentials_sign_missing()
        self.stdout.write(f"{count} credentials signed.")
