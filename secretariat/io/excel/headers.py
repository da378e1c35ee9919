"""Find the header row of a table and map its columns to fields, in three languages.

Nobody designs these sheets for us: the header sits below one or more title rows,
wording varies ("Срок исполнения", "Ýerine ýetiriş möhleti", "Timeframe"), and long
headers combine fields ("Recommendation and recommending State"). Matching is done on
normalised text (casefolded, punctuation and extra spaces removed), first exactly and
then by whole-word containment, each column going to the best-scoring field.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from secretariat.i18n import PLURAL, translate
from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.sheet import CellValue, SheetRow, value_as_int, value_as_text

FieldSynonyms = Mapping[str, Sequence[str]]

#: Synonyms are written naturally; they are normalised like headers before matching.
#: Order inside a list does not matter; the first entry is shown in error messages.
FIELD_SYNONYMS: dict[str, dict[str, list[str]]] = {
    "recommendations": {
        "paragraph": [
            "Paragraph", "Para.", "Paragraph No.", "Recommendation No.", "Rec. No.",
            "Пункт", "№ рекомендации", "Номер рекомендации", "Номер пункта",
            "Paragraf", "Maslahatyň belgisi", "Bendi",
        ],
        "text": [
            "Recommendation", "Recommendations", "Text of recommendation",
            "Recommendation text", "Recommendation/observation", "Full text",
            "Рекомендация", "Рекомендации", "Текст рекомендации",
            "Maslahat", "Maslahatlar", "Maslahatyň mazmuny", "Maslahatyň teksti",
        ],
        "recommendation_with_states": [
            "Recommendation and recommending State", "Recommendations and recommending States",
            "Recommendation and recommending State(s)",
            "Рекомендация и рекомендующее государство", "Рекомендации и рекомендующие государства",
            "Maslahat we maslahat beren döwlet", "Maslahatlar we maslahat beren döwletler",
        ],
        "position": [
            "Position", "Position of the State under review", "Response", "State position",
            "Позиция", "Позиция государства", "Позиция государства, находящегося под обзором",
            "Позиция Туркменистана",
            "Garaýyş", "Pozisiýa", "Türkmenistanyň garaýşy", "Döwletiň garaýşy",
        ],
        "themes": [
            "Themes", "Theme", "Full list of themes", "Human rights themes",
            "Human rights themes and groups of persons", "Issues", "Thematic area",
            "Темы", "Тема", "Тематика", "Полный перечень тем", "Темы и группы лиц",
            "Темы в области прав человека",
            "Temalar", "Mowzuklar", "Mowzuk", "Adam hukuklary mowzuklary", "Issue",
        ],
        "sdgs": [
            "Relevant SDGs", "SDGs", "SDG", "Sustainable Development Goals",
            "ЦУР", "Цели устойчивого развития", "Соответствующие ЦУР",
            "DÖM", "Durnukly ösüş maksatlary",
        ],
        "assessment": [
            "Assessment/comments on level of implementation", "Assessment", "Comments",
            "Assessment of implementation", "Level of implementation",
            "Оценка", "Комментарии", "Оценка уровня выполнения", "Оценка/комментарии",
            "Baha", "Teswirler", "Ýerine ýetirilişine baha",
        ],
        "status": [
            "Status", "Implementation status", "Status of implementation",
            "Статус", "Статус выполнения", "Статус исполнения",
            "Ýagdaýy", "Ýerine ýetirilişiniň ýagdaýy",
        ],
        "responsible": [
            "Responsible", "Responsible agency", "Responsible agencies",
            "Responsible institutions", "Responsible body",
            "Ответственные", "Ответственный орган", "Ответственные исполнители",
            "Ответственные органы",
            "Jogapkär", "Jogapkärler", "Jogapkär ýerine ýetirijiler", "Jogapkär edaralar",
        ],
        "body": [
            "Body", "Treaty body", "Recommending body", "UN body",
            "Орган", "Договорный орган", "Орган ООН",
            "Organ", "Şertnama organy",
        ],
        "cycle": ["Cycle", "UPR cycle", "Review cycle", "Цикл", "Цикл УПО", "Tapgyr", "ÄHD tapgyry"],
        "mechanism": [
            "Mechanism", "Source", "Mechanism type",
            "Механизм", "Источник", "Mehanizm", "Çeşme",
        ],
        "groups": [
            "Groups of persons", "Affected persons", "Groups", "Persons affected", "Affected groups",
            "Группы лиц", "Затрагиваемые лица", "Затрагиваемые группы",
            "Adamlaryň toparlary", "Täsir edilýän adamlar",
        ],
        "source_of_position": [
            "Source of position", "Source of the position", "Источник позиции", "Garaýşyň çeşmesi",
        ],
        "document": [
            "Document", "Document symbol", "Symbol", "Документ", "Символ документа", "Resminama",
        ],
        "session": ["Session", "Сессия", "Sessiýa"],
        "states": [
            "Recommending State", "Recommending States", "Recommending State(s)", "States",
            "Recommending delegation", "Delegation",
            "Рекомендующее государство", "Рекомендующие государства", "Государство",
            "Государства",
            "Maslahat beren döwlet", "Maslahat beren döwletler", "Döwlet", "Döwletler",
            "RS",  # UPR Info's database export: the recommending State
        ],
        "state_under_review": [
            "SuR", "State under review", "Country under review", "Reviewed State",
            "Государство — объект обзора", "Государство, находящееся под обзором",
            "Syn edilýän döwlet",
        ],
    },
    "measures": {
        "plan": ["Plan", "Action plan", "План", "Наименование плана", "Meýilnama", "Meýilnamanyň ady"],
        "section": ["Section", "Area", "Priority area", "Раздел", "Направление", "Bölüm", "Ugur"],
        "number": [
            "No.", "#", "Number", "Measure No.", "№", "№ п/п", "п/п", "Номер", "№ мероприятия",
            "T/b", "№ t/b", "Tertip belgisi", "Belgisi",
        ],
        "text": [
            "Measure", "Measures", "Activity", "Activities", "Action", "Actions",
            "Name of measure", "Description of measure",
            "Наименование мероприятия", "Наименование мероприятий", "Мероприятие",
            "Мероприятия", "Содержание мероприятия",
            "Çäreleriň ady", "Çäräniň ady", "Çäre", "Çäreler", "Çäreleriň mazmuny",
        ],
        "lead": [
            "Lead agency", "Lead", "Lead implementer", "Responsible", "Responsible agency",
            "Responsible implementers", "Responsible executors",
            "Ответственные исполнители", "Ответственный исполнитель", "Ответственные",
            "Ответственный орган", "Исполнители",
            "Jogapkär ýerine ýetirijiler", "Jogapkär ýerine ýetiriji", "Jogapkärler",
            "Esasy ýerine ýetiriji",
        ],
        "co_implementers": [
            "Co-implementers", "Co-implementing agencies", "Co-executors",
            "Соисполнители", "Bilelikde ýerine ýetirijiler", "Goşmaça ýerine ýetirijiler",
        ],
        "partners": [
            "Partners", "Partner", "International partners", "Partner organizations",
            "Партнеры", "Международные партнеры", "Партнеры по сотрудничеству",
            "Hyzmatdaşlar", "Halkara hyzmatdaşlar",
        ],
        "deadline": [
            "Deadline", "Timeframe", "Time frame", "Timeline", "Implementation period",
            "Срок", "Сроки", "Срок исполнения", "Сроки исполнения", "Срок выполнения",
            "Сроки реализации",
            "Ýerine ýetiriş möhleti", "Möhleti", "Möhlet", "Ýerine ýetirmegiň möhleti",
        ],
        "indicators": [
            "Indicators", "Indicator", "Expected result", "Expected results",
            "Expected outcome", "Performance indicators",
            "Ожидаемый результат", "Ожидаемые результаты", "Индикаторы", "Индикатор",
            "Показатели", "Индикаторы выполнения",
            "Görkezijiler", "Görkeziji", "Garaşylýan netije", "Garaşylýan netijeler",
        ],
        "status": [
            "Status", "Implementation status", "Статус", "Статус выполнения",
            "Ýagdaýy", "Ýerine ýetirilişiniň ýagdaýy",
        ],
        "sdgs": [
            "SDGs", "SDG", "SDG targets", "Relevant SDGs", "Sustainable Development Goals",
            "ЦУР", "Задачи ЦУР", "Соответствующие ЦУР", "DÖM", "DÖM-iň wezipeleri",
        ],
    },
    "progress": {
        "measure_number": [
            "Measure No.", "Measure number", "No.", "№", "№ мероприятия", "Номер мероприятия",
            "Пункт плана", "№ п/п", "Çäräniň belgisi", "T/b",
        ],
        "plan": ["Plan", "Action plan", "План", "Наименование плана", "Meýilnama", "Meýilnamanyň ady"],
        "organization": [
            "Organization", "Organisation", "Agency", "Ministry", "Reporting agency",
            "Организация", "Министерство", "Ведомство", "Исполнитель",
            "Gurama", "Edara", "Ministrlik",
        ],
        "date": ["Date", "Report date", "Reporting date", "Дата", "Дата отчета", "Sene", "Hasabat senesi"],
        "text": [
            "Progress", "Progress report", "Information on implementation", "Report",
            "Ход выполнения", "Информация о выполнении", "Информация о ходе выполнения",
            "Ýerine ýetirilişi barada maglumat", "Maglumat",
        ],
        "status": ["Status", "Статус", "Статус выполнения", "Ýagdaýy"],
    },
    "meetings": {
        "number": ["No.", "№", "Number", "Meeting No.", "Minutes No.", "№ протокола", "Номер", "Belgisi"],
        "date": ["Date", "Meeting date", "Дата", "Дата заседания", "Sene", "Mejlisiň senesi"],
        "kind": ["Type", "Kind", "Meeting type", "Format", "Вид", "Тип", "Вид мероприятия", "Görnüşi"],
        "title": ["Title", "Subject", "Topic", "Meeting", "Тема", "Название", "Повестка", "Mowzugy", "Ady"],
        "venue": ["Venue", "Place", "Location", "Место", "Место проведения", "Ýeri", "Geçirilýän ýeri"],
        "organization": [
            "Organization", "Organisation", "Agency", "Организация", "Ведомство", "Gurama", "Edara",
        ],
        "person": [
            "Person", "Name", "Full name", "Participant", "ФИО", "Ф.И.О.", "Участник",
            "Familiýasy, ady", "Gatnaşyjy",
        ],
        "role": ["Role", "Position", "Function", "Роль", "Должность", "Wezipesi", "Orny"],
        "presence": [
            "Presence", "Attendance", "Present", "Присутствие", "Участие",
            "Gatnaşygy", "Gatnaşdy",
        ],
        "represented_by": [
            "Represented by", "Substitute", "В лице", "Замещающий", "Вместо", "Wekili", "Ornuna",
        ],
    },
    "organizations": {
        "name": [
            "Name", "Organization", "Organisation", "Full name", "Наименование", "Название",
            "Наименование организации", "Ady", "Guramanyň ady", "Doly ady",
        ],
        "short_name": [
            "Short name", "Abbreviation", "Acronym", "Сокращение", "Краткое наименование",
            "Аббревиатура", "Gysga ady", "Gysgaltma",
        ],
        "kind": ["Type", "Kind", "Category", "Тип", "Вид", "Категория", "Görnüşi"],
        "parent": [
            "Parent", "Parent organization", "Belongs to", "Subordinate to",
            "Вышестоящая организация", "Подчинение", "Ведомственная принадлежность",
            "Ýokary gurama", "Degişliligi",
        ],
        "member": [
            "Commission member", "Member", "Member of the Commission", "Член комиссии", "Член",
            "Komissiýanyň agzasy", "Agza",
        ],
    },
}

#: Containment is only trusted for synonyms at least this long ("no" is not a field).
MIN_CONTAINED_LENGTH = 4
EXACT_BONUS = 1000


@dataclass(frozen=True)
class HeaderMatch:
    """Where the header is and which column holds which field (0-based columns)."""

    row_index: int  # index into the rows list given to find_header_row
    row_number: int  # Excel row number, for messages
    columns: dict[str, int]
    header_texts: list[str]
    signature: str
    data_start: int  # index of the first data row (after a "1 2 3 ..." numbering row)
    unmatched: list[int] = field(default_factory=list)  # titled columns no field claimed


#: Anything but letters, digits and combining marks (Unicode categories L, N, M).
#: ``\\w`` covers L and N plus "_"; the marks are added back by range.
_NOT_LNM = re.compile(r"(?:[^\w\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a"
                      r"\u064b-\u065f\u0900-\u0903\u093a-\u094f\u1ab0-\u1aff\u1dc0-\u1dff"
                      r"\u20d0-\u20ff\ufe20-\ufe2f]|_)+")


def normalise_header(text: str) -> str:
    """Casefold and drop punctuation so "Срок  исполнения:" equals "срок исполнения"."""
    text = text.replace("№", " no ").replace("#", " no ")
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.casefold().replace("ё", "е")
    return " ".join(_NOT_LNM.sub(" ", text).split())


def _normalised_synonyms(field_synonyms: FieldSynonyms) -> dict[str, set[str]]:
    return {
        name: {normalised for s in synonyms if (normalised := normalise_header(s))}
        for name, synonyms in field_synonyms.items()
    }


def _score(header: str, synonyms: set[str]) -> int:
    best = 0
    padded = f" {header} "
    for synonym in synonyms:
        if header == synonym:
            best = max(best, EXACT_BONUS + len(synonym))
        elif len(synonym) >= MIN_CONTAINED_LENGTH and f" {synonym} " in padded:
            best = max(best, len(synonym))
    return best


def _scored_columns(
    header_cells: Sequence[CellValue], field_synonyms: FieldSynonyms
) -> tuple[dict[str, int], int]:
    synonyms = _normalised_synonyms(field_synonyms)
    order = {name: position for position, name in enumerate(field_synonyms)}
    candidates = []
    for column, cell in enumerate(header_cells):
        header = normalise_header(value_as_text(cell))
        if not header:
            continue
        for name, names in synonyms.items():
            score = _score(header, names)
            if score:
                candidates.append((-score, column, order[name], name))
    candidates.sort()
    columns: dict[str, int] = {}
    taken: set[int] = set()
    total = 0
    for negative_score, column, _order, name in candidates:
        if name in columns or column in taken:
            continue
        columns[name] = column
        taken.add(column)
        total -= negative_score
    return dict(sorted(columns.items(), key=lambda item: item[1])), total


def match_columns(header_cells: Sequence[CellValue], field_synonyms: FieldSynonyms) -> dict[str, int]:
    """Map field name -> 0-based column for one header row; unknown columns are left out."""
    return _scored_columns(header_cells, field_synonyms)[0]


def layout_signature(header_cells: Sequence[CellValue]) -> str:
    """A stable fingerprint of a header layout, to remember a clerk's corrected mapping.

    Built from normalised header texts in column order, so a change of case,
    spacing or punctuation does not make a known layout look new.
    """
    texts = [normalise_header(value_as_text(cell)) for cell in header_cells]
    while texts and not texts[-1]:
        texts.pop()
    digest = hashlib.sha256("\x1f".join(texts).encode("utf-8")).hexdigest()
    return digest[:32]


def find_header_row(
    rows: Sequence[SheetRow],
    field_synonyms: FieldSynonyms,
    max_scan: int = 30,
    *,
    min_fields: int = 2,
) -> HeaderMatch:
    """The row among the first *max_scan* that matches most fields, skipping titles.

    Raises ``SpreadsheetError`` naming the expected column titles when no row matches
    at least *min_fields* fields.
    """
    if not rows:
        raise SpreadsheetError(translate("excel", "The sheet is empty."))
    needed = max(1, min(min_fields, len(field_synonyms)))
    best: tuple[int, int, int] | None = None  # (fields, score, -index)
    best_columns: dict[str, int] = {}
    for index, row in enumerate(rows[:max_scan]):
        if row.merged_across:
            continue
        columns, score = _scored_columns(row.cells, field_synonyms)
        key = (len(columns), score, -index)
        if len(columns) >= needed and (best is None or key > best):
            best, best_columns = key, columns
    if best is None:
        expected = ", ".join(f"\"{synonyms[0]}\"" for synonyms in list(field_synonyms.values())[:6])
        scanned = min(max_scan, len(rows))
        raise SpreadsheetError(
            translate(
                "excel",
                "No header row was found in the first %n rows. The table should have "
                "column titles such as {expected}.",
                None, PLURAL, scanned,
            ).format(expected=expected)
        )
    index = -best[2]
    header = rows[index]
    data_start = index + 1
    if data_start < len(rows) and is_column_number_row(rows[data_start]):
        data_start += 1
    texts = header.texts()
    return HeaderMatch(
        row_index=index,
        row_number=header.number,
        columns=best_columns,
        header_texts=texts,
        signature=layout_signature(header.cells),
        data_start=data_start,
        unmatched=[
            column
            for column, text in enumerate(texts)
            if text and column not in best_columns.values()
        ],
    )


def guess_kind(rows: Sequence[SheetRow], max_scan: int = 30) -> str | None:
    """Which import kind of ``FIELD_SYNONYMS`` the sheet looks like, or None."""
    best: tuple[int, int] = (1, 0)
    kind: str | None = None
    for name, synonyms in FIELD_SYNONYMS.items():
        for row in rows[:max_scan]:
            columns, score = _scored_columns(row.cells, synonyms)
            if (len(columns), score) > best:
                best, kind = (len(columns), score), name
    return kind


def is_column_number_row(row: SheetRow) -> bool:
    """The "1 | 2 | 3 | ..." row that Russian-style tables put under the header."""
    values = [value for _, value in row.non_empty()]
    if len(values) < 2:
        return False
    numbers = [value_as_int(value) for value in values]
    return numbers == list(range(1, len(values) + 1))


def is_header_repeat(row: SheetRow, header: HeaderMatch) -> bool:
    """A header repeated on every printed page of a pasted table."""
    # Cheap test first: a repeat has text where the header has text, and no cell
    # much longer than the header's (this runs for every row of large sheets).
    texts = header.header_texts
    for column, value in enumerate(row.cells):
        if value is None:
            continue
        if column >= len(texts) or not texts[column]:
            return False
        if isinstance(value, str) and len(value) > 2 * len(texts[column]) + 8:
            return False
    return layout_signature(row.cells) == header.signature


_TOTALS = re.compile(
    r"(total|totals|grand total|subtotal|sub total|итого|всего|jemi|umumy jemi|barlygy)"
    r"(?:\b.*)?",
    re.IGNORECASE,
)


def is_totals_row(row: SheetRow) -> bool:
    """A "Total"/"Итого"/"Всего"/"Jemi" row at the bottom of a table.

    The keyword must start the first cell with letters (within the first three
    columns), that cell must be short, and no
    other cell may hold prose (a measure called "Total ban on child labour" has a
    long agency name next to it).
    """
    cells = row.cells
    first_index = -1
    for index, value in enumerate(cells):
        if isinstance(value, str) and _LETTER.search(value):
            if index > 2 or len(value) > 60:
                return False
            first_index = index
            break
    if first_index < 0:
        return False
    normalised = normalise_header(cells[first_index])  # type: ignore[arg-type]
    if not _TOTALS.fullmatch(normalised) or len(normalised.split()) > 4:
        return False
    return all(
        len(value) <= 30
        for value in cells[first_index + 1 :]
        if isinstance(value, str) and _LETTER.search(value)
    )


_LETTER = re.compile(r"[^\W\d_]")


__all__ = [
    "FIELD_SYNONYMS",
    "HeaderMatch",
    "find_header_row",
    "guess_kind",
    "is_column_number_row",
    "is_header_repeat",
    "is_totals_row",
    "layout_signature",
    "match_columns",
    "normalise_header",
]
