"""Words people type for the stored vocabularies, in English, Russian and Turkmen.

A ministry writes "Выполнено", "Ýerine ýetirildi" or "Done" in a status column; an
attendance list says "+", "присутствовал" or "gatnaşdy". Each table maps normalised
words (see ``headers.normalise_header``) to the stored value; the stored value itself
and the English label the app shows are always accepted too, so an exported file
imports back unchanged.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from secretariat.io.excel.headers import normalise_header
from secretariat.io.excel.sheet import CellValue, value_as_text
from secretariat.models import (
    AttendanceRole,
    ImplementationStatus,
    MeasureStatus,
    MeetingKind,
    OrganizationKind,
    Presence,
)

MEASURE_STATUS: dict[str, list[str]] = {
    MeasureStatus.NOT_STARTED: [
        "Not started", "Not yet started", "Planned", "Не начато", "Не начат", "Не начато выполнение",
        "Запланировано", "Başlanmady", "Başlanylmady", "Meýilleşdirildi",
    ],
    MeasureStatus.IN_PROGRESS: [
        "In progress", "Ongoing", "Under way", "Underway", "Being implemented", "In process",
        "Выполняется", "В процессе", "В процессе выполнения", "В стадии выполнения", "Исполняется",
        "Реализуется", "Dowam edýär", "Ýerine ýetirilýär", "Amala aşyrylýar", "Durmuşa geçirilýär",
    ],
    MeasureStatus.COMPLETED: [
        "Completed", "Complete", "Done", "Implemented", "Fulfilled", "Выполнено", "Выполнен",
        "Исполнено", "Реализовано", "Завершено", "Ýerine ýetirildi", "Tamamlandy", "Amala aşyryldy",
        "Durmuşa geçirildi",
    ],
    MeasureStatus.PARTIALLY_COMPLETED: [
        "Partially completed", "Partly completed", "Partially implemented", "Partially done",
        "Частично выполнено", "Выполнено частично", "Частично исполнено", "Bölekleýin ýerine ýetirildi",
    ],
    MeasureStatus.NOT_COMPLETED: [
        "Not completed", "Not implemented", "Not done", "Not fulfilled", "Не выполнено",
        "Не исполнено", "Не реализовано", "Ýerine ýetirilmedi", "Amala aşyrylmady",
    ],
    MeasureStatus.CANCELLED: [
        "Cancelled", "Canceled", "Withdrawn", "Отменено", "Отменен", "Снято с контроля",
        "Ýatyryldy", "Goýbolsun edildi",
    ],
}

IMPLEMENTATION_STATUS: dict[str, list[str]] = {
    ImplementationStatus.NOT_STARTED: [
        "Not started", "Not yet started", "Не начато", "Не начат", "Başlanmady", "Başlanylmady",
    ],
    ImplementationStatus.IN_PROGRESS: [
        "In progress", "Ongoing", "Under way", "Being implemented", "Выполняется", "В процессе",
        "В процессе выполнения", "Реализуется", "Dowam edýär", "Ýerine ýetirilýär", "Amala aşyrylýar",
    ],
    ImplementationStatus.PARTIALLY_IMPLEMENTED: [
        "Partially implemented", "Partly implemented", "Partially", "Partially completed",
        "Частично выполнено", "Выполнено частично", "Частично реализовано",
        "Bölekleýin ýerine ýetirildi", "Bölekleýin amala aşyryldy",
    ],
    ImplementationStatus.IMPLEMENTED: [
        "Implemented", "Fully implemented", "Completed", "Done", "Выполнено", "Реализовано",
        "Исполнено", "Ýerine ýetirildi", "Amala aşyryldy", "Durmuşa geçirildi",
    ],
    ImplementationStatus.NOT_IMPLEMENTED: [
        "Not implemented", "Not completed", "Не выполнено", "Не реализовано",
        "Ýerine ýetirilmedi", "Amala aşyrylmady",
    ],
}

PRESENCE: dict[str, list[str]] = {
    Presence.PRESENT: [
        "Present", "Attended", "Yes", "Y", "+", "✓", "x", "Присутствовал", "Присутствовала",
        "Присутствует", "Присутствовали", "Да", "Участвовал", "Участвовала", "Gatnaşdy", "Hawa", "Bar",
    ],
    Presence.ABSENT: [
        "Absent", "No", "N", "-", "Did not attend", "Отсутствовал", "Отсутствовала", "Отсутствует",
        "Нет", "Не присутствовал", "Gatnaşmady", "Ýok",
    ],
    Presence.REPRESENTED: [
        "Represented", "Represented by", "Substitute", "Замещение", "Представитель", "Заменял",
        "Wekil", "Wekilçilik edildi", "Çalşyldy",
    ],
}

ATTENDANCE_ROLE: dict[str, list[str]] = {
    AttendanceRole.CHAIR: ["Chair", "Chairperson", "Chairman", "Председатель", "Председательствующий",
                           "Başlyk", "Başlykçy"],
    AttendanceRole.MEMBER: ["Member", "Commission member", "Член", "Член комиссии", "Agza",
                            "Toparyň agzasy", "Komissiýanyň agzasy"],
    AttendanceRole.INVITED: ["Invited", "Guest", "Invited guest", "Приглашенный", "Приглашенные",
                             "Приглашен", "Гость", "Çagyrylan", "Myhman"],
    AttendanceRole.OBSERVER: ["Observer", "Наблюдатель", "Synçy"],
    AttendanceRole.SECRETARY: ["Secretary", "Секретарь", "Sekretar", "Kätip"],
}

MEETING_KIND: dict[str, list[str]] = {
    MeetingKind.COMMISSION: ["Commission meeting", "Meeting of the Commission", "Regular meeting",
                             "Заседание", "Заседание комиссии", "Заседание Межведомственной комиссии",
                             "Mejlis", "Komissiýanyň mejlisi"],
    MeetingKind.WORKING: ["Working meeting", "Рабочая встреча", "Рабочее совещание", "Iş duşuşygy"],
    MeetingKind.BRIEFING: ["Briefing", "Брифинг", "Brifing"],
    MeetingKind.SEMINAR: ["Seminar", "Workshop", "Training", "Семинар", "Тренинг", "Okuw", "Okuw maslahaty"],
    MeetingKind.CONSULTATION: ["Consultation", "Consultations", "Консультация", "Консультации",
                               "Maslahatlaşyk", "Geňeşme"],
    MeetingKind.CONFERENCE: ["Conference", "Конференция", "Maslahat", "Halkara maslahat"],
}

ORGANIZATION_KIND: dict[str, list[str]] = {
    OrganizationKind.PARLIAMENT: ["Parliament", "Парламент", "Меджлис", "Mejlis"],
    OrganizationKind.MINISTRY: ["Ministry", "Министерство", "Ministrlik"],
    OrganizationKind.DEPARTMENT: ["Department", "Agency", "State agency", "Ведомство", "Департамент",
                                  "Служба", "Комитет", "Edara", "Gulluk", "Komitet"],
    OrganizationKind.OMBUDSMAN: ["Ombudsman", "Омбудсмен", "Уполномоченный по правам человека",
                                 "Adam hukuklary boýunça ygtyýarly wekil"],
    OrganizationKind.PUBLIC_ORGANIZATION: ["Public organization", "NGO", "Civil society",
                                           "Общественная организация", "НПО", "Jemgyýetçilik guramasy"],
    OrganizationKind.UN_AGENCY: ["UN agency", "United Nations", "UN", "Агентство ООН", "ООН",
                                 "BMG", "BMG-niň edarasy"],
    OrganizationKind.INTERNATIONAL_ORGANIZATION: ["International organization", "International",
                                                  "Международная организация", "Halkara gurama"],
    OrganizationKind.EMBASSY: ["Embassy", "Diplomatic mission", "Посольство", "Ilçihana"],
    OrganizationKind.OTHER: ["Other", "Другое", "Прочее", "Beýleki"],
}


def _table(words: Mapping[str, list[str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for value, spellings in words.items():
        for spelling in [str(value), str(value).replace("_", " "), *spellings]:
            key = _key(spelling)
            if key:
                table.setdefault(key, str(value))
    return table


def _key(text: str) -> str:
    normalised = normalise_header(text)
    if normalised:
        return normalised
    return text.strip()  # "+", "-", "✓": symbols normalise to nothing


_TABLES = {
    "measure_status": _table(MEASURE_STATUS),
    "implementation_status": _table(IMPLEMENTATION_STATUS),
    "presence": _table(PRESENCE),
    "attendance_role": _table(ATTENDANCE_ROLE),
    "meeting_kind": _table(MEETING_KIND),
    "organization_kind": _table(ORGANIZATION_KIND),
}


def add_labels(vocabulary: str, labels: Mapping[str, str]) -> None:
    """Accept extra spellings (e.g. the translated labels a questionnaire offered)."""
    table = _TABLES[vocabulary]
    for value, text in labels.items():
        key = _key(text)
        if key:
            table.setdefault(key, value)
    _lookup.cache_clear()


def parse_choice(vocabulary: str, value: CellValue) -> str | None:
    """The stored value a cell means, or None when it is empty or not understood."""
    text = value_as_text(value).strip()
    if not text:
        return None
    return _lookup(vocabulary, text)


@lru_cache(maxsize=4096)
def _lookup(vocabulary: str, text: str) -> str | None:
    table = _TABLES[vocabulary]
    key = _key(text)
    found = table.get(key)
    if found is not None:
        return found
    # "Выполнено." / "Completed (2024)": the first words decide when they are unambiguous.
    words = key.split()
    for length in range(len(words) - 1, 0, -1):
        found = table.get(" ".join(words[:length]))
        if found is not None:
            return found
    return None


def is_empty(value: CellValue) -> bool:
    return not value_as_text(value).strip()


__all__ = [
    "ATTENDANCE_ROLE",
    "IMPLEMENTATION_STATUS",
    "MEASURE_STATUS",
    "MEETING_KIND",
    "ORGANIZATION_KIND",
    "PRESENCE",
    "add_labels",
    "parse_choice",
]
