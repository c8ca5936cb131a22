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
