"""Uploads: documents served as attachments through Wagtail's view, never inline;
no SVG or HTML accepted; size limits set."""

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.documents.forms import get_document_form
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form

from lms.settings import base


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["notes.pdf", "notes.txt"])
def test_documents_are_served_as_attachments_never_inline(client, name):
    document = get_document_model().objects.create(
        title="Notes", file=ContentFile(b"%PDF-1.4 hello", name=name)
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    # Served by the view (which checks a collection's privacy), not a raw /media/ URL.
    assert document.url.startswith("/documents/")


def test_upload_settings():
    assert base.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert base.WAGTAILDOCS_INLINE_CONTENT_TYPES == []
    for extensions in (base.WAGTAILDOCS_EXTENSIONS, base.WAGTAILIMAGES_EXTENSIONS):
        assert not {"svg", "html", "htm", "xhtml", "js"} & set(extensions)
    assert 0 < base.WAGTAILDOCS_MAX_UPLOAD_SIZE <= 50 * 1024 * 1024
    assert 0 < base.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 20 * 1024 * 1024


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["drawing.svg", "page.html"])
def test_svg_and_html_are_refused_as_documents(name):
    form_class = get_document_form(get_document_model())
    form = form_class(
        data={"title": "x"},
        files={"file": ContentFile(b"<svg onload='alert(1)'/>", name=name)},
        user=None,
    )
    assert not form.is_valid()
    assert "file" in form.errors


@pytest.mark.django_db
def test_svg_is_refused_as_an_image():
    form_class = get_image_form(get_image_model())
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'
    form = form_class(
        data={"title": "x"}, files={"file": ContentFile(svg, name="x.svg")}, user=None
    )
    assert not form.is_valid()
    assert "file" in form.errors


@pytest.mark.django_db
def test_a_private_collection_document_is_refused_to_anonymous_readers(client, settings):
    from django.contrib.auth import get_user_model

    from wagtail.models import Collection, CollectionViewRestriction

    root = Collection.get_first_root_node()
    private = root.add_child(name="Coordinators only")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Contact list",
        file=ContentFile(b"%PDF-1.4 private", name="contacts.pdf"),
        collection=private,
    )
    response = client.get(document.url)
    assert response.status_code == 302 and "login" in response["Location"]
    # The file is not under a URL the site serves raw: /media/ is not routed in
    # production (DEBUG off), so only the view above can hand it out.
    assert not settings.DEBUG
    assert client.get(settings.MEDIA_URL + document.file.name).status_code == 404
    client.force_login(get_user_model().objects.create_user("reader", password="x-y-z-123"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 private"


def _png(size: int) -> bytes:
    """A real PNG padded with a text chunk to about `size` bytes."""
    import io
    import zlib

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), "navy").save(buffer, "PNG")
    png = buffer.getvalue()
    padding = b"x" * max(0, size - len(png))
    body = b"tEXtpadding\x00" + padding
    chunk = len(body[4:]).to_bytes(4, "big") + body + zlib.crc32(body).to_bytes(4, "big")
    return png[:33] + chunk + png[33:]  # after the IHDR chunk


@pytest.fixture
def editor(client, django_user_model):
    admin = django_user_model.objects.create_superuser("editor", password="a-long-password-1")
    client.force_login(admin)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "limit_setting", "model", "make"),
    [
        ("/admin/documents/add/", "WAGTAILDOCS_MAX_UPLOAD_SIZE", get_document_model, None),
        ("/admin/images/add/", "WAGTAILIMAGES_MAX_UPLOAD_SIZE", get_image_model, _png),
    ],
)
def test_an_oversized_upload_is_refused_with_the_limit_and_a_smaller_one_accepted(
    editor, settings, url, limit_setting, model, make
):
    """Through the admin's own upload views: over the limit, a clear error and nothing
    stored; under it, stored."""
    limit = 100 * 1024
    setattr(settings, limit_setting, limit)
    extension = "png" if make else "pdf"

    def upload(size):
        content = make(size) if make else b"%PDF-1.4 " + b"x" * (size - 9)
        assert abs(len(content) - size) < 200
        return editor.post(
            url,
            {
                "title": f"{size} bytes",
                "file": ContentFile(content, name=f"f.{extension}"),
                "collection": "1",
            },
        )

    response = upload(limit + 2048)
    assert response.status_code == 200  # the form again, with the error
    errors = response.context["form"].errors["file"]
    assert any("Maximum filesize 100.0\xa0KB" in e for e in errors), errors
    assert not model().objects.exists()

    response = upload(limit - 2048)
    assert response.status_code == 302, response.context["form"].errors
    assert model().objects.count() == 1
