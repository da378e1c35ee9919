"""The translation catalogues against the code: pyside6-lupdate over the current sources
into a copy of each catalogue must find nothing new or unfinished and nothing vanished;
every message is extractable (a context, no text mistaken for a comment, plurals as
numerus); and the plural machinery gives Russian its three forms."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from secretariat.locale import LOCALE_DIR, Catalogues, compile_catalogue

ROOT = Path(__file__).resolve().parent.parent
LUPDATE = str(Path(sys.executable).parent / "pyside6-lupdate")


def _tasks():
    spec = importlib.util.spec_from_file_location("project_tasks", ROOT / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _updated_copy(language: str, tmp_path: Path) -> ET.Element:
    """The catalogue of *language* after lupdate over today's sources (obsolete kept, so
    that a message gone from the code shows as vanished)."""
    copy = tmp_path / f"secretariat_{language}.ts"
    shutil.copyfile(LOCALE_DIR / copy.name, copy)
    command = _tasks().lupdate_command(language, copy, lupdate=LUPDATE, keep_obsolete=True)
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=600)
    return ET.parse(copy).getroot()


def _messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _state(message: ET.Element) -> str:
    translation = message.find("translation")
    return (translation.get("type") or "finished") if translation is not None else "missing"


@pytest.mark.parametrize("language", ["tk", "ru"])
def test_the_catalogue_translates_every_message_of_the_code(language, tmp_path):
    root = _updated_copy(language, tmp_path)
    states: dict[str, list[str]] = {}
    for context, message in _messages(root):
        states.setdefault(_state(message), []).append(f"{context}: {message.findtext('source')}")
    total = sum(len(v) for v in states.values())
    unfinished, vanished = states.get("unfinished", []), states.get("vanished", []) + states.get("obsolete", [])
    assert not vanished, f"{len(vanished)} messages of secretariat_{language}.ts are gone from the code " \
                         f"(run `python3 tasks.py translations`): {vanished[:10]}"
    assert not unfinished, f"{len(unfinished)} of {total} messages are not translated in " \
                           f"secretariat_{language}.ts, e.g. {unfinished[:10]}"


def test_every_message_is_extracted_whole(tmp_path):
    """A context for each, no text taken as a comment (a call lupdate misreads), and every
    text counting with %n marked as numerus (else Russian could not say 2 меры / 5 мер)."""
    root = _updated_copy("ru", tmp_path)
    problems = []
    for context, message in _messages(root):
        source = message.findtext("source") or ""
        if not context:
            problems.append(f"no context: {source}")
        if message.find("comment") is not None:
            problems.append(f"text read as a comment in {context}: {source} / {message.findtext('comment')}")
        if "%n" in source and message.get("numerus") != "yes":
            problems.append(f"%n without a plural form in {context}: {source}")
    assert problems == []


def test_english_catalogue_holds_every_plural_and_only_plurals(tmp_path):
    copy = tmp_path / "secretariat_en.ts"
    shutil.copyfile(LOCALE_DIR / copy.name, copy)
    subprocess.run(_tasks().lupdate_command("en", copy, lupdate=LUPDATE, keep_obsolete=True), cwd=ROOT,
                   check=True, capture_output=True, timeout=600)
    messages = list(_messages(ET.parse(copy).getroot()))
    assert messages and all(m.get("numerus") == "yes" for _, m in messages)
    assert [f"{c}: {m.findtext('source')}" for c, m in messages if _state(m) != "finished"] == []


TINY_RU = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en_US">
<context><name>PlansPage</name>
<message numerus="yes"><source>%n measures</source><translation>
<numerusform>%n мера</numerusform><numerusform>%n меры</numerusform><numerusform>%n мер</numerusform>
</translation></message>
<message><source>Plans</source><translation>Планы</translation></message>
</context></TS>
"""


def test_plural_forms_follow_the_language_rules(tmp_path):
    (tmp_path / "secretariat_ru.ts").write_text(TINY_RU, encoding="utf-8")
    catalogues = Catalogues(tmp_path)
    forms = [catalogues.translate("PlansPage", "%n measures", None, n, "ru") for n in (1, 2, 5, 11, 21, 22)]
    assert forms == ["1 мера", "2 меры", "5 мер", "11 мер", "21 мера", "22 меры"]
    assert catalogues.translate("PlansPage", "Plans", language="ru") == "Планы"
    assert catalogues.translate("PlansPage", "Not in the catalogue", language="ru") == "Not in the catalogue"
    assert catalogues.translate("PlansPage", "%n missing", None, 3, "ru") == "3 missing"


def test_plural_forms_in_english_come_from_its_catalogue():
    catalogues = Catalogues()
    assert [catalogues.translate("PlansPage", "%n measures", None, n, "en") for n in (1, 2)] == \
        ["1 measure", "2 measures"]
    assert catalogues.translate("cli", "The database has %n problems.", None, 1, "en") == "The database has 1 problem."


def test_plural_forms_in_the_russian_catalogue():
    """Over the real catalogue: 1 мера, 2 меры, 5 мер (fails while it is untranslated)."""
    catalogues = Catalogues()
    forms = [catalogues.translate("PlansPage", "%n measures", None, n, "ru") for n in (1, 2, 5)]
    assert len(set(f.split(" ", 1)[1] for f in forms)) == 3 and all(f.split(" ", 1)[1] != "measures" for f in forms), forms


def test_a_catalogue_compiles(tmp_path):
    source = tmp_path / "secretariat_ru.ts"
    source.write_text(TINY_RU, encoding="utf-8")
    assert compile_catalogue(source, tmp_path / "out.qm") and (tmp_path / "out.qm").stat().st_size > 0


@pytest.mark.parametrize("language", ["tk", "ru"])
def test_every_plural_has_a_form_for_every_count(language, tmp_path):
    """Qt picks a plural form by the language's own rule; a form missing for some count makes
    the text fall back to English (Turkmen once had one form where Qt asks for two)."""
    from PySide6.QtCore import QTranslator

    qm = tmp_path / f"secretariat_{language}.qm"
    compile_catalogue(LOCALE_DIR / f"secretariat_{language}.ts", qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    root = ET.parse(LOCALE_DIR / f"secretariat_{language}.ts").getroot()
    missing = [f"{context}: {message.findtext('source')} (n={n})"
               for context, message in _messages(root) if message.get("numerus") == "yes"
               for n in (1, 2, 5, 21, 22)
               if not translator.translate(context, message.findtext("source") or "",
                                           message.findtext("comment") or None, n)]
    assert missing == []


def test_every_plural_count_is_a_form_the_extractor_reads():
    """lupdate drops a ``translate(ctx, text, None, PLURAL, count)`` whose count is an attribute
    (``built.pages``): the message never reaches the catalogues and shows in English."""
    import ast

    root = Path(__file__).resolve().parent.parent / "secretariat"
    unread = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name == "translate" and len(node.args) >= 5:
                count = node.args[4]
            else:
                continue
            if isinstance(count, ast.Attribute):
                unread.append(f"{path.relative_to(root)}:{node.lineno}")
    assert not unread, "plural counts the extractor skips (use a plain name): " + ", ".join(unread)
