"""Reported figures: which number counts what (metric, subject), where and when, from one sentence.

A number counts the noun phrase after it ("10,000 North Korean troops", "three of the missiles"); a bare number
("wounding 19", "a couple of thousand more") borrows the noun of the number before it or of the sentence before;
a number followed by a noun the lexicon does not count ("two tanks", "27 assaults") is not a figure. The verb that
says what happened to the counted thing comes from after the noun ("were shot down"), before the number ("killed
three") or from the number it is listed with ("17 out of 43 drones and two missiles").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise

from frontline.analysis import Analysis
from frontline.clauses import clause_of, opens_on_last_count
from frontline.codebook import Codebook
from frontline.counted import (
    SentenceIndex,
    amount_noun,
    head_noun,
    noun_after,
    one_person_counts,
    subject_noun,
    tally_label,
)
from frontline.dates import bounds_period
from frontline.figure_cues import AMOUNT_VERBS, described, link_before, moved_out, subject_verb
from frontline.figure_filters import not_a_count, not_a_weapon_count
from frontline.figure_links import (
    CASUALTY_VERBS,
    CHANGES,
    among_them,
    compared,
    hedged_link,
    located,
    place_after_part,
    toll,
)
from frontline.figure_subjects import HEAD_LABELS, is_increment, subject_of
from frontline.figure_tables import Column, header_columns, row_cells, row_date
from frontline.figure_verbs import (
    Reading,
    acts_on_a_count,
    coordinate,
    coordinated,
    partitive,
    share_out_of,
    verb_left,
    verb_right,
)
from frontline.lexicon import Match
from frontline.numbers import CURRENCY_CODES
from frontline.records import DateMention, NumberMention, PlaceMention

ANAPHORA = frozenset({"number", "figure", "tally", "total", "estimate", "count", "presence", "more", "toll"})
MONEY_UNITS = CURRENCY_CODES
UNIT_CLASSES = {"km2": "area"}
STANDALONE_VERBS = CASUALTY_VERBS | {"evacuated", "drafted", "captured", "detained", "displaced"}
HANDOVER_WORDS = frozenset(
    ("handed", "returned", "repatriated", "received", "exchanged", "transferred", "swapped")
)
# what befalls equipment, not people: "captured" beside them with no noun of its own counts vehicles
EQUIPMENT_STATES = frozenset(("damaged", "abandoned"))
AREA_REACH = 8  # tokens around an area's number within which its verb of ground taken stands
QUALIFIER_WORDS = frozenset(("more", "than", "about", "around", "over", "up", "to", "at", "least", "some"))
HEADING_MAX = 6  # tokens of a list's heading ('In preparation (selection)')
LIST_ITEM_MAX = 20  # tokens of a list item ('25 Kh-101 cruise missiles;')
RELATIVE_PARTS = frozenset((("of", "which"), ("of", "whom")))  # "two of which were intercepted"
BREAKDOWN_PLACES = frozenset({"over", "in", "near", "across", "on"})  # "48 over the Kursk region"
BREAKDOWN_NEXT = frozenset((w,) for w in BREAKDOWN_PLACES)
MIN_FORCE_SIZE = 100  # a bare count of soldiers below this is no troop figure
# "Among them are 42 defenders of Mariupol": a part of the group the post counted last, which befell it too
SUBGROUP_OPENERS = frozenset((("among", "them"), ("among", "those"), ("among", "these")))
# a number without a currency that continues an amount ("…, bringing the total to 3.2 billion") is in millions
CARRIED_MONEY_MIN = 1_000_000
# tokens before a number within which "total" makes it the sum of the count before ("its running total to")
TOTAL_REACH = 3
SHARERS = frozenset(("including", "among"))  # "…, including 46 over Kursk": part of the number before
SWAP_WORDS = frozenset(("exchange", "exchanged", "swap", "swapped", "exchanges", "swaps"))
REMAINS = frozenset((("bodies", "of"), ("remains", "of")))  # "the bodies of 31 soldiers": repatriated dead
PEOPLE_NOUNS = frozenset(("people", "personnel"))
CHILDREN = frozenset(("children", "child", "minors", "teenagers", "orphans"))
CAPTIVITY_WORDS = frozenset(
    ("held", "captivity", "captive", "captives", "detained", "imprisoned", "hostages")
)
HELD_REACH = 12  # tokens after a count within which its relative clause says they were held
NO_CAPTIVES = CHILDREN | frozenset(("residents", "inhabitants", "locals", "evacuees", "families"))
DRAFTED_NOUNS = frozenset(("conscripts", "draftees"))
AREA_NOUNS = frozenset(
    "regions oblasts districts settlements towns villages communities locations directions areas sites".split()
)
WEAPON_CLASSES = frozenset(("drone", "missile", "bomb"))
# "A 58-year-old man was injured", "killing a woman": one person counted by an article, for these metrics only
ONE_PERSON_METRICS = frozenset({"killed", "injured", "missing", "detained", "captured"})


@dataclass
class FigureDraft:
    """A figure found in a sentence, before claimant and dates are filled in by the document step."""

    number: NumberMention
    metric: str
    subject: str
    noun_class: str
    place: PlaceMention | None
    date: DateMention | None
    one_person: bool = False  # counted by an article ("a woman was killed"): such counts add up in a sentence


class FigureFinder:
    """Reads the figures in a sentence; remembers the last counted noun for 'the number' and 'more'."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook
        self.last_noun: tuple[str, str] | None = None  # (noun class, subject)
        self.last_verb = ""  # what the last figure counted ("the same tally stood at 600,000": losses again)
        self._ix: SentenceIndex | None = None  # the sentence being read, indexed by find()
        self._counted: Reading | None = None  # its last number with a counted noun
        self._paragraph = -1  # the paragraph last_noun was read in
        self._list_verb = ""  # what a line ending in ':' says happened to the items listed after it
        # what befell the post's last counted group ("205 defenders are returning home")
        self._group_verb = ""
        self._table: list[Column | None] | None = None  # the columns of the table whose rows are being read

    def new_post(self) -> None:
        self.last_noun = None
        self.last_verb = self._group_verb = ""
        self._table = None

    def find(self, an: Analysis) -> list[FigureDraft]:
        self._ix = SentenceIndex.of(an)
        self._counted = None
        if an.sentence.paragraph != self._paragraph:
            # "9,000 more would leave": more of this paragraph's thing; but a paragraph that opens on the last
            # one's count ("The tally, updated every morning, stood at 1,000,340") goes on counting it
            follows = an.sentence.paragraph == self._paragraph + 1 and opens_on_last_count(an.tokens.lower)
            self._paragraph = an.sentence.paragraph
            if not follows:
                self.last_noun, self.last_verb = None, ""
        # an item of the list a line ending in ':' or a heading with a verb ('Delivered') opened: a short line
        # with no verb of its own
        item = (
            bool(self._list_verb)
            and (not self._ix.verbs or _label_line(an))  # "Marder 1A3 infantry fighting vehicles: 140"
            and len(an.tokens) <= LIST_ITEM_MAX
        )
        columns = header_columns(an)
        if columns is not None:  # "Month | Drones launched | Shot down or suppressed | Hits recorded"
            self._table = columns
            return []
        cells = row_cells(an, self._table) if self._table is not None else None
        if cells is None:
            self._table = None
        readings = [self._read(an, n, item) for n in an.numbers]
        if cells is not None and self._table is not None:
            for r in readings:  # "January 2026 | 3,716 | 3,198 | 402": each cell counts what its column does
                r.column = self._table[cells[r.ti]]
                r.verb = r.column.verb if r.column is not None else ""
        if an.tokens.lower[:2] in SUBGROUP_OPENERS and self._group_verb:
            for r in readings:  # "Among them are 42 defenders of Mariupol and 11 seriously wounded soldiers"
                r.verb = r.strong or self._group_verb
        share_out_of(an, readings)
        _swapped_pairs(an, readings)
        coordinate(an, readings)
        if item and self._list_verb:  # "144 air targets were shot down:" then "– 25 Kh-101 cruise missiles;"
            for r in readings:
                # "tanks – 11,190": what the lexicon does not count stays uncounted; "National contributions:" then
                # "Norway – NOK 2.4 billion": money is counted
                if r.noun is not None or r.number.unit in MONEY_UNITS:
                    # "Delivered" then "• Stinger anti-aircraft missiles: 500": delivered, not a loss
                    r.verb = self._list_verb if r.labelled else r.verb or self._list_verb
        if not item:
            verbs = self._ix.verbs
            if an.sentence.is_headline and not an.numbers and len(an.tokens) <= HEADING_MAX:
                # "Delivered (selection)" opens a list; "Air defence", a section of it, goes on with it
                self._list_verb = verbs[-1].payload if verbs else self._list_verb
            else:
                self._list_verb = (
                    verbs[-1].payload if an.sentence.text.rstrip().endswith(":") and verbs else ""
                )
        drafts: list[FigureDraft] = []
        read: list[Reading] = []  # the reading of each draft
        prev: Reading | None = None
        for k, r in enumerate(readings):
            nxt = readings[k + 1].number.start if k + 1 < len(readings) else len(an.sentence.text)
            if read and among_them(an.tokens.lower, r.noun_end):
                # "277 returned home, …, and two civilians were among them": returned too
                r.verb = read[0].verb
            draft = self._draft(an, r, prev, nxt)
            # "downed 3,346 drones in May, up from 2,915 in April": the same measure at another time
            same = drafts and (draft is None or draft.noun_class == drafts[-1].noun_class)
            if same and compared(an, r, drafts[-1].number, drafts[-1].noun_class):
                date = self._date_after(an, r.number, nxt)
                draft = replace(drafts[-1], number=r.number, date=date, place=None)
            if draft is not None:
                drafts.append(draft)
                read.append(r)
                # the counted thing and what happened to it, for "the same tally…"
                if draft.noun_class:
                    self.last_noun, self.last_verb = (draft.noun_class, draft.subject), r.verb
                    self._group_verb = r.verb or self._group_verb
            if draft is not None or r.unknown_noun:
                prev = r
            if draft is not None and r.noun is not None:
                self._counted = r
        _share_dates(an, read, drafts)
        if cells is not None:
            dated = row_date(an, cells)
            drafts = [d for d, r in zip(drafts, read, strict=True) if r.column is not None]
            for d in drafts:
                d.date = d.date or dated
        drafts.extend(self._one_person_drafts(an, item))
        self._remember_noun(an)
        return drafts

    def _one_person_drafts(self, an: Analysis, item: bool) -> list[FigureDraft]:
        """'A 58-year-old man was injured', 'killing a woman': counts of one for the event's casualties. They
        are read on their own, so they never change how the written numbers around them are read."""
        drafts = []
        for n in one_person_counts(an):
            nxt = next((m.start for m in an.numbers if m.start > n.start), len(an.sentence.text))
            draft = self._draft(an, self._read(an, n, item), None, nxt)
            if draft is not None and draft.metric in ONE_PERSON_METRICS:  # not "a man said"
                draft.one_person = True
                drafts.append(draft)
            elif drafts and an.sentence.text[: n.start].rstrip().endswith(" and"):
                drafts.append(replace(drafts[-1], number=n))  # "wounding a 33-year-old man and his wife"
        return drafts

    def _read(self, an: Analysis, num: NumberMention, item: bool) -> Reading:
        toks = an.tokens
        r = Reading(num, toks.index_at(num.start), toks.index_at(num.end))
        r.noun_end = r.te
        low = toks.lower
        if low[r.te : r.te + 2] in RELATIVE_PARTS:
            r.noun_end = r.te + 2  # "five missiles, two of which were intercepted": the verb after 'of which'
        label = None
        if num.unit not in MONEY_UNITS and num.unit not in UNIT_CLASSES:
            label = tally_label(an, self._ix, r.ti, listed=item)
            # "Stinger missiles: 500", not a losses table's dash
            r.labelled = label is not None and ":" in low[label.j : r.ti]
            r.noun, r.unknown_noun = (label, False) if label is not None else noun_after(an, self._ix, r.te)
            if r.noun is not None:
                r.noun = head_noun(an, self._ix, r.noun)
                r.noun_end = max(r.noun.j, r.te)
            else:
                at = link_before(low, r.ti)  # "at around 600", "at more than 10,000"
                if at > 0 and low[at] == "at":
                    r.noun = amount_noun(an, self._ix, at)
                elif (to := hedged_link(low, r.ti)) and not CHANGES.isdisjoint(low[max(0, r.ti - 12) : r.ti]):
                    # "raised the number of damaged houses to five", "the number of new contracts fell to about
                    # 25,000" (people's tolls are read as tolls)
                    counted = amount_noun(an, self._ix, to)
                    r.noun = counted if counted is not None and counted.payload not in PEOPLE_NOUNS else None
                elif at > 0 and low[at] in AMOUNT_VERBS:
                    r.noun = subject_noun(an, self._ix, at)
        r.left = verb_left(an, self._ix, r.ti)
        r.strong, r.weak = verb_right(an, self._ix, r.noun_end)
        r.verb = r.strong or r.left or described(self._ix, r) or r.weak or subject_verb(an, self._ix, r)
        # "had been moved to another hospital": people moved out, not troops moved
        if r.verb in ("", "deployed") and moved_out(an, r):
            r.verb = r.strong = (
                "evacuated"  # strong: a list before it shares it ("1,240 people, including …")
            )
        if label is not None:  # a losses table's line: what was destroyed, or lost for personnel
            r.verb = "lost" if label.payload == "personnel" else "destroyed"
        return r

    def _draft(self, an: Analysis, r: Reading, prev: Reading | None, nxt: int) -> FigureDraft | None:
        num = r.number
        if r.unknown_noun or not_a_count(an, self._ix, r, self.codebook.rate_words):
            return None
        if (
            prev is not None
            and prev.noun is not None
            and prev.noun.i >= prev.te  # "three crew members (…)", not a table's "UAVs – 61,730 (+312)"
            and _bracketed_after(an.tokens.lower, prev.noun_end, r.ti)
        ):
            return None  # "three crew members (one Ukrainian, two Filipino nationals)": who they were
        if an.tokens.lower[max(0, r.ti - 2) : r.ti] in REMAINS:
            return (
                None  # "the bodies of 31 Russian soldiers were handed over": repatriated dead, no count here
            )
        if num.unit and num.unit not in MONEY_UNITS and num.unit not in UNIT_CLASSES:
            return None  # "40 million tonnes", "30%": a quantity, not a count the lexicon knows
        noun_class, subject = self._noun_class(an, r, prev)
        if num.unit in MONEY_UNITS:
            noun_class, subject = "money", num.unit
        elif num.unit in UNIT_CLASSES:
            noun_class = UNIT_CLASSES[num.unit]
            subject = HEAD_LABELS.get(noun_class, num.unit)
        elif (
            noun_class == "money"
            and num.value < CARRIED_MONEY_MIN
            and not any(n.unit in MONEY_UNITS for n in an.numbers if n.end <= num.start)
        ):
            # "€30m for demining. Japan …, bringing the number it has supplied to 45": a count, not money; "€5
            # million, including 900,000 for demining" breaks down the amount just named
            return None
        if (
            noun_class == "money"
            and prev is not None
            and prev.number.unit in MONEY_UNITS
            and SHARERS & set(an.tokens.lower[max(0, r.ti - 2) : r.ti])
        ):
            r.verb = prev.verb  # "pledged €5 million, including €900,000 for training deminers": pledged too
        if (
            prev is not None
            and prev.noun is not None
            and r.noun is not None
            and prev.noun.payload == r.noun.payload
            and subject == HEAD_LABELS.get(noun_class)
            and prev.subject.endswith(subject)
        ):
            subject = prev.subject  # "10,000 North Korean troops, up from 3,000 troops": same troops
        if noun_class not in ("money", "") and is_increment(an, r):
            subject = f"additional {subject}"  # "a couple of thousand more": an increment, not a new total
        if not r.verb and r.noun is not None and an.tokens.lower[r.noun.j - 1] in DRAFTED_NOUNS:
            r.verb = "drafted"  # "a target of 160,000 conscripts": conscripts are drafted by being counted so
        metrics = self.codebook.metrics
        # a verb that says nothing about this noun ("missiles worth £70mn") gives way to one that does ("supply")
        fitting = next(
            (v for v in (r.verb, r.strong, r.left, r.weak) if v and (noun_class, v) in metrics), ""
        )
        if fitting and fitting != r.verb and noun_class:
            r.verb = fitting
        if noun_class in WEAPON_CLASSES and not_a_weapon_count(an, r, noun_class, metrics):
            return None
        if noun_class in WEAPON_CLASSES and not r.verb and acts_on_a_count(an, self._ix, r.noun_end):
            # "two ballistic missiles killed 35 people": the weapons of one strike, no launch tally
            return None
        if noun_class == "area" and not self._territory(an, r):
            return None  # "139,000 square kilometres remain potentially contaminated": land, not ground taken
        metric = metrics.get((noun_class, r.verb)) or metrics.get((noun_class, ""))
        if metric is None or (not noun_class and r.verb not in STANDALONE_VERBS):
            return None
        if not noun_class and metric == "captured" and not EQUIPMENT_STATES.isdisjoint(an.tokens.lower):
            return None  # "Tanks (4,201, of which destroyed: 3,140, damaged: 171, captured: 518)": vehicles, no people
        if metric == "killed" and _bodies_handed_over(an, r):
            return None  # "Russia handed over 1,200 bodies": a repatriation, not the toll of an attack
        if metric == "troops" and not r.verb and num.value < MIN_FORCE_SIZE:
            return None  # "the suspect and two other servicemen": people in a story, not the size of a force
        if (
            metric == "prisoners_exchanged"
            and subject.rsplit(" ", 1)[-1] in NO_CAPTIVES
            and not _held(an.tokens.lower, r.te)
        ):
            # "seven children have returned home", "handed over 46 residents of the region": deported children
            # and displaced residents brought back, no captives swapped (but "12 residents who had been held in
            # Ukraine were also returned")
            return None
        if r.noun is not None and an.tokens.lower[r.noun.j - 1] == "contracts" and num.value < MIN_FORCE_SIZE:
            return None  # "signed 12 contracts with arms makers": deals; recruits' contracts come by the thousand
        r.subject = subject
        place = None
        if noun_class != "money":
            place = next((p for p in an.places if num.end <= p.start < nxt and located(an, p)), None)
            place = place or place_after_part(an, num.end, nxt)
        return FigureDraft(num, metric, subject, noun_class, place, self._date_after(an, num, nxt))

    def _territory(self, an: Analysis, r: Reading) -> bool:
        """Whether an area's number stands among words of ground taken, held or lost ('captured 430 square
        kilometres'), not of land cleared, mined or flooded."""
        near = an.tokens.lower[max(0, r.ti - AREA_REACH) : r.te + AREA_REACH]
        return any(word.startswith(self.codebook.territory_cues) for word in near)

    def _date_after(self, an: Analysis, num: NumberMention, nxt: int) -> DateMention | None:
        """The date phrase after a number, before the next number: the day the number is about. 'deployed … since
        October', 'until 6 August' bound a period instead."""
        bounds = self.codebook.undated_prefixes
        return next((d for d in an.dates if num.end <= d.start < nxt and not bounds_period(d, bounds)), None)

    def _noun_class(self, an: Analysis, r: Reading, prev: Reading | None) -> tuple[str, str]:
        if r.column is not None:
            return r.column.noun, r.column.subject
        low = an.tokens.lower
        counted = prev if prev is not None and prev.noun is not None else self._counted
        if (
            r.noun is not None
            and low[r.noun.i] == "others"
            and counted is not None
            and counted.noun is not None
            and counted.noun.payload in WEAPON_CLASSES
        ):
            # "downed 38 of the drones, while six others were lost": more of the weapons
            return counted.noun.payload, counted.subject
        if r.noun is not None:
            if (
                not r.verb
                and prev is not None
                and (SHARERS & set(low[max(0, r.ti - 2) : r.ti]) or partitive(low, r.te))
            ):
                # "36 defenders were freed, including 11 fighters of the Azov regiment", "had risen to six, two of
                # them children"
                r.verb = prev.verb
            return r.noun.payload, subject_of(an, r, self.codebook)
        if prev is not None and prev.unknown_noun and r.te < len(low) and low[r.te] == "more":
            return "", ""  # "three Patriot systems … and two more": more of the uncounted thing
        if prev is not None and prev.unknown_noun and partitive(low, r.te) and low[prev.te] not in AREA_NOUNS:
            # "3,210 shellings …, 118 of them from rocket launchers": a part of the uncounted thing; but "112
            # drones over 11 regions, 36 of them over Samara" counts drones, and "14 reports of drones …; air
            # defence had destroyed 32 of them" the drones the reports were of
            of = [m for m in self._topic_nouns(an, r.ti) if m.i > prev.te and low[m.i - 1] == "of"]
            if not of:
                return "", ""
            r.verb = r.verb or self.last_verb
            return of[0].payload, subject_of(
                an, Reading(r.number, of[0].i, of[0].i, noun=of[0], noun_end=of[0].j), self.codebook
            )
        if prev is not None and prev.unknown_noun:
            prev = self._counted  # "162 drones over 12 regions, including 46 over Kursk": the drones
        if prev is not None and prev.noun is not None and partitive(low, r.te) and r.verb in CASUALTY_VERBS:
            return prev.noun.payload, prev.subject  # "Eight passengers were injured, two of them seriously"
        counted_toll = toll(an, r.ti)
        if counted_toll:
            r.verb = counted_toll[1]
            return counted_toll[0], "people"
        if r.verb in CASUALTY_VERBS:
            return "", "people"
        breakdown = self._in_breakdown(an, r)
        # "27 drones over X and 14 over Y", "19 over Bryansk, 12 over Kursk, eight over Oryol"
        parallel = (
            not r.verb
            and r.ti > 0
            and low[r.ti - 1] in ("and", ",")
            and low[r.te : r.te + 1] in BREAKDOWN_NEXT
        )
        shared = SHARERS & set(low[max(0, r.ti - 2) : r.ti])  # "…, 23 over the Moscow region, including 16 …"
        if (prev is None or prev.noun is None) and (
            breakdown or parallel or (shared and self._in_list(an, r))
        ):
            prev = self._counted  # "destroyed 120 UAVs: 48 over Kursk, 30 over Bryansk": each one of the UAVs
        if prev is not None and prev.noun is not None:
            parallel = parallel or (not r.verb and r.ti > 0 and low[r.ti - 1] == "and")
            # "36 of them over Samara": a part of the count before; "lost 1,090 soldiers, which takes its running
            # total to 1,127,410": the count's sum
            totalled = "total" in low[max(0, r.ti - TOTAL_REACH) : r.ti]
            if breakdown or parallel or partitive(low, r.te) or shared or totalled:
                r.verb = (
                    r.verb or prev.verb
                )  # "destroyed 162 drones …, including 46 over Kursk": destroyed too
            return prev.noun.payload, prev.subject
        if (breakdown or parallel or shared) and self.last_noun is not None and self.last_verb:
            # "64 were destroyed over the Bryansk region, 41 over the Moscow region, including 16 flying towards
            # Moscow, 37 over the Kursk region": each item counts what the list's first item did
            r.verb = r.verb or self.last_verb
            return self.last_noun
        low = an.tokens.lower
        anaphoric = any(t in ANAPHORA for t in low[max(0, r.ti - 8) : r.te + 2])
        if (anaphoric or r.verb) and self.last_noun is not None:
            if anaphoric and not r.verb:
                r.verb = self.last_verb
            return self.last_noun
        return "", ""

    def _in_list(self, an: Analysis, r: Reading) -> bool:
        """Whether a number stands in the list after a colon that splits the sentence's count."""
        counted, low = self._counted, an.tokens.lower
        if counted is None:
            return False
        between = low[counted.noun_end : r.ti]
        return ":" in between and not {";", "."} & set(between)

    def _in_breakdown(self, an: Analysis, r: Reading) -> bool:
        """A number in a list after a colon that splits a count by place: '120 UAVs: 48 over the Kursk region'."""
        low = an.tokens.lower
        return r.te < len(low) and low[r.te] in BREAKDOWN_PLACES and self._in_list(an, r)

    def _topic_nouns(self, an: Analysis, before: int) -> list[Match]:
        """The nouns of what a sentence is about, before token ``before``: soldiers, drones, missiles."""
        named = [(a.i, a.j) for a in an.actors()]  # not "Forces" in "the Armed Forces of Ukraine"
        return [
            m
            for m in an.of_kind("noun")
            if m.j <= before
            and m.payload in ("personnel", "drone", "missile", "volunteers")
            and not any(i <= m.i and m.j <= j for i, j in named)
        ]

    def _remember_noun(self, an: Analysis) -> None:
        nouns = self._topic_nouns(an, len(an.tokens))
        if nouns:
            m = nouns[0]  # the sentence's topic usually comes first
            r = Reading(NumberMention(m.start, m.start, "", 0, "exact"), m.i, m.i, noun=m, noun_end=m.j)
            noun = (m.payload, subject_of(an, r, self.codebook))
            if noun != self.last_noun:
                self.last_noun, self.last_verb = noun, ""


def _swapped_pairs(an: Analysis, readings: list[Reading]) -> None:
    """'a prisoner exchange – 84 for 84', 'a 146-for-146 swap': each side handed over that many; one count of
    prisoners exchanged, the second number its mirror."""
    low = an.tokens.lower
    if SWAP_WORDS.isdisjoint(low):
        return
    prisoners = next((m for m in an.of_kind("noun") if m.payload == "prisoners"), None)
    if prisoners is None and "prisoner" in low:
        # "a prisoner exchange": the attributive singular names what was swapped
        k = low.index("prisoner")
        prisoners = Match(k, k + 1, an.tokens.start[k], an.tokens.end[k], "noun", "prisoners")
    if prisoners is None:
        return
    for first, second in pairwise(readings):
        between = [w for w in low[first.te : second.ti] if w != "-"]
        if between == ["for"] and first.number.value == second.number.value:
            first.verb, first.noun, first.unknown_noun = "exchanged", prisoners, False
            second.unknown_noun = True  # the mirror, no count of its own
    for r in readings:
        if low[r.te : r.te + 4] == ("-", "for", "-", low[r.ti]):  # "146-for-146", read as one number
            r.verb, r.noun, r.unknown_noun = "exchanged", prisoners, False


def _bodies_handed_over(an: Analysis, r: Reading) -> bool:
    """'handed over 1,200 bodies', 'the bodies of 909 fallen defenders were returned': bodies repatriated."""
    low = an.tokens.lower
    if "bodies" not in low[max(0, r.ti - 2) : r.te + 1]:
        return False
    lo, hi = clause_of(an.clause_starts, r.ti, len(low))
    return not HANDOVER_WORDS.isdisjoint(low[lo:hi])


def _label_line(an: Analysis) -> bool:
    """'Leopard 1 A5 main battle tanks: 110', '155mm artillery ammunition: more than 500,000 rounds': a label, a
    colon, then the number."""
    low = an.tokens.lower
    if ":" not in low or not an.numbers:
        return False
    colon = low.index(":")
    first = an.tokens.index_at(an.numbers[0].start)
    return 0 < colon < first and all(t in QUALIFIER_WORDS for t in low[colon + 1 : first])


def _bracketed_after(low: tuple[str, ...], noun_end: int, i: int) -> bool:
    """Whether token i stands inside a bracket that opens right after a counted noun."""
    return noun_end < i and low[noun_end] == "(" and ")" not in low[noun_end:i]


def _share_dates(an: Analysis, read: list[Reading], drafts: list[FigureDraft]) -> None:
    """'4,198 drones and 211 missiles in May': a list's date phrase dates every number listed before it."""
    for k in range(len(drafts) - 2, -1, -1):
        later = drafts[k + 1]
        if drafts[k].date is None and later.date is not None and coordinated(an, read[k], read[k + 1]):
            drafts[k].date = later.date


def _held(low: tuple[str, ...], start: int) -> bool:
    """'12 residents of the Kursk region who had been held in Ukraine': the people counted were captives (words up
    to the clause's comma)."""
    for t in low[start : start + HELD_REACH]:
        if t in CAPTIVITY_WORDS:
            return True
        if t in (",", ";"):
            return False
    return False
