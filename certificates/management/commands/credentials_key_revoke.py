"""Revoke a compromised signing key from a moment on (default: now).

Signatures it made from that moment stop verifying. A new key is made if the revoked
one was signing, and the certificates it signed since that moment are signed again
with it (their PDFs are unchanged: the credential is what changes).
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from certificates.credentials.keys import (
    CredentialsUnavailable,
    issuer_keyring,
    key_folder,
    key_revoke,
    key_rotate,
)
from certificates.credentials.resign import credentials_resign


class Command(BaseCommand):
    help = __doc__

    def add_arguments(self, parser):
        parser.add_argument("kid", help="the key's id (as in did.json, after the #)")
        parser.add_argument(
            "--since",
            type=datetime.datetime.fromisoformat,
            help="ISO date-time from which its signatures are void (default: now)",
        )

    def handle(self, *args, kid, since=None, **options):
        since = since or timezone.now()
        if timezone.is_naive(since):
            since = timezone.make_aware(since)
        folder = key_folder()
        try:
            key_revoke(folder, kid, since)
        except CredentialsUnavailable as error:
            raise CommandError(error.message) from error
        try:
            issuer_keyring().current()
        except CredentialsUnavailable:
            key_rotate(folder)
        count = credentials_resign(kid=kid, since=since)
        self.stdout.write(
            f"Key {kid} revoked from {since.isoformat()}; {count} credentials re-signed."
        )
