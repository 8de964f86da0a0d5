"""What a statement is about, so one speaker's different statements in one report stay apart when merging."""

from __future__ import annotations

import re

from frontline.clusters import Cluster

WORD_RE = re.compile(r"[a-z]{5,}")  # shorter words are mostly grammar ("that", "with", "will", "been")
STEM = 5  # "denies" and "denied", "targeted" and "targets", "civilian" and "civilians" share their first five
# Grammar and the language of reporting itself: said of every statement, about none
GRAMMAR_WORDS = frozenset(
    "about above after again against always among another because before being below between could during "
    "every further having other their there these those through under until which while would should "
    "adding added according stated saying telling reporters statement briefing spokesman spokeswoman "
    "spokesperson minister ministry president foreign today yesterday earlier later "
    # the day it was said, which every statement of the day names ("on Friday")
    "monday tuesday wednesday thursday friday saturday sunday january february march april august "
    "september october november december".split()
)


def topic_stems(cluster: Cluster) -> frozenset[str]:
    """Stems of the content words of a cluster's sentences, leaving out the speaker's own names and each
    sentence's trigger ("denied"), which every denial shares whatever it denies."""
    names = " ".join([*cluster.actors, *(m.claimant for m in cluster.members)]).lower()
    left_out = {w[:STEM] for w in WORD_RE.findall(names)}
    stems: set[str] = set()
    for m in cluster.members:
        text = m.sentence.text.lower()
        trigger = m.trigger.lower()
        for word in WORD_RE.findall(text):
            if word not in GRAMMAR_WORDS and word not in trigger:
                stems.add(word[:STEM])
    return frozenset(stems - left_out)
