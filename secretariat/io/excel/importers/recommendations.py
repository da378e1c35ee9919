"""Reading recommendations: OHCHR matrices, thematic lists, UHRI-like exports, our own export.

Each row becomes a ``RecommendationInput`` (``services.imports.recommendations``):
mechanism, body, cycle and document from the row or the title rows, the natural key,
the position, themes, groups, States and SDGs. A recommendation listed again under
another theme is merged into its first row here; comparing with the database and
writing are the service's part.
"""

from __future__ import annotations

import re
from typing import Any

from secretariat.i18n import translate
from secretariat.io.excel.headers import HeaderMatch
from secretariat.io.excel.importers.base import (
    FieldSpec,
    ImportOptions,
    Importer,
    Parsed,
    column_title,
    short,
)
from secretariat.io.excel.importers.lookups import split_names
from secretariat.io.excel.importers.source import SheetData, rows_above
from secretariat.io.excel.ohchr import read_ohchr_sheet
from secretariat.io.excel.states import canonical_state
from secretariat.io.excel.sheet import value_as_int
from secretariat.io.excel.vocabulary import parse_choice
from secretariat.models import (
    TREATY_BODIES,
    Mechanism,
    fold,
)
from secretariat.services.commission import DEFAULT_STATE_UNDER_REVIEW
from secretariat.services.imports.recommendations import RecommendationInput
from secretariat.services.recommendations import natural_key


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


# ------------------------------------------------------------------ existing records


# ------------------------------------------------------------------ vocabularies and links


__all__ = ["RecommendationImporter", "RecommendationInput", "body_acronym", "detect_context", "mechanism_of"]
