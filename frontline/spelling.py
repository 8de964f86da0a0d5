"""Russian and Ukrainian romanisations of one place name ('Velikaya Novosyolka' and 'Velyka Novosilka',
'Kotlyarovka' and 'Kotliarivka') reduced to one skeleton, so a name spelt the other way is found."""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable

# Cyrillic letters romanised with two or more Latin ones (щ is shch, or sch in older Russian spellings)
_DIGRAPHS = (("shch", "š"), ("sch", "š"), ("zh", "ž"), ("kh", "x"), ("ch", "č"), ("sh", "š"), ("ts", "c"))
# г is g in Russian and h in Ukrainian; x is the older spelling of кс (Alexandrovka, Oleksandrivka)
_LETTERS = str.maketrans({"g": "h", "'": None, "-": None, "x": "ks"})
# Russian Алекс- is Ukrainian Олекс- (Aleksandrovka and Oleksandrivka, Alekseyevka and Oleksiivka)
_ALEKS = re.compile(r"(?<![a-z])aleks")
# A word's ending keeps its gender, so Zavodskyi (district) and Zavodske (village) stay apart: feminine -aya/-a,
# neuter -oye/-e (and Russian -o: Shultino, Ukrainian Shultyne), masculine -iy/-yi
_ENDING = re.compile(r"(?:(a[jy]a|[iy]a|a)|(o[jy]e|oe|[iy]e|e|o)|([iy][iyj]|[iy]))(?=[ \n]|\Z)")
_ENDING_MARKS = ("", "A", "E", "I")
_IOTATED = re.compile(r"[iy]([au])")  # я, ю: 'ya' in Russian spelling, 'ia' in Ukrainian
# vowels the two languages swap: Novosyolka / Novosilka, Velikaya / Velyka
_SHIFTING = re.compile(r"[eioyj]+")
_REPEATS = re.compile(r"(.)\1+")
MIN_SKELETON = 6  # letters a skeleton needs: shorter ones match too many other names
MAX_LENGTH_GAP = 2  # letters by which a word and its other spelling may differ ('velikaya' / 'velyka')


def skeleton(key: str) -> str:
    """A name key with the letters Russian and Ukrainian spellings differ in merged: 'kupyansk' and 'kupiansk'
    → 'kupansk', 'velikaya novosyolka' and 'velyka novosilka' → 'vVlVkA nVvVsVlkA'."""
    return skeletons([key])[0]


def skeletons(keys: list[str]) -> list[str]:
    """skeleton() of many keys at once: one pass of each rule over all of them (the gazetteer has 22,000)."""
    text = _ALEKS.sub("oleks", "\n".join(keys).translate(_LETTERS))
    for latin, letter in _DIGRAPHS:
        text = text.replace(latin, letter)
    text = _ENDING.sub(lambda m: _ENDING_MARKS[m.lastindex or 0], text)
    text = _REPEATS.sub(r"\1", _SHIFTING.sub("V", _IOTATED.sub(r"\1", text)))
    return text.split("\n")


def spelled_alike(a: str, b: str) -> bool:
    """Whether two name keys of one skeleton are close enough in length to be one name spelt two ways."""
    wa, wb = a.split(" "), b.split(" ")
    return len(wa) == len(wb) and all(
        abs(len(x) - len(y)) <= MAX_LENGTH_GAP for x, y in zip(wa, wb, strict=True)
    )


def skeleton_index(named: Iterable[tuple[str, Hashable]]) -> dict[str, str]:
    """Skeleton → a key that has it, from (key, place) pairs; skeletons that two different places share, or too
    short to tell names apart, are left out."""
    index: dict[str, tuple[str, Hashable]] = {}
    shared: set[str] = set()
    pairs = list(named)
    for (key, place), sk in zip(pairs, skeletons([key for key, _ in pairs]), strict=True):
        if len(sk.replace(" ", "")) < MIN_SKELETON or sk in shared:
            continue
        if sk in index and index[sk][1] != place:
            shared.add(sk)
            del index[sk]
            continue
        index.setdefault(sk, (key, place))
    return {sk: key for sk, (key, _place) in index.items()}


# what a raion named after its town is called: "the Pokrovskyi district", "the Valuysky district", "Glushkovsky"
ADJECTIVE_ENDINGS = ("skyi", "skyy", "skiy", "skij", "sky", "ski")
_TOWN_ENDING = re.compile(
    r"(?:k[iy]|[aeiouy])\Z"
)  # Valuyki → valuy-sky, Glushkovo → glushkov-sky, Sumy → sum-skyi


def adjective_forms(key: str) -> set[str]:
    """The adjectives a one-word town's name gives its raion: 'pokrovsk' → pokrovskyi, pokrovsky …; 'nikopol' →
    nikopolskyi; 'valuyki' → valuysky; 'odesa' → odeskyi."""
    if not key.isalpha():
        return set()
    if key.endswith("sk"):
        return {key + ending[2:] for ending in ADJECTIVE_ENDINGS}
    stems = {key, _TOWN_ENDING.sub("", key)}
    forms = {stem + ending for stem in stems for ending in ADJECTIVE_ENDINGS}
    # a stem ending in s takes the ending's s: Odesa → odes-kyi
    return forms | {stem + ending[1:] for stem in stems if stem.endswith("s") for ending in ADJECTIVE_ENDINGS}
