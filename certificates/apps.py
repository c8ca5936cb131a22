from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Leadership and certificates")

    def ready(self):
        # Imported to register: checks, receivers, and this app's part of
        # manage.py generate_organisation (receivers of the organisation's signals).
        from certificates import checks, organisation_generator, receivers  # noqa: F401
        from certificates.design import pdf_text, weasyprint_private

        # Hindi lines in every certificate PDF carry their actual text (pdf_text.py).
        pdf_text.install()
        # Pages without margin boxes skip building sixteen empty ones (the same PDFs).
        weasyprint_private.skip_empty_margin_boxes()
