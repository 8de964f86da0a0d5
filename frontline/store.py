"""Crash-safe files: atomic writes, output tables with a verified manifest, and the document corpus."""

from __future__ import annotations

import fcntl
import hashlib
import io
import json
import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa

from frontline.decoding import decode
from frontline.errors import InputError
from frontline.export import table_csv
from frontline.ingest import INPUT_SUFFIXES, MIB, iter_input_files, parse_document, read_document
from frontline.records import Document
from frontline.schema import TABLES, conform
from frontline.settings import Settings

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"
LOCK_FILE = ".frontline.lock"
MAX_NAME_CHARS = 100
MAX_NAME_BYTES = 200  # file systems allow 255 bytes; write_atomic's temporary name adds about 15
TABLE_NAME_RE = re.compile(r"[a-z][a-z0-9_]*\Z")
UNSAFE_NAME_CHARS_RE = re.compile(r"[^\w.-]|_")  # \w also admits letters of any script
HTML_STARTS = (b"<!doctype html", b"<html")
HEAD_TAG_RE = re.compile(r"<head\b[^>]*>|<html\b[^>]*>", re.IGNORECASE)


def write_atomic(path: Path, data: bytes) -> None:
    """Write data so that path holds either its old content or all of data, even after a crash."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Serialise writers of folder across threads and processes (flock locks each open file description)."""
    with open(folder / LOCK_FILE, "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def schema_version() -> str:
    """A short hash of the declared columns and dtypes: tables written under another schema are stale."""
    return hashlib.sha256(json.dumps(TABLES, sort_keys=True).encode()).hexdigest()[:12]


def write_tables(out_dir: Path, tables: dict[str, pd.DataFrame], fingerprint: str) -> None:
    """Write each table as CSV and Parquet, then the manifest that vouches for them, last.

    Runs writing the same folder at once take turns: interleaved, each manifest would vouch for files the
    other run had replaced, and neither run's tables would survive.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    with locked(out_dir):
        _write_tables(out_dir, tables, fingerprint)


def _write_tables(out_dir: Path, tables: dict[str, pd.DataFrame], fingerprint: str) -> None:
    entries = {}
    for name, df in tables.items():
        if not TABLE_NAME_RE.match(name):
            raise ValueError(f"table name {name!r} is not a safe file name")
        if name in TABLES:
            df = conform(name, df)
        files = {}
        for kind, data in (("parquet", _parquet_bytes(df)), ("csv", table_csv(df))):
            write_atomic(out_dir / f"{name}.{kind}", data)
            files[kind] = {"name": f"{name}.{kind}", "sha256": hashlib.sha256(data).hexdigest()}
        entries[name] = {"rows": len(df), "files": files}
    manifest = {
        "schema_version": schema_version(),
        "fingerprint": fingerprint,
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "tables": entries,
    }
    write_atomic(out_dir / MANIFEST, json.dumps(manifest, indent=2).encode())


def read_tables(out_dir: Path, fingerprint: str | None = None) -> dict[str, pd.DataFrame] | None:
    """The tables of the last complete run, or None (missing, stale, inconsistent): the caller rebuilds."""
    try:
        manifest = json.loads((out_dir / MANIFEST).read_bytes())
        problem = _manifest_problem(manifest, fingerprint)
        if problem:
            log.info("rebuilding tables in %s: %s", out_dir, problem)
            return None
        tables = {}
        for name, entry in manifest["tables"].items():
            data = _verified_bytes(out_dir, entry["files"]["parquet"])
            _verified_bytes(out_dir, entry["files"]["csv"])
            df = pd.read_parquet(io.BytesIO(data))
            if len(df) != entry["rows"]:
                raise ValueError(f"{name}: {len(df)} rows, the manifest says {entry['rows']}")
            tables[name] = conform(name, df) if name in TABLES else df
        return tables
    except FileNotFoundError as exc:
        log.info("no complete tables in %s: %s", out_dir, exc)
    # RecursionError: json.loads of a deeply nested file (a corrupt or planted manifest)
    except (
        OSError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        RecursionError,
        pa.ArrowException,
    ) as exc:
        log.warning("tables in %s are inconsistent, rebuilding: %s", out_dir, exc)
    return None


def _manifest_problem(manifest: object, fingerprint: str | None) -> str:
    if not isinstance(manifest, dict) or not isinstance(manifest.get("tables"), dict):
        return "the manifest is not a manifest object"
    if manifest.get("schema_version") != schema_version():
        return "written under another schema version"
    if fingerprint is not None and manifest.get("fingerprint") != fingerprint:
        return "the corpus changed since they were written"
    missing = set(TABLES) - set(manifest["tables"])
    return f"the manifest lacks tables {sorted(missing)}" if missing else ""


def _verified_bytes(out_dir: Path, entry: dict) -> bytes:
    name = entry["name"]
    if Path(name).name != name:
        raise ValueError(f"manifest names a file outside {out_dir}: {name!r}")
    data = (out_dir / name).read_bytes()
    if hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise ValueError(f"{name} does not match the manifest (changed, truncated or from another run)")
    return data


def _parquet_bytes(df: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    df.to_parquet(buffer, index=False)
    return buffer.getvalue()


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document in the corpus as the Sources page lists it; error is set when the file no longer parses."""

    name: str
    doc_id: str
    published: date | None
    title: str
    size: int
    path: Path
    duplicate: bool = False
    error: str = ""


class DocumentStore:
    """The corpus directory: validated, de-duplicated, safely named documents added and removed atomically."""

    def __init__(self, corpus_dir: Path, settings: Settings) -> None:
        self.corpus_dir = corpus_dir
        self.settings = settings

    def add(self, filename: str, raw: bytes, default_date: date | None = None) -> StoredDocument:
        """Validate and store one upload; a bad file raises InputError and stores nothing."""
        name = safe_filename(filename, html=raw.lstrip()[:15].lower().startswith(HTML_STARTS))
        try:
            doc = self._parse(name, raw)
        except InputError as exc:
            if exc.code != "no_date" or default_date is None:
                raise
            raw = _stamp_date(name, raw, default_date)  # so the stored file parses on its own later
            doc = self._parse(name, raw)
        try:
            self.corpus_dir.mkdir(parents=True, exist_ok=True)
            with self._locked():
                existing = self._same_content(raw)
                if existing is not None:
                    return self._stored(existing, doc, duplicate=True)
                path = self._free_path(name, doc.doc_id)
                write_atomic(path, raw)
            return self._stored(path, doc)
        except OSError as exc:  # disk full, permissions, a file where the folder should be: say so, per file
            reason = f"could not store it in {self.corpus_dir}: {exc.strerror or exc}"
            raise InputError(name, "not_stored", reason) from exc

    def list(self) -> list[StoredDocument]:
        """Every input file in the corpus, with its parse error instead of metadata when it is invalid."""
        documents = []
        for path in self._files():
            try:
                documents.append(self._listed(path))
            except FileNotFoundError:
                continue  # removed by another session while we were listing
        return documents

    def _listed(self, path: Path) -> StoredDocument:
        try:
            doc = read_document(path, settings=self.settings)
        except InputError as exc:
            if exc.code == "not_found":
                raise FileNotFoundError(path) from exc
            return StoredDocument(self._rel(path), "", None, "", path.stat().st_size, path, error=str(exc))
        return self._stored(path, doc)

    def remove(self, name: str) -> None:
        """Delete one input document, refusing any name that points outside the corpus directory."""
        path = (self.corpus_dir / name).resolve()
        inside = path.is_relative_to(self.corpus_dir.resolve()) and not name.startswith(("/", "."))
        if not inside or ".." in Path(name).parts or not name.lower().endswith(INPUT_SUFFIXES):
            raise InputError(name, "bad_name", f"{name!r} is not a document in {self.corpus_dir}")
        if not path.is_file():
            raise InputError(name, "not_found", f"no document called {name!r} in {self.corpus_dir}")
        with self._locked():
            path.unlink(missing_ok=True)  # another remover may have been first: the outcome is the same

    def fingerprint(self) -> str:
        """Changes whenever a document is added, removed, replaced or edited."""
        digest = hashlib.sha256()
        for path in self._files():
            try:
                st = path.stat()
            except FileNotFoundError:
                continue  # removed during the scan: not part of the corpus any more
            digest.update(f"{self._rel(path)}\t{st.st_size}\t{st.st_mtime_ns}\t{st.st_ino}\n".encode())
        return digest.hexdigest()[:16]

    def _parse(self, name: str, raw: bytes) -> Document:
        return parse_document(
            name,
            raw,
            max_bytes=int(self.settings.get("input", "max_file_mb") * MIB),
            min_year=self.settings.get("input", "min_year"),
            max_future_days=self.settings.get("input", "max_future_days"),
        )

    def _files(self) -> list[Path]:
        return iter_input_files([self.corpus_dir]) if self.corpus_dir.is_dir() else []

    def _rel(self, path: Path) -> str:
        return path.relative_to(self.corpus_dir).as_posix()

    def _locked(self) -> AbstractContextManager[None]:
        return locked(self.corpus_dir)

    def _same_content(self, raw: bytes) -> Path | None:
        digest = hashlib.sha256(raw).digest()
        for path in self._files():
            if path.stat().st_size == len(raw) and hashlib.sha256(path.read_bytes()).digest() == digest:
                return path
        return None

    def _free_path(self, name: str, doc_id: str) -> Path:
        stem, suffix = os.path.splitext(name)
        candidate, n = self.corpus_dir / name, 1
        while candidate.exists():
            tag = doc_id[:8] if n == 1 else f"{doc_id[:8]}-{n}"
            candidate = self.corpus_dir / f"{_shorten(stem, len(suffix) + len(tag) + 1)}-{tag}{suffix}"
            n += 1
        return candidate

    def _stored(self, path: Path, doc: Document, duplicate: bool = False) -> StoredDocument:
        size = path.stat().st_size
        return StoredDocument(self._rel(path), doc.doc_id, doc.published, doc.title, size, path, duplicate)


def safe_filename(filename: str, *, html: bool) -> str:
    """A plain base name (letters, digits, . _ -) of at most 100 characters and 200 bytes ending .txt/.html/.htm."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C")
    base = re.sub(r"_+", "_", UNSAFE_NAME_CHARS_RE.sub("_", base)).strip("._- ")
    stem, suffix = os.path.splitext(base)
    if suffix.lower() not in INPUT_SUFFIXES:
        stem, suffix = base, ".html" if html else ".txt"
    stem = stem.strip("._-") or "document"
    return _shorten(stem, len(suffix)) + suffix.lower()


def _shorten(stem: str, room: int) -> str:
    """stem cut so that room more ASCII characters still fit MAX_NAME_CHARS and MAX_NAME_BYTES."""
    stem = stem[: MAX_NAME_CHARS - room]
    return stem.encode()[: MAX_NAME_BYTES - room].decode("utf-8", errors="ignore")


def _stamp_date(name: str, raw: bytes, published: date) -> bytes:
    """The upload with its publication date written in: a date line, or a date meta tag in HTML."""
    text = decode(name, raw)
    if name.endswith((".html", ".htm")):
        head = HEAD_TAG_RE.search(text)
        at = head.end() if head else 0
        return f'{text[:at]}<meta name="date" content="{published.isoformat()}">{text[at:]}'.encode()
    return f"date {published.isoformat()} {text.lstrip()}".encode()
