"""The merge step for figures: the same claimant giving the same number for the same thing is one claim."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from frontline.clusters import MergeRules, order_key
from frontline.event_rows import MergedEvent, dedupe_ids, stable_id
from frontline.records import DocumentResult, FigureCandidate

# a headline's "Two killed" counts the body's "two men" or "two civilians": the same people
HEADCOUNTS = frozenset({"killed", "injured", "casualties", "missing"})
# nouns that count people without saying who they are: "48,000 men" and "48,000 people" lost, "11 civilians" and
# "all 11 people killed" that day, are one claim
PLAIN_PEOPLE = frozenset({"people", "men", "persons", "individuals", "civilians", "residents"})


@dataclass
class MergedFigure:
    figure_id: str
    members: list[FigureCandidate]
    row: dict


def merge_figures(
    results: list[DocumentResult], events: list[MergedEvent], rules: MergeRules
) -> list[MergedFigure]:
    """One row per claim: the same claimant giving the same number for the same thing within a window."""
    published = {r.document.name: r.document.published for r in results}
    event_of: dict[int, str] = {}
    for m in events:
        for c in m.members:
            event_of[id(c)] = m.event_id
    by_key: dict[tuple, list[FigureCandidate]] = defaultdict(list)
    group_event: dict[int, str] = {}
    for r in results:
        for f in r.figures:
            if f.event_group >= 0:
                group_event[id(f)] = event_of.get(id(r.events[f.event_group]), "")
            key = (f.claimant.lower(), f.metric, f.subject.lower(), f.value, f.unit)
            by_key[key].append(f)
    _fold_restated(by_key)
    _fold_unattributed(by_key)
    merged: list[MergedFigure] = []
    for key, all_figs in by_key.items():
        for figs in _by_event(all_figs, group_event):
            figs.sort(key=lambda f: order_key(f, published))
            cluster: list[FigureCandidate] = []
            for f in figs:
                if cluster and (f.reported_date - cluster[0].reported_date).days > rules.figure_day_window:
                    merged.append(_figure_row(key, cluster, group_event))
                    cluster = []
                cluster.append(f)
            merged.append(_figure_row(key, cluster, group_event))
    dedupe_ids(merged, "figure_id")
    merged.sort(key=lambda m: (m.row["refers_to_date"], m.row["metric"], m.row["claimant"], m.figure_id))
    return merged


def _by_event(figs: list[FigureCandidate], group_event: dict[int, str]) -> list[list[FigureCandidate]]:
    """One number one claimant gave for two events of one text's body (four injured by the night's drones, four by
    the afternoon's bomb) is two claims; where it counts no event, or stands in a title or headline, it is the
    first's."""
    events: dict[str, list[FigureCandidate]] = defaultdict(list)
    for f in figs:
        # a title's or headline's number restates the body's, whichever event it was read with
        headline = f.sentence.is_headline or f.sentence.paragraph == 0
        events["" if headline else group_event.get(id(f), "")].append(f)
    unlinked = events.pop("", [])
    # split only where one text links the number to two events; across texts the events may be one not merged
    events_per_text = Counter(
        doc for doc, _ in {(f.sentence.doc_name, ev) for ev, fs in events.items() for f in fs}
    )
    if not events_per_text or max(events_per_text.values()) < 2:
        return [figs]
    parts = list(events.values())
    parts[0].extend(unlinked)
    return parts


def _fold_restated(by_key: dict[tuple, list[FigureCandidate]]) -> None:
    """'Russia lost another 1,040 soldiers' and '… had lost 1,040 soldiers', by one claimant: one claim, its subject
    named more or less fully ('additional Russian troops', 'Russian troops', 'troops')."""
    groups: dict[tuple, list[tuple]] = defaultdict(list)  # (claimant, metric, value, unit) -> keys
    for key in by_key:
        groups[(key[0], key[1], key[3], key[4])].append(key)
    for keys in groups.values():
        keys.sort(key=lambda k: len(k[2]))  # the shortest subject first: the others name it more fully
        for short in keys:
            base = short[2].removeprefix("additional ")
            longer = [
                k
                for k in keys
                if k != short
                and k in by_key
                and (
                    (k[2].endswith(base) and len(k[2]) > len(short[2]))
                    or (
                        k[1] in HEADCOUNTS
                        and {k[2], short[2]} <= PLAIN_PEOPLE
                        and _same_day(by_key[k], by_key[short])
                    )
                )
            ]
            if longer and short in by_key:
                by_key[longer[0]].extend(by_key.pop(short))


def _same_day(a: list[FigureCandidate], b: list[FigureCandidate]) -> bool:
    """Whether two claims' numbers are all about one day: '2 men shot dead in 2022' and '2 people killed on
    Thursday' in one digest are two claims."""
    return len({f.refers_to_date for f in (*a, *b)}) == 1


def _fold_unattributed(by_key: dict[tuple, list[FigureCandidate]]) -> None:
    """A headline's bare 'injures nine' is the same claim as the body's credited 'nine injured, officials said'
    (the body may name the subject more fully: 'drones' / 'Ukrainian drones'); a standfirst's '…, says US' is the
    same claim as the body's 'Blinken said' when the number and country agree."""
    named: dict[tuple, list[tuple]] = defaultdict(list)  # (metric, value, unit) -> keys of credited claims
    for key, figs in by_key.items():
        if key[0] and key[0] != figs[0].claimant_country.lower():
            named[(key[1], key[3], key[4])].append(key)
    for key in list(by_key):
        country_only = key[0] and key[0] == by_key[key][0].claimant_country.lower()
        if key[0] and not country_only:
            continue
        for target in sorted(named.get((key[1], key[3], key[4]), [])):  # input order must not matter
            same_thing = target[2].endswith(key[2]) or key[2].endswith(target[2]) or key[1] in HEADCOUNTS
            same_side = not key[0] or by_key[key][0].claimant_country == by_key[target][0].claimant_country
            if target != key and same_thing and same_side:
                by_key[target].extend(by_key.pop(key))
                break


def _figure_row(key: tuple, members: list[FigureCandidate], group_event: dict[int, str]) -> MergedFigure:
    # the claim's own wording: a headline or country-level report folded into it does not rename its claimant,
    # and a summary's shorthand ("Around 8,000 …, says US") does not word the body's "as many as 8,000"
    own = [m for m in members if m.claimant and m.claimant.lower() == key[0]]
    first = next((m for m in own if not m.sentence.is_summary), own[0] if own else None)
    first = first or next((m for m in members if m.claimant), members[0])
    place = next((m.place for m in members if m.place is not None), None)
    figure_id = stable_id(*key, first.reported_date.isoformat())
    row = {
        "figure_id": figure_id,
        "reported_date": first.reported_date.isoformat(),
        "refers_to_date": first.refers_to_date.isoformat(),
        "date_precision": first.date_precision,
        "metric": first.metric,
        "subject": first.subject,
        "value": first.value,
        "unit": first.unit,
        "qualifier": first.qualifier,
        "claimant": first.claimant,
        "claimant_country": first.claimant_country,
        "location": place.name if place else "",
        "latitude": place.latitude if place else None,
        "longitude": place.longitude if place else None,
        "event_id": next((group_event[id(m)] for m in members if group_event.get(id(m))), ""),
        "source_doc": first.sentence.doc_name,
        "source_quote": first.sentence.text,
        "mentions": len({(m.sentence.doc_name, m.sentence.index) for m in members}),
    }
    return MergedFigure(figure_id, members, row)
