"""Full-text search with filters: SQLite FTS5 inside the encrypted database.

The query is folded like the index (storage/textnorm.py) and rebuilt as quoted FTS5
terms, so user input is never interpreted as FTS5 syntax. Words are ANDed; a word ending in
`*` matches as a prefix. Results are ranked by bm25 (title and names weigh more than the
narrative) and come with a snippet cut from the original text.

A search never shows a protected value (a person's field named in their ``protected`` list,
app/domain/protected.py). The index keeps them, so a search finds the case, but the snippet
is never cut from the index: it is made again here from the record with every protected
field taken out, and then every word of a protected value that free text happens to repeat
(the narrative naming the person) is masked in it. Which protected fields the words matched
is told by name only (SearchHit.protected_matches), never by value.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from storage.cases import (
    _SUMMARY_COLUMNS,
    CaseSummary,
    _summary,
    index_texts,
    order_clause,
)
from storage.db import Connection
from storage.placenames import country_names
from storage.textnorm import query_terms, words

_WEIGHTS = "10.0, 6.0, 4.0, 1.0, 2.0"  # title, people, places, narrative, other
SNIPPET_WORDS = 24
# What a protected word shows in a snippet: app.domain.people.MASK (the same length always).
MASK = "\u2022" * 8
# The protected fields a search can match (the others are not in the index), in the order
# of app.domain.protected.PROTECTABLE_FIELDS.
SEARCHABLE_PROTECTED = ("real_name", "pseudonym", "location", "contact")


@dataclass(frozen=True, slots=True)
class SearchFilters:
    acts: Sequence[str] = ()
    countries: Sequence[str] = ()
    perpetrators: Sequence[str] = ()
    statuses: Sequence[str] = ()
    date_from: str | None = None  # YYYY-MM-DD
    date_to: str | None = None
    # Provenance (bundle records): signer fingerprints ("SHA256:...") or pinned names, and
    # bundle ids; a case matches if it came in (or left in) any such bundle.
    signers: Sequence[str] = ()
    bundles: Sequence[str] = ()
    # Coordinators' triage (storage/team.py): statuses (a case nobody triaged is "new") and
    # assignees ("" is nobody).
    triage: Sequence[str] = ()
    assignees: Sequence[str] = ()


@dataclass(frozen=True, slots=True)
class Snippet:
    text: str
    highlights: list[tuple[int, int]] = field(default_factory=list)  # spans in `text`

    def marked(self, before: str = "[", after: str = "]") -> str:
        out, pos = [], 0
        for start, end in self.highlights:
            out.append(self.text[pos:start] + before + self.text[start:end] + after)
            pos = end
        out.append(self.text[pos:])
        return "".join(out)


@dataclass(frozen=True, slots=True)
class SearchHit:
    case: CaseSummary
    score: float
    snippet: Snippet
    # The protected fields (names from SEARCHABLE_PROTECTED) the search words matched: the
    # case is found, but the value is never shown.
    protected_matches: tuple[str, ...] = ()


def fts_expression(query: str) -> str | None:
    terms = query_terms(query)
    if not terms:
        return None
    return " AND ".join(
        '"' + term.replace('"', '""') + '"' + ("*" if prefix else "") for term, prefix in terms
    )


def search(
    conn: Connection,
    query: str,
    filters: SearchFilters | None = None,
    limit: int = 50,
    offset: int = 0,
    order: str | None = None,
    descending: bool = True,
) -> list[SearchHit]:
    """Cases matching `query` and `filters`, best match first (or by `order`, one of
    storage.cases.ORDERS), each with a snippet of the original text around the match."""
    filters = filters or SearchFilters()
    expression = fts_expression(query)
    if (expression is not None and order is None and limit > 0 and not filters.statuses
            and not filters.signers and not filters.bundles and not filters.triage
            and not filters.assignees):
        # only the FTS match and filters by case number: the ranked statement below
        _, inner, inner_params = _conditions(expression, filters, num="+case_fts.rowid")
        rows = conn.execute(
            _RANKED.format(where=" AND ".join(inner)),
            (*inner_params, limit + offset - 1, limit, offset),
        ).fetchall()
    else:
        source, where, params = _conditions(expression, filters)
        score = f"bm25(case_fts, {_WEIGHTS})" if expression is not None else "0.0"
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        if order is not None:
            order = order_clause(order, descending)
        else:
            order = "score, c.updated_at DESC" if expression else "c.updated_at DESC, c.num DESC"
        rows = conn.execute(
            f"SELECT {_SUMMARY_COLUMNS}, {score} AS score FROM {source} {clause} "
            f"ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        ).fetchall()
    hits = []
    terms = query_terms(query)
    for row in rows:
        summary = _summary(row)
        record_row = conn.execute(
            "SELECT record FROM case_revisions WHERE case_num = ? AND revision = ?",
            (row[0], summary.revision),
        ).fetchone()
        record = json.loads(record_row[0]) if record_row else {}
        found = _protected_words(record)
        hits.append(SearchHit(summary, float(row[9]), make_snippet(record, terms, found=found),
                              protected_matches(record, terms, found=found)))
    return hits


# A ranked search (filtered at most by facets and dates, which need only the case number):
# the same rows, in the same order, as joining every match to `cases` and sorting by
# (score, updated_at DESC), but only the matches that can be on the page are joined: those
# scoring no worse than the (offset + limit)-th best match (every match tied with it
# included, so the tie-break by updated_at is the same). Joining all matches read a random
# page of `cases` for each (3,700 for one word at 100,000 cases), and in the vault each such
# page is decrypted: 59 ms against 13 ms for this statement. {where}: the conditions of
# _conditions(..., num="+case_fts.rowid"), the MATCH first (the unary + keeps SQLite from
# handing `rowid IN (set)` to FTS5 as a constraint: it then ran the MATCH once per rowid).
_RANKED = (
    "WITH m AS MATERIALIZED (SELECT case_fts.rowid AS num, "
    f"bm25(case_fts, {_WEIGHTS}) AS score FROM case_fts WHERE {{where}}), "
    "cut AS (SELECT score FROM m ORDER BY score LIMIT 1 OFFSET ?) "
    f"SELECT {_SUMMARY_COLUMNS}, m.score AS score FROM m JOIN cases c ON c.num = m.num "
    "WHERE m.score <= IFNULL((SELECT score FROM cut), 9e999) "
    "ORDER BY m.score, c.updated_at DESC LIMIT ? OFFSET ?"
)


def _in(values: Sequence[str]) -> str:
    return ",".join("?" * len(values))


def _conditions(
    expression: str | None, filters: SearchFilters, num: str = "c.num"
) -> tuple[str, list[str], list[Any]]:
    """The FROM source, WHERE conditions and their parameters for a query and filters
    (the cases table is aliased `c`). `num`: the case number the facet and date filters
    test, SQL text; other than `c.num` (the ranked statement, which tests every match
    before any is joined to `cases`), a facet filter is one set read in key order rather
    than one lookup per match, which in the vault decrypts a page for each)."""
    where: list[str] = []
    params: list[Any] = []
    if expression is not None:
        source = "case_fts JOIN cases c ON c.num = case_fts.rowid"
        where.append("case_fts MATCH ?")
        params.append(expression)
    else:
        source = "cases c"
    for kind, values in (
        ("act", filters.acts),
        ("country", filters.countries),
        ("perpetrator", filters.perpetrators),
    ):
        if values and num == "c.num":
            where.append(
                "EXISTS (SELECT 1 FROM case_facets f WHERE f.case_num = c.num AND f.kind = ? "
                f"AND f.value IN ({_in(values)}))"
            )
            params.extend([kind, *values])
        elif values:  # the ranked statement: the cases with the facet read once, as a set
            where.append(
                f"{num} IN (SELECT f.case_num FROM case_facets f WHERE f.kind = ? "
                f"AND f.value IN ({_in(values)}))"
            )
            params.extend([kind, *values])
    if filters.statuses:
        where.append(f"c.status IN ({_in(filters.statuses)})")
        params.extend(filters.statuses)
    if filters.date_from or filters.date_to:
        where.append(
            f"EXISTS (SELECT 1 FROM case_dates d WHERE d.case_num = {num} "
            "AND d.date_to >= ? AND d.date_from <= ?)"
        )
        params.extend([filters.date_from or "0000-01-01", filters.date_to or "9999-12-31"])
    if filters.signers:
        signers = list(filters.signers)
        where.append(
            "EXISTS (SELECT 1 FROM bundle_cases bc JOIN bundles b ON b.id = bc.bundle_id "
            f"WHERE bc.case_id = c.id AND (b.signer_fingerprint IN ({_in(signers)}) "
            f"OR b.signer_name IN ({_in(signers)}) OR b.signer_fingerprint IN "
            f"(SELECT s.fingerprint FROM signers s WHERE s.name IN ({_in(signers)}))))"
        )
        params.extend(signers * 3)
    if filters.bundles:
        where.append(
            "EXISTS (SELECT 1 FROM bundle_cases bc WHERE bc.case_id = c.id "
            f"AND bc.bundle_id IN ({_in(filters.bundles)}))"
        )
        params.extend(filters.bundles)
    for fld, values, unset in (("status", filters.triage, "new"),
                               ("assignee", filters.assignees, "")):
        if values:
            where.append(
                "IFNULL((SELECT t.value FROM triage t WHERE t.case_id = c.id AND t.field = ?), "
                f"?) IN ({_in(values)})")
            params.extend([fld, unset, *values])
    return source, where, params


def matching_cases_sql(
    query: str, filters: SearchFilters | None = None
) -> tuple[str, list[Any]]:
    """SQL selecting `num` of every case matching `query` and `filters` (no limit), and its
    parameters; for aggregates over the current search (storage/overview.py)."""
    source, where, params = _conditions(fts_expression(query), filters or SearchFilters())
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return f"SELECT c.num FROM {source}{clause}", params


def _listed(person: dict[str, Any]) -> frozenset[str]:
    """The names in a person's ``protected`` list (a lone string counts as one name)."""
    listed = person.get("protected") or ()
    if isinstance(listed, str):
        return frozenset((listed,))
    return frozenset(str(name) for name in listed)


def _persons(record: dict[str, Any]) -> list[dict[str, Any]]:
    persons = record.get("persons") or []
    return [p for p in persons if isinstance(p, dict)] if isinstance(persons, list) else []


@functools.lru_cache(maxsize=512)
def _country_words(code: str) -> frozenset[str]:
    return frozenset(w for name in country_names(code) for _, _, w in words(name))


def _protected_words(record: dict[str, Any]) -> list[tuple[str, frozenset[str], bool]]:
    """(field, its folded words, whether they are secret) for each protected value a person
    holds. A location's city and region are secret; its country's names are matched but not
    secret (a country's name alone is not masked in free text)."""
    found: list[tuple[str, frozenset[str], bool]] = []
    for person in _persons(record):
        listed = _listed(person)
        for name in SEARCHABLE_PROTECTED:
            if name not in listed or not person.get(name):
                continue
            value = person[name]
            if name == "location":
                place = value if isinstance(value, dict) else {}
                text = " ".join(str(place[k]) for k in ("city", "region") if place.get(k))
                if place.get("country"):
                    found.append((name, _country_words(str(place["country"])), False))
            else:
                text = str(value)
            found.append((name, frozenset(w for _, _, w in words(text)), True))
    return found


def without_protected(record: dict[str, Any]) -> dict[str, Any]:
    """The record with every protected field of every person taken out."""
    if not _persons(record):
        return record
    persons = [{k: v for k, v in p.items() if k not in _listed(p)} for p in _persons(record)]
    return {**record, "persons": persons}


def _hit_test(terms: list[tuple[str, bool]]) -> Callable[[str], bool]:
    def hit(word: str) -> bool:
        return any(word.startswith(t) if prefix else word == t for t, prefix in terms)
    return hit


def protected_matches(record: dict[str, Any], terms: list[tuple[str, bool]], *,
                      found: list[tuple[str, frozenset[str], bool]] | None = None
                      ) -> tuple[str, ...]:
    """The protected fields whose value a search word matches (names, in the order of
    SEARCHABLE_PROTECTED). `found`: _protected_words(record), when already known."""
    if not terms:
        return ()
    hit = _hit_test(terms)
    matched = {name for name, folded, _ in
               (_protected_words(record) if found is None else found)
               if any(hit(w) for w in folded)}
    return tuple(name for name in SEARCHABLE_PROTECTED if name in matched)


def _secret_words(found: list[tuple[str, frozenset[str], bool]]) -> frozenset[str]:
    return frozenset(w for _, folded, secret in found if secret for w in folded)


def _masked(text: str, tokens: list[tuple[int, int, str]], secret: frozenset[str]) -> str:
    """`text` with each of its `tokens` (spans of it) whose word is secret replaced by
    MASK."""
    out, pos = [], 0
    for start, end, word in tokens:
        if word in secret:
            out.append(text[pos:start] + MASK)
            pos = end
    out.append(text[pos:])
    return "".join(out)


def mask_protected(text: str, record: dict[str, Any]) -> str:
    """`text` with each word of a protected value of the record replaced by MASK (free
    text may repeat a protected name)."""
    secret = _secret_words(_protected_words(record))
    return _masked(text, words(text), secret) if secret else text


def make_snippet(record: dict[str, Any], terms: list[tuple[str, bool]], *,
                 found: list[tuple[str, frozenset[str], bool]] | None = None) -> Snippet:
    """A window of the original text around the first matching word, matches marked; cut
    from the record without its protected fields, and any protected word masked. `found`:
    _protected_words(record), when already known."""
    secret = _secret_words(_protected_words(record) if found is None else found)
    title, people, places, narrative, other = index_texts(without_protected(record))
    fields = [narrative, other, people, title, places]
    hit = _hit_test(terms)

    for text in fields:
        tokens = words(text)
        first = next((i for i, (_, _, w) in enumerate(tokens) if hit(w)), None)
        if first is None:
            continue
        lo = max(0, first - SNIPPET_WORDS // 3)
        hi = min(len(tokens), lo + SNIPPET_WORDS)
        start, end = tokens[lo][0], tokens[hi - 1][1]
        window = text[start:end]
        if secret:  # the window's own words, already folded
            window = _masked(window, [(s - start, e - start, w) for s, e, w in tokens[lo:hi]],
                             secret)
        piece = " ".join(window.split())
        prefix = "… " if lo > 0 else ""
        suffix = " …" if hi < len(tokens) else ""
        snippet_text = prefix + piece + suffix
        highlights = []
        for s, e, w in words(snippet_text):
            if hit(w):
                highlights.append((s, e))
        return Snippet(snippet_text, highlights)
    fallback = " ".join((record.get("summary") or record.get("title") or "").split())
    if secret:
        fallback = _masked(fallback, words(fallback), secret)
    return Snippet(fallback[:200])
