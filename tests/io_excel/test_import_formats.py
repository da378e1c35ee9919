"""Every format a clerk receives: .xls and .ods from Calc, CSV in any encoding, Word tables, UPR Info."""

from __future__ import annotations

import json

import pytest
from cli_inprocess import run_cli as cli
from sqlalchemy import select

from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.importers import ImportOptions, list_sheets, load_sheet, plan_import, prepare_header, run_import
from secretariat.io.excel.sheet import read_sheet
from secretariat.io.excel.text_table import decode, sniff_delimiter
from secretariat.models import Organization
from secretariat.services import recommendations as recs
from secretariat.services.summary import summary

def import_file(db, path, kind="recommendations", options=None, sheet=None):
    data = load_sheet(path, sheet)
    header, _ = prepare_header(db, kind, data)
    plan = plan_import(db, kind, data, header, options)
    return plan, run_import(db, plan)


def all_recommendations(db):
    return [recs.get_recommendation(db, row.id) for row in recs.list_recommendations(db, limit=None)]


@pytest.mark.parametrize("name", ["ohchr_2nd_cycle_matrix.xls", "ohchr_2nd_cycle_matrix.ods"])
def test_earlier_cycle_matrix_saved_by_calc(db, fixture_path, name):
    theme_rows = [row for row in read_sheet(fixture_path(name)) if str(row.cells[0]).startswith("Right or area")]
    assert [row.merged_span for row in theme_rows] == [4, 4]  # the file's own merge ranges
    plan, result = import_file(db, fixture_path(name))
    assert result.written and plan.counts()["create"] == 5, result.as_json()
    found = {r.paragraph: r for r in all_recommendations(db)}
    assert set(found) == {"100.1", "100.2", "100.3", "100.4", "100.5"}  # no theme row became one
    assert found["100.1"].cycle == 2 and found["100.1"].position == "supported"
    assert [s.name for s in found["100.1"].states] == ["Maldives", "Portugal"]
    assert found["100.2"].position == "partially_supported"  # "Supported/Noted"
    assert found["100.3"].position == "partially_supported"  # "Supported in part"
    assert found["100.5"].position == "partially_supported"  # "Partially supported"
    assert found["100.4"].position == "noted"
    themes = {t.name for t in found["100.3"].tags}
    assert {"12.4. Rights of the child", "Rights of the child", "Statelessness"} <= themes
    counts = summary(db)["recommendations"]["by_position"]
    assert counts["partially_supported"] == 3 and counts["supported"] == 1 and counts["noted"] == 1


def test_word_matrix_written_by_writer_offers_its_tables(db, fixture_path):
    path = fixture_path("ohchr_matrix_writer.docx")
    names = list_sheets(path)
    assert len(names) == 2 and names[1].startswith("Table 2")
    rows = read_sheet(path, 1)
    theme = next(row for row in rows if row.cells[0].startswith("Right or area"))
    assert theme.merged_across and theme.merged_span == 4  # the merge of the Word table
    plan, result = import_file(db, path, options=ImportOptions(cycle=2), sheet=1)
    assert result.written and plan.counts()["create"] == 5
    with pytest.raises(SpreadsheetError, match="no table number 3"):
        load_sheet(path, 2)


def test_plan_matrix_in_windows_1251_with_semicolons(db, fixture_path):
    path = fixture_path("plan_matrix_cp1251.csv")
    assert decode(path.read_bytes())[1] == "cp1251"
    plan, result = import_file(db, path, "measures", ImportOptions(create_plan="НПД"))
    assert result.written and plan.counts()["create"] == 2, result.as_json()
    notes = " ".join(plan.notes)
    # One institute, not "Институт государства" and "права и демократии"; new ones listed before writing.
    assert "Институт государства, права и демократии" in notes
    with db.read() as session:
        names = set(session.scalars(select(Organization.name)))
    assert names == {"Министерство юстиции", "Институт государства, права и демократии",
                     "Министерство иностранных дел"}


def test_upr_info_export_imports_only_the_state_under_review(db, fixture_path):
    path = fixture_path("upr_info_many_states.csv")
    plan, result = import_file(db, path)
    counts = plan.counts()
    assert result.written and counts["create"] == 2 and counts["skip"] == 5, result.as_json()
    assert any("Kazakhstan (1)" in note and "Uzbekistan (1)" in note for note in plan.notes)
    by_text = {r.text: r for r in all_recommendations(db)}
    opcat = by_text["Ratify the Optional Protocol to the Convention against Torture"]
    assert sorted(s.name for s in opcat.states) == ["Czechia", "Maldives", "Portugal"]
    assert opcat.cycle == 3 and opcat.session == "30"
    again, second = import_file(db, path)
    assert second.written and again.counts()["create"] == 0 and again.counts()["update"] == 0


def test_upr_info_export_for_another_state(db, fixture_path):
    plan, result = import_file(db, fixture_path("upr_info_many_states.csv"),
                               options=ImportOptions(state_under_review="kazakhstan"))
    assert plan.counts()["create"] == 1 and plan.counts()["skip"] == 6


@pytest.mark.parametrize("encoding, delimiter, newline", [
    ("utf-8", ",", "\n"), ("utf-8-sig", ";", "\r\n"), ("utf-16", "\t", "\r\n"), ("cp1251", ";", "\r"),
    ("cp1252", ",", "\r\n"),
])
def test_text_tables_in_every_encoding_and_line_end(tmp_path, encoding, delimiter, newline):
    name = "Réunion" if encoding == "cp1252" else "Рекомендация" if encoding == "cp1251" else "Maslahat ýagdaýy"
    lines = [delimiter.join(["Recommendation", "Position"]),
             delimiter.join([f'"{name}: line one{newline}line two"', "Supported"]),
             delimiter.join(["Second", "Noted"])]
    path = tmp_path / "list.csv"
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode(encoding))
    rows = read_sheet(path)
    assert [row.cells for row in rows] == [["Recommendation", "Position"],
                                          [f"{name}: line one\nline two", "Supported"], ["Second", "Noted"]]
    assert [row.number for row in rows] == [1, 2, 3]


def test_delimiter_sniffing_ignores_commas_inside_cells():
    text = 'Мероприятие;Ответственные\n"Закон, включая обсуждение";"Институт государства, права и демократии"\n'
    assert sniff_delimiter(text) == ";"
    assert sniff_delimiter("a\tb\tc\n1\t2\t3\n") == "\t"


def test_russian_and_turkmen_headers_and_positions(db, tmp_path):
    path = tmp_path / "ru.csv"
    path.write_text("Рекомендация;Позиция\n1.1 Ратифицировать ФП-КПП (Мальдивы);Поддержана\n"
                    "1.2 Отменить (Норвегия);Принята к сведению\n", encoding="utf-8")
    plan, result = import_file(db, path, options=ImportOptions(cycle=4))
    positions = sorted(r.position for r in all_recommendations(db))
    assert positions == ["noted", "supported"]
    path = tmp_path / "tk.csv"
    path.write_text("Maslahat;Pozisiýa\n2.1 Tassyklamak;Goldanyldy\n2.2 Ýatyrmak;Bellige alyndy\n", encoding="utf-8")
    plan, result = import_file(db, path, options=ImportOptions(cycle=4))
    assert plan.counts()["create"] == 2 and sorted(r.position for r in all_recommendations(db)).count("noted") == 2


def test_legacy_word_document_asks_for_docx(tmp_path):
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path = tmp_path / "matrix.doc"
    path.write_bytes(header + "WordDocument".encode("utf-16-le") + b"\x00" * 1024)
    with pytest.raises(SpreadsheetError, match=r"\.docx"):
        load_sheet(path)


def test_cli_reads_word_tables_and_takes_choices_in_any_case(tmp_path, fixture_path):
    db = str(tmp_path / "s.sqlite")
    result = cli("--db", db, "import", "Recommendations", str(fixture_path("ohchr_matrix_writer.docx")),
                 "--table", "2", "--mechanism", "UPR", "--cycle", "2", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == 5
    result = cli("--db", db, "import", "recommendations", str(fixture_path("upr_info_many_states.csv")),
                 "--state-under-review", "Uzbekistan", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == 1
    result = cli("--db", db, "summary", "--json")
    assert "partially_supported" in json.loads(result.stdout)["recommendations"]["by_position"]


def test_cli_takes_the_commissions_state_under_review_from_the_database(tmp_path, fixture_path):
    db = str(tmp_path / "s.sqlite")
    listed = cli("--db", db, "settings")
    assert listed.returncode == 0 and "state-under-review: Turkmenistan" in listed.stdout, listed.stderr
    changed = cli("--db", db, "settings", "state-under-review", " Kazakhstan ")
    assert changed.returncode == 0, changed.stderr
    assert cli("--db", db, "settings", "state-under-review").stdout.strip() == "Kazakhstan"
    refused = cli("--db", db, "settings", "state-under-review", "  ")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    result = cli("--db", db, "import", "recommendations", str(fixture_path("upr_info_many_states.csv")),
                 "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["created"] == 1  # Kazakhstan's one row, as with --state-under-review


def test_mis_decoded_text_is_warned_about(db, make_xlsx):
    path = make_xlsx([["Recommendation", "Recommending State", "Position"],
                      ["1.1 Ratify OP-CAT", "RÃ©publique de CÃ´te d'Ivoire", "Supported"],
                      ["1.2 Ratify ICPPED", "France", "Noted"]])
    plan, _result = import_file(db, path, options=ImportOptions(cycle=4))
    assert any("wrong encoding" in note and "République de Côte d'Ivoire" in note for note in plan.notes)
    clean = make_xlsx([["Recommendation", "Position"], ["1.1 République, Türkmenistan, Россия", "Supported"]],
                      name="clean.xlsx")
    plan, _result = import_file(db, clean, options=ImportOptions(cycle=4))
    assert not any("wrong encoding" in note for note in plan.notes)


def test_treaty_body_concluding_observations_list(db, tmp_path):
    path = tmp_path / "cedaw.csv"
    path.write_text(
        "Concluding observations on the sixth periodic report of Turkmenistan (CEDAW/C/TKM/CO/6);\n"
        ";\n"
        "Paragraph;Recommendation\n"
        "12(a);Adopt a comprehensive definition of discrimination against women\n"
        "12(b);Ensure that women have access to effective remedies\n"
        "Theme: Gender-based violence against women;\n"
        "24;Criminalize domestic violence and marital rape\n", encoding="utf-8")
    plan, result = import_file(db, path)
    assert result.written and plan.counts()["create"] == 3, (result.as_json(), plan.fatal)
    found = {r.paragraph: r for r in all_recommendations(db)}
    assert set(found) == {"12(a)", "12(b)", "24"}
    assert found["24"].mechanism == "treaty_body" and found["24"].body == "CEDAW"
    assert found["24"].document_symbol == "CEDAW/C/TKM/CO/6"
    assert "Gender-based violence against women" in {t.name for t in found["24"].tags}


def test_imported_texts_are_searchable_without_their_marks(db, make_xlsx):
    from secretariat.models import Recommendation, fold

    path = make_xlsx([["Recommendation", "Position"],
                      ["1.1 Adam hukuklary boýunça Milli meýilnamasyny ýerine ýetirmegi dowam etmeli", "Supported"],
                      ["1.2 Обеспечить доступ к образованию для всех детей, включая её сельские районы", "Noted"]])
    plan, result = import_file(db, path, options=ImportOptions(cycle=4))
    assert result.written and plan.counts()["create"] == 2
    with db.read() as s:
        rows = s.execute(select(Recommendation.paragraph, Recommendation.text, Recommendation.search_text)).all()
    for paragraph, text, search_text in rows:
        assert search_text == fold(f"{paragraph} {text}")  # what the model computes for a typed one
    assert any("meyilnamasyny" in row.search_text for row in rows)
    assert any(" ее " in row.search_text for row in rows)
