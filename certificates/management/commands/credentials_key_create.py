"""Make the issuer's first Ed25519 signing key in CREDENTIALS_KEY_DIR (once)."""

from django.core.management.base import BaseCommand

from certificates.credentials.keys import key_create, key_folder


class Command(BaseCommand):
    help = __doc__

    def handle(self, *args, **options):
        folder = key_folder()
        key = key_create(folder)
        self.stdout.write(f"Signing key {key.kid} in {folder} (public: /.well-known/did.json)")
