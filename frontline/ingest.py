"""Input files (plain text or HTML) → validated, normalised Documents with one paragraph per line."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from types import MappingProxyType

from frontline.decoding import WORD_RE, decode, normalise
from frontline.errors import InputError
from frontline.records import Document, Paragraph
from frontline.settings import Settings

INPUT_SUFFIXES = (".txt", ".html", ".htm")
MIB = 1024 * 1024
MAX_HEADLINE_WORDS = 25
LIST_ITEMS = 2  # short lines under a colon that make a list, not one item's heading
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
DATE_LINE_RE = re.compile(r"date:?[ \t]+(\d\S*)(?:[ \t]+(.*))?\Z", re.IGNORECASE)
ISO_DATE_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})\Z")
FINAL_PUNCTUATION = tuple(".!?:;…")
CLOSERS = "\"'”’»)]"
BULLET_RE = re.compile(r"[-•*·▪●–—][ \t]+")
HTML_START_RE = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
TAG_RE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>|<[/!?]?[A-Za-z][^<>]*>", re.IGNORECASE | re.DOTALL)
SPACES_RE = re.compile(r"[ \t]+")


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


def looks_like_headline(line: str) -> bool:
    """A short line without final punctuation: a title, standfirst or post headline."""
    return (
        line.rstrip(CLOSERS)[-1:] not in FINAL_PUNCTUATION
        and not (line[:1] in "([" and line[-1:] in ")]")  # an editor's note or wire credit
        and len(line.split()) <= MAX_HEADLINE_WORDS
        and WORD_RE.search(line) is not None
    )


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
    """One paragraph per line, bullets taken off. A run of two or more short lines right under a line that ends
    with a colon ("the names of all 11 people killed:") is that line's list, not headlines; a single short line
    there ("SEPT. 9 – BURSHTYN" under "the heaviest attacks:") heads an item."""
    paragraphs = []
    for start, line in lines:
        bullet = BULLET_RE.match(line)
        if bullet and bullet.end() < len(line):
            start, line = start + bullet.end(), line[bullet.end() :]
        paragraphs.append(Paragraph(start, line, looks_like_headline(line)))
    for n, intro in enumerate(paragraphs):
        if not intro.text.endswith(":"):
            continue
        run = n + 1
        while run < len(paragraphs) and paragraphs[run].is_headline and not paragraphs[run].text.isupper():
            run += 1
        if run - n > LIST_ITEMS:
            paragraphs[n:run] = [replace(p, is_headline=False) for p in paragraphs[n:run]]
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
