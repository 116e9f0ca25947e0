"""Writes small Outlook .msg files for the tests: an OLE compound file ([MS-CFB], version 3).

Every stream is below 4096 bytes and so lives in the mini stream, as Outlook keeps them; the
property streams follow [MS-OXMSG]. Just enough for what the program reads from a .msg.
"""

from __future__ import annotations

import struct
from datetime import UTC, datetime

SECTOR = 512
MINI = 64
FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _entry(
    name: str,
    kind: int,
    *,
    child: int = NO_STREAM,
    right: int = NO_STREAM,
    start: int = END,
    size: int = 0,
) -> bytes:
    encoded = (name + "\x00").encode("utf-16-le")
    return (
        encoded.ljust(64, b"\x00")
        + struct.pack("<HBB", len(encoded), kind, 1)  # 1: black
        + struct.pack("<III", NO_STREAM, right, child)
        + b"\x00" * 16
        + struct.pack("<I", 0)
        + b"\x00" * 16
        + struct.pack("<IQ", start, size)
    )


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A compound file with these streams under the root (each < 4096 bytes)."""
    # Siblings as a chain to the right, in the order the format compares names.
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    mini_stream = b""
    mini_fat: list[int] = []
    starts: dict[str, int] = {}
    for name in names:
        data = streams[name]
        assert len(data) < 4096
        count = max(1, -(-len(data) // MINI))
        first = len(mini_fat)
        starts[name] = first
        mini_fat += [first + i + 1 for i in range(count - 1)] + [END]
        mini_stream += data.ljust(count * MINI, b"\x00")

    entries = [
        _entry("Root Entry", 5, child=1 if names else NO_STREAM, start=END, size=len(mini_stream))
    ]
    for index, name in enumerate(names):
        right = index + 2 if index + 1 < len(names) else NO_STREAM
        entries.append(_entry(name, 2, right=right, start=starts[name], size=len(streams[name])))
    while len(entries) % 4:
        entries.append(
            b"\x00" * 64
            + struct.pack("<HBB", 0, 0, 0)
            + struct.pack("<III", NO_STREAM, NO_STREAM, NO_STREAM)
            + b"\x00" * 48
        )
    directory = b"".join(entries)
    mini_fat_bytes = b"".join(struct.pack("<I", n) for n in mini_fat)
    mini_fat_bytes = mini_fat_bytes.ljust(
        -(-len(mini_fat_bytes) // SECTOR) * SECTOR or SECTOR, b"\xff"
    )
    mini_stream = mini_stream.ljust(-(-len(mini_stream) // SECTOR) * SECTOR, b"\x00")

    dir_sectors = len(directory) // SECTOR
    mini_fat_sectors = len(mini_fat_bytes) // SECTOR
    stream_sectors = len(mini_stream) // SECTOR
    fat = [FAT_SECTOR]
    first_dir = len(fat)

    def chain(count: int) -> list[int]:
        start = len(fat)
        return [start + i + 1 for i in range(count - 1)] + [END]

    fat += chain(dir_sectors)
    first_mini_fat = len(fat)
    fat += chain(mini_fat_sectors)
    first_stream = len(fat) if stream_sectors else END
    if stream_sectors:
        fat += chain(stream_sectors)
    assert len(fat) <= SECTOR // 4
    fat_bytes = b"".join(struct.pack("<I", n) for n in fat).ljust(SECTOR, b"\xff")
    # The root entry holds the mini stream.
    directory = directory[:116] + struct.pack("<I", first_stream) + directory[120:]

    header = (
        bytes.fromhex("D0CF11E0A1B11AE1")
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack(
            "<IIIIIIIII", 0, 1, first_dir, 0, 4096, first_mini_fat, mini_fat_sectors, END, 0
        )
        + struct.pack("<I", 0)
        + b"\xff" * (109 * 4 - 4)
    )
    assert len(header) == SECTOR
    return header + fat_bytes + directory + mini_fat_bytes + mini_stream


def _filetime(moment: datetime) -> int:
    return int((moment - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds() * 10_000_000)


def make_msg(
    *,
    subject: str,
    sender_name: str = "",
    sender_address: str = "",
    sent_at: datetime | None = None,
    transport_headers: str = "",
    string8: bool = False,
) -> bytes:
    """An Outlook message with these properties (``string8``: 8-bit strings in cp1252)."""
    kind, encoding = (0x001E, "cp1252") if string8 else (0x001F, "utf-16-le")
    streams: dict[str, bytes] = {}

    def text(property_id: int, value: str) -> None:
        if value:
            streams[f"__substg1.0_{property_id:04X}{kind:04X}"] = value.encode(encoding)

    text(0x0037, subject)
    text(0x0C1A, sender_name)
    text(0x5D01, sender_address)
    text(0x007D, transport_headers)
    properties = b"\x00" * 32
    if sent_at is not None:
        properties += struct.pack("<IIQ", (0x0039 << 16) | 0x0040, 6, _filetime(sent_at))
    if string8:
        properties += struct.pack("<IIQ", (0x3FFD << 16) | 0x0003, 6, 1252)
    streams["__properties_version1.0"] = properties
    return compound_file(streams)
