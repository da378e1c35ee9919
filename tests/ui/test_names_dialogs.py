"""The three forms of a name in the dialogs, and the report dialog's language."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale

from plans_ui_helpers import click_ok, type_into
from secretariat.services import directory, plans
from secretariat.ui.dialogs.directory_dialogs import OrganizationDialog, PersonDialog
from secretariat.ui.dialogs.org_checklist import OrgChecklist, organization_choices
from secretariat.ui.dialogs.plan_dialogs import PlanDialog
from secretariat.ui.reports.report_dialog import ReportDialog


def test_organization_dialog_edits_the_three_forms(qtbot, demo_context):
    db = demo_context.db
    moc = directory.find_organization(db, "MoC")
    dialog = OrganizationDialog(demo_context, moc.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.forms.edits["name_ru"].text() == "Министерство культуры Туркменистана"
    assert dialog.forms.edits["short_name_tk"].text() == "MM"
    dialog.forms.edits["short_name_tk"].setText("Medeniýet ministrligi")
    dialog.forms.edits["name_en"].clear()
    click_ok(qtbot, dialog)
    saved = directory.get_organization(db, moc.id)
    assert saved.short_name_tk == "Medeniýet ministrligi" and saved.name_en == ""
    assert directory.find_organization(db, "medeniyet ministrligi").id == moc.id


def test_new_plan_and_person_with_forms(qtbot, demo_context):
    db = demo_context.db
    dialog = PlanDialog(demo_context)
    qtbot.addWidget(dialog)
    type_into(dialog.title_edit, "National Action Plan on Human Rights 2026-2030")
    dialog.forms.edits["title_ru"].setText("Национальный план действий в области прав человека на 2026–2030 годы")
    dialog.forms.edits["title_tk"].setText("Adam hukuklary boýunça Milli hereketler meýilnamasy 2026–2030")
    click_ok(qtbot, dialog)
    assert plans.find_plan(db, "adam hukuklary boyunca milli hereketler meyilnamasy 2026–2030").title_ru.startswith(
        "Национальный план")
    person = PersonDialog(demo_context)
    qtbot.addWidget(person)
    type_into(person.full_name, "Aman Amanow")
    type_into(person.position, "Head of Department")
    person.forms.edits["position_ru"].setText("Начальник управления")
    click_ok(qtbot, person)
    assert [p.position_ru for p in directory.list_people(db, "amanow")] == ["Начальник управления"]


def test_pickers_show_the_interface_language_and_find_any_name(qtbot, demo_context):
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    try:
        choices = organization_choices(demo_context.db)
        checklist = OrgChecklist(choices)
        qtbot.addWidget(checklist)
        labels = [text for text, _id in choices]
        assert "МИД — Министерство иностранных дел Туркменистана" in labels
        checklist.filter.setText("daşary")  # a Turkmen name finds the ministry shown in Russian
        shown = [checklist.list.item(i).text() for i in range(checklist.list.count())
                 if not checklist.list.item(i).isHidden()]
        assert shown == ["МИД — Министерство иностранных дел Туркменистана"]
        checklist.filter.setText("mfa")
        assert sum(not checklist.list.item(i).isHidden() for i in range(checklist.list.count())) == 1
        dialog = ReportDialog(None, demo_context, "organization-dues", today=date(2024, 2, 10))
        qtbot.addWidget(dialog)
        assert dialog.language.currentData() == "ru"
        assert dialog.organization.findText("Министерство культуры Туркменистана (Минкультуры)") >= 0
    finally:
        QLocale.setDefault(previous)


def test_single_choice_box_takes_any_name_of_an_organization(qtbot, db):
    import pytest

    from secretariat.services import directory
    from secretariat.services.errors import ValidationError
    from secretariat.ui.dialogs.org_checklist import combo_value, org_combo, organization_choices

    justice = directory.create_organization(db, "Ministry of Justice", "ministry", name_ru="Министерство юстиции",
                                            short_name_ru="Минюст", name_tk="Adalat ministrligi")
    directory.create_organization(db, "Ministry of Culture", "ministry", name_ru="Министерство культуры")
    combo = org_combo(organization_choices(db))
    qtbot.addWidget(combo)
    for typed in ("Минюст", "adalat", "Министерство юстиции", "Ministry of Justice"):
        combo.setEditText(typed)
        assert combo_value(combo) == justice.id, typed
    combo.setEditText("Министерство")  # two ministries: refused with both names, not guessed
    with pytest.raises(ValidationError, match="several"):
        combo_value(combo)
    combo.setEditText("Ministry of Health")
    with pytest.raises(ValidationError, match="no organization"):
        combo_value(combo)
