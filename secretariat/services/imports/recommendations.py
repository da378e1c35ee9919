"""Importing recommendations: OHCHR matrices, thematic lists, UHRI-like exports, our own export.

Large lists are the point here (OHCHR's Universal Human Rights Index exports run to
tens of thousands of rows), so this importer is written for bulk:

- existing natural keys (``services.recommendations.natural_key``) are loaded once,
  and the details of the matching records in a few chunked queries - never a query
  per row;
- new records and their links (themes, groups of persons, recommending States, SDGs,
  responsible agencies) go to the database driver as plain tuples in a few large
  ``executemany`` batches (``db.bulk.bulk_insert``); updates and new vocabulary
  entries are SQLAlchemy Core ``update()``/``insert()`` statements; all of it in the
  one write transaction of the import.

These Core/driver statements bypass the ORM's ``before_flush`` audit listener
(``services.audit``), so they do not produce one audit entry per record; instead the
import writes a single summary entry (``services.audit.record``) with the file, the
sheet, the counts and the ids of what was created and updated. (Core also skips the
ORM's version counter and the ``search_text`` mapper event: both are computed here.)

What the file does not say is left alone on re-import: an empty assessment cell
does not erase an assessment typed in the app, and a list without a status column
keeps the statuses the ministries reported.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import DateTime, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from ...db.bulk import bulk_insert, db_value, large_cache
from ...db.bulk import lock_for_new_ids, sync_id_sequences
from ...i18n import translate
from ...models import (
    Country,
    ImplementationStatus,
    Mechanism,
    Position,
    Recommendation,
    Tag,
    TagKind,
    fold,
    recommendation_country,
    recommendation_organization,
    recommendation_sdg,
    recommendation_sdg_target,
    recommendation_tag,
    utcnow,
)
from .base import (
    CREATE,
    ERROR,
    SKIP,
    UPDATE,
    Decision,
    ImportOptions,
    Parsed,
    ProgressLike,
    RowAction,
)
from .. import sdg_targets as sdg_target_links
from .lookups import OrgIndex

KIND = "recommendations"
TABLE = "recommendation"


@dataclass(slots=True)
class RecommendationInput:
    row: int
    label: str
    key: str = ""
    mechanism: str = Mechanism.UPR.value
    body: str = "UPR"
    cycle: int | None = None
    session: str | None = None
    document_symbol: str = ""
    paragraph: str = ""
    text: str = ""
    position: str | None = None
    source_of_position: str | None = None
    status: str | None = None
    assessment: str | None = None
    themes: list[str] | None = None
    groups: list[str] | None = None
    states: list[str] | None = None
    sdgs: list[int] | None = None
    responsible: list[str] | None = None
    sdg_targets: list[str] | None = None  # codes ("16.3"); their goals are in sdgs
    warnings: list[str] = field(default_factory=list)
    error: tuple[str, str] | None = None  # (column title, message)
    duplicate_of: int | None = None  # Excel row of the first occurrence
    other_state: str | None = None  # the State under review of a row about another State


CHUNK = 900  # SQLite's default limit of bound parameters is 999


_INSERT_COLUMNS = ("id", "natural_key", "mechanism", "body", "cycle", "session", "document_symbol", "paragraph",
                   "text", "position", "source_of_position", "status", "assessment", "search_text", "version",
                   "created_at", "updated_at")


def _new_rows(rec_ids: list[int], items: list[RecommendationInput], stamp: Any) -> list[tuple]:
    """``_INSERT_COLUMNS`` values of new recommendations."""
    rows = []
    pending, not_started = Position.PENDING.value, ImplementationStatus.NOT_STARTED.value
    for rec_id, item in zip(rec_ids, items):
        assessment = item.assessment or ""
        paragraph, text, document = item.paragraph, item.text, item.document_symbol
        # _search_text's fold of the non-empty parts, without the generator.
        searchable = f"{paragraph} {text}" if paragraph and text else (paragraph or text)
        if assessment:
            searchable = f"{searchable} {assessment}" if searchable else assessment
        if document:
            searchable = f"{searchable} {document}" if searchable else document
        folded = " ".join(searchable.casefold().split())
        if not folded.isascii():  # letters with marks, ё, й: the model's own fold
            folded = fold(searchable)
        rows.append((
            rec_id, item.key, item.mechanism, item.body, item.cycle, (item.session or "")[:80],
            document, paragraph, text, item.position or pending,
            item.source_of_position or "", item.status or not_started, assessment,
            folded, 1, stamp, stamp,
        ))
    return rows


def _search_text(values: dict[str, Any]) -> str:
    # Recommendation.searchable_parts, computed here because Core skips the mapper event.
    parts = (values.get("paragraph"), values.get("text"), values.get("assessment"), values.get("document_symbol"))
    return fold(" ".join(p for p in parts if p))


@dataclass(slots=True)
class _Existing:
    id: int
    paragraph: str
    text: str
    position: str
    source_of_position: str
    status: str
    assessment: str
    session: str
    document_symbol: str
    themes: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)
    states: set[str] = field(default_factory=set)
    sdgs: set[int] = field(default_factory=set)
    responsible: set[int] = field(default_factory=set)
    sdg_targets: set[str] = field(default_factory=set)

    def merged(self, item: RecommendationInput) -> dict[str, Any]:
        return {
            "paragraph": self.paragraph, "document_symbol": self.document_symbol,
            "text": item.text or self.text,
            "position": item.position or self.position,
            "source_of_position": item.source_of_position or self.source_of_position,
            "status": item.status or self.status,
            "assessment": item.assessment or self.assessment,
            "session": (item.session or self.session or "")[:80],
        }


#: Above this many matching records, whole tables are read once instead of by chunks of ids.
SCAN_ABOVE = 5000


class _Folded(dict):
    """``fold`` of names that repeat (themes, States...), computed once per spelling."""

    def __missing__(self, name: str) -> str:
        value = self[name] = fold(name)
        return value


def _existing(session: Session, keys: set[str]) -> dict[str, _Existing]:
    """Records whose natural key is in the file, with their links: a handful of queries.

    Few matches are read by chunks of ids; many (re-importing a whole list) by reading
    each table once, which is faster than thousands of ``IN (...)`` lookups.
    """
    if not keys:
        return {}
    R = Recommendation
    # Plain Core rows on the session's connection: the ORM's result machinery costs more
    # than the query itself when a re-import reads every table whole.
    connection = session.connection()
    all_keys = dict(connection.execute(select(R.natural_key, R.id)).all())
    ids = [all_keys[key] for key in keys if key in all_keys]
    if not ids:
        return {}
    by_id: dict[int, _Existing] = {}
    key_of: dict[int, str] = {}
    folded = _Folded()
    theme = TagKind.THEME.value
    columns = (R.id, R.natural_key, R.paragraph, R.text, R.position, R.source_of_position, R.status,
               R.assessment, R.session, R.document_symbol)
    link_queries = (
        (select(recommendation_tag.c.recommendation_id, Tag.kind, Tag.name)
         .join(Tag, Tag.id == recommendation_tag.c.tag_id), recommendation_tag),
        (select(recommendation_country.c.recommendation_id, Country.name)
         .join(Country, Country.id == recommendation_country.c.country_id), recommendation_country),
        (select(recommendation_sdg.c.recommendation_id, recommendation_sdg.c.sdg_number), recommendation_sdg),
        (select(recommendation_organization.c.recommendation_id, recommendation_organization.c.organization_id),
         recommendation_organization),
        (select(recommendation_sdg_target.c.recommendation_id, recommendation_sdg_target.c.sdg_target_code),
         recommendation_sdg_target),
    )
    if len(ids) > SCAN_ABOVE:
        chunks: list[list[int] | None] = [None]
    else:
        chunks = [ids[start:start + CHUNK] for start in range(0, len(ids), CHUNK)]
    wanted = set(ids)
    for chunk in chunks:
        statement = select(*columns)
        if chunk is not None:
            statement = statement.where(R.id.in_(chunk))
        for row in connection.execute(statement):
            if row.id in wanted:
                by_id[row.id] = _Existing(row.id, row.paragraph, row.text, row.position, row.source_of_position,
                                          row.status, row.assessment, row.session, row.document_symbol)
                key_of[row.id] = row.natural_key
        def rows(index: int) -> Any:
            query, table = link_queries[index]
            if chunk is not None:
                query = query.where(table.c.recommendation_id.in_(chunk))
            return connection.execute(query).all()

        for rec_id, kind, name in rows(0):
            record = by_id.get(rec_id)
            if record is not None:
                (record.themes if kind == theme else record.groups).add(folded[name])
        for rec_id, name in rows(1):
            record = by_id.get(rec_id)
            if record is not None:
                record.states.add(folded[name])
        for rec_id, number in rows(2):
            record = by_id.get(rec_id)
            if record is not None:
                record.sdgs.add(number)
        for rec_id, org_id in rows(3):
            record = by_id.get(rec_id)
            if record is not None:
                record.responsible.add(org_id)
        for rec_id, code in rows(4):
            record = by_id.get(rec_id)
            if record is not None:
                record.sdg_targets.add(code)
    return {key_of[rec_id]: record for rec_id, record in by_id.items()}


_FOLDED = _Folded()


def _changes(item: RecommendationInput, current: _Existing, refs: list[int | str] | None) -> list[str]:
    folded = _FOLDED if len(_FOLDED) < 100_000 else _Folded()
    changes = []
    if item.text and item.text != current.text:
        changes.append(translate("excel", "text"))
    if item.position and item.position != current.position:
        changes.append(translate("excel", "position"))
    if item.source_of_position and item.source_of_position != current.source_of_position:
        changes.append(translate("excel", "source of position"))
    if item.status and item.status != current.status:
        changes.append(translate("excel", "status"))
    if item.assessment and item.assessment != current.assessment:
        changes.append(translate("excel", "assessment"))
    if item.session and item.session[:80] != current.session:
        changes.append(translate("excel", "session"))
    if item.themes is not None and {folded[v] for v in item.themes} != current.themes:
        changes.append(translate("excel", "themes"))
    if item.groups is not None and {folded[v] for v in item.groups} != current.groups:
        changes.append(translate("excel", "groups of persons"))
    if item.states is not None and {folded[v] for v in item.states} != current.states:
        changes.append(translate("excel", "recommending States"))
    if item.sdgs is not None and set(item.sdgs) != current.sdgs:
        changes.append(translate("excel", "SDGs"))
    if item.sdg_targets is not None and set(item.sdg_targets) != current.sdg_targets:
        changes.append(translate("excel", "SDG targets"))
    if refs is not None:
        if any(isinstance(ref, str) for ref in refs) or set(refs) != current.responsible:
            changes.append(translate("excel", "responsible agencies"))
    return changes


@dataclass
class _Vocabularies:
    tags: dict[tuple[str, str], int]
    countries: dict[str, int]
    new_tags: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    new_countries: dict[str, tuple[int, str]] = field(default_factory=dict)
    next_tag: int = 1
    next_country: int = 1
    raw: dict[Any, int] = field(default_factory=dict)  # spelling as written -> id

    @classmethod
    def load(cls, session: Session) -> "_Vocabularies":
        tags = {(kind, search): tag_id for tag_id, kind, search in
                session.execute(select(Tag.id, Tag.kind, Tag.search_text))}
        countries = {search: country_id for country_id, search in
                     session.execute(select(Country.id, Country.search_text))}
        return cls(tags=tags, countries=countries,
                   next_tag=(session.scalar(select(func.max(Tag.id))) or 0) + 1,
                   next_country=(session.scalar(select(func.max(Country.id))) or 0) + 1)

    def tag(self, kind: str, name: str) -> int:
        raw = (kind, name)
        found = self.raw.get(raw)
        if found is not None:
            return found  # names repeat: fold each spelling once
        name = name[:255]
        key = (kind, fold(name))
        found = self.tags.get(key)
        self.raw[raw] = found  # type: ignore[assignment]
        if found is None:
            found = self.next_tag
            self.next_tag += 1
            self.tags[key] = found
            self.new_tags[key] = (found, name)
            self.raw[raw] = found
        return found

    def tag_ids(self, kind: str, names: list[str]) -> list[int]:
        """Ids of a list of names, without repeats; each spelling is resolved once (``raw``)."""
        raw = self.raw
        ids = [raw.get((kind, name)) or self.tag(kind, name) for name in names]
        return ids if len(ids) < 2 or len(set(ids)) == len(ids) else list(dict.fromkeys(ids))

    def country_ids(self, names: list[str]) -> list[int]:
        raw = self.raw
        ids = [raw.get(name) or self.country(name) for name in names]
        return ids if len(ids) < 2 or len(set(ids)) == len(ids) else list(dict.fromkeys(ids))

    def country(self, name: str) -> int:
        found = self.raw.get(name)
        if found is not None:
            return found
        name = name[:255]
        key = fold(name)
        found = self.countries.get(key)
        if found is None:
            found = self.next_country
            self.next_country += 1
            self.countries[key] = found
            self.new_countries[key] = (found, name)
        self.raw[name] = found
        return found

    def write_new(self, session: Session) -> None:
        if self.new_tags:
            session.execute(insert(Tag.__table__), [
                {"id": tag_id, "kind": kind, "name": name, "search_text": search}
                for (kind, search), (tag_id, name) in self.new_tags.items()])
        if self.new_countries:
            session.execute(insert(Country.__table__), [
                {"id": country_id, "name": name, "search_text": search}
                for search, (country_id, name) in self.new_countries.items()])


@dataclass
class _Links:
    tags: list[tuple[int, int]] = field(default_factory=list)
    countries: list[tuple[int, int]] = field(default_factory=list)
    sdgs: list[tuple[int, int]] = field(default_factory=list)
    orgs: list[tuple[int, int]] = field(default_factory=list)
    targets: list[tuple[int, str]] = field(default_factory=list)
    replace: dict[str, list[int]] = field(default_factory=lambda: {
        "themes": [], "groups": [], "countries": [], "sdgs": [], "orgs": []})
    replace_targets: list[int] = field(default_factory=list)

    def add(self, rec_id: int, item: RecommendationInput, vocab: _Vocabularies, orgs: OrgIndex,
            created_orgs: dict[str, int], only_given: bool = False) -> None:
        # Runs once per new recommendation: kept lean.
        names = item.themes
        if names is not None:
            if only_given:
                self.replace["themes"].append(rec_id)
            self.tags += [(rec_id, tag_id) for tag_id in vocab.tag_ids(_THEME, names)]
        names = item.groups
        if names is not None:
            if only_given:
                self.replace["groups"].append(rec_id)
            self.tags += [(rec_id, tag_id) for tag_id in vocab.tag_ids(_GROUP, names)]
        names = item.states
        if names is not None:
            if only_given:
                self.replace["countries"].append(rec_id)
            self.countries += [(rec_id, c) for c in vocab.country_ids(names)]
        numbers = item.sdgs
        if numbers is not None:
            if only_given:
                self.replace["sdgs"].append(rec_id)
            if len(numbers) > 1:
                numbers = dict.fromkeys(numbers)
            self.sdgs += [(rec_id, n) for n in numbers if 1 <= n <= 17]
        if item.sdg_targets:  # a cell that lists goals only leaves the targets alone
            if only_given:
                self.replace_targets.append(rec_id)
            self.targets += [(rec_id, code) for code in item.sdg_targets]
        if item.responsible is not None:
            if only_given:
                self.replace["orgs"].append(rec_id)
            refs = [orgs.resolve(name) for name in item.responsible]
            self.orgs.extend((rec_id, org_id) for org_id in orgs.ids(refs, created_orgs))

    def add_all(self, rec_ids: list[int], items: list[RecommendationInput], vocab: _Vocabularies,
                orgs: OrgIndex, created_orgs: dict[str, int]) -> None:
        for rec_id, item in zip(rec_ids, items):
            self.add(rec_id, item, vocab, orgs, created_orgs)

    def clear_old(self, session: Session) -> None:
        """Delete the links about to be replaced (only of what the file gives)."""
        tables = {"themes": recommendation_tag, "groups": recommendation_tag,
                  "countries": recommendation_country, "sdgs": recommendation_sdg,
                  "orgs": recommendation_organization}
        for name, ids in self.replace.items():
            table = tables[name]
            for start in range(0, len(ids), CHUNK):
                statement = delete(table).where(table.c.recommendation_id.in_(ids[start:start + CHUNK]))
                if name in ("themes", "groups"):
                    kind = _THEME if name == "themes" else _GROUP
                    statement = statement.where(table.c.tag_id.in_(select(Tag.id).where(Tag.kind == kind)))
                session.execute(statement)
        sdg_target_links.write_target_links(session, "recommendation", [], self.replace_targets)

    def write(self, session: Session) -> None:
        for table, second, rows in ((recommendation_tag, "tag_id", self.tags),
                                    (recommendation_country, "country_id", self.countries),
                                    (recommendation_sdg, "sdg_number", self.sdgs),
                                    (recommendation_organization, "organization_id", self.orgs)):
            for start in range(0, len(rows), 20000):
                bulk_insert(session, table, ("recommendation_id", second), rows[start:start + 20000])
        sdg_target_links.write_target_links(session, "recommendation", self.targets)


class _InBackground:
    """Run a function in a thread; ``join`` waits for it and raises what it raised."""

    def __init__(self, function: Any, *args: Any) -> None:
        self._error: BaseException | None = None

        def run() -> None:
            try:
                function(*args)
            except BaseException as error:  # noqa: BLE001 - handed to join()
                self._error = error

        self._thread = threading.Thread(target=run, name="import-links", daemon=True)
        self._thread.start()

    def join(self, reraise: bool = True) -> None:
        self._thread.join()
        if reraise and self._error is not None:
            raise self._error


_THEME = TagKind.THEME.value


_GROUP = TagKind.GROUP.value


# -- decide -----------------------------------------------------------------
def decide(session: Session, parsed: Parsed, options: ImportOptions,
           progress: ProgressLike) -> Decision:
    items: list[RecommendationInput] = parsed.records
    total = len(items)
    progress.update(0, total, translate("excel", "Comparing with the database…"))
    keys = {item.key for item in items if item.key and item.error is None and item.duplicate_of is None}
    existing = _existing(session, keys)
    orgs = OrgIndex.load(session)
    decision = Decision(payload={"existing": existing, "orgs": orgs})
    messages = {
        "new": translate("excel", "New recommendation."),
        "same": translate("excel", "Already recorded, nothing changed."),
        "changes": translate("excel", "Changes: {fields}."),
        "duplicate": translate("excel", "Same recommendation as row {row} (its themes and States were "
                               "added there)."),
        "other_state": translate("excel", "A recommendation to {state}, not to the State under review."),
    }
    rows = decision.rows
    for number, item in enumerate(items, start=1):
        if number % 5000 == 0:
            progress.check()
            progress.update(number, total)
        rows.append(_decide_one(item, existing, orgs, messages))
    if orgs.new:
        decision.notes.append(translate("excel", "New organizations will be added: {names}.").format(
            names=", ".join(sorted(orgs.new.values()))))
    progress.update(total, total)
    return decision


def _decide_one(item: RecommendationInput, existing: dict[str, "_Existing"],
                orgs: OrgIndex, messages: dict[str, str]) -> RowAction:
    warnings = list(item.warnings) if item.warnings else []
    if item.other_state is not None:
        return RowAction(item.row, SKIP, item.label, messages["other_state"].format(state=item.other_state),
                         "", warnings)
    if item.error is not None:
        return RowAction(item.row, ERROR, item.label, item.error[1], item.error[0], warnings)
    if item.duplicate_of is not None:
        return RowAction(item.row, SKIP, item.label, messages["duplicate"].format(row=item.duplicate_of),
                         "", warnings)
    if item.responsible:
        item.responsible = orgs.split_known(item.responsible)
    refs = [orgs.resolve(name) for name in item.responsible] if item.responsible else None
    current = existing.get(item.key)
    if current is None:
        return RowAction(item.row, CREATE, item.label, messages["new"], "", warnings)
    changes = _changes(item, current, refs)
    if not changes:
        return RowAction(item.row, SKIP, item.label, messages["same"], "", warnings)
    return RowAction(item.row, UPDATE, item.label, messages["changes"].format(fields=", ".join(changes)),
                     "", warnings)


# -- write ------------------------------------------------------------------
def write(session: Session, parsed: Parsed, decision: Decision, options: ImportOptions,
          progress: ProgressLike) -> dict[str, Any]:
    with large_cache(session):
        return _write(session, parsed, decision, progress)


def _write(session: Session, parsed: Parsed, decision: Decision,
           progress: ProgressLike) -> dict[str, Any]:
    items: list[RecommendationInput] = parsed.records
    existing: dict[str, _Existing] = decision.payload["existing"]
    orgs: OrgIndex = decision.payload["orgs"]
    by_row = {row.row: row.action for row in decision.rows}
    creates = [i for i in items if by_row.get(i.row) == CREATE]
    updates = [i for i in items if by_row.get(i.row) == UPDATE]
    total = len(creates) + len(updates)
    progress.update(0, total, translate("excel", "Writing recommendations…"))
    created_orgs = orgs.create_new(session)
    lock_for_new_ids(session, Recommendation.__table__, Tag.__table__, Country.__table__)
    vocab = _Vocabularies.load(session)
    now = utcnow()

    next_id = (session.scalar(select(func.max(Recommendation.id))) or 0) + 1
    stamp = db_value(session, DateTime(), now)
    created_ids = list(range(next_id, next_id + len(creates)))
    # A second thread works out the rows (recommendations, by chunks, then their links)
    # while this one inserts them: SQLite lets go of the interpreter while it inserts.
    # Nothing else touches ``vocab``, ``orgs`` or ``links`` until the thread is joined.
    links = _Links()
    chunks: queue.SimpleQueue[list[tuple] | None] = queue.SimpleQueue()

    def build() -> None:
        try:
            for start in range(0, len(creates), 5000):
                chunks.put(_new_rows(created_ids[start:start + 5000], creates[start:start + 5000], stamp))
        finally:
            chunks.put(None)
        links.add_all(created_ids, creates, vocab, orgs, created_orgs)

    builder = _InBackground(build)
    try:
        table = Recommendation.__table__
        done = 0
        while (rows := chunks.get()) is not None:
            progress.check()
            bulk_insert(session, table, _INSERT_COLUMNS, rows)
            done += len(rows)
            progress.update(done, total)
    except BaseException:
        builder.join(reraise=False)  # the clerk's Cancel (or this error) is what counts
        raise
    builder.join()  # re-raises what the thread raised

    updated_ids: list[int] = []
    update_rows, replaced = [], _Links()
    for item in updates:
        current = existing[item.key]
        updated_ids.append(current.id)
        values = current.merged(item)
        values["search_text"] = _search_text(values)
        values["updated_at"] = now
        update_rows.append({"b_id": current.id, **{f"v_{k}": v for k, v in values.items()}})
        replaced.add(current.id, item, vocab, orgs, created_orgs, only_given=True)
    if update_rows:
        names = [key[2:] for key in update_rows[0] if key != "b_id"]
        # Core executemany does not run the ORM's version counter: bump it here.
        statement = (update(table).where(table.c.id == bindparam("b_id"))
                     .values({name: bindparam(f"v_{name}") for name in names})
                     .values(version=table.c.version + 1))
        for start in range(0, len(update_rows), 2000):
            progress.check()
            session.execute(statement, update_rows[start:start + 2000])
            progress.update(len(creates) + min(start + 2000, len(update_rows)), total)
    vocab.write_new(session)
    sync_id_sequences(session, Tag.__table__, Country.__table__)
    replaced.clear_old(session)
    links.write(session)
    replaced.write(session)
    return {"created_ids": created_ids, "updated_ids": updated_ids,
            "new_organizations": sorted(orgs.new.values())}
