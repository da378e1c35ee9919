"""A realistic demo database drawn from the Commission's public record.

It goes through the same services the GUI uses, so the demo also exercises them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from ..db import Database
from ..i18n import translate
from ..models import Meeting, Organization
from . import directory, meetings, national_reports, plans, recommendations, reporting_calendar
from .errors import ValidationError

ORGANIZATIONS: list[tuple[str, str, str, bool]] = [
    # (name, short name, kind, Commission member)
    ("Ministry of Foreign Affairs of Turkmenistan", "MFA", "ministry", True),
    ("Mejlis of Turkmenistan", "Mejlis", "parliament", True),
    ("Ministry of Justice of Turkmenistan", "MoJ", "ministry", True),
    ("Ministry of Internal Affairs of Turkmenistan", "MIA", "ministry", True),
    ("Ministry of Education of Turkmenistan", "MoE", "ministry", True),
    ("Ministry of Health and Medical Industry of Turkmenistan", "MoH", "ministry", True),
    ("Ministry of Labour and Social Protection of Population of Turkmenistan", "MLSP", "ministry", True),
    ("Ministry of Culture of Turkmenistan", "MoC", "ministry", True),
    ("Ministry of Finance and Economy of Turkmenistan", "MFE", "ministry", True),
    ("Prosecutor General's Office of Turkmenistan", "PGO", "department", True),
    ("Supreme Court of Turkmenistan", "Supreme Court", "department", True),
    ("State Migration Service of Turkmenistan", "SMS", "department", True),
    ("State Committee of Turkmenistan on Statistics", "Stat", "department", True),
    ("Ombudsman of Turkmenistan", "Ombudsman", "ombudsman", True),
    ("Institute of State, Law and Democracy of Turkmenistan", "ISLD", "department", True),
    ("Women's Union of Turkmenistan", "Women's Union", "public_organization", True),
    ("Magtymguly Youth Organization of Turkmenistan", "Youth Organization", "public_organization", True),
    ("National Centre of Trade Unions of Turkmenistan", "Trade Unions", "public_organization", True),
    ("Red Crescent Society of Turkmenistan", "Red Crescent", "public_organization", True),
    ("United Nations Development Programme", "UNDP", "un_agency", False),
    ("United Nations Children's Fund", "UNICEF", "un_agency", False),
    ("United Nations Population Fund", "UNFPA", "un_agency", False),
    ("Office of the United Nations High Commissioner for Human Rights", "OHCHR", "un_agency", False),
    ("International Labour Organization", "ILO", "un_agency", False),
    ("International Organization for Migration", "IOM", "un_agency", False),
    ("Office of the United Nations High Commissioner for Refugees", "UNHCR", "un_agency", False),
    ("United Nations Office on Drugs and Crime", "UNODC", "un_agency", False),
    ("United Nations Educational, Scientific and Cultural Organization", "UNESCO", "un_agency", False),
    ("World Health Organization", "WHO", "un_agency", False),
    ("Organization for Security and Co-operation in Europe", "OSCE", "international_organization", False),
    ("International Committee of the Red Cross", "ICRC", "international_organization", False),
    ("Delegation of the European Union to Turkmenistan", "EU Delegation", "embassy", False),
]

# short name: (Russian name, Russian short name, Turkmen name, Turkmen short name)
NAMES_RU_TK: dict[str, tuple[str, str, str, str]] = {
    "MFA": ("Министерство иностранных дел Туркменистана", "МИД",
            "Türkmenistanyň Daşary işler ministrligi", "DIM"),
    "Mejlis": ("Меджлис Туркменистана", "Меджлис", "Türkmenistanyň Mejlisi", "Mejlis"),
    "MoJ": ("Министерство юстиции Туркменистана", "Минюст", "Türkmenistanyň Adalat ministrligi", "AM"),
    "MIA": ("Министерство внутренних дел Туркменистана", "МВД", "Türkmenistanyň Içeri işler ministrligi", "IIM"),
    "MoE": ("Министерство образования Туркменистана", "Минобразования",
            "Türkmenistanyň Bilim ministrligi", "BM"),
    "MoH": ("Министерство здравоохранения и медицинской промышленности Туркменистана", "Минздрав",
            "Türkmenistanyň Saglygy goraýyş we derman senagaty ministrligi", "SGDSM"),
    "MLSP": ("Министерство труда и социальной защиты населения Туркменистана", "Минтруда",
             "Türkmenistanyň Zähmet we ilaty durmuş taýdan goramak ministrligi", "ZIDTGM"),
    "MoC": ("Министерство культуры Туркменистана", "Минкультуры", "Türkmenistanyň Medeniýet ministrligi", "MM"),
    "MFE": ("Министерство финансов и экономики Туркменистана", "Минфинэкономики",
            "Türkmenistanyň Maliýe we ykdysadyýet ministrligi", "MYM"),
    "PGO": ("Генеральная прокуратура Туркменистана", "Генпрокуратура", "Türkmenistanyň Baş prokuraturasy",
            "Baş prokuratura"),
    "Supreme Court": ("Верховный суд Туркменистана", "Верховный суд", "Türkmenistanyň Ýokary kazyýeti",
                      "Ýokary kazyýet"),
    "SMS": ("Государственная миграционная служба Туркменистана", "ГМС",
            "Türkmenistanyň Döwlet migrasiýa gullugy", "DMG"),
    "Stat": ("Государственный комитет Туркменистана по статистике", "Госкомстат",
             "Türkmenistanyň Statistika baradaky döwlet komiteti", "Statistika"),
    "Ombudsman": ("Уполномоченный по правам человека в Туркменистане", "Омбудсмен",
                  "Türkmenistanyň Adam hukuklary boýunça ygtyýarly wekili", "Ombudsmen"),
    "ISLD": ("Институт государства, права и демократии Туркменистана", "ИГПД",
             "Türkmenistanyň Döwlet, hukuk we demokratiýa instituty", "DHDI"),
    "Women's Union": ("Союз женщин Туркменистана", "Союз женщин", "Türkmenistanyň Zenanlar birleşigi",
                      "Zenanlar birleşigi"),
    "Youth Organization": ("Молодёжная организация Туркменистана имени Махтумкули", "Молодёжная организация",
                           "Türkmenistanyň Magtymguly adyndaky Ýaşlar guramasy", "Ýaşlar guramasy"),
    "Trade Unions": ("Национальный центр профессиональных союзов Туркменистана", "Профсоюзы",
                     "Türkmenistanyň Kärdeşler arkalaşyklarynyň milli merkezi", "Kärdeşler"),
    "Red Crescent": ("Общество Красного Полумесяца Туркменистана", "Красный Полумесяц",
                     "Türkmenistanyň Gyzyl Ýarymaý jemgyýeti", "Gyzyl Ýarymaý"),
    "UNDP": ("Программа развития Организации Объединённых Наций", "ПРООН",
             "Birleşen Milletler Guramasynyň Ösüş maksatnamasy", "BMGÖM"),
    "UNICEF": ("Детский фонд Организации Объединённых Наций", "ЮНИСЕФ",
               "Birleşen Milletler Guramasynyň Çagalar gaznasy", "ÝUNISEF"),
    "UNFPA": ("Фонд Организации Объединённых Наций в области народонаселения", "ЮНФПА",
              "Birleşen Milletler Guramasynyň Ilat gaznasy", "ÝUNFPA"),
    "OHCHR": ("Управление Верховного комиссара Организации Объединённых Наций по правам человека", "УВКПЧ",
              "BMG-niň Adam hukuklary boýunça Ýokary komissarynyň müdirligi", "AHÝKM"),
    "ILO": ("Международная организация труда", "МОТ", "Halkara zähmet guramasy", "HZG"),
    "IOM": ("Международная организация по миграции", "МОМ", "Halkara migrasiýa guramasy", "HMG"),
    "UNHCR": ("Управление Верховного комиссара Организации Объединённых Наций по делам беженцев", "УВКБ ООН",
              "BMG-niň Bosgunlar işleri boýunça Ýokary komissarynyň müdirligi", "BMG BÝKM"),
    "UNODC": ("Управление Организации Объединённых Наций по наркотикам и преступности", "УНП ООН",
              "BMG-niň Neşe serişdeleri we jenaýatçylyk boýunça müdirligi", "BMG NSJM"),
    "UNESCO": ("Организация Объединённых Наций по вопросам образования, науки и культуры", "ЮНЕСКО",
               "Birleşen Milletler Guramasynyň Bilim, ylym we medeniýet meseleleri boýunça guramasy", "ÝUNESKO"),
    "WHO": ("Всемирная организация здравоохранения", "ВОЗ", "Bütindünýä saglygy goraýyş guramasy", "BSGG"),
    "OSCE": ("Организация по безопасности и сотрудничеству в Европе", "ОБСЕ",
             "Ýewropada howpsuzlyk we hyzmatdaşlyk guramasy", "ÝHHG"),
    "ICRC": ("Международный комитет Красного Креста", "МККК", "Gyzyl Haçyň halkara komiteti", "GHHK"),
    "EU Delegation": ("Представительство Европейского союза в Туркменистане", "Представительство ЕС",
                      "Ýewropa Bileleşiginiň Türkmenistandaky wekilhanasy", "ÝB wekilhanasy"),
}

PEOPLE: list[tuple[str, str, str]] = [
    ("Raşid Meredow", "Minister of Foreign Affairs, Chair of the Commission", "MFA"),
    ("Wepa Hajyýew", "Deputy Minister of Foreign Affairs", "MFA"),
    ("Aýna Orazowa", "Secretary of the Commission", "MFA"),
    ("Дмитрий Соколов", "Начальник отдела международного права", "MoJ"),
    ("Gülşat Annaýewa", "Head of Department", "Ombudsman"),
    ("Merdan Ataýew", "Director", "ISLD"),
    ("Jennet Berdiýewa", "Chair", "Women's Union"),
]

# position as entered: (Russian, Turkmen)
POSITIONS_RU_TK: dict[str, tuple[str, str]] = {
    "Minister of Foreign Affairs, Chair of the Commission": (
        "Министр иностранных дел, Председатель Комиссии", "Daşary işler ministri, Toparyň başlygy"),
    "Deputy Minister of Foreign Affairs": ("Заместитель министра иностранных дел", "Daşary işler ministriniň orunbasary"),
    "Secretary of the Commission": ("Секретарь Комиссии", "Toparyň sekretary"),
    "Head of Department": ("Начальник отдела", "Bölüm müdiri"),
    "Director": ("Директор", "Direktor"),
    "Chair": ("Председатель", "Başlyk"),
}


def _orgs(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {o.short_name: o.id for o in s.scalars(select(Organization))}


def fill_demo(db: Database) -> dict[str, int]:
    """Fill an empty database; refuses one that already holds meetings."""
    with db.read() as s:
        if (s.scalar(select(func.count()).select_from(Meeting)) or 0) > 0:
            raise ValidationError(translate("services", "The database already holds meetings; the demo needs an empty one."))
    for name, short, kind, member in ORGANIZATIONS:
        ru, ru_short, tk, tk_short = NAMES_RU_TK[short]
        directory.create_organization(db, name, kind, short_name=short, is_member=member,
                                      name_en=name, short_name_en=short, name_ru=ru, short_name_ru=ru_short,
                                      name_tk=tk, short_name_tk=tk_short)
    org = _orgs(db)
    people = {}
    for full_name, position, short in PEOPLE:
        position_ru, position_tk = POSITIONS_RU_TK.get(position, ("", ""))
        people[full_name] = directory.create_person(
            db, full_name, position=position, organization_id=org[short],
            position_ru=position_ru, position_tk=position_tk).id
    chair, secretary = people["Raşid Meredow"], people["Aýna Orazowa"]

    plan_ids = _demo_plans(db, org)
    rec_ids = _demo_recommendations(db, org, plan_ids)
    _demo_meetings(db, org, chair, secretary, people, plan_ids, rec_ids)
    _demo_reports(db, org)
    _demo_ratifications(db)
    return {"organizations": len(ORGANIZATIONS), "people": len(PEOPLE)}


def _demo_meetings(db: Database, org: dict[str, int], chair: int, secretary: int,
                   people: dict[str, int], plan_ids: dict[str, int], rec_ids: list[int]) -> None:
    m = meetings.create_meeting(
        db, datetime(2024, 1, 27, 10, 0),
        title="Regular meeting of the Interministerial Commission: results of 2023 and tasks for 2024",
        kind="commission_meeting", venue="Ashgabat, Ministry of Foreign Affairs",
        organizer_id=org["MFA"], chair_id=chair, secretary_id=secretary, language="en",
        format="in_person", ends_at=datetime(2024, 1, 27, 12, 30),
    )
    meetings.add_attendance(db, m.id, person_id=chair, organization_id=org["MFA"], role="chair")
    meetings.add_attendance(db, m.id, person_id=secretary, organization_id=org["MFA"], role="secretary")
    for short in ("Mejlis", "MoJ", "MIA", "MoE", "MoH", "MLSP", "PGO", "Ombudsman", "ISLD",
                  "Women's Union", "Youth Organization"):
        meetings.add_attendance(db, m.id, organization_id=org[short], role="member")
    meetings.add_attendance(db, m.id, organization_id=org["MoC"], role="member", presence="absent")
    meetings.add_attendance(db, m.id, organization_id=org["MFE"], role="member", presence="represented",
                            represented_by="Deputy Head of the Legal Department")
    items = [
        ("On the results of the work of the Interministerial Commission for 2023 and the tasks for 2024",
         "Wepa Hajyýew",
         "<p>W. Hajyýew reported on the work carried out in 2023: the implementation of the National "
         "Action Plans on human rights, on gender equality and on the realization of children's rights, "
         "and the preparation of national reports to the UN treaty bodies.</p>",
         "<p>The representatives of the Mejlis, the Ministry of Justice and the Ombudsman spoke on the "
         "harmonization of national legislation with international standards.</p>"),
        ("On the Work Plan of the Commission for 2024", "Aýna Orazowa",
         "<p>A. Orazowa presented the draft Work Plan for 2024.</p>", ""),
        ("On the Plan of Actions for 2024-2028 for the implementation of international humanitarian law",
         "Red Crescent Society", "<p>The draft Plan of Actions was presented.</p>",
         "<p>Участники обсудили проект плана и предложили дополнения.</p>"),
        ("On strengthening the institutional capacity of the Ombudsman", "Gülşat Annaýewa",
         "<p>Ombudsmanyň edarasynyň institusional mümkinçiliklerini güýçlendirmek barada.</p>", ""),
        ("Other issues", "", "", ""),
    ]
    item_ids = []
    for title, presenter, heard, spoke in items:
        item_ids.append(meetings.add_agenda_item(db, m.id, title, presenter=presenter,
                                                 heard=heard, spoke=spoke).id)
    d1 = meetings.add_decision(db, m.id, "Take note of the information on the results of the work for 2023.",
                               item_ids[0], kind="information")
    d2 = meetings.add_decision(db, m.id, "Member bodies to submit information on the implementation of "
                               "the National Action Plans for 2023 to the secretariat.", item_ids[0])
    meetings.add_decision(db, m.id, "Approve the Work Plan of the Commission for 2024.", item_ids[1])
    d4 = meetings.add_decision(db, m.id, "Finalize the draft Plan of Actions for 2024-2028 taking into "
                               "account the proposals made.", item_ids[2], kind="task")
    meetings.add_decision(db, m.id, "Ombudsmanyň edarasyna halkara hyzmatdaşlygy giňeltmek maslahat berilsin.",
                          item_ids[3])
    meetings.add_action_item(db, m.id, "Submit information on NAP implementation for 2023",
                             responsible_ids=[org["MoJ"], org["MLSP"], org["MoE"]], decision_id=d2.id,
                             due_date=date(2024, 3, 1), status="done", completed_on=date(2024, 2, 26))
    meetings.add_action_item(db, m.id, "Send the revised IHL Plan of Actions to the members",
                             responsible_ids=[org["MFA"], org["Red Crescent"]], decision_id=d4.id,
                             due_date=date(2024, 2, 15), status="open")
    meetings.add_action_item(db, m.id, "Prepare proposals on the accreditation of the Ombudsman",
                             responsible_ids=[org["Ombudsman"]], due_date=date(2024, 6, 30), status="in_progress")
    del d1
    meetings.update_agenda_item(db, item_ids[1], is_standing=True)
    meetings.set_status(db, m.id, "minutes_approved")

    older = [
        (datetime(2021, 3, 24, 10), "Стратегический диалог со Страновой группой ООН по правам человека",
         "commission_meeting", "hybrid", "minutes_approved", "ru"),
        (datetime(2022, 4, 12, 10), "«Türkmenistanyň Konstitusiýasy — adam hukuklarynyň we azatlyklarynyň "
         "kepili» atly seminar", "seminar", "hybrid", "held", "tk"),
        (datetime(2023, 11, 16, 11), "Брифинг по итогам 44-й сессии Рабочей группы по УПО",
         "briefing", "in_person", "minutes_drafted", "ru"),
        (datetime(2024, 6, 14, 10), "Consultation with international experts on the Ombudsman's accreditation",
         "consultation", "online", "held", "en"),
        (datetime(2026, 12, 18, 10), "Очередное заседание Комиссии: итоги 2026 года",
         "commission_meeting", "in_person", "planned", "ru"),
    ]
    venues = {"en": "Ashgabat, Ministry of Foreign Affairs", "ru": "Ашхабад, Министерство иностранных дел",
              "tk": "Aşgabat, Daşary işler ministrligi"}
    noted = {"en": "Take note of the information presented.", "ru": "Принять к сведению представленную информацию.",
             "tk": "Berlen maglumat kabul edilsin."}
    for starts, title, kind, fmt, status, language in older:
        meeting = meetings.create_meeting(db, starts, title, kind=kind, format=fmt, language=language,
                                          venue=venues[language], organizer_id=org["MFA"],
                                          chair_id=chair, secretary_id=secretary)
        meetings.add_attendance(db, meeting.id, person_id=chair, organization_id=org["MFA"], role="chair")
        if kind in ("commission_meeting", "seminar"):
            for short in ("UNDP", "UNICEF", "UNFPA", "OHCHR", "ILO", "IOM", "OSCE"):
                meetings.add_attendance(db, meeting.id, organization_id=org[short], role="invited")
        item = meetings.add_agenda_item(db, meeting.id, title)
        if status != "planned":
            meetings.add_decision(db, meeting.id, noted[language], item.id, kind="information")
        meetings.set_status(db, meeting.id, status)


PLANS = [
    ("national_action_plan", "National Action Plan for Human Rights in Turkmenistan for 2021-2025", "NAP HR",
     2021, 2025),
    ("national_action_plan", "National Action Plan of Turkmenistan for Gender Equality for 2021-2025",
     "NAP Gender", 2021, 2025),
    ("national_action_plan", "National Action Plan for the Realization of Children's Rights in Turkmenistan "
     "for 2023-2028", "NAP Children", 2023, 2028),
    ("ihl_plan", "Plan of Actions for 2024-2028 for the implementation of international humanitarian law in "
     "Turkmenistan", "IHL Plan", 2024, 2028),
    ("national_action_plan", "National Plan of Turkmenistan on Combating Trafficking in Human Beings for "
     "2020-2022", "NAP Trafficking", 2020, 2022),
    ("work_plan", "Work Plan of the Interministerial Commission for 2024", "Work Plan 2024", 2024, 2024),
    ("roadmap", "Roadmap for the implementation of the UPR recommendations (3rd cycle)", "UPR Roadmap",
     2019, 2023),
    ("roadmap", "Roadmap for cooperation with the ILO for 2023", "ILO Roadmap", 2023, 2023),
]

# short title: (Russian title, Russian short title, Turkmen title, Turkmen short title)
PLAN_NAMES_RU_TK: dict[str, tuple[str, str, str, str]] = {
    "NAP HR": ("Национальный план действий Туркменистана в области прав человека на 2021–2025 годы", "НПДПЧ",
               "Türkmenistanda adam hukuklary boýunça 2021–2025-nji ýyllar üçin Milli hereketler meýilnamasy",
               "Adam hukuklary MHM"),
    "NAP Gender": ("Национальный план действий Туркменистана по гендерному равенству на 2021–2025 годы",
                   "НПД по гендерному равенству",
                   "Türkmenistanda gender deňligi boýunça 2021–2025-nji ýyllar üçin Milli hereketler meýilnamasy",
                   "Gender MHM"),
    "NAP Children": ("Национальный план действий по реализации прав ребёнка в Туркменистане на 2023–2028 годы",
                     "НПД по правам ребёнка",
                     "Türkmenistanda çaganyň hukuklaryny durmuşa geçirmek boýunça 2023–2028-nji ýyllar üçin "
                     "Milli hereketler meýilnamasy", "Çaga hukuklary MHM"),
    "IHL Plan": ("План действий на 2024–2028 годы по имплементации норм международного гуманитарного права "
                 "в Туркменистане", "План по МГП",
                 "Türkmenistanda halkara ynsanperwer hukugynyň kadalaryny durmuşa geçirmek boýunça "
                 "2024–2028-nji ýyllar üçin Hereketler meýilnamasy", "HYH meýilnamasy"),
    "NAP Trafficking": ("Национальный план Туркменистана по противодействию торговле людьми на 2020–2022 годы",
                        "НПД по торговле людьми",
                        "Türkmenistanyň adam söwdasyna garşy göreşmek boýunça 2020–2022-nji ýyllar üçin "
                        "Milli meýilnamasy", "Adam söwdasy MM"),
    "Work Plan 2024": ("План работы Межведомственной комиссии на 2024 год", "План работы 2024",
                       "Pudagara toparyň 2024-nji ýyl üçin iş meýilnamasy", "Iş meýilnamasy 2024"),
    "UPR Roadmap": ("Дорожная карта по выполнению рекомендаций УПО (третий цикл)", "Дорожная карта УПО",
                    "Ählumumy döwürleýin synyň maslahatlaryny ýerine ýetirmek boýunça ýol kartasy "
                    "(üçünji tapgyr)", "ÄDS ýol kartasy"),
    "ILO Roadmap": ("Дорожная карта по сотрудничеству с МОТ на 2023 год", "Дорожная карта МОТ",
                    "Halkara zähmet guramasy bilen hyzmatdaşlyk boýunça 2023-nji ýyl üçin ýol kartasy",
                    "HZG ýol kartasy"),
}

MEASURES: dict[str, list[tuple[str, str, str, str, list[str], list[str], str]]] = {
    # plan short title: (section, number, text, deadline, leads, partners, status)
    "NAP HR": [
        ("1. Improvement of legislation", "1.1", "Analyse national legislation for compliance with the "
         "international human rights treaties ratified by Turkmenistan", "2021-2022", ["MoJ", "ISLD"],
         ["OHCHR"], "completed"),
        ("1. Improvement of legislation", "1.2", "Consider accession to the Optional Protocol to the "
         "Convention against Torture", "2023", ["MFA", "MoJ"], ["OHCHR"], "in_progress"),
        ("2. Human rights education", "2.1", "Include human rights courses in the curricula of higher "
         "education institutions", "Q2 2024", ["MoE"], ["UNDP"], "in_progress"),
        ("2. Human rights education", "2.2", "Проводить ежегодные семинары для сотрудников "
         "правоохранительных органов", "ежегодно", ["MIA", "PGO"], ["OSCE", "UNODC"], "in_progress"),
        ("3. The Ombudsman", "3.1", "Strengthen the institutional capacity of the Ombudsman and prepare "
         "for accreditation with GANHRI", "31.12.2024", ["Ombudsman"], ["OHCHR", "UNDP"], "in_progress"),
        ("3. The Ombudsman", "3.2", "Open regional offices of the Ombudsman in the velayats",
         "IV quarter 2025", ["Ombudsman", "MFE"], [], "not_started"),
    ],
    "NAP Gender": [
        ("1. Legislation", "1.1", "Review legislation on domestic violence", "2022", ["MoJ", "Women's Union"],
         ["UNFPA"], "completed"),
        ("2. Data", "2.1", "Conduct a survey on the health and status of women in the family", "2021-2022",
         ["Stat", "MoH"], ["UNFPA"], "completed"),
        ("2. Data", "2.2", "Publish gender-disaggregated statistics every year", "annually", ["Stat"],
         ["UNFPA"], "in_progress"),
        ("3. Participation", "3.1", "Zenanlaryň jemgyýetçilik-syýasy durmuşa gatnaşygyny giňeltmek",
         "2024-2025 ýý.", ["Women's Union", "Mejlis"], ["UNDP"], "in_progress"),
    ],
    "NAP Children": [
        ("1. Juvenile justice", "1.1", "Modernize the legal framework for juvenile justice", "2024-2025 yy.",
         ["MoJ", "Supreme Court"], ["UNICEF"], "in_progress"),
        ("2. Inclusive education", "2.1", "Develop inclusive education for children with disabilities",
         "I полугодие 2024", ["MoE"], ["UNICEF"], "not_started"),
        ("2. Inclusive education", "2.2", "Train teachers in multilingual education", "when funds allow",
         ["MoE"], ["UNESCO"], "not_started"),
    ],
    "IHL Plan": [
        ("1. Dissemination", "1.1", "Translate the Geneva Conventions into Turkmen", "2025",
         ["MFA", "Red Crescent"], ["ICRC"], "in_progress"),
        ("1. Dissemination", "1.2", "Include IHL in the training of the armed forces", "2024-2028",
         ["MIA"], ["ICRC"], "in_progress"),
    ],
    "NAP Trafficking": [
        ("", "1", "Set up a national referral mechanism for victims of trafficking", "2021",
         ["MIA", "SMS"], ["IOM"], "completed"),
        ("", "2", "Train border and migration officers to identify victims", "2020-2022",
         ["SMS"], ["IOM", "UNODC"], "partially_completed"),
    ],
    "Work Plan 2024": [
        ("", "1", "Hold regular meetings of the Commission", "ежеквартально", ["MFA"], [], "in_progress"),
        ("", "2", "Prepare the mid-term report on the UPR recommendations", "Q3 2024", ["MFA", "ISLD"],
         ["OHCHR"], "in_progress"),
        ("", "3", "Submit the national report to CEDAW", "31.10.2024", ["MFA", "Women's Union"], [],
         "completed"),
    ],
    "UPR Roadmap": [
        ("", "1", "Ratify ILO Convention No. 190", "2023", ["MLSP"], ["ILO"], "not_completed"),
    ],
    "ILO Roadmap": [
        ("", "1", "Eliminate forced labour in cotton harvesting", "2023", ["MLSP", "MIA"], ["ILO"],
         "in_progress"),
    ],
}


def _demo_plans(db: Database, org: dict[str, int]) -> dict[str, int]:
    measure_ids: dict[str, int] = {}
    for kind, title, short, start, end in PLANS:
        ru, ru_short, tk, tk_short = PLAN_NAMES_RU_TK[short]
        plan = plans.create_plan(db, title, kind, short_title=short, period_start=start, period_end=end,
                                 adopted_on=date(start, 1, 15) if kind != "work_plan" else date(2024, 1, 27),
                                 title_en=title, short_title_en=short, title_ru=ru, short_title_ru=ru_short,
                                 title_tk=tk, short_title_tk=tk_short)
        sections: dict[str, int] = {}
        for section, number, text, deadline, leads, partners, status in MEASURES.get(short, []):
            section_id = None
            if section:
                if section not in sections:
                    num, _, title_text = section.partition(". ")
                    sections[section] = plans.add_section(db, plan.id, title_text, number=num).id
                section_id = sections[section]
            measure = plans.create_measure(
                db, plan.id, number, text, deadline=deadline, section_id=section_id, status=status,
                lead_ids=[org[x] for x in leads], partner_ids=[org[x] for x in partners])
            measure_ids[f"{short} {number}"] = measure.id
            if status in ("in_progress", "completed", "partially_completed"):
                plans.add_progress_report(db, measure.id, date(2023, 12, 20),
                                          "Work under way; information submitted to the secretariat.",
                                          status="in_progress", organization_id=org[leads[0]],
                                          update_measure_status=False)
                if status != "in_progress":
                    plans.add_progress_report(db, measure.id, date(2024, 12, 20), "Completed as planned."
                                              if status == "completed" else "Partly done.", status=status,
                                              organization_id=org[leads[0]])
    return measure_ids


RECOMMENDATIONS = [
    # paragraph, text, states, position, themes, groups, sdgs, responsible, measures, status
    ("140.7", "Ratify the Optional Protocol to the Convention against Torture", ["Maldives", "Portugal"],
     "supported", ["Ratification of & accession to international instruments"], [], [16], ["MFA", "MoJ"],
     ["NAP HR 1.2"], "in_progress"),
    ("140.12", "Consider ratifying the International Convention for the Protection of All Persons from "
     "Enforced Disappearance", ["France"], "noted", ["Ratification of & accession to international "
     "instruments"], [], [16], ["MFA"], [], "not_started"),
    ("140.25", "Strengthen the independence of the Ombudsman in line with the Paris Principles",
     ["Ukraine", "Côte d'Ivoire"], "supported", ["National Human Rights Institution"], [], [16],
     ["Ombudsman"], ["NAP HR 3.1"], "in_progress"),
    ("140.40", "Adopt comprehensive legislation on domestic violence", ["Iceland"], "noted",
     ["Violence against women"], ["women & girls"], [5, 16], ["MoJ", "Women's Union"], ["NAP Gender 1.1"],
     "partially_implemented"),
    ("140.52", "Continue efforts to ensure gender equality in political and public life",
     ["Bolivia (Plurinational State of)"], "supported", ["Women's rights"], ["women & girls"], [5],
     ["Women's Union", "Mejlis"], ["NAP Gender 3.1"], "in_progress"),
    ("140.80", "Continue to implement the national action plan on children's rights", ["Egypt"],
     "supported", ["Rights of the child"], ["children"], [4, 16], ["MoE"], ["NAP Children 1.1"],
     "in_progress"),
    ("140.95", "Strengthen measures to combat trafficking in persons, especially women and children",
     ["Belarus", "Philippines"], "supported", ["Trafficking in persons"], ["women & girls", "children"],
     [5, 8, 16], ["MIA", "SMS"], ["NAP Trafficking 1"], "implemented"),
    ("140.110", "Ensure inclusive education for children with disabilities", ["Russian Federation"],
     "supported", ["Right to education", "Rights of persons with disabilities"],
     ["persons with disabilities", "children"], [4, 10], ["MoE"], ["NAP Children 2.1"], "not_started"),
    ("140.130", "Eliminate the use of forced labour during the cotton harvest",
     ["United Kingdom of Great Britain and Northern Ireland"], "noted", ["Just and favourable conditions "
     "of work"], ["workers"], [8], ["MLSP"], ["ILO Roadmap 1"], "in_progress"),
    ("140.150", "Extend a standing invitation to the special procedures", ["Latvia"], "noted",
     ["Cooperation with special procedures"], [], [17], ["MFA"], [], "not_started"),
]

#: SDG targets of some demo recommendations (under goals they already name).
DEMO_TARGETS = {"140.7": ["16.3"], "140.40": ["5.2", "16.1"], "140.80": ["16.2"],
                "140.95": ["5.2", "8.7", "16.2"], "140.130": ["8.7"]}


def _demo_recommendations(db: Database, org: dict[str, int], measure_ids: dict[str, int]) -> list[int]:
    ids = []
    for para, text, states, position, themes, groups, sdgs, responsible, measures, status in RECOMMENDATIONS:
        rec = recommendations.create_recommendation(
            db, text, "upr", "UPR", cycle=4, session="44th session (November 2023)",
            document_symbol="A/HRC/56/13", paragraph=para, position=position, status=status,
            source_of_position="A/HRC/56/13/Add.1", themes=themes, groups=groups, states=states, sdgs=sdgs,
            responsible_ids=[org[x] for x in responsible], measure_ids=[measure_ids[x] for x in measures],
            sdg_targets=DEMO_TARGETS.get(para, []))
        ids.append(rec.id)
    for para, text, body, sdgs in [
        ("12(a)", "Adopt a comprehensive definition of discrimination against women", "CEDAW", [5]),
        ("35", "Establish a system of juvenile justice in line with the Convention", "CRC", [16]),
    ]:
        rec = recommendations.create_recommendation(
            db, text, "treaty_body", body, document_symbol=f"{body}/C/TKM/CO/5", paragraph=para,
            position="supported", sdgs=sdgs, responsible_ids=[org["MoJ"]])
        ids.append(rec.id)
    return ids


# Turkmenistan's deposits of ratification or accession, as demo values to be checked against the
# UN Treaty Collection before use. The years agree with OHCHR's UPR compilation (A/HRC/WG.6/16/TKM/2);
# CERD's day follows from its initial report being due on 29 October 1995 (CERD/C/441/Add.1); CRPD's
# is the UN Resident Coordinator's statement of 2 December 2008; the UPR's first review took place on
# 9 December 2008 (third session of the UPR Working Group). Not a party to the ICRMW or the ICPPED.
DEMO_RATIFICATIONS = {
    "CERD": date(1994, 9, 29), "CCPR": date(1997, 5, 1), "CESCR": date(1997, 5, 1), "CEDAW": date(1997, 5, 1),
    "CAT": date(1999, 6, 25), "CRC": date(1993, 9, 20), "CRPD": date(2008, 9, 4), "UPR": date(2008, 12, 9),
}


def _demo_ratifications(db: Database) -> None:
    for cycle in reporting_calendar.list_cycles(db):
        if cycle.body in DEMO_RATIFICATIONS:
            reporting_calendar.update_cycle(db, cycle.id, ratified_on=DEMO_RATIFICATIONS[cycle.body],
                                            notes="Demo value: check against the UN Treaty Collection.")


def _demo_reports(db: Database, org: dict[str, int]) -> None:
    rows = [
        ("treaty_body", "CEDAW", "Sixth periodic report", date(2024, 11, 1), date(2024, 10, 28), "submitted"),
        ("treaty_body", "CRC", "Combined sixth and seventh periodic reports", date(2027, 2, 1), None,
         "in_preparation"),
        ("treaty_body", "CCPR", "Third periodic report", date(2026, 7, 31), None, "in_preparation"),
        ("treaty_body", "CESCR", "Third periodic report", date(2027, 3, 31), None, "planned"),
        ("treaty_body", "CERD", "Twelfth and thirteenth periodic reports", date(2026, 10, 1), None,
         "in_preparation"),
        ("treaty_body", "CRPD", "Second periodic report", date(2027, 6, 30), None, "planned"),
        ("upr", "UPR", "Mid-term report on the 4th cycle recommendations", date(2026, 6, 30), None,
         "in_preparation"),
    ]
    for mechanism, body, title, due, submitted, status in rows:
        national_reports.create_report(db, body, title, mechanism=mechanism, due_date=due, submitted_on=submitted,
                                       status=status, responsible_id=org["MFA"])
