"""The logo and signatures on certificates, wherever media is stored.

On disk the renderer reads the image files from MEDIA_ROOT; in an object store
(S3, with no local path) the design carries small PNG renditions as data: URLs,
read through the storage. Either way both images are drawn and nothing is refused.
"""

import base64
import io
import os

import pytest
from PIL import Image

from django.core.files.images import ImageFile
from django.core.files.storage import InMemoryStorage

from wagtail.images import get_image_model

from certificates.design.data import sample_certificate
from certificates.design.renderer import CertificateRenderer
from certificates.design.url_fetcher import RestrictedURLFetcher
from certificates.generation import design_current
from certificates.models import CertificateSettings

pytestmark = pytest.mark.django_db


class ObjectStore(InMemoryStorage):
    """Files with no local path, as in S3 through django-storages."""

    def _relative_path(self, name):  # what InMemoryStorage itself uses path() for
        return os.path.relpath(super().path(name), self.location)

    def path(self, name):
        raise NotImplementedError("no local paths")


def image(name, size, colour):
    buffer = io.BytesIO()
    # RGB: a PNG with transparency would add a mask image to the PDF's count.
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=name, file=ImageFile(io.BytesIO(buffer.getvalue()), name=f"{name}.png")
    )


def design_with_images():
    settings_ = CertificateSettings.load()
    settings_.logo = image("logo", (1600, 400), "navy")
    signature = image("signature", (300, 100), "black")
    settings_.signatories = [
        ("signatory", {"name": "Meera Iyer", "title": "State coordinator", "signature": signature})
    ]
    settings_.save()
    return design_current()


def draw(design):
    fetcher = RestrictedURLFetcher()
    pdf = CertificateRenderer(design, url_fetcher=fetcher).render_pdf(sample_certificate(1))
    return pdf, fetcher


def test_images_on_disk_are_read_from_media_root():
    design = design_with_images()
    assert str(design.logo_path).endswith(".png") and not str(design.logo_path).startswith("data:")
    pdf, fetcher = draw(design)
    assert fetcher.refused == 0 and fetcher.calls == 2
    assert pdf.count(b"/Subtype /Image") == 2


@pytest.fixture
def object_store(settings):
    """The site's media in a store with no local paths (S3 through django-storages)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": f"{__name__}.ObjectStore"},
    }
    yield


def test_images_in_an_object_store_are_embedded_as_small_png(object_store):
    design = design_with_images()
    assert design.logo_path.startswith("data:image/png;base64,")
    assert design.signatories[0].signature_image_path.startswith("data:image/png;base64,")
    logo = Image.open(io.BytesIO(base64.b64decode(design.logo_path.split(",", 1)[1])))
    assert logo.size == (800, 200)  # the rendition, not the 1600 px original
    pdf, fetcher = draw(design)
    assert fetcher.refused == 0 and fetcher.calls == 2
    assert pdf.count(b"/Subtype /Image") == 2
