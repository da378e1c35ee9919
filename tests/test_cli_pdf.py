"""`secretariat minutes` and `secretariat report` on the command line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from secretariat.cli import main
from secretariat.io.documents import REPORTS

ROOT = Path(__file__).resolve().parent.parent


def text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_minutes_in_a_child_process(demo_db, tmp_path):
    out = tmp_path / "minutes 2024-1.pdf"
    result = subprocess.run([sys.executable, "-m", "secretariat", "--db", str(demo_db.path), "minutes", "2024/1",
                             "--pdf", str(out)], capture_output=True, text=True, cwd=ROOT, env=dict(os.environ),
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Minutes No. 1" in result.stdout and str(out) in result.stdout
    content = text(out)
    assert "MINUTES No. 1" in content and "Raşid Meredow" in content


def test_minutes_by_id_and_errors(demo_db, tmp_path, capsys):
    from secretariat.services.meetings import find_meeting

    meeting = find_meeting(demo_db, "2023/1")
    out = tmp_path / "by-id.pdf"
    assert main(["--db", str(demo_db.path), "minutes", str(meeting.id), "--pdf", str(out)]) == 0
    assert "ПРОТОКОЛ № 1" in text(out) and "ПРОЕКТ" in text(out)
    assert main(["--db", str(demo_db.path), "minutes", "2031/9", "--pdf", str(out)]) == 2
    assert "There is no meeting 2031/9" in capsys.readouterr().err
    assert main(["--db", str(demo_db.path), "minutes", "last one", "--pdf", str(out)]) == 2


def test_report_list_names_every_report(capsys):
    assert main(["report", "--list"]) == 0
    listed = capsys.readouterr().out
    for name, spec in REPORTS.items():
        assert name in listed and spec.title() in listed


@pytest.mark.parametrize("name, options, expected", [
    ("plan-implementation", ["--plan", "NAP Gender", "--from", "01.01.2024", "--to", "2024-12-31",
                             "--as-of", "2026-01-15"], "National Action Plan of Turkmenistan for Gender Equality"),
    ("recommendations", ["--mechanism", "upr", "--organization", "MoJ"], "Responsible organization: Ministry of "
                                                                          "Justice of Turkmenistan"),
    ("action-items", ["--organization", "Ombudsman", "--as-of", "2024-07-01"], "Ombudsman of Turkmenistan"),
    ("commission-year", ["--year", "2023"], "Plan of work for 2024"),
    ("organization-dues", ["--organization", "Red Crescent"], "Red Crescent Society of Turkmenistan"),
])
def test_each_report_with_filters(demo_db, tmp_path, capsys, name, options, expected):
    out = tmp_path / f"{name}.pdf"
    assert main(["--db", str(demo_db.path), "report", name, "--pdf", str(out), *options]) == 0
    assert re.search(r", \d+ pages?\.$", capsys.readouterr().out.strip())
    assert expected in text(out)


def test_report_errors(demo_db, tmp_path, capsys):
    db = ["--db", str(demo_db.path)]
    out = str(tmp_path / "x.pdf")
    assert main([*db, "report", "nonsense", "--pdf", out]) == 2
    assert "plan-implementation" in capsys.readouterr().err
    assert main([*db, "report", "recommendations"]) == 2  # no --pdf
    assert main([*db, "report", "recommendations", "--organization", "Nobody", "--pdf", out]) == 2
    assert main([*db, "report", "plan-implementation", "--plan", "No such plan", "--pdf", out]) == 2
    assert main([*db, "report", "action-items", "--from", "2024-12-31", "--to", "2024-01-01", "--pdf", out]) == 2
    with pytest.raises(SystemExit):
        main([*db, "report", "action-items", "--from", "31/12/2024", "--pdf", out])
    assert not Path(out).exists()


@pytest.mark.sqlite_only
def test_goal_titles_follow_the_language(demo_db, tmp_path):
    out = tmp_path / "recommendations.pdf"
    result = subprocess.run([sys.executable, "-m", "secretariat", "--lang", "ru", "--db", str(demo_db.path), "report",
                             "recommendations", "--pdf", str(out)], capture_output=True, text=True, cwd=ROOT,
                            env=dict(os.environ), timeout=120)
    assert result.returncode == 0, result.stderr
    content = text(out)
    assert "Качественное образование" in content and "Quality education" not in content
