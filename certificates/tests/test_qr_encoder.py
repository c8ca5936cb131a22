"""The bulk generator's QR encoder (certificates/design/qr_encoder.py) gives segno's
modules, bit for bit, at every version; draw_qr paints exactly those modules."""

import contextlib
import dataclasses
import random
import string

import pydyf
import pytest
from segno import consts

from certificates.design.batch import BatchRenderer
from certificates.design.data import sample_certificate
from certificates.design.qr import draw_qr
from certificates.design.qr_encoder import make_qr, qr_rows
from certificates.tests.test_rendering import decode_qr

URL_CHARACTERS = string.ascii_letters + string.digits + "-._~:/?#[]@!$&'()*+,;=%"


def segno_rows(data: str) -> list[bytes]:
    return [bytes(row) for row in make_qr(data).matrix]


def longest(version: int, error: int) -> int:
    """The most bytes that fit ``version`` at ``error`` in byte mode."""
    count_bits = 8 if version < 10 else 16
    return (consts.SYMBOL_CAPACITY[version][error] - 4 - count_bits) // 8


def url_like(length: int, seed: int) -> str:
    chooser = random.Random(seed)  # noqa: S311 (test data, repeatable)
    return "h" + "".join(chooser.choice(URL_CHARACTERS) for _ in range(length - 1))


def lengths_to_check() -> list[int]:
    """Every length up to 100; around each limit of versions 1 to 15 (certificates use
    10 to 13) at M, Q and H, where the version or segno's boosted error level changes and
    where the data ends on a codeword boundary (segno then adds a whole zero codeword);
    the longest of each larger version at M."""
    lengths = set(range(1, 101))
    for version in range(1, 16):
        for error in (consts.ERROR_LEVEL_M, consts.ERROR_LEVEL_Q, consts.ERROR_LEVEL_H):
            limit = longest(version, error)
            lengths.update((limit - 1, limit, limit + 1))
    lengths.update(longest(version, consts.ERROR_LEVEL_M) for version in range(16, 41))
    return sorted(lengths)


def test_the_same_modules_as_segno_at_every_version_and_boosted_level():
    versions = set()
    for length in lengths_to_check():
        data = url_like(length, seed=length)
        code = make_qr(data)
        versions.add(code.version)
        assert qr_rows(data) == segno_rows(data), (length, code.designator)
    assert versions == set(range(1, 41))


SIGNED_URL = (  # a c2 proof (certificates/credentials/printed.py) on a long address
    "https://training.organisation-example.org/verify/ABCD-EFGH-JKMN-PQRS/"
    "#c2.49b489fb.4.59419.6234AGwBCcZ5gxFl6MgEr5aQXKSu4TJqFO0hcm8Ru1E."
    "tG71WQYx0Zlaa5doKSP6l0A1NZ2nVMyC8Xni0_euCIlQCIm6_s34WadiM5_HHK1mYw3dwa2rFvNnyt_OGhdeDA"
)


def test_a_signed_certificates_address_is_encoded_as_segno_encodes_it():
    assert make_qr(SIGNED_URL).version == 11
    assert qr_rows(SIGNED_URL) == segno_rows(SIGNED_URL)


def test_the_bulk_generators_qr_code_with_a_proof_scans_at_150_dpi(tmp_path):
    address, fragment = SIGNED_URL.split("#")
    data = dataclasses.replace(
        sample_certificate(3), verification_url=address, qr_fragment=fragment
    )
    ((_data, pdf),) = BatchRenderer().render([data])
    assert decode_qr(pdf, tmp_path) == SIGNED_URL


@pytest.mark.parametrize(
    "data",
    [
        "0123456789",  # numeric mode
        "HTTPS://EXAMPLE.ORG/V/ABCD-1234",  # alphanumeric mode
        "https://example.org/v/प्रमाण",  # outside ASCII: UTF-8
        "Zürich café",  # Latin-1
    ],
)
def test_what_is_not_plain_byte_mode_is_left_to_segno(data):
    assert qr_rows(data) == segno_rows(data)


class RecordingStream(pydyf.Stream):
    """pydyf's stream with the two WeasyPrint methods draw_qr uses."""

    @contextlib.contextmanager
    def stacked(self):
        self.push_state()
        yield
        self.pop_state()

    def transform(self, a=1, b=0, c=0, d=1, e=0, f=0):
        self.set_matrix(a, b, c, d, e, f)


def test_draw_qr_paints_one_rectangle_per_run_of_dark_modules():
    data = url_like(200, seed=7)
    drawn = RecordingStream()
    draw_qr(drawn, data, 10, 20, 100)
    # The same path, drawn a rectangle at a time from segno's matrix.
    expected = RecordingStream()
    matrix = make_qr(data).matrix
    unit = 100 / (len(matrix) + 4)
    with expected.stacked():
        expected.transform(a=unit, d=unit, e=10 + 2 * unit, f=20 + 2 * unit)
        expected.set_color_rgb(0, 0, 0)
        for y, row in enumerate(matrix):
            x = 0
            while x < len(row):
                if row[x]:
                    start = x
                    while x < len(row) and row[x]:
                        x += 1
                    expected.rectangle(start, y, x - start, 1)
                else:
                    x += 1
        expected.fill()
    assert drawn.data == expected.data
