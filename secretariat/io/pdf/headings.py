"""The fixed words of official documents, per document language.

Minutes are printed in the meeting's language (``Meeting.language``), whatever the
language of the screens, so their headings come from this dictionary and not from
the UI translator. The three languages are the Commission's working languages:
Turkmen ("tk"), Russian ("ru") and English ("en").

Turkmen terms: the minutes are a "TESWIRNAMA" (the word used for the protocol of a
meeting in Turkmen official usage; "tertipnama" means rules or regulations and
"beýannama" a statement, so neither fits). HEARD / SPOKE / DECIDED are
"DIŇLENILDI / ÇYKYŞ ETDILER / KARAR EDILDI", the draft watermark is "TASLAMA".
"""

from __future__ import annotations

from datetime import date, datetime

LANGUAGES = ("tk", "ru", "en")
DEFAULT_LANGUAGE = "en"

_EN: dict[str, str] = {
    "commission": "Interministerial Commission on ensuring the implementation of Turkmenistan's "
                  "international obligations in the field of human rights and international "
                  "humanitarian law",
    "commission_short": "Interministerial Commission on human rights and IHL",
    "minutes_title": "MINUTES No. {number}",
    "minutes_of": "of the meeting of the {commission}",
    "minutes_of_working_meeting": "of the working meeting",
    "minutes_of_briefing": "of the briefing",
    "minutes_of_seminar": "of the seminar",
    "minutes_of_consultation": "of the consultation",
    "minutes_of_conference": "of the conference",
    "minutes_short": "Minutes No. {number} of {date}",
    "chaired_by": "Chaired by:",
    "present": "PRESENT:",
    "members": "Members of the Commission:",
    "absent": "ABSENT:",
    "invited": "INVITED:",
    "observers": "Observers:",
    "secretary_line": "Secretary of the meeting:",
    "represented_by": "represented by {who}",
    "agenda": "AGENDA:",
    "heard": "HEARD:",
    "spoke": "SPOKE:",
    "decided": "DECIDED:",
    "other_decisions": "OTHER DECISIONS:",
    "actions": "ACTION ITEMS",
    "col_no": "No.",
    "col_action": "Action",
    "col_responsible": "Responsible",
    "col_due": "Due date",
    "col_decision": "Decision",
    "chair_sign": "Chair",
    "secretary_sign": "Secretary",
    "watermark": "DRAFT",
    "page": "Page {n} of {total}",
    "none": "none",
    "information": "(for information)",
    "no_minutes": "No minutes were recorded for this item.",
    "approved_on": "The minutes were approved on {date}.",
    "approved": "The minutes are approved.",
    "review_heading": "REVIEW OF THE ACTION ITEMS OF EARLIER MEETINGS:",
    "col_meeting": "Meeting",
    "col_outcome": "Outcome",
    "col_note": "Note",
    "outcome_done": "Done",
    "outcome_carried_over": "Carried over to {date}",
    "outcome_dropped": "Dropped",
    "approved_line": "Approved at the meeting No. {number} of {date}",
}

_RU: dict[str, str] = {
    "commission": "Межведомственной комиссии по обеспечению выполнения международных обязательств "
                  "Туркменистана в области прав человека и международного гуманитарного права",
    "commission_short": "Межведомственная комиссия по правам человека и МГП",
    "minutes_title": "ПРОТОКОЛ № {number}",
    "minutes_of": "заседания {commission}",
    "minutes_of_working_meeting": "рабочего совещания",
    "minutes_of_briefing": "брифинга",
    "minutes_of_seminar": "семинара",
    "minutes_of_consultation": "консультации",
    "minutes_of_conference": "конференции",
    "minutes_short": "Протокол № {number} от {date}",
    "chaired_by": "Председательствовал:",
    "present": "ПРИСУТСТВОВАЛИ:",
    "members": "Члены Комиссии:",
    "absent": "ОТСУТСТВОВАЛИ:",
    "invited": "ПРИГЛАШЕНЫ:",
    "observers": "Наблюдатели:",
    "secretary_line": "Секретарь заседания:",
    "represented_by": "представитель: {who}",
    "agenda": "ПОВЕСТКА ДНЯ:",
    "heard": "СЛУШАЛИ:",
    "spoke": "ВЫСТУПИЛИ:",
    "decided": "РЕШИЛИ:",
    "other_decisions": "ПРОЧИЕ РЕШЕНИЯ:",
    "actions": "ПОРУЧЕНИЯ",
    "col_no": "№",
    "col_action": "Поручение",
    "col_responsible": "Ответственные",
    "col_due": "Срок",
    "col_decision": "Решение",
    "chair_sign": "Председатель",
    "secretary_sign": "Секретарь",
    "watermark": "ПРОЕКТ",
    "page": "Страница {n} из {total}",
    "none": "нет",
    "information": "(к сведению)",
    "no_minutes": "Запись по данному вопросу не велась.",
    "approved_on": "Протокол утверждён {date}",
    "approved": "Протокол утверждён.",
    "review_heading": "РАССМОТРЕНИЕ ПОРУЧЕНИЙ ПРЕДЫДУЩИХ ЗАСЕДАНИЙ:",
    "col_meeting": "Заседание",
    "col_outcome": "Итог",
    "col_note": "Примечание",
    "outcome_done": "Выполнено",
    "outcome_carried_over": "Срок перенесён на {date}",
    "outcome_dropped": "Снято с контроля",
    "approved_line": "Утверждён на заседании № {number} от {date}",
}

_TK: dict[str, str] = {
    "commission": "Türkmenistanyň adam hukuklary we halkara ynsanperwer hukugy babatda halkara "
                  "borçnamalarynyň ýerine ýetirilmegini üpjün etmek boýunça Pudagara toparyň",
    "commission_short": "Adam hukuklary we HYH boýunça Pudagara topar",
    "minutes_title": "TESWIRNAMA № {number}",
    "minutes_of": "{commission} mejlisi",
    "minutes_of_working_meeting": "Iş maslahaty",
    "minutes_of_briefing": "Brifing",
    "minutes_of_seminar": "Seminar",
    "minutes_of_consultation": "Maslahatlaşyk",
    "minutes_of_conference": "Konferensiýa",
    "minutes_short": "{date} senedäki № {number} teswirnama",
    "chaired_by": "Mejlisi alyp bardy:",
    "present": "GATNAŞDYLAR:",
    "members": "Toparyň agzalary:",
    "absent": "GATNAŞMADYLAR:",
    "invited": "ÇAGYRYLANLAR:",
    "observers": "Synçylar:",
    "secretary_line": "Mejlisiň sekretary:",
    "represented_by": "wekili: {who}",
    "agenda": "GÜN TERTIBI:",
    "heard": "DIŇLENILDI:",
    "spoke": "ÇYKYŞ ETDILER:",
    "decided": "KARAR EDILDI:",
    "other_decisions": "BEÝLEKI KARARLAR:",
    "actions": "TABŞYRYKLAR",
    "col_no": "№",
    "col_action": "Tabşyryk",
    "col_responsible": "Jogapkärler",
    "col_due": "Möhleti",
    "col_decision": "Karar",
    "chair_sign": "Başlyk",
    "secretary_sign": "Sekretar",
    "watermark": "TASLAMA",
    "page": "Sahypa {n} / {total}",
    "none": "ýok",
    "information": "(maglumat üçin)",
    "no_minutes": "Bu mesele boýunça ýazgy alnyp barylmady.",
    "approved_on": "Tassyklanan senesi: {date}.",
    "approved": "Teswirnama tassyklandy.",
    "review_heading": "ÖŇKI MEJLISLERIŇ TABŞYRYKLARYNYŇ ÝERINE ÝETIRILIŞINE SERETMEK:",
    "col_meeting": "Mejlis",
    "col_outcome": "Netije",
    "col_note": "Bellik",
    "outcome_done": "Ýerine ýetirildi",
    "outcome_carried_over": "Möhleti {date} senä geçirildi",
    "outcome_dropped": "Gözegçilikden aýryldy",
    "approved_line": "{date} senedäki № {number} mejlisde tassyklandy",
}

# Groups of the attendance list, in the order the protocol lists them.
_KINDS: dict[str, dict[str, str]] = {
    "en": {"parliament": "Parliament", "ministry": "Ministries", "department": "Departments and agencies",
           "ombudsman": "Ombudsman", "public_organization": "Public organizations",
           "un_agency": "United Nations agencies", "international_organization": "International organizations",
           "embassy": "Embassies and missions", "other": "Other", "": "Other participants"},
    "ru": {"parliament": "Парламент", "ministry": "Министерства", "department": "Ведомства",
           "ombudsman": "Омбудсмен", "public_organization": "Общественные организации",
           "un_agency": "Агентства ООН", "international_organization": "Международные организации",
           "embassy": "Посольства и представительства", "other": "Прочие", "": "Другие участники"},
    "tk": {"parliament": "Parlament", "ministry": "Ministrlikler", "department": "Edaralar",
           "ombudsman": "Ombudsmen", "public_organization": "Jemgyýetçilik guramalary",
           "un_agency": "BMG-niň edaralary", "international_organization": "Halkara guramalar",
           "embassy": "Ilçihanalar we wekilhanalar", "other": "Beýlekiler", "": "Beýleki gatnaşyjylar"},
}
KIND_ORDER = ("parliament", "ministry", "department", "ombudsman", "public_organization", "un_agency",
              "international_organization", "embassy", "other", "")

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    # Russian dates use the genitive: "27 января 2024 г."
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
    # Turkmen: "2024-nji ýylyň 27-nji ýanwary" (the month takes the possessive ending)
    "tk": ("ýanwary", "fewraly", "marty", "apreli", "maýy", "iýuny", "iýuly", "awgusty", "sentýabry",
           "oktýabry", "noýabry", "dekabry"),
}

_DICTS = {"en": _EN, "ru": _RU, "tk": _TK}


def language_of(value: str | None) -> str:
    """A supported document language; anything else falls back to English."""
    value = (value or "").strip().lower()[:2]
    return value if value in _DICTS else DEFAULT_LANGUAGE


def heading(language: str, key: str, **values: object) -> str:
    """The heading *key* in *language*, formatted with *values*."""
    table = _DICTS[language_of(language)]
    text = table.get(key) or _EN.get(key) or table[key.rsplit("_of_", 1)[0] + "_of"]
    if "{commission}" in text and "commission" not in values:
        values = {**values, "commission": table["commission"]}
    return text.format(**values) if values else text


def kind_group(language: str, kind: str | None) -> str:
    groups = _KINDS[language_of(language)]
    return groups.get(kind or "", groups[""])


# Turkmen ordinal ending after digits follows the vowel harmony of the last spoken
# word of the number: 6 alty, 9 dokuz, 10 on, 30 otuz, 40 kyrk, 60 altmyş, 90 togsan
# are back-vowel words ("-njy"); the others take "-nji".
_BACK_UNITS = {6, 9}
_BACK_TENS = {1, 3, 4, 6, 9}


def turkmen_ordinal(number: int) -> str:
    n = abs(number)
    if n % 10:
        back = n % 10 in _BACK_UNITS
    elif n % 100:
        back = (n % 100) // 10 in _BACK_TENS
    else:
        back = False  # ýüz (100), müň (1000): front vowels
    return f"{number}-{'njy' if back else 'nji'}"


def long_date(language: str, value: date | datetime | None) -> str:
    """A date written out as in an official letter: 27 January 2024 / 27 января 2024 г."""
    if value is None:
        return ""
    language = language_of(language)
    month = _MONTHS[language][value.month - 1]
    if language == "ru":
        return f"{value.day} {month} {value.year} г."
    if language == "tk":
        return f"{turkmen_ordinal(value.year)} ýylyň {turkmen_ordinal(value.day)} {month}"
    return f"{value.day} {month} {value.year}"


def short_date(value: date | datetime | None) -> str:
    """dd.mm.yyyy, the usual numeric date in all three languages."""
    return "" if value is None else f"{value.day:02d}.{value.month:02d}.{value.year}"
