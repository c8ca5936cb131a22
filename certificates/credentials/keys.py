"""The issuer's Ed25519 signing keys: a key ring in a folder, never in the database.

The folder (``CREDENTIALS_KEY_DIR``; a mounted secret in production) holds
``keyring.json`` (every key's id, public JWK and validity window) and one
``<kid>.pem`` per private key (PKCS #8, mode 0600). Keys are made and rotated by
management commands (``credentials_key_create``, ``credentials_key_rotate``,
``credentials_key_revoke``), which write the ring atomically under a lock.

A key's window: it signs from its creation until it is rotated out (``expires``,
the moment the next key took over) or revoked (``revoked``: compromised). Both
instants are published in the DID document; a signature made (``iat``) at or after
either does not verify. Old public keys stay published forever, so every
certificate signed before a rotation still verifies after it.
"""

from __future__ import annotations

import contextlib
import datetime
import fcntl
import json
import os
import secrets
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from joserfc.jwk import OKPKey

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lms.errors import ApplicationError

RING = "keyring.json"


class CredentialsUnavailable(ApplicationError):
    """No key to sign with: nothing is issued, revoked or published until one is set up."""

    status = 503
    default_message = _(
        "Certificates cannot be signed: the issuer's signing key is not set up. "
        "An administrator must run manage.py credentials_key_create."
    )


@dataclass(frozen=True)
class IssuerKey:
    kid: str
    created: datetime.datetime
    public_jwk: dict
    expires: datetime.datetime | None = None
    revoked: datetime.datetime | None = None
    private: OKPKey | None = field(default=None, repr=False, compare=False)

    def signs_at(self, moment: datetime.datetime) -> bool:
        """Whether a signature made at ``moment`` is inside this key's window."""
        return all(end is None or moment < end for end in (self.expires, self.revoked))

    def as_record(self) -> dict:
        return {
            "kid": self.kid,
            "created": utc_stamp(self.created),
            "expires": utc_stamp(self.expires),
            "revoked": utc_stamp(self.revoked),
            "public_jwk": self.public_jwk,
        }


@dataclass(frozen=True)
class KeyRing:
    keys: tuple[IssuerKey, ...] = ()

    def current(self) -> IssuerKey:
        """The key that signs now: the newest one with its private half, in its window."""
        now = timezone.now()
        usable = [k for k in self.keys if k.private is not None and k.signs_at(now)]
        if not usable:
            raise CredentialsUnavailable()
        return max(usable, key=lambda k: k.created)

    def get(self, kid: str) -> IssuerKey | None:
        return next((k for k in self.keys if k.kid == kid), None)


def utc_stamp(moment: datetime.datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(datetime.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _moment(text: str | None) -> datetime.datetime | None:
    return None if text is None else datetime.datetime.fromisoformat(text)


# Reading ------------------------------------------------------------------------------------

_cache: dict[Path, tuple[float, KeyRing]] = {}


def keyring_load(folder: Path) -> KeyRing:
    """The ring in ``folder`` (empty when there is none), re-read when the file changes."""
    path = Path(folder) / RING
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        return KeyRing()
    cached = _cache.get(path)
    if cached and cached[0] == stamp:
        return cached[1]
    records = json.loads(path.read_text())["keys"]
    keys = []
    for record in records:
        pem = Path(folder) / f"{record['kid']}.pem"
        private = OKPKey.import_key(pem.read_bytes()) if pem.exists() else None
        keys.append(
            IssuerKey(
                kid=record["kid"],
                created=_moment(record["created"]),
                expires=_moment(record.get("expires")),
                revoked=_moment(record.get("revoked")),
                public_jwk=record["public_jwk"],
                private=private,
            )
        )
    ring = KeyRing(tuple(keys))
    _cache[path] = (stamp, ring)
    return ring


def key_folder() -> Path:
    folder = settings.CREDENTIALS_KEY_DIR
    if not folder:
        raise CredentialsUnavailable()
    return Path(folder)


def issuer_keyring() -> KeyRing:
    """The configured ring. In development and tests (``CREDENTIALS_KEY_AUTOCREATE``) a
    first key is made on first use, so that ``make run`` and ``make test`` need no step."""
    folder = key_folder()
    ring = keyring_load(folder)
    if settings.CREDENTIALS_KEY_AUTOCREATE and not any(k.private for k in ring.keys):
        key_create(folder)
        ring = keyring_load(folder)
    return ring


def signing_key() -> IssuerKey:
    """The key to sign with now, or :class:`CredentialsUnavailable`."""
    return issuer_keyring().current()


# Writing (management commands) ----------------------------------------------------------------


@contextlib.contextmanager
def _locked(folder: Path):
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with open(folder / ".lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _write_ring(folder: Path, keys: list[IssuerKey]) -> None:
    body = json.dumps({"keys": [k.as_record() for k in keys]}, indent=2)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".keyring-")
    with os.fdopen(handle, "w") as out:
        out.write(body + "\n")
    os.replace(temporary, folder / RING)
    _cache.pop(folder / RING, None)


def _new_key(folder: Path, now: datetime.datetime) -> IssuerKey:
    private = OKPKey.generate_key("Ed25519")
    kid = f"key-{now:%Y%m%d}-{secrets.token_hex(4)}"
    pem = folder / f"{kid}.pem"
    descriptor = os.open(pem, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(private.as_pem(private=True))
    return IssuerKey(
        kid=kid, created=now, public_jwk=private.as_dict(private=False), private=private
    )


def key_create(folder: Path) -> IssuerKey:
    """The first key of a ring; the current one when the ring already has one."""
    folder = Path(folder)
    with _locked(folder):
        ring = keyring_load(folder)
        with contextlib.suppress(CredentialsUnavailable):
            return ring.current()
        key = _new_key(folder, timezone.now())
        _write_ring(folder, [*ring.keys, key])
        return key


def key_rotate(folder: Path) -> IssuerKey:
    """A new key signs from now on; the keys before it expire now and stay published."""
    folder = Path(folder)
    with _locked(folder):
        ring = keyring_load(folder)
        now = timezone.now()
        # A credential's "iat" is in whole seconds and the published window too: the old
        # key expires at the next whole second, so that what it signed in the rotation's
        # own second still verifies (at the rotation's exact instant it was refused).
        expires = now.replace(microsecond=0) + datetime.timedelta(seconds=1)
        old = [k if k.expires or k.revoked else replace(k, expires=expires) for k in ring.keys]
        key = _new_key(folder, now)
        _write_ring(folder, [*old, key])
        return key


def key_revoke(folder: Path, kid: str, at: datetime.datetime) -> IssuerKey:
    """Mark a key compromised from ``at`` (which may be in the past): its signatures made
    from then on stop verifying. Sign again what it signed after ``at``."""
    folder = Path(folder)
    with _locked(folder):
        ring = keyring_load(folder)
        key = ring.get(kid)
        if key is None:
            raise CredentialsUnavailable(_("No key %(kid)s in the key ring.") % {"kid": kid})
        revoked = replace(key, revoked=at)
        _write_ring(folder, [revoked if k.kid == kid else k for k in ring.keys])
        pem = folder / f"{kid}.pem"
        if pem.exists():  # a revoked key never signs again
            pem.unlink()
        return revoked
