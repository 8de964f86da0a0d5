import pytest

from frontline.lexicon import PhraseIndex, longest_of_kind, tokenize


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Kyiv’s mayor", ["Kyiv", "’s", "mayor"]),
        ("Russian-guided bomb", ["Russian", "-", "guided", "bomb"]),
        ("the U.S. said", ["the", "U.S", ".", "said"]),
        ("at 1.30am", ["at", "1.30am"]),
    ],
)
def test_tokenize(text, tokens):
    t = tokenize(text)
    assert list(t.text) == tokens
    assert all(text[s:e] == w for w, s, e in zip(t.text, t.start, t.end, strict=True))


def test_proper_phrases_need_a_capital():
    index = PhraseIndex()
    index.add("Kherson", "actor", "city", proper=True)
    index.add("shelled", "trigger", "strike")
    assert [m.kind for m in index.find(tokenize("Russia shelled Kherson"))] == ["trigger", "actor"]
    assert [m.kind for m in index.find(tokenize("they shelled kherson"))] == ["trigger"]


def test_longest_phrase_wins_an_overlap():
    index = PhraseIndex()
    index.add("Ukraine", "actor", "country", proper=True)
    index.add("Ukraine's air force", "actor", "air force", proper=True)
    matches = index.find(tokenize("Ukraine's air force said"))
    assert [m.payload for m in longest_of_kind(matches, "actor")] == ["air force"]
