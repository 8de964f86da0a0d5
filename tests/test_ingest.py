"""Input files → Documents: decoding, normalisation, layout, HTML extraction and every refusal code."""

from __future__ import annotations

import hashlib
import inspect
import random
import time
import tomllib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontline.decoding import normalise
from frontline.errors import InputError
from frontline.ingest import (
    MIB,
    iter_input_files,
    looks_like_headline,
    parse_document,
    read_document,
)
from frontline.settings import DEFAULTS_FILE, load_settings

ROOT = Path(__file__).resolve().parent.parent
LIVEBLOGS = ROOT / "data" / "liveblogs"
PAGES = Path(__file__).parent / "fixtures" / "html"
TODAY = date(2024, 11, 10)
BODY = "Russian drones struck a fuel depot outside Kharkiv overnight, the regional governor said.\n"


def parse(raw: bytes, name: str = "doc.txt", default_date: date | None = None, max_bytes: int = MIB):
    return parse_document(name, raw, default_date=default_date, max_bytes=max_bytes, today=TODAY)


def assert_offsets(doc) -> None:
    for para in doc.paragraphs:
        assert doc.text[para.start : para.start + len(para.text)] == para.text


def html_page(head: str, body: str) -> bytes:
    return f"<!doctype html><html><head>{head}</head><body>{body}</body></html>".encode()


ARTICLE = (
    "<article><p>Russian missiles struck the centre of Lviv before dawn on Saturday, the mayor said, "
    "damaging an office block and injuring at least five people.</p></article>"
)
DATED = (
    '<title>Missiles hit Lviv</title><meta property="article:published_time" content="2024-11-02T05:00:00Z">'
)


@pytest.mark.parametrize(
    ("raw", "name", "default_date", "code", "hint"),
    [
        (b"", "doc.txt", None, "empty", "empty"),
        (b"  \n\t\r\n   \n", "doc.txt", None, "empty", "whitespace"),
        ("\ufeff \n".encode(), "doc.txt", None, "empty", "whitespace"),
        (b"date 2024-11-02 Kyiv\nSome \x00 text.\n", "doc.txt", None, "binary", "NUL byte at offset 26"),
        (random.Random(7).randbytes(4096), "doc.txt", None, "binary", "binary"),
        (
            bytes(b % 32 for b in random.Random(3).randbytes(512) if b % 32),
            "doc.txt",
            None,
            "binary",
            "control",
        ),
        (("date 2024-11-02 Kyiv\n" + BODY).encode("utf-16-be"), "doc.txt", None, "binary", "byte-order mark"),
        (b"\xff\xfeK\x00y\x00i", "doc.txt", None, "encoding", "utf-16-le"),
        (
            ("date 2024-11-02 Atak\nRosyjskie drony zaatakowały Charków, powiedział gubernator.\n").encode(
                "cp1250"
            ),
            "doc.txt",
            None,
            "encoding",
            "UTF-8, cp1252, cp1251",
        ),
        (
            BODY.encode(),
            "doc.txt",
            None,
            "no_date",
            "add a first line `date YYYY-MM-DD <headline>` or pass --date",
        ),
        (("date 2024-02-30 Strike\n" + BODY).encode(), "doc.txt", None, "bad_date", "no such day"),
        (("date 2023-02-29 Strike\n" + BODY).encode(), "doc.txt", None, "bad_date", "no such day"),
        (("date 2024-13-01 Strike\n" + BODY).encode(), "doc.txt", None, "bad_date", "no such month"),
        (("date 30/10/2024 Strike\n" + BODY).encode(), "doc.txt", None, "bad_date", "YYYY-MM-DD"),
        (("date 2024-11-13 Strike\n" + BODY).encode(), "doc.txt", None, "future_date", "more than 2 days"),
        (BODY.encode(), "doc.txt", date(2025, 1, 1), "future_date", "input.max_future_days"),
        (("date 1989-12-31 Strike\n" + BODY).encode(), "doc.txt", None, "too_old", "before 1990"),
        (b"date 2024-11-02\n\n   \n", "doc.txt", None, "no_text", "no headline or text"),
        (b"  date 2024-11-02   \n", "doc.txt", date(2024, 11, 2), "no_text", "no headline or text"),
        (html_page("<title>Missiles hit Lviv</title>", ARTICLE), "page.html", None, "no_date", "--date"),
        (
            html_page(DATED, "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"),
            "page.html",
            None,
            "no_text",
            "",
        ),
        (html_page(DATED.replace("2024-11-02", "2024-12-25"), ARTICLE), "page.html", None, "future_date", ""),
        (html_page(DATED.replace("2024-11-02", "1970-05-01"), ARTICLE), "page.html", None, "too_old", "1990"),
    ],
    ids=[
        "empty",
        "whitespace",
        "bom-whitespace",
        "nul",
        "random-binary",
        "control-chars",
        "utf16-without-bom",
        "broken-utf16",
        "cp1250",
        "no-date",
        "feb-30",
        "feb-29-non-leap",
        "month-13",
        "not-iso",
        "future",
        "future-default-date",
        "too-old",
        "date-line-only",
        "date-line-only-with-default",
        "html-no-date",
        "html-boilerplate-only",
        "html-future",
        "html-too-old",
    ],
)
def test_bad_input_is_refused_with_a_code_and_reason(raw, name, default_date, code, hint):
    with pytest.raises(InputError) as caught:
        parse(raw, name, default_date)
    assert (caught.value.source, caught.value.code) == (name, code)
    assert hint in caught.value.reason


def test_too_large_names_size_and_limit():
    with pytest.raises(InputError) as caught:
        parse(b"date 2024-11-02 Kyiv\n" + b"x" * 3 * MIB, max_bytes=2 * MIB)
    assert caught.value.code == "too_large"
    assert "3.0 MB" in caught.value.reason and "2 MB" in caught.value.reason


def test_too_large_file_is_refused_before_reading(tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(21 * MIB)  # sparse: no 21 MB actually written
    settings = load_settings()
    monkeypatch.setattr(Path, "open", lambda *a, **k: pytest.fail("the file was opened"))
    with pytest.raises(InputError) as caught:
        read_document(big, settings=settings)
    assert caught.value.code == "too_large"
    assert "21.0 MB" in caught.value.reason and "20 MB" in caught.value.reason


@pytest.mark.parametrize(
    ("encoding", "title", "body"),
    [
        ("utf-8", "Strike on Kharkiv", BODY.strip()),
        ("utf-8-sig", "Strike on Kharkiv", BODY.strip()),
        ("utf-16", "Strike on Kharkiv", BODY.strip()),
        ("utf-16-be-bom", "Strike", BODY.strip()),
        ("latin-1", "Frappe sur Kharkiv", "Les drones ont frappé un dépôt à Kharkiv, a déclaré le préfet."),
        ("cp1252", "Strike on a café", "The governor said “two people” were hurt – one badly."),
        ("cp1251", "Удар по Харкову", "Російські дрони атакували Харків уночі, повідомив голова ОВА."),
        ("cp1251", "Атака беспилотников", "Над Белгородской областью сбиты 12 беспилотников."),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "latin1", "cp1252", "cp1251-uk", "cp1251-ru"],
)
def test_encodings_decode_to_the_same_text(encoding, title, body):
    text = f"date 2024-11-02 {title}\n{body}\n"
    bom = encoding == "utf-16-be-bom"
    raw = ("\ufeff" + text).encode("utf-16-be") if bom else text.encode(encoding)
    doc = parse(raw)
    assert doc.title == title
    assert [p.text for p in doc.paragraphs] == [title, body]
    assert_offsets(doc)


def test_cp1251_html_uses_its_declared_charset():
    page = (
        '<html><head><meta charset="windows-1251"><meta name="date" content="2024-11-02">'
        "<title>Удар по Одесі</title></head><body><article><p>Російська ракета влучила в порт Одеси, "
        "загинула одна людина, ще вісім поранені, повідомила обласна адміністрація.</p>"
        "</article></body></html>"
    )
    doc = parse(page.encode("cp1251"), "odesa.html")
    assert doc.title == "Удар по Одесі"
    assert "влучила в порт Одеси" in doc.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\r\nb\rc\n", "a\nb\nc\n"),
        ("Kyi\u200bv and Lviv\u200d", "Kyiv and Lviv"),
        ("\u202eKharkiv\u202c \u2066Odesa\u2069 \u200e\u200f", "Kharkiv Odesa "),
        ("word\u2060join\u2063ed\ufeff", "wordjoined"),
        ("bell\x07 and\x1b escape\x7f and \x85next", "bell and escape and \nnext"),
        ("line\u2028two\u2029three", "line\ntwo\nthree"),
        ("Zaporizhzhia\u00ad region", "Zaporizhzhia region"),
        ("Kiev\u0306 cafe\u0301", "Kiev̆ café"),
        ("tabs\tstay\n", "tabs\tstay\n"),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_offsets_refer_to_the_normalised_text():
    raw = "date 2024-11-02 Kyi\u200bv hit\r\n\r\n\u202bDrones\u202c hit Kyiv\u200f overnight.\r\n"
    raw = (raw + "  Second post\rThird.").encode()
    doc = parse(raw)
    assert [p.text for p in doc.paragraphs] == [
        "Kyiv hit",
        "Drones hit Kyiv overnight.",
        "Second post",
        "Third.",
    ]
    assert "\r" not in doc.text and "\u200b" not in doc.text
    assert_offsets(doc)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Russian drone attack on Kyiv injures nine", True),
        ("Zelensky: 'We will not cede territory'", True),
        ('Russian drill simulates "massive" response to a nuclear strike', True),
        ("Key events", True),
        ("KYIV, Nov 3 (Northwire) - Russian drones struck a fuel depot.", False),
        ("At least nine people were injured, officials said.", False),
        ("Will the West keep funding Kyiv?", False),
        ("The governor said:", False),
        ("“So far, nine people have been injured.”", False),
        ("He said the town was “almost destroyed.”", False),
        ("The mayor added that repairs would take weeks…", False),
        ("(Reporting by Olena Marchenko; Editing by Clare Whitby)", False),
        ("[Updated at 10.42 GMT]", False),
        ("***", False),
        (" ".join(["word"] * 26), False),
        (" ".join(["word"] * 25), True),
    ],
)
def test_looks_like_headline(line, expected):
    assert looks_like_headline(line) is expected


def test_text_layout_title_standfirst_posts_and_bullets():
    raw = (
        "   date 2024-11-05 Russia-Ukraine war live: Zaporizhzhia hit by glide bombs\n"
        "Three people hurt, including a teenager, regional governor says\n"
        "\n"
        "Russian forces dropped four guided bombs on the city this morning, officials said.\n"
        "Glide bombs damage school\n"
        "• The school was empty at the time of the attack, the governor said.\n"
        "- Rescue crews were still searching the rubble.\n"
    ).encode()
    doc = parse(raw)
    assert doc.published == date(2024, 11, 5)
    assert doc.title == "Russia-Ukraine war live: Zaporizhzhia hit by glide bombs"
    assert [(p.text[:24], p.is_headline) for p in doc.paragraphs] == [
        ("Russia-Ukraine war live:", True),
        ("Three people hurt, inclu", True),
        ("Russian forces dropped f", False),
        ("Glide bombs damage schoo", True),
        ("The school was empty at ", False),
        ("Rescue crews were still ", False),
    ]
    assert_offsets(doc)


@pytest.mark.parametrize(
    ("raw", "default_date", "published", "title"),
    [
        ("date 2024-11-02\nMissiles hit Odesa port.\n", None, date(2024, 11, 2), ""),
        ("Date: 2024-11-02 Missiles hit Odesa\n" + BODY, None, date(2024, 11, 2), "Missiles hit Odesa"),
        ("Missiles hit Odesa\n" + BODY, date(2024, 11, 3), date(2024, 11, 3), "Missiles hit Odesa"),
        (
            "date 2024-11-02 Missiles hit Odesa\n" + BODY,
            date(2024, 11, 3),
            date(2024, 11, 2),
            "Missiles hit Odesa",
        ),
        (
            "Date set for prisoner exchange\n" + BODY,
            date(2024, 11, 3),
            date(2024, 11, 3),
            "Date set for prisoner exchange",
        ),
    ],
    ids=["empty-title", "colon", "default-date", "date-line-wins", "date-word-headline"],
)
def test_date_line_and_default_date(raw, default_date, published, title):
    doc = parse(raw.encode(), default_date=default_date)
    assert (doc.published, doc.title) == (published, title)
    assert_offsets(doc)


def test_doc_id_is_the_hash_of_the_raw_bytes():
    raw = ("date 2024-11-02 Kyiv\n" + BODY).encode()
    assert parse(raw).doc_id == hashlib.sha256(raw).hexdigest()[:16]


def test_sample_liveblogs_parse_in_milliseconds():
    paths = sorted(LIVEBLOGS.glob("*.txt"))
    raws = [p.read_bytes() for p in paths]
    start = time.perf_counter()
    docs = [parse_document(p.name, raw, max_bytes=MIB) for p, raw in zip(paths, raws, strict=True)]
    assert time.perf_counter() - start < 0.05
    assert [d.published for d in docs] == [date(2024, 10, 30), date(2024, 11, 1)]
    for doc in docs:
        assert doc.title.startswith("Ukraine-Russia")
        assert doc.paragraphs[1].is_headline  # the standfirst
        assert sum(p.is_headline for p in doc.paragraphs) >= 8
        assert_offsets(doc)
    headlines = {p.text for p in docs[0].paragraphs if p.is_headline}
    assert "Russian drone attack on Kyiv injures nine" in headlines
    assert not any(h.startswith("At least nine people") for h in headlines)


@pytest.mark.parametrize(
    ("page", "published", "title", "contains", "boilerplate"),
    [
        (
            "wire_report.html",
            date(2024, 11, 3),
            "Drones hit fuel depot near Kharkiv, regional governor says",
            ["Two workers at the site were injured", "shot down 31 of the 44 drones"],
            [
                "cookies",
                "Markets",
                "Related stories",
                "Kyiv braces for winter",
                "All rights reserved",
                "dataLayer",
            ],
        ),
        (
            "liveblog.html",
            date(2024, 11, 5),
            "Russia-Ukraine war live: Zaporizhzhia struck as talks on grain corridor stall",
            ["Glide bombs hit Zaporizhzhia", "Three people were hurt", "worth about €400m"],
            [
                "happy",
                "Most viewed",
                "autumn walks",
                "Sign up",
                "Registered in England",
                "pollInterval",
                "Share",
            ],
        ),
        (
            "briefing.html",
            date(2024, 11, 7),
            "Daily situation briefing – 7 November 2024",
            ["41 clashes on the Pokrovsk axis", "Ukraine’s General Staff", "eight were injured & a grain"],
            ["analytics", "Methodology", "Previous briefing", "CC BY 4.0", "Tags:"],
        ),
    ],
)
def test_saved_pages_keep_the_article_and_drop_the_boilerplate(page, published, title, contains, boilerplate):
    doc = read_document(PAGES / page, settings=load_settings())
    assert (doc.published, doc.title) == (published, title)
    assert doc.paragraphs[0] == type(doc.paragraphs[0])(0, title, True)
    for phrase in contains:
        assert phrase in doc.text
    for phrase in boilerplate:
        assert phrase not in doc.text
    assert "<" not in doc.text and "&amp;" not in doc.text
    assert_offsets(doc)


def test_liveblog_page_subheadings_become_post_headlines():
    doc = read_document(PAGES / "liveblog.html", settings=load_settings())
    headlines = [p.text for p in doc.paragraphs if p.is_headline]
    assert (
        "Grain corridor talks stall" in headlines and "Nordic leaders pledge air defence funds" in headlines
    )


@pytest.mark.parametrize(
    ("head", "body"),
    [
        ("<title><script>alert(1)</script>Missiles hit Lviv</title>", ARTICLE),
        (DATED, ARTICLE.replace("before dawn", "before &lt;script&gt;alert(2)&lt;/script&gt; dawn")),
        (DATED, ARTICLE.replace("<p>", "<p onclick=\"alert(3)\"><img src=x onerror='alert(4)'>")),
        (DATED, ARTICLE.replace("the mayor said", "the &lt;b onmouseover=alert(5)&gt;mayor&lt;/b&gt; said")),
        (DATED, ARTICLE + "<script>document.write('<p>alert(6) injected paragraph here</p>')</script>"),
        (DATED, ARTICLE.replace("Lviv", "<a href='javascript:alert(7)'>Lviv</a>")),
    ],
    ids=["script-in-title", "escaped-script", "handlers", "escaped-tag", "document-write", "javascript-link"],
)
def test_hostile_html_never_reaches_the_text_as_markup(head, body):
    if "<meta" not in head:
        head += '<meta name="date" content="2024-11-02">'
    doc = parse(html_page(head, body), "hostile.html")
    assert "Missiles hit Lviv" in doc.title or doc.title.startswith("Russian missiles")
    assert "struck the centre of" in doc.text
    for fragment in ("<", "alert(", "onerror", "onclick", "javascript:"):
        assert fragment not in doc.text
        assert fragment not in doc.title


def test_html_is_recognised_by_content_whatever_the_name():
    doc = parse(html_page(DATED, ARTICLE), "page.txt")
    assert doc.title == "Missiles hit Lviv" and "<" not in doc.text


def test_html_without_metadata_date_takes_the_default_date():
    doc = parse(html_page("<title>Missiles hit Lviv</title>", ARTICLE), "page.html", date(2024, 11, 2))
    assert doc.published == date(2024, 11, 2)


def test_iter_input_files_walks_sorts_and_deduplicates(tmp_path):
    for rel in [
        "b.txt",
        "a.html",
        "sub/c.HTM",
        "sub/deep/d.txt",
        ".hidden.txt",
        ".git/e.txt",
        "notes.md",
        "x.pdf",
    ]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    explicit = tmp_path / "x.pdf"
    found = iter_input_files([tmp_path, tmp_path / "b.txt", explicit, tmp_path / "sub"])
    rel = [p.relative_to(tmp_path).as_posix() for p in found]
    assert rel == ["a.html", "b.txt", "sub/c.HTM", "sub/deep/d.txt", "x.pdf"]


def test_iter_input_files_missing_path_raises(tmp_path):
    with pytest.raises(InputError) as caught:
        iter_input_files([tmp_path / "nope"])
    assert caught.value.code == "not_found"


@pytest.mark.parametrize(
    ("make", "code"),
    [(lambda p: p, "not_found"), (lambda p: p.mkdir() or p, "not_a_file")],
    ids=["missing", "directory"],
)
def test_read_document_refuses_what_is_not_a_file(tmp_path, make, code):
    with pytest.raises(InputError) as caught:
        read_document(make(tmp_path / "doc.txt"), settings=load_settings())
    assert caught.value.code == code


def test_code_defaults_match_settings_file():
    defaults = tomllib.loads(DEFAULTS_FILE.read_text())["input"]
    params = inspect.signature(parse_document).parameters
    assert params["min_year"].default == defaults["min_year"]
    assert params["max_future_days"].default == defaults["max_future_days"]


def test_ten_megabyte_text_parses_in_under_two_seconds():
    sample = (LIVEBLOGS / "000_dcbe02804a7917eb.txt").read_bytes()
    body = sample.split(b"\n", 1)[1]
    raw = sample + body * (10 * MIB // len(body))
    start = time.perf_counter()
    doc = parse_document("big.txt", raw, max_bytes=20 * MIB)
    assert time.perf_counter() - start < 2.0
    assert len(doc.paragraphs) > 50_000


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
            max_size=60,
        ),
        min_size=1,
        max_size=8,
    )
)
def test_paragraph_offsets_hold_for_any_text(lines):
    raw = ("date 2024-11-02 Headline\n" + "\n".join(lines)).encode()
    try:
        doc = parse(raw)
    except InputError as exc:
        assert exc.code == "binary"
        return
    assert_offsets(doc)
    assert all(p.text == p.text.strip() and p.text for p in doc.paragraphs)
    assert not any(ch in doc.text for ch in "\r\u200b\u200f\u202e\ufeff\x07")


def test_short_lines_listed_under_a_colon_are_items_not_headlines():
    """Names listed under 'recorded the names of the dead:' open no posts; one heading under a factbox's colon
    line ('SEPT. 9 – BURSHTYN') still heads its item."""
    text = (
        "date 2025-10-20 Report on a market strike\n"
        "The group recorded the names of those killed:\n"
        "Taras Melnyk, 61\n"
        "Nadiia Melnyk, 58\n"
        "Two days later, the ministry denied it.\n"
        "Below are the heaviest attacks:\n"
        "SEPT. 9 – BURSHTYN\n"
        "Missiles hit the power plant.\n"
    ).encode()
    doc = parse_document("market.txt", text, max_bytes=10**6)
    assert [p.is_headline for p in doc.paragraphs] == [True, False, False, False, False, False, True, False]
