"""Text from files and data made safe for the reader of a report.

Two steps, used by every output:
- `unsurrogate`: a file name that is not UTF-8 reaches Python as lone surrogates (os.fsdecode's
  surrogateescape); it is rendered once, where a finding is made, with each undecodable byte as a
  backslash escape (`bad\\xff.sql`), so every format (and the fingerprint) shows the same path.
- `escape_controls`: control characters (ESC/CSI/OSC, BEL, CR, LF, NUL, the C1 set, bidi overrides,
  Unicode line separators) as visible backslash escapes, so a name cannot drive a terminal, start
  a new line, or reorder what a reviewer reads.
"""

from __future__ import annotations

import re

# C0 and DEL, C1 (NEL, 8-bit CSI ...), line and paragraph separators, bidi embeddings and isolates.
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
SURROGATES = re.compile("[\ud800-\udfff]")
NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def unsurrogate(text: str) -> str:
    """`text` without lone surrogates: the undecodable bytes of a file name as `\\xNN`."""
    if SURROGATES.search(text) is None:
        return text
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") if _escaped_bytes(text) \
        else SURROGATES.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def escape_controls(text: str) -> str:
    """`text` on one line with every control character as a visible escape (`\\n`, `\\x1b`, `\\u202e`)."""
    return CONTROLS.sub(lambda match: escaped(match[0]), unsurrogate(text))


def escaped(character: str) -> str:
    """One character as its backslash escape."""
    code = ord(character)
    return NAMED.get(character) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def _escaped_bytes(text: str) -> bool:
    """Every surrogate is one os.fsdecode made of a byte (U+DC80..U+DCFF)."""
    return all("\udc80" <= found <= "\udcff" for found in SURROGATES.findall(text))
