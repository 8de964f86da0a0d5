"""Loads and validates the codebooks under data/codebook/ and indexes their phrases for matching."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from frontline.errors import CodebookError
from frontline.lexicon import PhraseIndex, phrase_key

ACTOR_KINDS = {"country", "person", "state_body", "organisation", "media", "international", "armed_group"}
FILES = ("taxonomy.json", "actors.json", "triggers.json", "figures.json", "attribution.json")


@dataclass(frozen=True, slots=True)
class Actor:
    """A codebook actor: a country, a person with an affiliation, or a body."""

    id: str
    name: str
    kind: str
    country: str
    title: str = ""
    speaks_for: str = ""
    valid_from: str = ""
    valid_to: str = ""

    @property
    def party(self) -> str:
        """The state it stands for: a country itself, or the country of a body or person."""
        return self.name if self.kind == "country" else self.country


@dataclass(frozen=True, slots=True)
class ActorRef:
    """How an actor was named: by name, by demonym (Russian) or by metonym (Kyiv, the Kremlin)."""

    actor: Actor
    form: str  # name, demonym, metonym


@dataclass(frozen=True, slots=True)
class Trigger:
    phrase: str
    cls: str
    weapon: str = ""
    requires_any: tuple[str, ...] = ()


# groups of trigger classes (taxonomy.json's "class") that behave alike
# fighting, or violence against the defenceless: has an attacker and a target
KINETIC = frozenset({"strike", "intercept", "clash", "territory", "attack"})
POLITICAL = frozenset({"diplomacy", "statement", "legal"})
PLACE_BOUND = frozenset(
    {"strike", "intercept", "clash", "territory", "attack", "deploy", "exercise"}
)  # happen at a place
COUNTRY_FALLBACK = frozenset({"draft", "legal"})  # placed at the country when no place is named


@dataclass(frozen=True)
class Codebook:
    """Every codebook, validated, with one phrase index over all of them."""

    index: PhraseIndex
    actors: dict[str, Actor]
    countries: dict[str, Actor]  # country name -> country actor
    demonym_of: dict[str, str]  # country name -> adjective ("Russia" -> "Russian")
    capital_of: dict[str, str]  # country name, demonym or adjective -> its capital, the first metonym
    taxonomy: dict[tuple[str, str], dict[str, Any]]
    class_to_type: dict[str, tuple[str, str]]
    suppresses: dict[str, tuple[str, ...]]
    non_event_markers: frozenset[tuple[str, ...]]
    metrics: dict[tuple[str, str], str]
    source_markers: frozenset[str]
    rate_words: frozenset[str]
    territory_cues: tuple[str, ...]  # words of ground taken or held, not land cleared or flooded
    conflict_words: frozenset[str]
    title_source_max_tokens: int
    negations: frozenset[str]
    negation_reach: int
    default_attacker: dict[str, str]  # country -> the side a strike on its soil is credited to, unnamed
    occupies_parts_of: dict[str, frozenset[str]]  # country -> countries it holds parts of (Russia -> Ukraine)
    # ("regions" or "towns", gazetteer name) -> (the country holding it, since when): Crimea, Mariupol -> Russia
    held_places: dict[tuple[str, str], tuple[str, date]]
    weapon_sides: dict[str, str]  # a weapon only one side fires ("iskander", "storm shadow") -> that side
    event_words: dict[str, frozenset[str]]  # word lists of triggers.json: intercept_cues, undated_prefixes…
    # date phrases that bound a period ("since", "until"), longest first, as str.startswith takes them
    undated_prefixes: tuple[str, ...]
    background_year_words: frozenset[str]
    person_nouns: frozenset[str]
    continuations: tuple[str, ...]  # sentence openings that continue the previous claim ("Of those, …")
    future_openers: tuple[str, ...] = ()  # openings of what is still to come ("Coming up: …"): no events
    phrase_actors: dict[str, Actor | None] = field(default_factory=dict)  # memo for actor_for_phrase

    def holder(self, town: str, region: str, day: date) -> str:
        """The country that held a town, or the region it lies in, on that day, when not the gazetteer's own."""
        held = self.held_places.get(("towns", town)) or self.held_places.get(("regions", region))
        return held[0] if held is not None and held[1] <= day else ""

    def actor_by_name(self, name: str) -> Actor | None:
        return next((a for a in self.actors.values() if a.name == name), None)

    def actor_for_phrase(self, phrase: str) -> Actor | None:
        """The actor a whole phrase names ('Ukrainian air force' -> Ukrainian Air Force), if any."""
        if phrase not in self.phrase_actors:
            hits = [
                ref.actor
                for kind, ref, _ in self.index.entries.get(phrase_key(phrase), ())
                if kind == "actor"
            ]
            self.phrase_actors[phrase] = hits[0] if hits else None
        return self.phrase_actors[phrase]


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CodebookError(str(path), "-", f"cannot read: {exc}") from exc
    if not isinstance(data, dict):
        raise CodebookError(str(path), "-", "top level must be an object")
    return data


def _require(path: Path, entry: str, obj: dict, key: str, kind: type) -> Any:
    value = obj.get(key)
    if not isinstance(value, kind) or (kind is str and not value):
        raise CodebookError(str(path), entry, f"'{key}' must be a non-empty {kind.__name__}")
    return value


def _load_actors(
    path: Path, index: PhraseIndex
) -> tuple[dict[str, Actor], dict[str, Actor], dict[str, str], dict[str, str]]:
    actors: dict[str, Actor] = {}
    countries: dict[str, Actor] = {}
    demonym_of: dict[str, str] = {}
    capital_of: dict[str, str] = {}
    for n, raw in enumerate(_require(path, "-", _read(path), "actors", list)):
        entry = f"#{n} ({raw.get('id', '?')})"
        aid = _require(path, entry, raw, "id", str)
        if aid in actors:
            raise CodebookError(str(path), entry, "duplicate id")
        kind = _require(path, entry, raw, "kind", str)
        if kind not in ACTOR_KINDS:
            raise CodebookError(str(path), entry, f"unknown kind '{kind}'")
        actor = Actor(
            id=aid,
            name=_require(path, entry, raw, "name", str),
            kind=kind,
            country=raw.get("country", ""),
            title=raw.get("title", ""),
            speaks_for=raw.get("speaks_for", ""),
            valid_from=raw.get("valid_from", ""),
            valid_to=raw.get("valid_to", ""),
        )
        actors[aid] = actor
        index.add_all(
            _require(path, entry, raw, "aliases", list), "actor", ActorRef(actor, "name"), proper=True
        )
        if kind == "country":
            countries[actor.name] = actor
            demonyms = raw.get("demonyms", [])
            index.add_all(demonyms, "actor", ActorRef(actor, "demonym"), proper=True)
            index.add_all(raw.get("metonyms", []), "actor", ActorRef(actor, "metonym"), proper=True)
            demonym_of[actor.name] = raw.get("adjective") or (demonyms[0] if demonyms else actor.name)
            metonyms = raw.get("metonyms", [])
            if metonyms:
                for name in [actor.name, *raw.get("aliases", []), *demonyms, raw.get("adjective", "")]:
                    if name:
                        capital_of[name.lower()] = metonyms[0]
    for actor in actors.values():
        if (
            actor.kind == "person"
            and actor.speaks_for
            and not any(a.name == actor.speaks_for for a in actors.values())
        ):
            raise CodebookError(str(path), actor.id, f"speaks_for '{actor.speaks_for}' is not an actor name")
    return actors, countries, demonym_of, capital_of


def _load_triggers(path: Path, index: PhraseIndex, taxonomy: dict) -> tuple[dict, dict, frozenset, dict]:
    data = _read(path)
    class_to_type = {}
    for cls, pair in _require(path, "class_to_type", data, "class_to_type", dict).items():
        if tuple(pair) not in taxonomy:
            raise CodebookError(str(path), f"class_to_type.{cls}", f"{pair} is not in taxonomy.json")
        class_to_type[cls] = tuple(pair)
    classes = {c.split(":")[0] for c in class_to_type}
    for n, raw in enumerate(_require(path, "triggers", data, "triggers", list)):
        entry = f"triggers#{n} ({raw.get('phrase', '?')})"
        cls = _require(path, entry, raw, "class", str)
        if cls not in classes:
            raise CodebookError(str(path), entry, f"unknown class '{cls}'")
        phrase = _require(path, entry, raw, "phrase", str)
        trig = Trigger(phrase, cls, raw.get("weapon", ""), tuple(raw.get("requires_any", ())))
        index.add(phrase, "trigger", trig)
    for weapon, words in _require(path, "weapons", data, "weapons", dict).items():
        if f"strike:{weapon}" not in class_to_type:
            raise CodebookError(str(path), f"weapons.{weapon}", "no strike:<weapon> entry in class_to_type")
        index.add_all(words, "weapon", weapon)
    suppresses = {k: tuple(v) for k, v in data.get("suppresses", {}).items()}
    markers = frozenset(phrase_key(m) for m in data.get("non_event_markers", []))
    return class_to_type, suppresses, markers, data


def _load_figures(
    path: Path, index: PhraseIndex
) -> tuple[dict[tuple[str, str], str], frozenset[str], frozenset[str]]:
    data = _read(path)
    nouns = _require(path, "nouns", data, "nouns", dict)
    verbs = _require(path, "verbs", data, "verbs", dict)
    for cls, words in nouns.items():
        index.add_all(words, "noun", cls)
    for cls, words in verbs.items():
        index.add_all(words, "verb", cls)
    metrics = {}
    for n, row in enumerate(_require(path, "metrics", data, "metrics", list)):
        if not (isinstance(row, list) and len(row) == 3):
            raise CodebookError(str(path), f"metrics#{n}", "must be [noun class, verb class, metric]")
        noun, verb, metric = row
        if noun and noun != "money" and noun not in nouns:
            raise CodebookError(str(path), f"metrics#{n}", f"unknown noun class '{noun}'")
        if verb and verb not in verbs:
            raise CodebookError(str(path), f"metrics#{n}", f"unknown verb class '{verb}'")
        metrics[(noun, verb)] = metric
    return (
        metrics,
        frozenset(data.get("rate_words", [])),
        frozenset(data.get("conflict_words", [])),
        tuple(data.get("territory_cues", [])),
    )


def load_codebook(data_dir: Path) -> Codebook:
    """Read every codebook file under data_dir/codebook, validate it, and build the phrase index."""
    folder = data_dir / "codebook"
    index = PhraseIndex()
    tax_path = folder / "taxonomy.json"
    taxonomy = {}
    for n, raw in enumerate(_require(tax_path, "types", _read(tax_path), "types", list)):
        key = (
            _require(tax_path, f"#{n}", raw, "event_type", str),
            _require(tax_path, f"#{n}", raw, "sub_event_type", str),
        )
        taxonomy[key] = raw
    actors, countries, demonym_of, capital_of = _load_actors(folder / "actors.json", index)
    class_to_type, suppresses, markers, trig_data = _load_triggers(folder / "triggers.json", index, taxonomy)
    metrics, rate_words, conflict_words, territory_cues = _load_figures(folder / "figures.json", index)
    att_path = folder / "attribution.json"
    att = _read(att_path)
    index.add_all(_require(att_path, "reporting_verbs", att, "reporting_verbs", list), "report", None)
    index.add_all(_require(att_path, "pronouns", att, "pronouns", list), "pronoun", None)
    for noun in _require(att_path, "generic_nouns", att, "generic_nouns", list):
        index.add(noun, "generic", noun)
    return Codebook(
        index=index,
        actors=actors,
        countries=countries,
        demonym_of=demonym_of,
        capital_of=capital_of,
        taxonomy=taxonomy,
        class_to_type=class_to_type,
        suppresses=suppresses,
        non_event_markers=markers,
        metrics=metrics,
        source_markers=frozenset(att.get("source_markers", [])),
        rate_words=rate_words,
        conflict_words=conflict_words,
        territory_cues=territory_cues,
        title_source_max_tokens=int(att.get("title_source_max_tokens", 6)),
        negations=frozenset(trig_data.get("negations", [])),
        negation_reach=int(trig_data.get("negation_reach", 2)),
        default_attacker=dict(trig_data.get("default_attacker", {})),
        occupies_parts_of={k: frozenset(v) for k, v in trig_data.get("occupies_parts_of", {}).items()},
        held_places={
            (level, name): (holder, date.fromisoformat(since))
            for holder, levels in trig_data.get("held_places", {}).items()
            for level, places in levels.items()
            for name, since in places.items()
        },
        weapon_sides={
            name: side for side, names in trig_data.get("weapon_sides", {}).items() for name in names
        },
        event_words={
            key: frozenset(trig_data.get(key, []))
            for key in (
                "intercept_cues",
                "intercept_verbs",
                "undated_prefixes",
                "sanction_words",
                "capture_of_people",
                "modifier_nouns",
                "generic_strike_nouns",
                "armed_subjects",
                "attack_verbs",
                "attack_verb_particles",
                "launch_verbs",
                "launch_targets",
                "civilian_markers",
                "no_casualty_phrases",
                "new_topic_openers",
                "force_words",
                "carrier_weapons",
                "liberation_verbs",
                "ongoing_words",
                "ground_attack_words",
                "ground_cues",
                "ground_targets",
                "weapon_handling",
                "equipment_triggers",
                "seized_goods",
                "theatre_countries",
                "movement_words",
                "supply_verbs",
                "denial_verbs",
                "denied_before",
                "characterising_verbs",
                "commentary_verbs",
                "tally_places",
                "topic_nouns",
            )
        },
        undated_prefixes=tuple(sorted(trig_data.get("undated_prefixes", []), key=len, reverse=True)),
        background_year_words=frozenset(trig_data.get("background_year_words", [])),
        person_nouns=frozenset(att.get("person_nouns", [])),
        continuations=tuple(att.get("continuations", [])),
        future_openers=tuple(trig_data.get("future_openers", [])),
    )
