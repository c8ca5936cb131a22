"""QR modules for the bulk generator: segno's code, 15-20 times faster.

A certificate's QR code holds its address and the printed fields' signed proof
(about 200 characters: version 10 at error correction M). segno, pure Python, spends
about 2 ms encoding it, bit by bit: a tenth of a certificate's whole budget in bulk.
:func:`qr_rows` gives the *same modules* as ``segno.make(data, error="m",
micro=False, mask=QR_MASK)`` (segno's error-level boost and its padding included;
tests/test_qr_encoder.py compares them at every version) in about 0.1 ms:

- what depends only on the version and error level (function patterns, format and
  version information, where each bit of the message goes, and the mask over it) is
  worked out once with segno's own functions and kept;
- what depends on the data (the codewords, Reed-Solomon error correction by whole
  remainders, the mask) is done on Python integers and bytes, a few operations per
  codeword instead of per bit.

Only byte mode is done here, which every address is (lower-case letters): anything
else (digits or upper-case letters only, text outside ASCII) goes to segno itself.
This module is the one place that uses segno's internals (``segno.encoder``), checked
on segno 1.6; the comparison tests say when an upgrade changes them.
"""

from __future__ import annotations

from functools import cache
from operator import itemgetter

import segno
from segno import consts, encoder

#: Any of the eight masks gives a valid code that every reader decodes; segno's search
#: for the "best" one (by the standard's penalty score) costs 3 ms per code. Mask 4 is
#: fixed so that output stays deterministic.
QR_MASK = 4

_LEVEL_M = consts.ERROR_LEVEL_M
_BOOSTS = (consts.ERROR_LEVEL_Q, consts.ERROR_LEVEL_H)  # tried in this order, as segno does
_ALPHANUMERIC = frozenset(consts.ALPHANUMERIC_CHARS.decode("ascii"))
_BIT_VALUES = bytes.maketrans(b"01", b"\x00\x01")
_PLACED = 1 << 20  # a module holding message bit k is marked _PLACED + k while planning


def make_qr(data: str, *, error: str = "m") -> segno.QRCode:
    """segno's QR code of ``data`` (the reference :func:`qr_rows` must agree with)."""
    return segno.make(data, error=error, micro=False, mask=QR_MASK)


def qr_rows(data: str) -> list[bytes]:
    """The QR code of ``data`` at error correction M (or better): its rows of modules,
    each a ``bytes`` of 0 (light) and 1 (dark), without the quiet zone."""
    payload = _byte_mode_payload(data)
    if payload is None:
        return [bytes(row) for row in make_qr(data).matrix]
    length = len(payload)
    for version in range(1, 41):
        # Mode indicator, character count (8 bits up to version 9, then 16), the bytes.
        bits = 4 + (8 if version < 10 else 16) + 8 * length
        if consts.SYMBOL_CAPACITY[version][_LEVEL_M] >= bits:
            break
    else:
        return [bytes(row) for row in make_qr(data).matrix]  # segno says it is too long
    error = _LEVEL_M
    for level in _BOOSTS:  # a better error level when the data fits the same version
        if consts.SYMBOL_CAPACITY[version][level] < bits:
            break
        error = level
    plan = _plan(version, error)
    return plan.rows(plan.message(_data_codewords(payload, version, error)))


def _byte_mode_payload(data: str) -> bytes | None:
    """``data``'s bytes when segno would encode it as one byte-mode segment: ASCII (so
    never Kanji), neither digits only (numeric mode) nor alphanumeric only."""
    if not data.isascii() or not data or data.isdigit() or _ALPHANUMERIC.issuperset(data):
        return None
    return data.encode("ascii")


def _data_codewords(payload: bytes, version: int, error: int) -> bytes:
    """Mode, count and data, then terminator, padding and pad codewords as segno writes
    them (a whole zero codeword when the data already ends on a codeword boundary)."""
    count_bits = 8 if version < 10 else 16
    value = (0b0100 << count_bits | len(payload)) << 8 * len(payload)
    value |= int.from_bytes(payload, "big")
    bits = 4 + count_bits + 8 * len(payload)
    capacity = consts.SYMBOL_CAPACITY[version][error]
    terminator = min(4, capacity - bits)
    padding = 8 - (bits + terminator) % 8
    value <<= terminator + padding
    bits += terminator + padding
    pad_codewords = b"\xec\x11" * (capacity // 16 + 1)
    return (value.to_bytes(bits // 8, "big") + pad_codewords)[: capacity // 8]


@cache
def _remainders(count: int) -> list[int]:
    """For each value of a leading codeword, the generator polynomial of ``count``
    error correction codewords times that value, as one integer (Reed-Solomon in
    GF(256), segno's tables)."""
    exp, log, generator = consts.GALIOS_EXP, consts.GALIOS_LOG, consts.GEN_POLY[count]
    table = [0]
    for value in range(1, 256):
        product = bytes(exp[log[value] + coefficient] for coefficient in generator)
        table.append(int.from_bytes(product, "big"))
    return table


def _error_correction(block: bytes, count: int) -> bytes:
    table = _remainders(count)
    top, keep = 8 * (count - 1), (1 << 8 * count) - 1
    remainder = 0
    for codeword in block:
        remainder = (remainder << 8 & keep) ^ table[codeword ^ remainder >> top]
    return remainder.to_bytes(count, "big")


class _Plan:
    """Everything about one version and error level that does not depend on the data."""

    def __init__(self, version: int, error: int):
        size = version * 4 + 17
        matrix = encoder.make_matrix(size, size)
        encoder.add_finder_patterns(matrix, size, size)
        encoder.add_alignment_patterns(matrix, size, size)
        modules = [list(row) for row in matrix]
        bit_count = sum(row.count(0x2) for row in modules)  # 0x2: free for the message
        encoder.add_codewords(modules, range(_PLACED, _PLACED + bit_count), version)
        places = sorted(
            (value, i, j) for i, row in enumerate(modules) for j, value in enumerate(row)
        )[-bit_count:]
        masked = encoder.get_data_mask_functions(False)[QR_MASK]
        # segno masks every module the message occupies except the dark module.
        dark = (size - 8, 8)
        self.mask = int(
            "".join("1" if masked(i, j) and (i, j) != dark else "0" for _v, i, j in places),
            2,
        )
        encoder.add_format_info(modules, version, error, QR_MASK)
        encoder.add_version_info(modules, version)
        # Every module, row by row: 0 or 1 where fixed, 2 + k where message bit k goes.
        self._gather = itemgetter(
            *(
                value - _PLACED + 2 if value >= _PLACED else value
                for row in modules
                for value in row
            )
        )
        self.size, self.bit_count = size, bit_count
        self.blocks = [
            (info.num_data, info.num_total - info.num_data)
            for info in consts.ECC[version][error]
            for _block in range(info.num_blocks)
        ]

    def message(self, codewords: bytes) -> bytes:
        """The final message: data and error correction codewords, interleaved."""
        data, correction, start = [], [], 0
        for data_count, correction_count in self.blocks:
            block = codewords[start : start + data_count]
            start += data_count
            data.append(block)
            correction.append(_error_correction(block, correction_count))
        message = bytearray()
        for blocks in (data, correction):
            for index in range(max(map(len, blocks))):
                message.extend(block[index] for block in blocks if index < len(block))
        return bytes(message)

    def rows(self, message: bytes) -> list[bytes]:
        remainder_bits = self.bit_count - 8 * len(message)  # 0, 3, 4 or 7 zero bits
        value = int.from_bytes(message, "big") << remainder_bits ^ self.mask
        bits = format(value, f"0{self.bit_count}b").encode("ascii").translate(_BIT_VALUES)
        flat = bytes(self._gather(b"\x00\x01" + bits))
        size = self.size
        return [flat[start : start + size] for start in range(0, size * size, size)]


@cache
def _plan(version: int, error: int) -> _Plan:
    return _Plan(version, error)
