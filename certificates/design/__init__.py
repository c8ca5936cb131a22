"""A certificate's PDF layout: what it says, how it looks, and the renderers that turn
plain data into PDF bytes. Nothing here reads the database.

- ``data.py``: :class:`CertificateData` (one person's certificate), :class:`CertificateDesign`
  (title, wording, signatories, logo: what one issue shares), ``default_design()``,
  ``sample_certificate()``.
- ``renderer.py``: :class:`CertificateRenderer`, one certificate at a time, with the
  overridable ``get_template_name()`` / ``get_context()`` / ``render_pdf()`` steps; text
  made smaller where it overflows its box.
- ``batch.py``: :class:`BatchRenderer`, many certificates of one design, fast, with the
  static layer drawn once (``pdf_split.py`` cuts its PDF into one per certificate).
- ``pages.py``: what is done to a laid-out page (overflow measured, QR painted, attachments
  dropped); ``qr.py``: the QR code; ``url_fetcher.py``: what WeasyPrint may load;
  ``pdf_text.py``: Hindi text extractable from the PDF; ``weasyprint_private.py``: every
  use of WeasyPrint's internals, behind a version check.

The page itself: ``templates/certificates/certificate.html`` and
``static/certificates/certificate.css``. What turns the models into this data, and
stores the PDFs: :mod:`certificates.generation`.
"""
