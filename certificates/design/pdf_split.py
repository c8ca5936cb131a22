"""Write each page of a WeasyPrint document as its own small PDF, in one pass.

WeasyPrint's pages share one resources dictionary (fonts, the static layer's form
XObject). Instead of writing the many-page PDF and cutting it up again with a PDF
library (parse, copy, rewrite: ~5 ms a page), this module takes WeasyPrint's PDF
objects before they are written, serialises each once, and writes for every page a
complete PDF: a fresh catalogue, the page, its own objects (content stream, link
annotations) and the shared ones (fonts, XObjects), renumbered from 1.

Only what a page references is written, so no certificate carries another person's
annotations or images. Output is deterministic (the /ID is a hash of the content).

For PDF/A (``variant``), the catalogue keeps what the variant put there (XMP metadata,
the sRGB output intent, the language), shared by every page's PDF, and each page's
PDF gets its own attachment (the certificate's signed credential: an embedded-file
stream and its file specification, listed in ``/Names`` and ``/AF``).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator, Sequence

import pydyf
from weasyprint import DEFAULT_OPTIONS, VERSION

from certificates.design import weasyprint_private

REFERENCE = re.compile(rb"(?<![\w.])(\d+) 0 R(?![\w])")
#: zlib's own default. pydyf compresses at 9, which on a page's drawing operators (a
#: signed certificate's QR code is a thousand rectangles) takes 4 times as long for
#: output no smaller (0.45 ms more a certificate, half of what signing added).
COMPRESSION_LEVEL = 6


def _stream_data(stream: pydyf.Stream) -> bytes:
    """``stream.data`` as pydyf writes it, compressed at :data:`COMPRESSION_LEVEL`."""
    if not stream.compress:
        return stream.data
    content = b"\n".join(pydyf._to_bytes(item) for item in stream.stream)
    compressed = zlib.compress(content, COMPRESSION_LEVEL)
    extra = pydyf.Dictionary({**stream.extra, "Filter": "/FlateDecode", "Length": len(compressed)})
    return b"\n".join((extra.data, b"stream", compressed, b"endstream"))


class _Serialised:
    __slots__ = ("head", "tail", "refs")

    def __init__(self, obj: pydyf.Object):
        data = _stream_data(obj) if isinstance(obj, pydyf.Stream) else obj.data
        if isinstance(obj, pydyf.Stream):
            # Only the dictionary before "stream" may hold references, not the data.
            head, sep, rest = data.partition(b"\nstream\n")
            self.head, self.tail = head, sep + rest
        else:
            self.head, self.tail = data, b""
        self.refs = tuple(int(m) for m in REFERENCE.findall(self.head))

    def renumbered(self, numbers: dict[int, int]) -> bytes:
        head = REFERENCE.sub(lambda m: b"%d 0 R" % numbers[int(m[1])], self.head)
        return head + self.tail


def _closure(start, objects: dict[int, _Serialised], skip: set[int]) -> list[int]:
    seen, stack = set(), list(start) if isinstance(start, list | tuple) else [start]
    while stack:
        number = stack.pop()
        if number in seen or number in skip:
            continue
        seen.add(number)
        stack.extend(objects[number].refs)
    return sorted(seen)


def _pdf_bytes(bodies: list[bytes], info: bytes) -> bytes:
    """A classic PDF 1.7 file: objects 1 (catalogue) and 2 (pages) first in ``bodies``."""
    out = [b"%PDF-1.7\n%\xf0\x9f\x96\xa4\n"]
    position = len(out[0])
    offsets = []
    for number, body in enumerate([*bodies, info], start=1):
        chunk = b"%d 0 obj\n%s\nendobj\n" % (number, body)
        offsets.append(position)
        out.append(chunk)
        position += len(chunk)
    size = len(offsets) + 1
    digest = hashlib.md5(b"".join(out), usedforsecurity=False).hexdigest().encode()
    xref = [b"xref\n0 %d\n0000000000 65535 f \n" % size]
    xref.extend(b"%010d 00000 n \n" % offset for offset in offsets)
    trailer = b"trailer\n<</Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>]>>\n" % (
        size,
        size - 1,
        digest,
        digest,
    )
    out.extend(xref)
    out.append(trailer + b"startxref\n%d\n%%%%EOF\n" % position)
    return b"".join(out)


# What a PDF/A variant adds to the catalogue that each page's PDF keeps.
CATALOG_KEYS = ("Lang", "OutputIntents", "Metadata")


def _attachment_objects(attachment, first_number: int) -> tuple[list[bytes], int]:
    """The attachment's objects, numbered from ``first_number``, and its file
    specification's number."""
    scratch = pydyf.PDF()
    filespec = weasyprint_private.pdf_attachment(scratch, attachment)
    added = [obj for obj in scratch.objects if obj.number]
    numbers = {obj.number: first_number + i for i, obj in enumerate(added)}
    return [_Serialised(obj).renumbered(numbers) for obj in added], numbers[filespec.number]


def _catalog(extra: _Serialised | None, numbers: dict[int, int], filespec: bytes) -> bytes:
    entries = extra.renumbered(numbers)[2:-2] if extra else b""  # inside "<<" ... ">>"
    return b"<</Type /Catalog /Pages 2 0 R%s%s>>" % (
        b" " + entries if entries else b"",
        filespec,
    )


def split_document(
    document,
    *,
    title: str | None = None,
    variant: str | None = None,
    attachments: Sequence | None = None,
) -> Iterator[bytes]:
    """Yield one PDF (bytes) per page of a rendered WeasyPrint ``document``.

    ``variant``: a WeasyPrint PDF variant (``"pdf/a-3b"``); ``attachments``: one
    ``weasyprint.Attachment`` (or None) per page, embedded in that page's PDF.
    """
    options = dict(DEFAULT_OPTIONS)
    if variant:
        options["pdf_variant"] = variant
    if title is not None:
        # The XMP metadata's title must read as the document information's.
        document.metadata.title = title
    pdf = weasyprint_private.pdf_objects(document, **options)
    objects = {
        obj.number: _Serialised(obj) for obj in pdf.objects if obj.number and obj.free != "f"
    }
    pages_number = pdf.pages.number
    page_numbers = list(pdf.pages["Kids"][::3])  # [number, 0, "R", ...]
    attachments = list(attachments) if attachments is not None else [None] * len(page_numbers)
    if len(attachments) != len(page_numbers):
        raise ValueError(f"{len(attachments)} attachments for {len(page_numbers)} pages")
    skip = {pages_number, pdf.catalog.number}
    kept = pydyf.Dictionary({k: pdf.catalog[k] for k in CATALOG_KEYS if k in pdf.catalog})
    extra = _Serialised(kept) if kept else None
    catalog_objects = _closure(list(extra.refs), objects, skip) if extra else []
    closures = [_closure(number, objects, skip) for number in page_numbers]
    # Objects every page uses (fonts, shared resources, the catalogue's metadata and
    # output intent) are renumbered once.
    shared = set(catalog_objects)
    if closures:
        shared |= set.intersection(*(set(c) for c in closures))
    shared = sorted(shared)
    shared_set = set(shared)
    numbers = {pdf.catalog.number: 1, pages_number: 2}
    for new, old in enumerate(shared, start=3):
        numbers[old] = new
    shared_bodies = [objects[old].renumbered(numbers) for old in shared]
    info = pydyf.Dictionary({"Producer": pydyf.String(f"WeasyPrint {VERSION}")})
    if title:
        info["Title"] = pydyf.String(title)
    for page_number, closure, attachment in zip(page_numbers, closures, attachments, strict=True):
        own = [old for old in closure if old not in shared_set]
        page_numbers_map = dict(numbers)
        for new, old in enumerate(own, start=3 + len(shared)):
            page_numbers_map[old] = new
        pages = b"<</Type /Pages /Kids [%d 0 R] /Count 1>>" % page_numbers_map[page_number]
        own_bodies = [objects[old].renumbered(page_numbers_map) for old in own]
        filespec = b""
        if attachment is not None:
            attached, spec = _attachment_objects(attachment, 3 + len(shared) + len(own))
            own_bodies.extend(attached)
            name = pydyf.String(attachment.name).data
            filespec = b" /Names <</EmbeddedFiles <</Names [%s %d 0 R]>>>> /AF [%d 0 R]" % (
                name,
                spec,
                spec,
            )
        catalog = _catalog(extra, page_numbers_map, filespec)
        yield _pdf_bytes([catalog, pages, *shared_bodies, *own_bodies], info.data)
