"""Clauses of a sentence: where one report ends and the next begins ('…; in Kharkiv, …', ', while Moscow said …')."""

from __future__ import annotations

from frontline.lexicon import Tokens

# after a comma these open a clause of their own: ", while Moscow said …", ", and a missile struck Odesa …"
OPENERS = frozenset(("while", "whereas", "but", "and", "as"))
# a clause opening on one of these goes on about what the clause before named: "…; its debris fell on a lot"
BACK_POSSESSIVES = frozenset(("its", "their"))


def clause_starts(tokens: Tokens, verbs: frozenset[int] = frozenset()) -> list[int]:
    """Token indices where the sentence's clauses start, 0 first: after ';' and at an opener after a comma. Also
    at an 'and' before a verb (verbs: token indices where a verb or trigger starts), which joins a second verb
    phrase ('killed two in Kherson and injured four in Zaporizhzhia'); not before a participle, which tells more of
    the same event ('killing three and injuring 18 in the region')."""
    low = tokens.lower
    starts = [0]
    for k in range(1, len(low) - 1):
        word = low[k]
        if word == ";":
            start = k + 1
        elif word in OPENERS and (
            low[k - 1] == ","
            or (word == "and" and k + 1 in verbs and not low[k + 1].endswith("ing"))
            # "said it had repelled … and that its drones had struck": a second thing said
            or (word == "and" and low[k + 1] == "that")
        ):
            start = k
        else:
            continue
        if start > starts[-1]:
            starts.append(start)
    return starts


def clause_of(starts: list[int], at: int, n: int) -> tuple[int, int]:
    """The token span [start, end) of the clause holding token at, in a sentence of n tokens."""
    lo = max((s for s in starts if s <= at), default=0)
    hi = min((s for s in starts if s > at), default=n)
    return lo, hi


# "The tally, updated every morning, stood at …": a sentence that opens on the count the one before it gave
COUNT_OPENERS = frozenset(
    [(d, n) for d in ("the", "that", "this") for n in ("tally", "total", "figure", "count", "toll", "number")]
    # "Of these, 64 were destroyed over the Bryansk region": a paragraph breaking down the count before it
    + [("of", "these"), ("of", "them"), ("of", "those")]
)


def opens_on_last_count(low: tuple[str, ...]) -> bool:
    """Whether a sentence opens on the count the sentence before it gave, in a paragraph of its own or not."""
    return low[:2] in COUNT_OPENERS


# "under the agreements reached in Istanbul on 2 June": a participle describing the noun before it
NOUN_PARTICIPLES = frozenset(("reached", "signed", "agreed", "concluded", "brokered", "adopted", "announced"))
AUXILIARIES = frozenset(("was", "were", "is", "are", "be", "been", "being", "had", "has", "have"))


def describes_a_noun(low: tuple[str, ...], after: int, at: int) -> bool:
    """Whether the word at `at` stands in a participle phrase describing a noun between `after` and it ('carried
    out an exchange under the agreements reached in Istanbul on 2 June'): its date and place are that noun's."""
    if at <= after + 1 or NOUN_PARTICIPLES.isdisjoint(low[after + 1 : at]):
        return False
    return any(
        low[k] in NOUN_PARTICIPLES and low[k - 1] not in AUXILIARIES and low[k - 1].isalpha()
        for k in range(after + 1, at)
    )
