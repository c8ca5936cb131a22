"""System checks of the certificates app."""

import weasyprint

from django.core import checks

from certificates.design import weasyprint_private


@checks.register()
def check_weasyprint_version(app_configs=None, **kwargs):
    """Certificates use a few WeasyPrint internals (certificates/design/weasyprint_private.py):
    say so before a WeasyPrint upgrade breaks them at render time."""
    if weasyprint_private.version_checked():
        return []
    return [
        checks.Warning(
            f"WeasyPrint {weasyprint.VERSION} is not a version the certificate renderer's "
            "use of its internals was checked on "
            f"({', '.join(v + '.x' for v in weasyprint_private.CHECKED_MAJOR_VERSIONS)}).",
            hint="Read certificates/design/weasyprint_private.py, run the certificate tests, then "
            "add the version to CHECKED_MAJOR_VERSIONS.",
            id="certificates.W001",
        )
    ]


@checks.register(deploy=True)
def check_signing_key(app_configs=None, **kwargs):
    """A deployment whose key ring cannot sign would refuse every certificate: say so first."""
    from django.conf import settings

    from certificates.credentials.keys import CredentialsUnavailable, keyring_load

    if settings.CREDENTIALS_KEY_AUTOCREATE:
        return []
    try:
        keyring_load(settings.CREDENTIALS_KEY_DIR).current()
    except (CredentialsUnavailable, TypeError, OSError, ValueError, KeyError) as error:
        return [
            checks.Error(
                f"The issuer's key ring in CREDENTIALS_KEY_DIR={settings.CREDENTIALS_KEY_DIR} "
                f"has no key that can sign ({type(error).__name__}): certificates cannot be "
                "issued or revoked.",
                hint="Run manage.py credentials_key_create with the same settings.",
                id="certificates.E002",
            )
        ]
    return []
