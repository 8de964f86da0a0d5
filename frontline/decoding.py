"""Bytes → clean text: the file's encoding (a BOM, UTF-8, or a confidently detected legacy code page), refusing
binary files, then one normal form with no invisible or control characters."""

from __future__ import annotations

import re
import unicodedata

from frontline.errors import InputError

LEGACY_ENCODINGS = ("cp1252", "cp1251")  # what old Western and Cyrillic newsroom files use
MAX_CHAOS = 0.1  # charset_normalizer's mess ratio above which a guess is not trusted

BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
LINE_SEPARATORS = ("\r", "\x85", "\u2028", "\u2029")
LINE_SEPARATOR_RE = re.compile("\r\n?|[\x85\u2028\u2029]")
# Controls, soft hyphen, zero-width and bidi marks (incl. the Arabic letter mark), variation selectors and
# the invisible "tag" letters U+E0000-E007F that can smuggle hidden text through a copy-paste.
INVISIBLE_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufe00-\ufe0f\ufeff\ufff9-\ufffb\U000e0000-\U000e0fff]"
)
ANSI_ESCAPE_RE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])")
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
WORD_RE = re.compile(r"[^\W\d_]+")
# A symbol glued between two letters is how Polish or Czech bytes look when read with the wrong code page.
GLUED_SYMBOL_RE = re.compile(r"[^\W\d_][¡¢£¤¥¦§¨©«¬®¯°±²³´¶¸¹»¼½¾¿‰‹›˜][^\W\d_]")
CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
LATIN_RE = re.compile("[A-Za-z]")
LATIN1_LETTERS_RE = re.compile("[\u00c0-\u00ff]{3,}")
MIXED_PER_CYRILLIC = 4  # a mixed-script word among at least this many all-Cyrillic words is a typo


def decode(name: str, raw: bytes) -> str:
    """Bytes → str: a BOM's encoding, else UTF-8, else a declared or confidently detected code page."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                reason = f"the file starts with a {encoding} byte-order mark but is not {encoding}: {exc}"
                raise InputError(name, "encoding", reason) from exc
            _check_controls(name, len(CONTROL_RE.findall(text)), len(text))
            return text
    nul = raw.find(b"\x00")
    if nul >= 0:
        reason = (
            f"NUL byte at offset {nul}: this looks like a binary file, not text or HTML "
            "(UTF-16 text needs a byte-order mark; or save it as UTF-8)"
        )
        raise InputError(name, "binary", reason)
    _check_controls(name, len(raw) - len(raw.translate(None, CONTROL_BYTES)), len(raw))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(name, raw)


def normalise(text: str) -> str:
    """NFC, LF line ends, no zero-width, bidi-control or control characters except newline and tab."""
    if any(sep in text for sep in LINE_SEPARATORS):
        text = LINE_SEPARATOR_RE.sub("\n", text)
    if "\x1b" in text:  # text pasted from a terminal: drop colour codes whole, not just their ESC
        text = ANSI_ESCAPE_RE.sub("", text)
    text = INVISIBLE_RE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _check_controls(name: str, count: int, length: int) -> None:
    if count * 100 > length:
        reason = f"{count} control characters in {length}: this looks like a binary file, not text or HTML"
        raise InputError(name, "binary", reason)


def _decode_legacy(name: str, raw: bytes) -> str:
    from charset_normalizer import from_bytes  # only old code-page files need the detector

    declared = META_CHARSET_RE.search(raw[:4096])
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall back to detection below
    match = from_bytes(raw, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if match is not None and match.chaos <= MAX_CHAOS:
        text = str(match)
        if _plausible(_sample(text)):
            return text
    tried = ", ".join(("UTF-8", *LEGACY_ENCODINGS))
    reason = f"not valid UTF-8, and no confident guess among {tried}; save the file as UTF-8"
    raise InputError(name, "encoding", reason)


def _plausible(text: str) -> bool:
    """False when the letters look like one code page read as another (mixed-script or garbled words).

    A Latin page read as Cyrillic has no all-Cyrillic words, only Latin words with Cyrillic letters inside;
    so mixed-script words count only when real Cyrillic words do not outnumber them (a typed "Kharkіv" with a
    Cyrillic і, among Cyrillic names, is a typo or a spoof, not a wrong code page).
    """
    if GLUED_SYMBOL_RE.search(text):
        return False
    garbled = mixed = cyrillic = total = 0
    for word in WORD_RE.findall(text):
        if word.isascii():
            continue
        total += 1
        if LATIN1_LETTERS_RE.search(word):
            garbled += 1
        elif CYRILLIC_RE.search(word):
            if LATIN_RE.search(word):
                mixed += 1
            else:
                cyrillic += 1
    suspicious = garbled + (mixed if mixed * MIXED_PER_CYRILLIC > cyrillic else 0)
    return suspicious * 20 <= total


def _sample(text: str, size: int = 65536) -> str:
    """Start, middle and end of a long text: enough to judge its encoding in bounded time."""
    if len(text) <= 3 * size:
        return text
    middle = len(text) // 2
    return "\n".join((text[:size], text[middle : middle + size], text[-size:]))
