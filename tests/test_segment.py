import pytest

from frontline.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine were hurt. Two died.", ["Nine were hurt.", "Two died."]),
        (
            "Gen. Syrskyi met U.S. officials on Oct. 25 in Kyiv. Talks went on.",
            ["Gen. Syrskyi met U.S. officials on Oct. 25 in Kyiv.", "Talks went on."],
        ),
        (
            "“So far, nine people have been injured,” Mr Klitschko said. “All were treated.”",
            ["“So far, nine people have been injured,” Mr Klitschko said.", "“All were treated.”"],
        ),
        ("Strikes hit Sumy! Power is out? Yes.", ["Strikes hit Sumy!", "Power is out?", "Yes."]),
        (
            "The attack began at 1.30am GMT. Sirens sounded.",
            ["The attack began at 1.30am GMT.", "Sirens sounded."],
        ),
        ("Lt. Col. Petrenko said J. Smith arrived.", ["Lt. Col. Petrenko said J. Smith arrived."]),
        ("", []),
    ],
)
def test_split_sentences(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected
