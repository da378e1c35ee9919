"""The command line in the chosen language: ``--lang``, else the environment; messages,
help texts and argparse's own words. Tests over the real catalogues fail while those are
untranslated; the language choice and the routing are tested on their own."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from secretariat.cli.language import ARGPARSE_WORDS, language_from_arguments
from secretariat.locale import CATALOGUES_BY_LANGUAGE, language_from_environment

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "secretariat", *args], capture_output=True, text=True,
                          cwd=ROOT, env=full_env, timeout=120)


def tr(context: str, text: str, language: str) -> str:
    return CATALOGUES_BY_LANGUAGE.translate(context, text, language=language)


def test_the_language_comes_from_the_option_then_the_environment() -> None:
    assert language_from_arguments(["--lang", "ru", "summary"]) == "ru"
    assert language_from_arguments(["--db", "x", "--lang=tk", "check"]) == "tk"
    assert language_from_arguments(["summary", "--", "--lang", "ru"]) is None
    assert language_from_arguments(["--lang", "fr"]) is None
    assert language_from_environment({"LANG": "ru_RU.UTF-8"}) == "ru"
    assert language_from_environment({"LANGUAGE": "tk:ru", "LANG": "en_US.UTF-8"}) == "tk"
    assert language_from_environment({"LC_ALL": "tk_TM.UTF-8", "LANG": "ru_RU.UTF-8"}) == "tk"
    assert language_from_environment({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}) == "en"
    assert language_from_environment({}) == "en"


def test_argparse_words_go_through_the_catalogues() -> None:
    result = run("--lang", "ru", "--help")
    assert result.returncode == 0 and "--lang {tk,ru,en}" in result.stdout
    from secretariat.cli import language

    language.route_argparse()
    assert argparse._ is language._gettext and argparse.ngettext is language._ngettext
    assert all(isinstance(word, str) and word for word in ARGPARSE_WORDS)
    assert CATALOGUES_BY_LANGUAGE.translate("argparse", "expected %s arguments", None, 1, "en") == \
        "expected %s argument"


def test_english_is_the_default_and_speaks_plurals() -> None:
    result = run("--help")
    assert "usage: secretariat" in result.stdout and "show this help message and exit" in result.stdout


@pytest.mark.parametrize("language", ["ru", "tk"])
def test_help_in_the_language(language: str) -> None:
    result = run("--lang", language, "--help")
    assert result.returncode == 0
    for context, source in (("argparse", "usage: "), ("argparse", "show this help message and exit"),
                            ("cli", "open the application window (the default)")):
        translated = tr(context, source, language)
        assert translated != source, f"not translated into {language}: {source!r}"
        assert translated.strip() in result.stdout
    assert "show this help message and exit" not in result.stdout


@pytest.mark.parametrize("language", ["ru", "tk"])
def test_messages_and_errors_in_the_language(language: str, tmp_path: Path) -> None:
    db = str(tmp_path / "x.sqlite")
    result = run("--lang", language, "--db", db, "summary")
    assert result.returncode == 0
    heading = tr("summary", "Meetings", language)
    assert heading != "Meetings" and f"{heading}:" in result.stdout
    result = run("--db", db, "summary", "--bogus", env={"LANG": {"ru": "ru_RU.UTF-8", "tk": "tk_TM.UTF-8"}[language]})
    error = tr("argparse", "%(prog)s: error: %(message)s\n", language)
    assert result.returncode == 2 and error != "%(prog)s: error: %(message)s\n"
    assert error.split("%(message)s")[0].replace("%(prog)s", "secretariat") in result.stderr
