"""Download one news page over http(s) for the corpus, bounded in size and time."""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.parse
import urllib.request
from email.message import Message
from http.client import HTTPResponse

from frontline.errors import InputError

SCHEMES = ("http", "https")
HTML_TYPES = ("text/html", "application/xhtml+xml")
CHUNK = 64 * 1024
MAX_NAME_CHARS = 80
USER_AGENT = "frontline/0.1 (news reader for offline analysis)"
NAME_JUNK_RE = re.compile(r"[^A-Za-z0-9.-]+")


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects only to http(s): a page may not bounce us to file:, ftp: or data:."""

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[override]
        target = urllib.parse.urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        scheme = urllib.parse.urlsplit(target).scheme.lower()
        if scheme not in SCHEMES:
            raise InputError(
                req.full_url, "bad_url", f"the page redirects to a {scheme}: URL, which is refused"
            )
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def fetch_url(url: str, *, timeout: float = 10, max_bytes: int) -> tuple[str, bytes]:
    """The page's file name (…html) and raw bytes; refuses non-http(s) URLs, non-HTML and oversized bodies."""
    url = url.strip()
    _check_url(url)
    opener = urllib.request.build_opener(_SafeRedirects)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            _check_response(url, response.headers, max_bytes)
            body = _read_bounded(url, response, max_bytes, deadline)
            final_url = response.geturl()
    except urllib.error.HTTPError as exc:
        raise InputError(url, "http_error", f"the server answered {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        raise InputError(url, "network", f"could not fetch the page: {exc.reason}") from exc
    except TimeoutError as exc:
        raise InputError(url, "timeout", f"no answer within {timeout:g} s") from exc
    except OSError as exc:
        raise InputError(url, "network", f"the connection failed: {exc}") from exc
    except ValueError as exc:  # http.client refuses URLs with spaces or control characters
        raise InputError(url, "bad_url", f"the URL is malformed: {exc}") from exc
    return name_for_url(final_url), body


def name_for_url(url: str) -> str:
    """A readable file name from a URL: host and last path segment, ending .html."""
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "page").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    last = urllib.parse.unquote(segments[-1]) if segments else "index"
    last = re.sub(r"\.(s?html?|php|aspx?|jsp)$", "", last, flags=re.IGNORECASE)
    name = NAME_JUNK_RE.sub("_", f"{host}_{last}").strip("._-")
    return f"{name[:MAX_NAME_CHARS]}.html"


def _check_url(url: str) -> None:
    parts = urllib.parse.urlsplit(url.strip())
    if parts.scheme.lower() not in SCHEMES:
        shown = f"{parts.scheme}:" if parts.scheme else "no scheme"
        raise InputError(url, "bad_url", f"only http:// and https:// URLs can be fetched, not {shown}")
    if not parts.hostname:
        raise InputError(url, "bad_url", "the URL has no host name")


def _check_response(url: str, headers: Message, max_bytes: int) -> None:
    content_type = headers.get_content_type() if headers.get("Content-Type") else "text/html"
    if content_type not in HTML_TYPES:
        raise InputError(url, "not_html", f"the server sent {content_type}, not an HTML page")
    length = headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise InputError(url, "too_large", _too_large(int(length), max_bytes))


def _read_bounded(url: str, response: HTTPResponse, max_bytes: int, deadline: float) -> bytes:
    """Read the body in chunks, stopping as soon as it passes max_bytes or the deadline."""
    chunks, total = [], 0
    while chunk := response.read(CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise InputError(url, "too_large", _too_large(total, max_bytes, partial=True))
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(size: int, limit: int, partial: bool = False) -> str:
    more = "more than " if partial else ""
    return f"the page is {more}{size / 2**20:.1f} MB; the limit is {limit / 2**20:g} MB"
