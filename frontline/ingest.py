"""Input files (plain text or HTML) → validated, normalised Documents with one paragraph per line."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType

from frontline.errors import InputError
from frontline.records import Document, Paragraph
from frontline.settings import Settings

INPUT_SUFFIXES = (".txt", ".html", ".htm")
MIB = 1024 * 1024
MAX_HEADLINE_WORDS = 25
# Metadata dates only (not dates in the text); our own checks, not htmldate's window, refuse odd years.
HTML_DATE_PARAMS = MappingProxyType(
    {
        "extensive_search": False,
        "original_date": True,
        "min_date": "1800-01-01",
        "max_date": "2999-12-31",
    }
)
MIN_HTML_WORDS = 8  # fewer words than this after boilerplate removal is not an article
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
DATE_LINE_RE = re.compile(r"date:?[ \t]+(\d\S*)(?:[ \t]+(.*))?\Z", re.IGNORECASE)
ISO_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z")
FINAL_PUNCTUATION = tuple(".!?:;…")
CLOSERS = "\"'”’»)]"
BULLET_RE = re.compile(r"[-•*·▪●–—][ \t]+")
HTML_START_RE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
TAG_RE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<[/!?]?[A-Za-z][^<>]*>", re.IGNORECASE | re.DOTALL)
SPACES_RE = re.compile(r"[ \t]+")
WORD_RE = re.compile(r"[^\W\d_]+")
# A symbol glued between two letters is how Polish or Czech bytes look when read with the wrong code page.
GLUED_SYMBOL_RE = re.compile(r"[^\W\d_][¡¢£¤¥¦§¨©«¬®¯°±²³´¶¸¹»¼½¾¿‰‹›˜][^\W\d_]")
CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
LATIN_RE = re.compile("[A-Za-z]")
LATIN1_LETTERS_RE = re.compile("[\u00c0-\u00ff]{3,}")
MIXED_PER_CYRILLIC = 4  # a mixed-script word among at least this many all-Cyrillic words is a typo


def parse_document(
    name: str,
    raw: bytes,
    *,
    default_date: date | None = None,
    max_bytes: int,
    today: date | None = None,
    min_year: int = 1990,
    max_future_days: int = 2,
) -> Document:
    """Decode, validate and lay out one input file; every failure is an InputError with a stable code."""
    if len(raw) > max_bytes:
        raise InputError(name, "too_large", _too_large_reason(len(raw), max_bytes))
    text = normalise(decode(name, raw))
    if not text.strip():
        raise InputError(name, "empty", "the file is empty or holds only whitespace")
    if _is_html(name, text):
        published, title, paragraphs, text = _parse_html(name, text, default_date)
    else:
        published, title, paragraphs = _parse_text(name, text, default_date)
    _check_date(name, published, today or date.today(), min_year, max_future_days)
    return Document(
        name=name,
        doc_id=hashlib.sha256(raw).hexdigest()[:16],
        published=published,
        title=title,
        text=text,
        paragraphs=tuple(paragraphs),
    )


def read_document(path: Path, *, default_date: date | None = None, settings: Settings) -> Document:
    """Read one file, refusing it by its size on disk before any byte is read."""
    max_bytes = int(settings.get("input", "max_file_mb") * MIB)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputError(path.name, "not_a_file", f"{path} is not a regular file")
        if size > max_bytes:
            raise InputError(path.name, "too_large", _too_large_reason(size, max_bytes))
        with path.open("rb") as fh:
            raw = fh.read(max_bytes + 1)  # the file may have grown since stat
    except FileNotFoundError as exc:
        raise InputError(path.name, "not_found", f"no such file: {path}") from exc
    except OSError as exc:
        raise InputError(path.name, "unreadable", f"cannot read {path}: {exc.strerror or exc}") from exc
    return parse_document(
        path.name,
        raw,
        default_date=default_date,
        max_bytes=max_bytes,
        min_year=settings.get("input", "min_year"),
        max_future_days=settings.get("input", "max_future_days"),
    )


def iter_input_files(paths: list[Path]) -> list[Path]:
    """Explicit files as given plus *.txt/*.html/*.htm under directories (hidden skipped), sorted, unique."""
    found: dict[Path, Path] = {}
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for file in files:
                    if not file.startswith(".") and file.lower().endswith(INPUT_SUFFIXES):
                        child = Path(root, file)
                        found.setdefault(child.resolve(), child)
        elif path.exists():
            found.setdefault(path.resolve(), path)
        else:
            raise InputError(str(path), "not_found", f"no such file or directory: {path}")
    return sorted(found.values(), key=str)


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


def looks_like_headline(line: str) -> bool:
    """A short line without final punctuation: a title, standfirst or post headline."""
    return (
        line.rstrip(CLOSERS)[-1:] not in FINAL_PUNCTUATION
        and not (line[:1] in "([" and line[-1:] in ")]")  # an editor's note or wire credit
        and len(line.split()) <= MAX_HEADLINE_WORDS
        and WORD_RE.search(line) is not None
    )


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


def _is_html(name: str, text: str) -> bool:
    return name.lower().endswith((".html", ".htm")) or HTML_START_RE.match(text[:2048]) is not None


def _parse_text(name: str, text: str, default_date: date | None) -> tuple[date, str, list[Paragraph]]:
    lines = _lines(text)
    first_start, first = lines[0]
    match = DATE_LINE_RE.match(first)
    if match:
        published = _parse_iso(name, match.group(1))
        title = (match.group(2) or "").strip()
        title_start = first_start + match.start(2) if title else first_start
    elif default_date is not None:
        published, title, title_start = default_date, first, first_start
    else:
        reason = "no date line: add a first line `date YYYY-MM-DD <headline>` or pass --date"
        raise InputError(name, "no_date", reason)
    paragraphs = [Paragraph(title_start, title, True)] if title else []
    paragraphs += _paragraphs(lines[1:])
    if not any(WORD_RE.search(p.text) for p in paragraphs):
        raise InputError(name, "no_text", "the file has a date line but no headline or text")
    return published, title, paragraphs


def _parse_html(name: str, html: str, default_date: date | None) -> tuple[date, str, list[Paragraph], str]:
    from trafilatura import bare_extraction  # only HTML input needs the extractor

    result = bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        date_extraction_params=dict(HTML_DATE_PARAMS),
    )
    title = _plain(result.title or "") if result else ""
    body = _plain(result.text or "") if result else ""
    if len(body.split()) < MIN_HTML_WORDS:
        raise InputError(name, "no_text", "found no article text in the page, only navigation or boilerplate")
    if result.date:
        published = _parse_iso(name, result.date[:10])
    elif default_date is not None:
        published = default_date
    else:
        reason = "the page's metadata has no publication date: pass --date YYYY-MM-DD (or pick one on upload)"
        raise InputError(name, "no_date", reason)
    text = _compose(title, body)
    lines = _lines(text)
    title_start, title_line = lines[0]
    if not title and not looks_like_headline(title_line):
        return published, "", _paragraphs(lines), text
    return published, title_line, [Paragraph(title_start, title_line, True), *_paragraphs(lines[1:])], text


def _plain(text: str) -> str:
    """Extracted HTML text with any markup the page smuggled in as text removed, then normalised."""
    text = normalise(TAG_RE.sub("", text))
    return "\n".join(SPACES_RE.sub(" ", line).strip() for line in text.split("\n") if line.strip())


def _compose(title: str, body: str) -> str:
    """Title line then body, without repeating a title that the body already opens with."""
    first = body.split("\n", 1)[0]
    key, title_key = first.casefold(), title.casefold()
    if not title or (looks_like_headline(first) and (title_key.startswith(key) or key.startswith(title_key))):
        return body
    return f"{title}\n{body}"


def _lines(text: str) -> list[tuple[int, str]]:
    """Non-blank lines, stripped, with the offset of their first character."""
    lines = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lines.append((pos + line.index(stripped[0]), stripped))
        pos += len(line) + 1
    return lines


def _paragraphs(lines: list[tuple[int, str]]) -> list[Paragraph]:
    paragraphs = []
    for start, line in lines:
        bullet = BULLET_RE.match(line)
        if bullet and bullet.end() < len(line):
            start, line = start + bullet.end(), line[bullet.end() :]
        paragraphs.append(Paragraph(start, line, looks_like_headline(line)))
    return paragraphs


def _parse_iso(name: str, token: str) -> date:
    match = ISO_DATE_RE.match(token)
    if not match:
        raise InputError(name, "bad_date", f"the date {token!r} is not written as YYYY-MM-DD")
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError as exc:
        what = "month" if not 1 <= month <= 12 else "day"
        raise InputError(name, "bad_date", f"the date {token} does not exist: no such {what}") from exc


def _check_date(name: str, published: date, today: date, min_year: int, max_future_days: int) -> None:
    if published.year < min_year:
        reason = f"the publication date {published} is before {min_year} (settings input.min_year)"
        raise InputError(name, "too_old", reason)
    if published > today + timedelta(days=max_future_days):
        reason = (
            f"the publication date {published} is more than {max_future_days} days after today ({today}) "
            "(settings input.max_future_days); check the date"
        )
        raise InputError(name, "future_date", reason)


def _too_large_reason(size: int, limit: int) -> str:
    return f"the file is {size / MIB:.1f} MB; the limit is {limit / MIB:g} MB (settings input.max_file_mb)"
