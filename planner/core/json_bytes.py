"""JSON bytes from outside (plan files, imports, the catalog) parsed without ever raising past us.

Parsing can fail in more ways than the library's own error: msgspec raises ``DecodeError``, but
also ``RecursionError`` on deep nesting and ``UnicodeDecodeError`` on bytes that are not UTF-8.
Every one of them is bad input, so each becomes a :class:`JsonInputError` with a reason in words.
"""

from __future__ import annotations

from typing import Any

import msgspec

UTF8_BOM = b"\xef\xbb\xbf"


class JsonInputError(ValueError):
    """The bytes are not usable JSON; ``reason`` says why in words a user can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def strip_bom(data: bytes) -> bytes:
    """Windows editors start UTF-8 files with a byte-order mark; JSON parsers refuse it."""
    return data[len(UTF8_BOM):] if data.startswith(UTF8_BOM) else data


def parse_json(data: bytes) -> Any:
    """Parse untyped JSON, a leading byte-order mark allowed.

    Raises:
        JsonInputError: empty, cut off, garbled, not UTF-8, or nested too deeply.
    """
    data = strip_bom(data)
    if not data.strip():
        raise JsonInputError("the file is empty")
    try:
        return msgspec.json.decode(data)
    except (ValueError, RecursionError, MemoryError) as error:
        raise JsonInputError(decode_failure_reason(error)) from error


def decode_failure_reason(error: BaseException) -> str:
    """Words for any exception a JSON decode can raise."""
    if isinstance(error, RecursionError):
        return "not a usable file: its data is nested far too deeply"
    if isinstance(error, MemoryError):
        return "not a usable file: it is too large to read"
    if isinstance(error, UnicodeDecodeError):
        return f"not valid UTF-8 text (a bad byte at position {error.start})"
    message = str(error)
    if "truncated" in message:
        return "the file is incomplete: it ends in the middle of the JSON"
    return f"not valid JSON ({message.removeprefix('JSON is malformed: ')})"
