"""Parsers for the tables OHCHR publishes for the Universal Periodic Review.

Two layouts reach the secretariat (see DOMAIN.md):

- 3rd-cycle matrix: ``Recommendation | Position | Full list of themes |
  Assessment/comments on level of implementation``;
- 4th-cycle thematic list: ``Recommendation and recommending State | Position of the
  State under review | Human rights themes and groups of persons | Relevant SDGs``.

Both pack several facts into one cell (paragraph number, text, recommending States,
the document the position comes from; themes, affected groups and SDGs one per line),
and both group rows under merged ``Theme: ...`` rows. The functions here unpack that
into plain values; nothing is stored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Literal

from secretariat.i18n import translate
from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.headers import (
    FIELD_SYNONYMS,
    HeaderMatch,
    find_header_row,
    is_header_repeat,
    is_totals_row,
    normalise_header,
)
from secretariat.io.excel.sdg_codes import goal_of, targets_in
from secretariat.io.excel.sheet import CellValue, SheetRow, normalise_text, value_as_text
from secretariat.io.excel.states import canonical_state, looks_like_state

Position = Literal["supported", "partially_supported", "noted", "pending"]


@dataclass(slots=True)
class ParsedRecommendation:
    paragraph: str | None
    text: str
    states: list[str]
    source_of_position: str | None


@dataclass
class ParsedThemes:
    themes: list[str]
    groups: list[str]
    sdgs: list[int]


@dataclass(slots=True)
class OhchrRecord:
    """One recommendation row, with what could not be understood in ``problems``."""

    row: int
    paragraph: str | None
    text: str
    states: list[str]
    position: Position | None
    position_text: str
    themes: list[str]
    groups: list[str]
    sdgs: list[int]
    assessment: str | None
    source_of_position: str | None
    theme_group: str | None = None
    #: Other recognised columns as text: status, responsible, body, cycle, mechanism.
    extra: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    #: SDG target codes of the SDG column ("5.2", "16.3"); their goals are in ``sdgs`` too.
    sdg_targets: Sequence[str] = ()


# ------------------------------------------------------------------- recommendation

_PARAGRAPH = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){1,2})\.?(?=\s|$)\s*")
_SOURCE = re.compile(
    r"(?:source\s+of\s+(?:the\s+)?position|источник\s+позиции)\s*[:\-–]?\s*(.*)$",
    re.IGNORECASE | re.DOTALL,
)


def split_source_of_position(text: str) -> tuple[str, str | None]:
    """Separate "Source of Position: A/HRC/59/15/Add.1 - Para.3" from the rest of a cell."""
    start = text.find("ource")
    if start < 0:
        start = text.find("сточник")
    if start < 0:
        lowered = text.lower()
        start = max(lowered.find("ource"), lowered.find("сточник"))
        if start < 0:
            return text, None
    match = _SOURCE.search(text, max(start - 1, 0))
    if match is None and start > 0:
        match = _SOURCE.search(text)
    if not match:
        return text, None
    source = " ".join(match.group(1).split()).rstrip(" ;,") or None
    return text[: match.start()].rstrip(), source


def parse_recommendation_cell(text: str | None) -> ParsedRecommendation:
    """Split "140.7 Ratify ... (OP-CAT) (Maldives) (Portugal);" into its parts.

    Only parenthesised groups at the very end are States, and only while they look
    like State names, so "(OP-CAT)" stays in the text wherever it is.
    """
    return _parse_recommendation(normalise_text(text or ""))


def _parse_recommendation(text: str, shared: bool = False) -> ParsedRecommendation:
    """``parse_recommendation_cell`` for text already normalised (a ``SheetRow`` value).

    With *shared*, ``states`` may be a tuple shared with other rows ending the same way.
    """
    body, source = split_source_of_position(text)
    body = " ".join(body.split())
    paragraph = None
    match = _PARAGRAPH.match(body)
    if match:
        paragraph = match.group(1)
        body = body[match.end():]
    body = body.rstrip(" ;.,")
    states: tuple[str, ...] | list[str] = ()
    several = False
    while body.endswith(")"):
        start = body.rfind("(")
        if start < 0 or body.find(")", start, len(body) - 1) >= 0:  # nested: balance them
            start = _matching_open(body)
            if start is None:
                break
        names = _state_group(body[start + 1 : -1])
        if names is None:
            break
        several = bool(states)
        states = names + states if several else names  # type: ignore[operator]
        body = body[:start].rstrip(" ;,")
    if several:
        states = _unique(list(states))
    return ParsedRecommendation(
        paragraph=paragraph,
        text=body.rstrip(" ;.,").strip(),
        states=states if shared or type(states) is list else list(states),  # type: ignore[arg-type]
        source_of_position=source,
    )


@lru_cache(maxsize=16384)
def _state_group(inner: str) -> tuple[str, ...] | None:
    """The States of one final "(Maldives; Portugal)" group, or None when it is not one.

    Cached: the same States and combinations of States end thousands of rows.
    """
    names = [" ".join(part.split()) for part in inner.split(";")]
    if not all(map(looks_like_state, names)):
        return None
    # Without repeats already: the same States as de-duplicating the whole list later.
    return tuple(_unique([canonical_state(name) or name for name in names]))


def _matching_open(text: str) -> int | None:
    """Index of the "(" that balances the final ")" of *text*."""
    last_open = text.rfind("(")
    if last_open >= 0 and text.find(")", last_open, len(text) - 1) < 0:
        return last_open  # the usual case, "(Portugal)": no nesting to balance
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        char = text[index]
        if char == ")":
            depth += 1
        elif char == "(":
            depth -= 1
            if depth == 0:
                return index
    return None


# --------------------------------------------------------------------------- position

_NOT_SUPPORTED = re.compile(
    r"\b(not supported|not accepted|не поддерж\w*|не принят\w*|goldanylmady|goldanylmaýar)"
)
_NOTED = re.compile(
    r"\b(noted|take note|taken note|took note|rejected|к сведению|отклон\w*|"
    r"bellige alyndy|bellige alnan|kabul edilmedi)"
)
_PARTIAL = re.compile(r"\b(partially|partly|in part|частично|bölekleýin)\b")
#: "Supported/Noted", "Supported / Noted", "Принята к сведению / поддержана": a split position.
_SPLIT = re.compile(r"(supported|поддерж\w*|goldanyldy)\s*[/\s]\s*(noted|к сведению|принят\w* к сведению|bellige alyndy)|"
                    r"(noted|к сведению|bellige alyndy)\s*[/\s]\s*(supported|поддерж\w*|goldanyldy)")
_SUPPORTED = re.compile(
    r"\b(supported|support|accepted|accept|поддерж\w*|принят\w*|одобрен\w*|"
    r"goldanyldy|goldaldy|goldanýar|goldaw berildi|kabul edildi|kabul edilen)"
)
_PENDING = re.compile(
    r"\b(pending|under consideration|further consideration|deferred|"
    r"на рассмотрении|рассматрива\w*|seredilýär|garalýar)"
)


def parse_position(text: CellValue) -> Position | None:
    """"supported", "partially_supported", "noted", "pending" or None when the cell says nothing usable.

    Only a clear support counts as "supported"; "Supported/Noted", "Supported in part"
    and "Partially supported" are a position of their own, "Not supported" is "noted".
    """
    return _parse_position(value_as_text(text))


@lru_cache(maxsize=4096)
def _parse_position(text: str) -> Position | None:
    raw, _source = split_source_of_position(text)
    words = normalise_header(raw)
    if not words:
        return None
    supported = bool(_SUPPORTED.search(words))
    noted = bool(_NOTED.search(words))
    if _SPLIT.search(words) or (_PARTIAL.search(words) and supported and not _NOT_SUPPORTED.search(words)):
        return "partially_supported"
    if _NOT_SUPPORTED.search(words):
        return "noted"
    if noted:
        return "noted"
    if supported:
        return "supported"
    if _PENDING.search(words):
        return "pending"
    return None


# ----------------------------------------------------------------------------- themes

_BULLET = re.compile(r"^[-–—•*·▪●◦]\s*")
_HEADING = re.compile(r"^([^:]{2,60}):\s*(.*)$")
_HEADINGS = {
    "groups": {
        "affected persons", "groups of persons", "persons affected", "affected groups",
        "groups", "group", "groups of persons affected", "затрагиваемые лица", "группы лиц",
        "затрагиваемые группы", "группы", "täsir edilýän adamlar", "adamlaryň toparlary",
        "toparlar",
    },
    "themes": {
        "human rights themes", "themes", "theme", "issues", "full list of themes", "темы",
        "тема", "темы в области прав человека", "mowzuklar", "temalar",
        "adam hukuklary mowzuklary",
    },
    "sdgs": {
        "sdgs", "sdg", "relevant sdgs", "sustainable development goals", "цур",
        "цели устойчивого развития", "döm", "durnukly ösüş maksatlary",
    },
}
_SDG_WORD = r"(?:sdgs?|goals?|цур|döm)"
_SDG_LEADING = re.compile(rf"^(?:{_SDG_WORD}\s*)?(\d{{1,2}})(?:\.\w+)?(?=\s*(?:[-–—:.)]|$))", re.IGNORECASE)
_SDG_LIST_ONLY = re.compile(rf"^(?:{_SDG_WORD}|targets?|задач[аи]?|and|и|we|\d{{1,2}}\.[a-dас]\b|[\s\d.,;/&+-])*$",
                            re.IGNORECASE)
_SDG_TITLE_LINE = re.compile(r"^\d{1,2}\s*[-–—]\s*[^a-zа-я]+$")


def _heading_section(label: str) -> str | None:
    key = normalise_header(label)
    for section, names in _HEADINGS.items():
        if key in names:
            return section
    return None


def _sdgs_in_line(line: str) -> list[int]:
    """SDG numbers in "16 - PEACE, JUSTICE ...", "Goal 5: ...", "5, 16", "SDG 16.3"."""
    line = _BULLET.sub("", line.strip())
    if not line:
        return []
    if _SDG_LIST_ONLY.fullmatch(line):
        numbers = [int(n) for n in re.findall(r"(?<![\d.])(\d{1,2})(?:\.\d+)?", line)]
    else:
        match = _SDG_LEADING.match(line)
        numbers = [int(match.group(1))] if match else []
    return [n for n in numbers if 1 <= n <= 17]


def parse_sdg_cell(text: CellValue) -> list[int]:
    """SDG numbers listed in a cell, in order, without duplicates."""
    return list(_parse_sdg_text(value_as_text(text)))


@lru_cache(maxsize=16384)
def _parse_sdg_text(text: str) -> tuple[int, ...]:
    # Cached: a list's cells repeat the same few SDG combinations thousands of times.
    numbers: list[int] = []
    for line in text.split("\n"):
        stripped = _BULLET.sub("", line.strip())
        heading = _HEADING.match(stripped)
        if heading and _heading_section(heading.group(1)) == "sdgs":
            stripped = heading.group(2)
        numbers.extend(_sdgs_in_line(stripped))
    return tuple(_unique(numbers))


def parse_theme_cell(text: CellValue) -> ParsedThemes:
    """Themes, affected groups and SDGs from a multi-line themes cell.

    Lines before any sub-heading are themes; "Affected persons:" / "Groups of
    Persons:" switch to groups, "SDGs:" to SDG numbers.
    """
    themes, groups, sdgs = _parse_theme_text(value_as_text(text))
    return ParsedThemes(themes=list(themes), groups=list(groups), sdgs=list(sdgs))


@lru_cache(maxsize=16384)
def _parse_theme_text(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...]]:
    # Cached, and each distinct line classified once (``_theme_line``): cells combine
    # the same few dozen lines in many ways across a list of thousands of rows.
    themes: list[str] = []
    groups: list[str] = []
    sdgs: list[int] = []
    target = themes  # the section's list: "themes", "groups" or "sdgs" (_HEADINGS)
    if ";" in text:  # "Women's rights; Gender equality": one theme each, as one per line
        text = text.replace(";", "\n")
    for raw_line in text.split("\n"):
        heading, item, sdg_title, numbers = _theme_line(raw_line)
        if heading is not None:
            target = themes if heading == "themes" else groups if heading == "groups" else sdgs
        if item is None:
            continue
        if target is sdgs or sdg_title:  # an SDG line that lost its heading
            sdgs.extend(numbers)
        else:
            target.append(item)
    return (
        tuple(_unique(themes) if len(themes) > 1 else themes),
        tuple(_unique(groups) if len(groups) > 1 else groups),
        tuple(_unique(sdgs) if len(sdgs) > 1 else sdgs),
    )


@lru_cache(maxsize=65536)
def _theme_line(raw_line: str) -> tuple[str | None, str | None, bool, tuple[int, ...]]:
    """(new section or None, item text or None, is an SDG title line, SDG numbers in the item)."""
    line = raw_line.strip()
    if not line:
        return None, None, False, ()
    bullet = _BULLET.match(line)
    item = _BULLET.sub("", line)
    heading_section = None
    if not bullet:
        heading = _HEADING.match(line)
        if heading and (new_section := _heading_section(heading.group(1))):
            heading_section = new_section
            item = heading.group(2).strip()
            if not item:
                return heading_section, None, False, ()
    numbers = tuple(_sdgs_in_line(item))
    sdg_title = bool(_SDG_TITLE_LINE.match(item))
    return heading_section, " ".join(item.split()).rstrip(";,"), sdg_title, numbers


_THEME_ROW = re.compile(
    r"^(?:theme|themes|thematic cluster|thematic issue|thematic area|cluster|issue|right or area|"
    r"rights? or areas?|тема|темы|тематический блок|тематическая группа|кластер|право или область|"
    r"tema|mowzuk|hukuk ýa-da ugur)\s*[:：\-–—]\s*(.+)$",
    re.IGNORECASE | re.DOTALL)
#: How a recommendation ends: its recommending States in brackets, or a full stop or semicolon.
_ENDS_LIKE_RECOMMENDATION = re.compile(r"[).;]\s*$")


def theme_group_title(row: SheetRow) -> str | None:
    """The theme of a group row ("Theme: Ratification of & accession to ..."), or None.

    A row qualifies when it holds a single text: with a "Theme:", "Right or area:" or
    "Cluster:" prefix anywhere, or, without the prefix, when it is a real merged block
    across the table and does not start like a recommendation, or (files without
    merges) a short text alone in the first column that neither starts nor ends like one.
    """
    present = row.non_empty()
    if len(present) != 1 or not isinstance(present[0][1], str):
        return None
    text = " ".join(present[0][1].split())
    match = _THEME_ROW.match(text)
    if match:
        return match.group(1).strip() or None
    if row.merged_span and not _PARAGRAPH.match(text):
        return text
    if row.merged_across and len(text) <= 150 and not _PARAGRAPH.match(text) \
            and not _ENDS_LIKE_RECOMMENDATION.search(text):
        return text  # a cluster heading of a file that lost its merges (CSV, a pasted table)
    return None


# ------------------------------------------------------------------------------ sheet

_EXTRA_FIELDS = ("status", "responsible", "body", "cycle", "mechanism", "session", "document",
                 "state_under_review")


def read_ohchr_sheet(
    rows: Sequence[SheetRow],
    *,
    header: HeaderMatch | None = None,
    shared: bool = False,
) -> list[OhchrRecord]:
    """Recommendations of an OHCHR matrix or thematic list, one record per row.

    *header* may carry a clerk-corrected column mapping; by default the header is
    found with ``FIELD_SYNONYMS["recommendations"]``. Raises ``SpreadsheetError`` when
    no header (or no recommendation column) is found.

    With *shared*, a record's themes, groups and SDGs may be tuples shared with other
    records of the same cells (never to be changed in place) instead of lists of its
    own: fewer objects for lists of tens of thousands of rows.
    """
    if header is None:
        header = find_header_row(rows, FIELD_SYNONYMS["recommendations"])
    columns = header.columns
    text_column = columns.get("recommendation_with_states", columns.get("text"))
    if text_column is None:
        raise SpreadsheetError(
            translate(
                "excel",
                "The header row has no recommendation column (expected a title such as "
                "\"Recommendation\" or \"Recommendation and recommending State\").",
            ),
            row=header.row_number,
        )
    expects_states = "recommendation_with_states" in columns and "states" not in columns
    records: list[OhchrRecord] = []
    seen_paragraphs: dict[str, int] = {}
    current_theme: str | None = None
    mapped = list(columns.values())
    extras = [(name, columns[name]) for name in _EXTRA_FIELDS if name in columns]
    layout = _layout(columns)
    for row in rows[header.data_start :]:
        cells = row.cells
        # Only a row holding a single value can be a "Theme: ..." row (checked cheaply:
        # this loop runs for every row of lists with tens of thousands of them).
        if len(cells) - cells.count(None) == 1:
            title = theme_group_title(row)
            if title is not None:
                current_theme = title
                continue
        if is_totals_row(row) or is_header_repeat(row, header):
            continue
        for column in mapped:
            if column < len(cells) and cells[column] is not None:
                break
        else:  # nothing in the mapped columns
            continue
        record = _record(row, columns, text_column, current_theme, extras, layout, shared)
        if expects_states and record.text and not record.states:
            record.problems.append(translate("excel", "No recommending State was found at the end of the text."))
        if record.paragraph:
            if record.paragraph in seen_paragraphs:
                record.problems.append(
                    translate("excel", "Paragraph {paragraph} also appears in row {row}.").format(
                        paragraph=record.paragraph, row=seen_paragraphs[record.paragraph]
                    )
                )
            else:
                seen_paragraphs[record.paragraph] = row.number
        records.append(record)
    return records


def _record(
    row: SheetRow, columns: dict[str, int], text_column: int, theme_group: str | None,
    extras: list[tuple[str, int]] | None = None, layout: tuple | None = None, shared: bool = False,
) -> OhchrRecord:
    # Runs for every row of lists with tens of thousands of them: the column positions
    # come precomputed (``_layout``) and cells are read directly.
    if extras is None:
        extras = [(name, columns[name]) for name in _EXTRA_FIELDS if name in columns]
    if layout is None:
        layout = _layout(columns)
    (paragraph_column, states_column, position_column, themes_column, groups_column, source_column,
     sdgs_column, assessment_column) = layout
    cells = row.cells
    width = len(cells)

    value = cells[text_column] if 0 <= text_column < width else None
    parsed = _parse_recommendation(value if type(value) is str else value_as_text(value), shared)
    problems: list[str] = []

    paragraph = parsed.paragraph
    if paragraph_column is not None:
        value = row.get(paragraph_column)
        if value is not None:
            paragraph = value_as_text(value).rstrip(".") or paragraph

    states = parsed.states  # a list of this row's own (or, with *shared*, maybe a shared tuple)
    if states_column is not None:
        listed = re.split(r"[;\n]", value_as_text(row.get(states_column)))
        states = _unique([*states, *(canonical_state(s) or s for s in (" ".join(x.split()) for x in listed) if s)])

    if position_column is not None:
        value = cells[position_column] if 0 <= position_column < width else None
        position_text, position_source, position = _position_cell(
            value if type(value) is str else value_as_text(value))
    else:
        position_text, position_source, position = _position_cell("")
    if position_text and position is None:
        problems.append(
            translate("excel", "The position \"{text}\" was not recognised (expected Supported or Noted).").format(
                text=position_text[:80]
            )
        )

    if themes_column is not None:
        value = cells[themes_column] if 0 <= themes_column < width else None
        themes_text = value if type(value) is str else value_as_text(value)
    else:
        themes_text = ""
    themes_tuple, groups_tuple, sdgs_tuple = _themes_with_group(theme_group, themes_text)
    themes = themes_tuple if shared else list(themes_tuple)
    groups = groups_tuple if shared else list(groups_tuple)
    if groups_column is not None and row.get(groups_column) is not None:
        listed = (_BULLET.sub("", line.strip()) for line in
                  re.split(r"[;\n]", value_as_text(row.get(groups_column))))
        groups = _unique([*groups, *(" ".join(g.split()) for g in listed if g.strip())])
    if source_column is not None and row.get(source_column) is not None:
        position_source = value_as_text(row.get(source_column)) or position_source
    sdgs = sdgs_tuple if shared else list(sdgs_tuple)
    targets: Sequence[str] = ()
    if sdgs_column is not None:
        value = cells[sdgs_column] if 0 <= sdgs_column < width else None
        sdg_text = value if type(value) is str else value_as_text(value)
        listed = _parse_sdg_text(sdg_text)
        targets = targets_in(sdg_text) if sdg_text else ()
        if targets:  # "Target 4.1" names goal 4 too
            listed = tuple(_unique([*listed, *(goal_of(code) for code in targets)]))
        if sdgs:
            sdgs = _unique([*sdgs, *listed])
        else:
            sdgs = listed if shared else list(listed)

    if not parsed.text:
        problems.insert(0, translate("excel", "The recommendation text is empty."))

    assessment = value_as_text(row.get(assessment_column)) if assessment_column is not None else ""
    extra = {}
    for name, column in extras:
        value = cells[column] if 0 <= column < width else None
        if value is not None:
            extra[name] = value if type(value) is str else value_as_text(value)
    return OhchrRecord(
        row=row.number,
        paragraph=paragraph,
        text=parsed.text,
        states=states,
        position=position,
        position_text=position_text,
        themes=themes,
        groups=groups,
        sdgs=sdgs,
        assessment=assessment or None,
        source_of_position=(position_source if source_column is not None and position_source
                            else parsed.source_of_position or position_source),
        theme_group=theme_group,
        extra=extra,
        problems=problems,
        sdg_targets=targets if shared else list(targets),
    )


def _layout(columns: dict[str, int]) -> tuple[int | None, ...]:
    """Positions of the optional columns ``_record`` reads (None: not in the sheet)."""
    return tuple(columns.get(name) for name in (
        "paragraph", "states", "position", "themes", "groups", "source_of_position", "sdgs", "assessment"))


@lru_cache(maxsize=4096)
def _position_cell(text: str) -> tuple[str, str | None, Position | None]:
    """(position text, source of position, position) of a position cell; cells repeat."""
    position_text, source = split_source_of_position(text)
    position_text = " ".join(position_text.split())
    return position_text, source, parse_position(position_text)


@lru_cache(maxsize=16384)
def _themes_with_group(
    theme_group: str | None, text: str
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...]]:
    """Themes (the group's first), groups and SDGs of a themes cell under a theme row."""
    themes, groups, sdgs = _parse_theme_text(text) if text else ((), (), ())
    if not theme_group:
        return themes, groups, sdgs  # already without repeats
    folded = theme_group.casefold()
    if any(theme.casefold() == folded for theme in themes):  # the group's theme listed again
        return tuple(_unique([theme_group, *themes])), groups, sdgs
    return (theme_group, *themes), groups, sdgs


def _unique(items: list) -> list:
    """Order-preserving de-duplication; texts compare case-insensitively."""
    if len(items) < 2:
        return list(items)
    if type(items[0]) is int:
        return list(dict.fromkeys(items))
    try:
        keys = list(map(str.casefold, items)) if isinstance(items[0], str) else items
        if len(set(keys)) == len(keys):
            return list(items)  # the usual case, decided at C speed
    except TypeError:  # a mixed list: the loop below handles it
        pass
    seen = set()
    result = []
    for item in items:
        key = item.casefold() if isinstance(item, str) else item
        if key in seen:
            continue
        seen.add(key)
        result.append(item)
    return result


__all__ = [
    "OhchrRecord",
    "ParsedRecommendation",
    "ParsedThemes",
    "parse_position",
    "parse_recommendation_cell",
    "parse_sdg_cell",
    "parse_theme_cell",
    "read_ohchr_sheet",
    "split_source_of_position",
    "theme_group_title",
]
