"""Splits a document into posts and sentences, keeping offsets into the document text."""

from __future__ import annotations

import re

from frontline.records import Document, Sentence

# A sentence ends at . ! ? or … (plus closing quotes/brackets) followed by space and a capital, digit or quote.
# An encyclopedia's citation markers after it ("… the Air Force said.[181][182] The …") belong to neither sentence.
_CITATION = r"\[(?:\d{1,4}|[a-z][a-z ]{0,30})\]"  # "[181]", "[citation needed]"
BOUNDARY_RE = re.compile(rf"[.!?…][\"”’')\]]*(?P<cites>(?:{_CITATION})*)\s+(?=[\"“‘'(\[]?[A-Z0-9])")
CLOSING_CITES_RE = re.compile(rf"(?<=[.!?…\"”’')])(?:{_CITATION})+\s*$")
# "(This story has been corrected to say two residents, not three, were injured)", "Correction: An earlier
# version of this article said …", "(Adds Kremlin comment in paragraph 6)": the desk's note on the story (an
# "Editor's note:" may add news, so it is read)
EDITORS_NOTE_RE = re.compile(
    r"\(?(?:this (?:story|article|report) (?:has been|was) (?:corrected|updated|amended|refiled)"
    r"|an earlier version of this (?:story|article|report)|correction:|clarification:)"
    r"|\((?:corrects|adds|updates|recasts|refiles|changes)\b[^()]*\)\s*$",
    re.IGNORECASE,
)
HATNOTE_RE = re.compile(r"(?:Main articles?|See also|Further information|For more details(?: see)?):\s")
OPENING_QUOTES = ('"', "“")
# '… Is that true?" - Mark, Leeds': a quotation signed by a reader
SIGNATURE_RE = re.compile(r"[\"”]\s*[-–—]\s*[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?(?:, [A-Z][\w'’. -]+)?$")
# "That was wrong.", "This figure was incorrect.": the sentence before is withdrawn
RETRACTION_RE = re.compile(
    r"(?:that|this|it)(?: figure| number| report)? (?:was|is) (?:wrong|incorrect|not correct|not right|a mistake|"
    r"an error)\b",
    re.IGNORECASE,
)
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "cpl",
        "adm",
        "brig",
        "st",
        "sen",
        "rep",
        "gov",
        "pres",
        "prof",
        "jr",
        "sr",
        "rev",
        "fr",
        "hon",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vol",
        "co",
        "corp",
        "inc",
        "ltd",
        "vs",
        "approx",
        "est",
        "dept",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "mt",
        "ft",
    ]
)
WORD_BEFORE_RE = re.compile(r"([\w.]+)$")
TABLE_BARS = 2  # bars that make a line a table row: three cells or more
ITEM_NUMBER_CHARS = 3  # "12." opening a paragraph numbers an item of a list


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at text[dot] ends an abbreviation or an initial rather than a sentence."""
    if text[dot] != ".":
        return False
    m = WORD_BEFORE_RE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the sentences in one paragraph."""
    spans, start = [], 0
    for m in BOUNDARY_RE.finditer(text):
        if _is_abbreviation(text, m.start()):
            continue
        if start == 0 and text[: m.start()].strip().isdigit() and m.start() <= ITEM_NUMBER_CHARS:
            continue  # "1. 22 APR – IZMAIL. …", "3. At 02:30, …": a list item's number opens its first sentence
        end = m.start("cites") if m.group("cites") else m.end() - (len(m.group()) - len(m.group().rstrip()))
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, _without_closing_cites(text, start)[1]))
    return spans


def _without_closing_cites(text: str, start: int = 0) -> tuple[int, int]:
    """The span of text from start, less an encyclopedia's citation markers closing it ("… injured.[198]")."""
    end = len(text.rstrip())
    cites = CLOSING_CITES_RE.search(text, start) if text.endswith("]", 0, end) else None
    return start, cites.start() if cites and cites.start() > start else end


def signed_letters(sents: list[Sentence]) -> set[int]:
    """The indexes of the sentences of readers' letters and questions: a paragraph that is one quotation signed
    with a dash and a name ('"I read that Russia fired 1,000 drones … Is that true?" - Mark, Leeds'). What a
    reader heard is no claim."""
    letters: set[int] = set()
    for k, s in enumerate(sents):
        if not s.text.startswith(OPENING_QUOTES) or (k > 0 and sents[k - 1].paragraph == s.paragraph):
            continue
        last = k
        while last + 1 < len(sents) and sents[last + 1].paragraph == s.paragraph:
            last += 1
        if SIGNATURE_RE.search(sents[last].text):
            letters.update(range(k, last + 1))
    return letters


def withdrawn(sents: list[Sentence]) -> set[int]:
    """The indexes of sentences the next one in their paragraph withdraws ("On Monday's show I said the strike
    killed eleven people. That was wrong.")."""
    return {
        k
        for k in range(len(sents) - 1)
        if sents[k + 1].paragraph == sents[k].paragraph and RETRACTION_RE.match(sents[k + 1].text)
    }


def sentences(doc: Document) -> list[Sentence]:
    """Every sentence of a document; post 0 holds the title and standfirst, each later headline opens a post."""
    out: list[Sentence] = []
    post, headline = 0, doc.title
    for n, para in enumerate(doc.paragraphs):
        if n > 0 and HATNOTE_RE.match(para.text):
            continue  # an encyclopedia's pointer to another article ("Main article: 17 June 2025 strikes on Kyiv")
        table_row = n > 1 and _table_line(para.text) and _table_line(doc.paragraphs[n - 1].text)
        if para.is_headline and n > 0 and not (n == 1 and doc.paragraphs[0].is_headline) and not table_row:
            post += 1  # a headline opens a post; a table's next row ("January 2026 | 3,716 | …") does not
            headline = para.text
        if n > 0 and EDITORS_NOTE_RE.match(para.text):
            continue  # what the story once said wrongly, or what an update added: nothing the war did
        spans = [_without_closing_cites(para.text)] if para.is_headline else split_sentences(para.text)
        for s, e in spans:
            out.append(
                Sentence(
                    doc_name=doc.name,
                    post_index=post,
                    post_headline=headline,
                    index=len(out),
                    text=para.text[s:e],
                    start=para.start + s,
                    end=para.start + e,
                    is_headline=para.is_headline,
                    paragraph=n,
                )
            )
    return out


def _table_line(text: str) -> bool:
    """A row of a table written as text: cells parted by bars ('Month | Drones launched | Shot down')."""
    return text.strip().strip("|").count("|") >= TABLE_BARS  # "| Month | … |" too, as Markdown writes it
