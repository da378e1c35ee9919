"""Names in three languages: fallback, folded search, migration, minutes and import in Russian."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pypdf
from sqlalchemy import select, text

from secretariat.db import open_database
from secretariat.i18n import in_language
from secretariat.io.excel.importers.lookups import OrgIndex
from secretariat.models import Meeting, Organization, Person, fold
from secretariat.services import directory, names, plans
from secretariat.services.health import check_database

RELEASE = Path(__file__).parents[1] / "fixtures" / "releases" / "secretariat-0.1.0.sqlite"


def test_fold_ignores_case_and_turkmen_and_russian_marks() -> None:
    assert fold("Meýilnamasy") == fold("meyilnamasy") == "meyilnamasy"
    assert fold("TÜRKMENISTANYŇ Žurnaly, Çeşme, Ädim, Ösüş") == "turkmenistanyn zurnaly, cesme, adim, osus"
    assert fold("Ёлка") == fold("елка")
    assert fold("Йошкар") == "йошкар"  # й is a letter, not и with a mark
    assert fold("Côte d'Ivoire") == "cote d'ivoire"


def test_form_for_a_language_falls_back(db) -> None:
    org = directory.create_organization(db, "Ministry of Culture of Turkmenistan", "ministry", short_name="MoC",
                                        name_ru="Министерство культуры Туркменистана")
    assert names.localized(org, "name", "ru") == "Министерство культуры Туркменистана"
    assert names.localized(org, "name", "tk") == "Ministry of Culture of Turkmenistan"  # the default form
    assert names.localized(org, "name", "ru_RU") == "Министерство культуры Туркменистана"
    # a language's own full name comes before the default form's abbreviation
    assert names.organization_label(org, "ru") == "Министерство культуры Туркменистана"
    assert names.organization_label(org, "en") == "MoC"
    with in_language("ru"):
        assert names.localized(org, "name") == "Министерство культуры Туркменистана"
    assert names.pick({"tk": "", "ru": "", "en": "MFA"}, "", "tk") == "MFA"
    assert names.pick({"tk": "DIM", "ru": "МИД", "en": ""}, "", "en") == "МИД"  # English readers: Russian next
    with db.read() as s:
        rows = dict(s.execute(select(names.localized_column(Organization, "name", "ru"),
                                     names.label_column(Organization, "tk"))).all())
    assert rows == {"Министерство культуры Туркменистана": "MoC"}


def test_search_and_pickers_find_any_name_in_any_language(db) -> None:
    org = directory.create_organization(db, "Ministry of Culture", "ministry", name_tk="Medeniýet ministrligi",
                                        name_ru="Министерство культуры", short_name_ru="Минкультуры")
    plans.create_plan(db, "NAP HR", title_tk="Adam hukuklary boýunça Milli hereketler meýilnamasy",
                      title_ru="Национальный план действий по правам человека на 2021–2025 годы")
    directory.create_person(db, "Aýna Orazowa", position="Secretary", position_ru="Секретарь Комиссии")
    for query in ("medeniyet", "MEDENIÝET ministr", "минкультуры", "культуры", "Ministry"):
        assert [o.id for o in directory.list_organizations(db, query)] == [org.id], query
    assert directory.find_organization(db, "минкультуры").id == org.id
    assert directory.find_organization(db, "Medeniyet Ministrligi").id == org.id
    assert plans.find_plan(db, "национальный план действий по правам человека на 2021–2025 годы").title == "NAP HR"
    assert plans.find_plan(db, "adam hukuklary boyunca milli hereketler meyilnamasy").title == "NAP HR"
    assert [p.full_name for p in directory.list_people(db, "aýna секретарь")] == ["Aýna Orazowa"]
    assert [p.full_name for p in directory.list_people(db, "ayna")] == ["Aýna Orazowa"]


def test_russian_spelling_with_yo_is_found_without_it(db) -> None:
    directory.create_organization(db, "Молодёжная организация", "public_organization")
    assert len(directory.list_organizations(db, "молодежная")) == 1
    assert len(directory.list_organizations(db, "МОЛОДЁЖНАЯ")) == 1


def test_import_matching_finds_organizations_by_their_russian_names(db) -> None:
    org = directory.create_organization(db, "Ministry of Justice of Turkmenistan", "ministry", short_name="MoJ",
                                        name_ru="Министерство юстиции Туркменистана", short_name_ru="Минюст",
                                        name_tk="Türkmenistanyň Adalat ministrligi")
    with db.read() as s:
        index = OrgIndex.load(s)
    assert index.find("Министерство юстиции Туркменистана") == org.id
    assert index.find("Министерство юстиции") == org.id  # "of Turkmenistan" left out
    assert index.find("МИНЮСТ") == org.id
    assert index.find("Adalat ministrligi") == org.id
    assert index.resolve("Министерство культуры") == "Министерство культуры"  # unknown: new


def test_commission_names_default_to_the_texts_used_until_now(db) -> None:
    assert names.commission_name(db, "ru", short=True) == "Межведомственная комиссия по правам человека и МГП"
    assert names.commission_name(db, "tk").endswith("Pudagara toparyň")
    names.set_commission_names(db, {"short_name.en": "The Commission"})
    assert names.commission_name(db, "en", short=True) == "The Commission"


def test_migration_keeps_names_and_recomputes_search_text(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(RELEASE, path)
    db = open_database(path)
    try:
        assert check_database(db) == []
        with db.read() as s:
            org = s.scalar(select(Organization).where(Organization.short_name == "MFA"))
            assert org.name == "Ministry of Foreign Affairs of Turkmenistan"
            assert (org.name_tk, org.name_ru, org.name_en) == ("", "", "")
            person = s.scalar(select(Person).where(Person.full_name == "Raşid Meredow"))
            assert person.search_text.startswith("rasid meredow")  # was "raşid meredow"
            settings = dict(s.execute(text("SELECT key, value FROM setting")).all())
        assert settings["commission.short_name.tk"] == "Adam hukuklary we HYH boýunça Pudagara topar"
        assert [p.full_name for p in directory.list_people(db, "rasid")] == ["Raşid Meredow"]
        assert names.localized(org, "name", "ru") == "Ministry of Foreign Affairs of Turkmenistan"
    finally:
        db.dispose()


def _minutes_text(db, meeting_id: int) -> str:
    from secretariat.io.documents import build_minutes

    buffer = io.BytesIO()
    build_minutes(db, meeting_id, buffer)
    pages = pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())  # justified lines: any spacing


def test_russian_minutes_name_everything_in_russian(demo_db) -> None:
    with demo_db.read() as s:
        meeting = s.scalar(select(Meeting).where(Meeting.language == "ru", Meeting.status == "minutes_approved"))
        meeting_id = meeting.id
    text_ = _minutes_text(demo_db, meeting_id)
    assert "ПРОТОКОЛ №" in text_ and "Детский фонд Организации Объединённых Наций" in text_
    assert "Программа развития Организации Объединённых Наций" in text_
    assert "Министр иностранных дел, Председатель Комиссии" in text_
    assert "Межведомственная комиссия по правам человека и МГП" in text_  # page header
    assert "Стратегический диалог со Страновой группой ООН" in text_  # footer: the meeting's title
    assert "Ministry" not in text_ and "United Nations" not in text_


def test_turkmen_minutes_name_everything_in_turkmen(demo_db) -> None:
    with demo_db.read() as s:
        meeting_id = s.scalar(select(Meeting.id).where(Meeting.language == "tk"))
    text_ = _minutes_text(demo_db, meeting_id)
    assert "TESWIRNAMA" in text_ and "Birleşen Milletler Guramasynyň Ösüş maksatnamasy" in text_
    assert "Daşary işler ministri, Toparyň başlygy" in text_ and "Pudagara topar" in text_
    assert "Ministry" not in text_ and "Министерство" not in text_
