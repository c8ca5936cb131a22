from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Leadership and certificates")

    def ready(self):
        from certificates import checks, receivers  # noqa: F401  (registered on import)
        from certificates.design import pdf_text

        # Hindi lines in every certificate PDF carry their actual text (pdf_text.py).
        pdf_text.install()
