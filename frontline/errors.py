"""Errors with codes that name the offending file or codebook entry."""

from __future__ import annotations


class FrontlineError(Exception):
    """Base class for every error Frontline raises on purpose."""


class InputError(FrontlineError):
    """An input document cannot be read; names the file, a stable code and the reason."""

    def __init__(self, source: str, code: str, reason: str) -> None:
        self.source = source
        self.code = code
        self.reason = reason
        super().__init__(f"{source}: [{code}] {reason}")


class CodebookError(FrontlineError):
    """A data file under data/ is invalid; names the file and the entry."""

    def __init__(self, path: str, entry: str, reason: str) -> None:
        self.path = path
        self.entry = entry
        self.reason = reason
        super().__init__(f"{path}: entry {entry}: {reason}")
