"""A data table written as text lines: a header row ('Month | Drones launched | Shot down or suppressed | Hits
recorded') names what each column counts; each row after it ('January 2026 | 3,716 | 3,198 | 402') gives one
figure per cell, at the date its first cell names."""

from __future__ import annotations

from dataclasses import dataclass

from frontline.analysis import Analysis
from frontline.records import DateMention

BAR = "|"
MIN_COLUMNS = 3  # cells of a header row: a label column and at least two counted ones


@dataclass(frozen=True, slots=True)
class Column:
    """What a column's cells count: the noun class and verb class its header names, and the header's words."""

    noun: str
    verb: str
    subject: str


def header_columns(an: Analysis) -> list[Column | None] | None:
    """The columns a header row names (None for a column that counts nothing the lexicon knows, such as 'Month'
    or 'Hits recorded'), or None when the sentence is no header row: no bars, or numbers in it. A column with a
    verb and no noun counts the noun of the column before it ('Drones launched | Shot down or suppressed')."""
    low = an.tokens.lower
    if _bars(low) < MIN_COLUMNS - 1 or an.numbers:
        return None
    cells = _cells(low)
    nouns = {cells[m.i]: m.payload for m in reversed(an.matches_of("noun"))}
    verbs = {cells[m.i]: m.payload for m in reversed(an.matches_of("verb"))}
    words = _cell_words(an.sentence.text)
    columns: list[Column | None] = []
    noun = ""
    for cell in range(_bars(low) + 1):
        noun = nouns.get(cell, noun)
        verb = verbs.get(cell, "")
        columns.append(Column(noun, verb, words[cell].lower()) if noun and verb else None)
    return columns


def row_cells(an: Analysis, columns: list[Column | None]) -> list[int] | None:
    """Each token's cell when the sentence is a row of the table the columns head (as many cells), else None."""
    low = an.tokens.lower
    if _bars(low) != len(columns) - 1:
        return None
    return _cells(low)


def row_date(an: Analysis, cells: list[int]) -> DateMention | None:
    """The date the row's first cell names ('January 2026'); none for a total row ('Q1 total')."""
    return next((d for d in an.dates if cells[an.tokens.index_at(d.start)] == 0), None)


def _cells(low: tuple[str, ...]) -> list[int]:
    """The cell of each token: the number of bars before it, not counting a bar that opens the line ('| Month |
    …', as Markdown writes a table)."""
    cells, cell = [], -1 if low[:1] == (BAR,) else 0
    for token in low:
        cells.append(max(cell, 0))
        cell += token == BAR
    return cells


def _bars(low: tuple[str, ...]) -> int:
    """Bars between cells: not those that open or close a Markdown row."""
    return low.count(BAR) - (low[:1] == (BAR,)) - (low[-1:] == (BAR,))


def _cell_words(text: str) -> list[str]:
    return [part.strip() for part in text.strip().strip(BAR).split(BAR)]
