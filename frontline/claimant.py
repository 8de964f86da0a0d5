"""Who claims a figure or event: a claimant and the ways to make one from the codebook's actors."""

from __future__ import annotations

from dataclasses import dataclass

from frontline.analysis import Analysis
from frontline.codebook import ActorRef, Codebook
from frontline.lexicon import Match, phrase_key


@dataclass(frozen=True, slots=True)
class Claimant:
    name: str
    country: str
    kind: str  # person, state_body, country, generic, media, international, pronoun…
    at: int = -1  # token where the speaker starts in its sentence (-1: not from this sentence)
    verb_at: int = -1  # token of the reporting verb

    def placed(self, at: int, verb_at: int) -> Claimant:
        """The same claimant at other token positions (a fifth of the cost of dataclasses.replace)."""
        return Claimant(self.name, self.country, self.kind, at, verb_at)


def from_actor(ref: ActorRef, codebook: Codebook, at: int = -1) -> Claimant:
    actor = ref.actor
    if actor.speaks_for:
        body = codebook.actor_by_name(actor.speaks_for)
        if body is not None:
            actor = body
    country = "" if actor.kind == "international" else actor.country
    return Claimant(actor.name, country, actor.kind, at)


def named_body(codebook: Codebook, noun: str, country: str, at: int, verb_at: int = -1) -> Claimant:
    """A bare body given its side: 'air force' + Ukraine is the known Ukrainian Air Force, 'governor' + Russia
    stays 'Russian governor'."""
    name = f"{codebook.demonym_of.get(country, country)} {noun}"
    known = codebook.actor_for_phrase(name)
    if known is not None:
        return Claimant(known.name, known.country, known.kind, at, verb_at)
    return Claimant(name, country, "generic", at, verb_at)


def generic_phrase(an: Analysis, generic: Match, codebook: Codebook) -> Claimant:
    """'Ukrainian officials', "Russia's defence ministry", 'western intelligence officials'."""
    for m in an.actors():
        if m.j <= generic.i and generic.i - m.j <= 2 and m.payload.actor.kind == "country":
            return named_body(codebook, generic.payload, m.payload.actor.name, m.i)
    return Claimant(generic.payload, "", "generic", generic.i)


def is_generic(codebook: Codebook, phrase: str) -> bool:
    """A generic claimant noun ('air force', 'governor') that is not itself a known actor."""
    entries = codebook.index.entries.get(phrase_key(phrase), ())
    return codebook.actor_for_phrase(phrase) is None and any(kind == "generic" for kind, _, _ in entries)


def on_record(claimant: Claimant, codebook: Codebook) -> Claimant:
    """The claimant as a row records it: a person speaking for an international body ('Mark Rutte', NATO's) has
    no country, as the body itself has none."""
    if claimant.kind != "person" or not claimant.country:
        return claimant
    body = codebook.actor_by_name(claimant.country)
    if body is None or body.kind != "international":
        return claimant
    return Claimant(claimant.name, "", claimant.kind, claimant.at, claimant.verb_at)
