"""The parts of a ZIP archive cut short, read from their own headers (internal).

A ZIP archive's directory stands at its end: a Word document whose download
stopped short has none, and :mod:`zipfile` cannot open it. Each part also
stands behind a header of its own, one after another from the archive's
start, so the parts before the cut can still be read, whole, and the part
the cut falls in as far as it goes.
"""

from __future__ import annotations

import struct
import zlib
from typing import Final, NamedTuple

# A part's own header: signature, version, flags, method, time, date, CRC-32,
# compressed size, size, the lengths of its name and of its extra field.
_HEADER: Final = struct.Struct("<4s5H3I2H")
_PART: Final = b"PK\x03\x04"
_DESCRIPTOR: Final = b"PK\x07\x08"
_ENCRYPTED: Final = 0x1
_SIZES_AFTER: Final = 0x8  # the sizes and CRC follow the data, in a descriptor
_UTF8_NAME: Final = 0x800
_STORED: Final = 0
_DEFLATED: Final = 8
_DESCRIPTOR_BYTES: Final = 12  # CRC-32 and two sizes, after an optional signature
_ZIP64_MORE: Final = 8


class Parts(NamedTuple):
    """What a ZIP archive whose directory is lost holds, read part by part."""

    whole: dict[str, bytes]
    """The parts read whole, their checksums matched, by name."""
    cut: tuple[str, bytes] | None
    """The part the archive ends in, and its bytes as far as they go."""
    damaged: list[str]
    """The parts whose data did not match their checksum, or could not be inflated."""


def parts_read_in_order(data: bytes, limit: int) -> Parts:
    """The parts of the ZIP archive *data*, read from their headers until one fails.

    A part is read no larger than *limit* bytes and a byte more (the caller
    tells it too large). The reading stops at the archive's directory, at
    the cut, and at a part it cannot read past: one encrypted, stored with
    its sizes after it, or compressed by a method other than deflate.
    """
    found = Parts({}, None, [])
    at = 0
    while data.startswith(_PART, at) and at + _HEADER.size <= len(data):
        header = _HEADER.unpack_from(data, at)
        flags, method, size = header[2], header[3], header[7]
        checksum: int | None = header[6]
        named = at + _HEADER.size
        start = named + header[9] + header[10]
        if start > len(data):
            break
        name = data[named : named + header[9]].decode(
            "utf-8" if flags & _UTF8_NAME else "cp437", "replace"
        )
        sizes_after = bool(flags & _SIZES_AFTER)
        if flags & _ENCRYPTED or (method, sizes_after) not in _READABLE:
            break
        if method == _STORED:
            body, end, whole = data[start : start + size], start + size, start + size <= len(data)
        else:
            try:
                body, end, whole = _inflated(data, start, None if sizes_after else size, limit)
            except zlib.error:
                found.damaged.append(name)
                if sizes_after:  # where its data ends, only its stream could say
                    break
                at = start + size
                continue
        if not whole:
            found = found._replace(cut=(name, body))
            break
        if sizes_after:
            checksum, end = _descriptor(data, end)
        # A descriptor cut short leaves the checksum unknown: the stream's own
        # end says the data is whole.
        if checksum is None or zlib.crc32(body) == checksum:
            found.whole[name] = body
        else:
            found.damaged.append(name)
        at = end
    return found


def part_at(data: bytes, at: int, size: int, limit: int) -> bytes | None:
    """The bytes of the part whose header is at *at*, *size* bytes compressed, checksum unchecked.

    For a part whose data does not match its checksum: its bytes as they
    stand (to a byte past *limit*), or ``None`` where they cannot be read.
    """
    if not data.startswith(_PART, at) or at + _HEADER.size > len(data):
        return None
    header = _HEADER.unpack_from(data, at)
    start = at + _HEADER.size + header[9] + header[10]
    if header[3] == _STORED:
        return data[start : start + size][: limit + 1]
    if header[3] != _DEFLATED:
        return None
    try:
        body, _, whole = _inflated(data, start, size, limit)
    except zlib.error:
        return None
    return body if whole or len(body) > limit else None


# The methods a part may be read by: stored parts must say their size before them.
_READABLE: Final = frozenset({(_STORED, False), (_DEFLATED, False), (_DEFLATED, True)})


def _inflated(data: bytes, start: int, size: int | None, limit: int) -> tuple[bytes, int, bool]:
    """A deflated part's bytes, where its data ends, and whether its stream ended.

    *size* is its compressed size, or ``None`` where only the stream's own
    end says where the data ends.
    """
    stream = data[start:] if size is None else data[start : start + size]
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    body = inflater.decompress(stream, limit + 1)
    end = start + len(stream) - len(inflater.unused_data)
    return body, end if size is None else start + size, inflater.eof


def _descriptor(data: bytes, at: int) -> tuple[int | None, int]:
    """The CRC-32 in the descriptor at *at* (``None`` if cut short), and where it ends."""
    if data.startswith(_DESCRIPTOR, at):
        at += len(_DESCRIPTOR)
    if at + _DESCRIPTOR_BYTES > len(data):
        return None, len(data)
    (checksum,) = struct.unpack_from("<I", data, at)
    end = at + _DESCRIPTOR_BYTES
    if not data.startswith(b"PK", end) and data.startswith(b"PK", end + _ZIP64_MORE):
        end += _ZIP64_MORE  # a ZIP64 descriptor: its two sizes in eight bytes each
    return checksum, end
