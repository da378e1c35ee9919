"""Importing recommendations: OHCHR matrices, thematic lists, UHRI-like exports, our own export.

Large lists are the point here (OHCHR's Universal Human Rights Index exports run to
tens of thousands of rows), so this importer is written for bulk:

- existing natural keys (``services.recommendations.natural_key``) are loaded once,
  and the details of the matching records in a few chunked queries - never a query
  per row;
- new records and their links (themes, groups of persons, recommending States, SDGs,
  responsible agencies) go to the database driver as plain tuples in a few large
  ``executemany`` batches (``lookups.bulk_insert``); updates and new vocabulary
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
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import DateTime, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from secretariat.i18n import translate
from secretariat.io.excel.headers import HeaderMatch
from secretariat.io.excel.importers.base import (
    CREATE,
    ERROR,
    SKIP,
    UPDATE,
    Decision,
    FieldSpec,
    ImportOptions,
    Importer,
    Parsed,
    ProgressLike,
    RowAction,
    column_title,
    short,
)
from secretariat.db.bulk import lock_for_new_ids, sync_id_sequences
from secretariat.io.excel.importers.lookups import OrgIndex, bulk_insert, db_value, large_cache, split_names
from secretariat.io.excel.importers.source import SheetData, rows_above
from secretariat.io.excel.ohchr import read_ohchr_sheet
from secretariat.io.excel.states import canonical_state
from secretariat.io.excel.sheet import value_as_int
from secretariat.io.excel.vocabulary import parse_choice
from secretariat.models import (
    TREATY_BODIES,
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
from secretariat.services import sdg_targets as sdg_target_links
from secretariat.services.recommendations import natural_key

CHUNK = 900  # SQLite's default limit of bound parameters is 999


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


# ------------------------------------------------------------------ title rows

_CYCLE = [
    re.compile(r"\b([1-9])\s*(?:st|nd|rd|th)\s+(?:upr\s+)?cycle\b", re.I),
    re.compile(r"\bcycle\s*([1-9])\b", re.I),
    re.compile(r"\b([1-9])\s*-?\s*(?:й|го|ой|ого|ий)?\s+цикл", re.I),
    re.compile(r"\bцикл\w*\s*([1-9])\b", re.I),
    re.compile(r"\b([1-9])\s*-?\s*(?:nji|njy|inji|ünji|nçi|njı)?\s+tapgyr", re.I),
]
_SESSION = [
    re.compile(r"\b(\d{1,3})\s*(?:st|nd|rd|th)\s+session\b", re.I),
    re.compile(r"\bsession\s+(\d{1,3})\b", re.I),
    re.compile(r"\b(\d{1,3})\s*-?\s*(?:й|я|ой|ая)?\s+сесси", re.I),
]
_UPR_DOCUMENT = re.compile(r"\bA/HRC/\d{1,3}/\d{1,4}\b")
_TREATY_DOCUMENT = re.compile(
    r"\b(" + "|".join(TREATY_BODIES) + r")/C/[A-Z]{3}/(?:CO/)?[\w./-]*\d", re.I)
_UPR_WORDS = re.compile(r"\b(upr|universal periodic review|упо|универсальн\w+ периодическ\w+|"
                        r"ähd|ählumumy döwürleýin)\b", re.I)


def detect_context(texts: list[str]) -> dict[str, Any]:
    """Mechanism, body, cycle, session and document read from a sheet's title rows."""
    found: dict[str, Any] = {}
    joined = "\n".join(texts)
    treaty = _TREATY_DOCUMENT.search(joined)
    if treaty:
        found.update(mechanism=Mechanism.TREATY_BODY.value, body=treaty.group(1).upper(),
                     document_symbol=treaty.group(0))
    elif _UPR_WORDS.search(joined) or _UPR_DOCUMENT.search(joined):
        found.update(mechanism=Mechanism.UPR.value, body="UPR")
        document = _UPR_DOCUMENT.search(joined)
        if document:
            found["document_symbol"] = document.group(0)
    for pattern in _CYCLE:
        match = pattern.search(joined)
        if match:
            found["cycle"] = int(match.group(1))
            break
    for pattern in _SESSION:
        match = pattern.search(joined)
        if match:
            found["session"] = match.group(1)
            break
    return found


_MECHANISM_WORDS = {
    Mechanism.UPR.value: _UPR_WORDS,
    Mechanism.TREATY_BODY.value: re.compile(r"\b(treaty|договорн\w*|şertnama)\b", re.I),
    Mechanism.SPECIAL_PROCEDURE.value: re.compile(
        r"\b(special procedures?|special rapporteur|working group|специальн\w+ (?:процедур\w*|докладчик\w*)|"
        r"ýörite)\b", re.I),
}


#: The Commission's own State: the default State under review of lists covering many.
DEFAULT_STATE_UNDER_REVIEW = "Turkmenistan"
#: The last Human Rights Council session of each UPR cycle (1st: sessions 1-12, ...).
_UPR_CYCLE_LAST_SESSION = ((12, 1), (26, 2), (40, 3), (54, 4))


def upr_cycle_of_session(session: str) -> int | None:
    """The UPR cycle of a Working Group session ("40", "Session 40", "40th session")."""
    match = re.search(r"\d{1,3}", session)
    if not match:
        return None
    number = int(match.group(0))
    if number < 1:
        return None
    for last, cycle in _UPR_CYCLE_LAST_SESSION:
        if number <= last:
            return cycle
    return 5 if number <= 68 else None


def mechanism_of(text: str) -> str | None:
    value = text.strip()
    if value in {m.value for m in Mechanism}:
        return value
    if body_acronym(value) in TREATY_BODIES:
        return Mechanism.TREATY_BODY.value
    for mechanism, pattern in _MECHANISM_WORDS.items():
        if pattern.search(value):
            return mechanism
    return None


def body_acronym(text: str) -> str:
    """"CEDAW" for "CEDAW", "Committee ... (CEDAW)" or "cedaw"; UPR for the UPR; else the text."""
    value = " ".join(text.split())
    words = set(re.findall(r"[A-Za-z]+", value.upper()))
    for acronym in TREATY_BODIES:
        if acronym in words:
            return acronym
    if _UPR_WORDS.search(value):
        return "UPR"
    return value


# ------------------------------------------------------------------ importer

class RecommendationImporter(Importer):
    kind = "recommendations"
    table = "recommendation"

    def title(self) -> str:
        return translate("excel", "Recommendations")

    def fields(self) -> list[FieldSpec]:
        return [
            FieldSpec("recommendation_with_states", translate("excel", "Recommendation and recommending State")),
            FieldSpec("text", translate("excel", "Recommendation text")),
            FieldSpec("paragraph", translate("excel", "Paragraph number")),
            FieldSpec("states", translate("excel", "Recommending States")),
            FieldSpec("position", translate("excel", "Position")),
            FieldSpec("source_of_position", translate("excel", "Source of position")),
            FieldSpec("themes", translate("excel", "Themes")),
            FieldSpec("groups", translate("excel", "Groups of persons")),
            FieldSpec("sdgs", translate("excel", "SDGs")),
            FieldSpec("status", translate("excel", "Implementation status")),
            FieldSpec("assessment", translate("excel", "Assessment")),
            FieldSpec("responsible", translate("excel", "Responsible agencies")),
            FieldSpec("mechanism", translate("excel", "Mechanism")),
            FieldSpec("body", translate("excel", "Body")),
            FieldSpec("cycle", translate("excel", "Cycle")),
            FieldSpec("session", translate("excel", "Session")),
            FieldSpec("document", translate("excel", "Document")),
            FieldSpec("state_under_review", translate("excel", "State under review")),
        ]

    def missing_fields(self, columns: dict[str, int]) -> list[str]:
        if "text" in columns or "recommendation_with_states" in columns:
            return []
        return [translate("excel", "Recommendation text")]

    # -- parse ------------------------------------------------------------------
    def parse(self, sheet: SheetData, header: HeaderMatch, options: ImportOptions) -> Parsed:
        rows = sheet.rows
        records = read_ohchr_sheet(rows, header=header, shared=True)  # lists are never changed in place here
        detected = detect_context(rows_above(rows, header))
        parsed = Parsed(context=detected)
        columns = header.columns
        text_title = column_title(header, "recommendation_with_states",
                                  column_title(header, "text", translate("excel", "Recommendation")))
        position_title = column_title(header, "position", translate("excel", "Position"))
        status_title = column_title(header, "status", translate("excel", "Status"))
        expects_states = "recommendation_with_states" in columns and "states" not in columns
        default_mechanism = options.mechanism or detected.get("mechanism")
        default_body = options.body or detected.get("body")
        default_cycle = options.cycle if options.cycle is not None else detected.get("cycle")
        default_session = options.session or detected.get("session")
        default_document = options.document_symbol or detected.get("document_symbol") or ""
        self._notes(parsed, options, detected)
        missing_cycle = missing_body = 0
        first_row: dict[str, RecommendationInput] = {}
        upr = Mechanism.UPR.value
        empty_text = translate("excel", "The recommendation text is empty.")
        no_cycle = translate("excel", "The UPR cycle is not known.")
        no_body = translate("excel", "The body that made the recommendation is not known.")
        no_states = translate("excel", "No recommending State was found at the end of the text.")
        bad_position = translate("excel", "{column}: \"{text}\" is not a known position (Supported, Noted); "
                                          "it is left as it is.")
        bad_status = translate("excel", "{column}: \"{text}\" is not a known status; it is left as it is.")
        same_number = translate("excel", "Paragraph {paragraph} is already in row {row} with a different text.")
        plain_mechanism = default_mechanism or upr
        plain_body = (default_body or ("UPR" if plain_mechanism == upr else ""))[:80]
        plain_session = (default_session or "")[:80] or None
        plain_document = default_document[:120]
        records_out = parsed.records
        wanted_state = fold(canonical_state(options.state_under_review or DEFAULT_STATE_UNDER_REVIEW)
                            or options.state_under_review or DEFAULT_STATE_UNDER_REVIEW)
        other_states: dict[str, int] = {}
        for record in records:
            extra = record.extra
            text = record.text
            paragraph = (record.paragraph or "").strip().rstrip(".")[:40]
            label = f"{paragraph} {text}" if paragraph else text
            if len(label) > 90:
                label = label[:89].rstrip() + "…"
            if extra:
                body_text = extra.get("body", "")
                mechanism = (mechanism_of(extra["mechanism"]) if extra.get("mechanism") else None) \
                    or (mechanism_of(body_text) if body_text else None) or plain_mechanism
                body = body_acronym(body_text) if body_text else default_body
                if not body and mechanism == upr:
                    body = "UPR"
                body = (body or "")[:80]
                cycle = None
                if extra.get("cycle"):
                    cycle = value_as_int(extra["cycle"])
                    if cycle is None:
                        digits = re.search(r"\b([1-9])\b", extra["cycle"])
                        cycle = int(digits.group(1)) if digits else None
                if cycle is None:
                    cycle = default_cycle
                session = (extra.get("session") or default_session or "")[:80] or None
                document = (extra.get("document") or default_document)[:120]
            else:
                mechanism, body, cycle = plain_mechanism, plain_body, default_cycle
                session, document = plain_session, plain_document
            if cycle is None and mechanism == upr and session:
                cycle = upr_cycle_of_session(session)
            reviewed = extra.get("state_under_review") if extra else None
            if reviewed and fold(canonical_state(reviewed) or reviewed) != wanted_state:
                name = canonical_state(reviewed) or reviewed
                other_states[name] = other_states.get(name, 0) + 1
                records_out.append(RecommendationInput(row=record.row, label=label, text=text, other_state=name))
                continue
            error = None
            if not text:
                error = (text_title, empty_text)
            elif cycle is None and mechanism == upr:
                missing_cycle += 1
                error = (text_title, no_cycle)
            elif not body:
                missing_body += 1
                error = (text_title, no_body)
            # Most rows have no warning: they share one empty tuple instead of a list each.
            warnings: list[str] | tuple[()] = ()
            if record.position is None and record.position_text:
                warnings = [bad_position.format(column=position_title, text=short(record.position_text, 40))]
            status = responsible = None
            if extra:
                if "status" in extra:
                    status = parse_choice("implementation_status", extra["status"])
                    if status is None:
                        warnings = [*warnings, bad_status.format(column=status_title,
                                                                 text=short(extra["status"], 40))]
                if extra.get("responsible"):
                    responsible = split_names(extra["responsible"]) or None
            if expects_states and text and not record.states:
                warnings = [*warnings, no_states]
            key = natural_key(mechanism, body, cycle, document, paragraph, text) if error is None else ""
            item = RecommendationInput(
                row=record.row, label=label, key=key, mechanism=mechanism, body=body, cycle=cycle,
                session=session, document_symbol=document, paragraph=paragraph, text=text,
                position=record.position, source_of_position=(record.source_of_position or "")[:255] or None,
                status=status, assessment=record.assessment or None, themes=record.themes or None,
                groups=record.groups or None, states=record.states or None, sdgs=record.sdgs or None,
                responsible=responsible, warnings=warnings, error=error,  # type: ignore[arg-type]
                sdg_targets=list(record.sdg_targets) or None)
            if error is None:
                first = first_row.get(key)
                if first is None:
                    first_row[key] = item
                elif fold(first.text) == fold(text):
                    item.duplicate_of = first.row
                    _merge_into(first, item)
                else:
                    item.error = (text_title, same_number.format(paragraph=paragraph or "?", row=first.row))
            records_out.append(item)
        if other_states:
            parsed.notes.append(translate(
                "excel", "Rows about other States under review are skipped: {states}.").format(
                states=", ".join(f"{name} ({count})" for name, count in sorted(other_states.items()))))
        if missing_cycle:
            parsed.fatal.append(translate(
                "excel", "The UPR cycle of these recommendations is not known (the title rows do not "
                "say it). Give it (--cycle, or \"Cycle\" in the import options)."))
        if missing_body:
            parsed.fatal.append(translate(
                "excel", "The body that made these recommendations is not known. Give it (--body, "
                "or \"Body\" in the import options), e.g. CEDAW."))
        return parsed

    def _notes(self, parsed: Parsed, options: ImportOptions, detected: dict[str, Any]) -> None:
        read = []
        if detected.get("mechanism") and not options.mechanism:
            read.append(translate("excel", "mechanism {value}").format(value=detected.get("body") or detected["mechanism"]))
        if detected.get("cycle") is not None and options.cycle is None:
            read.append(translate("excel", "cycle {value}").format(value=detected["cycle"]))
        if detected.get("session") and not options.session:
            read.append(translate("excel", "session {value}").format(value=detected["session"]))
        if detected.get("document_symbol") and not options.document_symbol:
            read.append(translate("excel", "document {value}").format(value=detected["document_symbol"]))
        if read:
            parsed.notes.append(translate("excel", "Read from the title rows: {facts}.").format(facts=", ".join(read)))

    # -- decide -----------------------------------------------------------------
    def decide(self, session: Session, parsed: Parsed, options: ImportOptions,
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
            rows.append(self._decide_one(item, existing, orgs, messages))
        if orgs.new:
            decision.notes.append(translate("excel", "New organizations will be added: {names}.").format(
                names=", ".join(sorted(orgs.new.values()))))
        progress.update(total, total)
        return decision

    def _decide_one(self, item: RecommendationInput, existing: dict[str, "_Existing"],
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
    def write(self, session: Session, parsed: Parsed, decision: Decision, options: ImportOptions,
              progress: ProgressLike) -> dict[str, Any]:
        with large_cache(session):
            return self._write(session, parsed, decision, progress)

    def _write(self, session: Session, parsed: Parsed, decision: Decision,
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
        rows.append((
            rec_id, item.key, item.mechanism, item.body, item.cycle, (item.session or "")[:80],
            document, paragraph, text, item.position or pending,
            item.source_of_position or "", item.status or not_started, assessment,
            " ".join(searchable.casefold().split()), 1, stamp, stamp,
        ))
    return rows


def _merge_into(first: RecommendationInput, duplicate: RecommendationInput) -> None:
    """A recommendation listed again under another theme: its lists join the first row's."""
    for name in ("themes", "groups", "states", "sdgs", "responsible", "sdg_targets"):
        extra = getattr(duplicate, name)
        if not extra:
            continue
        current = getattr(first, name) or []
        seen = {fold(v) if isinstance(v, str) else v for v in current}
        merged = list(current) + [v for v in extra if (fold(v) if isinstance(v, str) else v) not in seen]
        setattr(first, name, merged)


def _search_text(values: dict[str, Any]) -> str:
    # Recommendation.searchable_parts, computed here because Core skips the mapper event.
    parts = (values.get("paragraph"), values.get("text"), values.get("assessment"), values.get("document_symbol"))
    return fold(" ".join(p for p in parts if p))


# ------------------------------------------------------------------ existing records

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
    all_keys = dict(session.execute(select(R.natural_key, R.id)).all())
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
        for row in session.execute(statement):
            if row.id in wanted:
                by_id[row.id] = _Existing(row.id, row.paragraph, row.text, row.position, row.source_of_position,
                                          row.status, row.assessment, row.session, row.document_symbol)
                key_of[row.id] = row.natural_key
        def rows(index: int) -> Any:
            query, table = link_queries[index]
            if chunk is not None:
                query = query.where(table.c.recommendation_id.in_(chunk))
            return session.execute(query).all()

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


# ------------------------------------------------------------------ vocabularies and links

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


__all__ = ["RecommendationImporter", "RecommendationInput", "body_acronym", "detect_context", "mechanism_of"]
