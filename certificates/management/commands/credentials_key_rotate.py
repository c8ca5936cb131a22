"""Rotate the issuer's signing key: a new key signs from now on; the old ones expire
now and stay published, so everything they signed still verifies."""

from django.core.management.base import BaseCommand

from certificates.credentials.keys import key_folder, key_rotate


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        key = key_rotate(key_folder())
        self.stdout.write(f"New signing key {key.kid}; the previous keys expire now.")
