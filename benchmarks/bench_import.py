"""Import time of a 50,000-row recommendations sheet next to openpyxl's own reading time.

    python benchmarks/bench_import.py [ROWS]     (default 50000; the sheet is cached in /tmp)

The sheet has the layout of OHCHR's 4th-cycle thematic list: a title row, merged
"Theme: ..." rows every hundred rows, multi-line cells (recommendation with
recommending States and "Source of Position", themes with "Affected persons:",
SDGs). The measurements alternate, best of three:

- openpyxl alone: ``load_workbook(read_only=True, data_only=True)`` and iterating
  every row's values - what any reader of the file pays at least;
- the import: a child process running ``secretariat import recommendations FILE``
  into a database that has its schema and no records (interpreter start, loading the
  application, safe open and reading, parsing, comparison with the database, the
  inserts of the recommendations and their links, the audit entry, commit).

python-calamine's own reading time (the reader the import uses) is printed beside them,
and so is what SQLite alone takes to store the rows the import wrote (an INSERT ... SELECT
of them from the imported file into another empty database, with the same indexes,
foreign keys and full-text index, then the commit): the part of the import no Python
code can make shorter.

Target: the whole import at most half of openpyxl alone. A re-import of the same file
(50,000 unchanged rows) is timed too.
"""

from __future__ import annotations

import gc
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

THEMES = [
    "Ratification of & accession to international instruments", "Cooperation with treaty bodies",
    "National human rights institution", "Women's rights", "Gender equality", "Violence against women",
    "Rights of the child", "Juvenile justice", "Trafficking in persons", "Freedom of expression",
    "Freedom of religion or belief", "Right to education", "Right to health", "Right to work",
    "Rights of persons with disabilities", "Torture and other cruel, inhuman or degrading treatment",
    "Death penalty", "Administration of justice & fair trial", "Statelessness", "Migrants",
    "Human rights education, trainings & awareness raising", "Environment", "Poverty",
    "Racial discrimination", "Minorities", "Civil society", "Business & human rights",
    "Access to justice & remedy", "Conditions of detention", "Enforced disappearances",
]
GROUPS = ["women", "girls", "children", "persons with disabilities", "migrants", "stateless persons",
          "persons deprived of their liberty", "victims of trafficking", "minorities", "youth",
          "older persons", "human rights defenders", "journalists", "rural women", "refugees"]
SDGS = {1: "NO POVERTY", 3: "GOOD HEALTH AND WELL-BEING", 4: "QUALITY EDUCATION", 5: "GENDER EQUALITY",
        8: "DECENT WORK AND ECONOMIC GROWTH", 10: "REDUCED INEQUALITIES", 16: "PEACE, JUSTICE AND STRONG INSTITUTIONS",
        17: "PARTNERSHIPS FOR THE GOALS"}
VERBS = ["Ratify", "Continue to implement", "Strengthen", "Adopt", "Ensure", "Take further measures to",
         "Consider", "Intensify efforts to", "Guarantee", "Promote"]
OBJECTS = ["the Optional Protocol to the Convention against Torture", "the National Action Plan on Gender Equality",
           "access to education for all children", "legislation criminalizing domestic violence",
           "the independence of the Ombudsperson", "cooperation with special procedures",
           "measures to combat trafficking in persons", "birth registration of all children",
           "the rights of persons with disabilities", "freedom of expression online and offline"]


def make_sheet(path: Path, rows: int) -> None:
    import xlsxwriter

    from secretariat.io.excel.states import UN_STATES

    states = [s for s in UN_STATES if "(" not in s]
    rng = random.Random(2023)
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Thematic list")
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    sheet.merge_range(0, 0, 0, 3, "Turkmenistan - 4th UPR cycle (2023) - Thematic list of recommendations")
    sheet.write_row(2, 0, ["Recommendation and recommending State", "Position of the State under review",
                           "Human rights themes and groups of persons", "Relevant SDGs"])
    row, written, group = 3, 0, 0
    while written < rows:
        if written % 100 == 0:
            group += 1
            sheet.merge_range(row, 0, row, 3, f"Theme: {THEMES[group % len(THEMES)]}")
            row += 1
        written += 1
        recommending = " ".join(f"({s})" for s in rng.sample(states, rng.choice((1, 1, 2, 3))))
        aside = rng.choice(("", "", " (OP-CAT)", " (2021-2025)", " (Paris Principles)"))
        text = (f"{group}.{written % 100 + 1} {rng.choice(VERBS)} {rng.choice(OBJECTS)}{aside}, in line with "
                f"its international obligations, and report on the progress made {recommending};"
                f"\nSource of Position: A/HRC/53/4/Add.1 - Para.{rng.randint(2, 4)}")
        themes = rng.sample(THEMES, rng.choice((1, 2, 3)))
        groups = rng.sample(GROUPS, rng.choice((0, 1, 2)))
        cell = "\n".join(f"- {t}" for t in themes)
        if groups:
            cell += "\nAffected persons:\n" + "\n".join(f"- {g}" for g in groups)
        sdgs = "\n".join(f"- {n} - {SDGS[n]}" for n in sorted(rng.sample(sorted(SDGS), rng.choice((1, 2)))))
        sheet.write_row(row, 0, [text, rng.choice(("Supported", "Supported", "Noted")), cell, sdgs], wrap)
        row += 1
    workbook.close()


def openpyxl_alone(path: Path) -> float:
    import openpyxl

    started = time.perf_counter()
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for worksheet in workbook.worksheets:
        for _values in worksheet.iter_rows(values_only=True):
            pass
    workbook.close()
    return time.perf_counter() - started


def calamine_alone(path: Path) -> float:
    import python_calamine

    started = time.perf_counter()
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    for name in workbook.sheet_names:
        for _values in workbook.get_sheet_by_name(name).to_python(skip_empty_area=False):
            pass
    workbook.close()
    return time.perf_counter() - started


def openpyxl_normal(path: Path) -> float:
    import openpyxl

    started = time.perf_counter()
    workbook = openpyxl.load_workbook(path, data_only=True)
    for worksheet in workbook.worksheets:
        for _values in worksheet.iter_rows(values_only=True):
            pass
    return time.perf_counter() - started


def import_once(path: Path, target: Path | str) -> tuple[float, dict]:
    """The import in this process (``bench_shared`` runs it against both databases)."""
    from secretariat.db import open_database
    from secretariat.io.excel.importers import load_sheet, prepare_header, prepare_import
    from secretariat.services.imports import run_import

    db = open_database(target)
    try:
        started = time.perf_counter()
        sheet = load_sheet(path)
        header, _ = prepare_header(db, "recommendations", sheet)
        plan = prepare_import("recommendations", sheet, header)
        result = run_import(db, plan)
        elapsed = time.perf_counter() - started
    finally:
        db.dispose()
    assert result.written, result.as_json()["errors"][:3]
    return elapsed, result.counts()


def empty_database(db_path: Path) -> None:
    """A new database with its schema, as the clerk's own file is before the first import."""
    from secretariat.db import open_database

    open_database(db_path).dispose()


STORED_TABLES = ("tag", "country", "recommendation", "recommendation_tag", "recommendation_country",
                 "recommendation_sdg", "recommendation_organization", "recommendation_sdg_target")


def storing_alone(imported: Path, empty: Path) -> float:
    """SQLite's own time to store what the import wrote: the same rows copied into *empty*.

    The connection is set up as the application's (WAL, synchronous NORMAL, foreign keys
    on), and the full-text index's triggers fire as they do during the import.
    """
    import sqlite3

    connection = sqlite3.connect(empty, isolation_level=None)
    try:
        for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "foreign_keys = ON", "cache_size = -65536"):
            connection.execute(f"PRAGMA {pragma}")
        connection.execute("ATTACH DATABASE ? AS imported", (str(imported),))
        started = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        for table in STORED_TABLES:
            connection.execute(f"INSERT INTO main.{table} SELECT * FROM imported.{table}")
        connection.execute("COMMIT")
        elapsed = time.perf_counter() - started
    finally:
        connection.close()
    return elapsed


def import_process(path: Path, db_path: Path) -> tuple[float, dict]:
    """Wall time of a child process running ``secretariat import recommendations FILE --json``.

    Everything the clerk waits for: the interpreter's start, loading the application,
    safe open and reading of the file, parsing, comparison with the database, the
    writes, the audit entry and the commit.
    """
    command = [sys.executable, "-m", "secretariat", "--db", str(db_path), "import", "recommendations",
               str(path), "--json"]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"the import failed ({done.returncode}):\n{done.stderr[-2000:]}")
    result = json.loads(done.stdout)
    return elapsed, {name: result[name] for name in ("created", "updated", "skipped", "invalid")}


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    path = Path(tempfile.gettempdir()) / f"secretariat-bench-recommendations-{rows}.xlsx"
    if not path.exists():
        print(f"writing {path} ...")
        make_sheet(path, rows)
    work = Path(tempfile.mkdtemp(prefix="secretariat-bench-import-"))
    try:
        reading, native, importing, reimporting, storing = [], [], [], [], []
        counts = again = {}
        for attempt in range(3):
            gc.collect()
            reading.append(openpyxl_alone(path))
            gc.collect()
            native.append(calamine_alone(path))
            db_path = work / f"run{attempt}.sqlite"
            empty_database(db_path)
            seconds, counts = import_process(path, db_path)
            importing.append(seconds)
            copy_path = work / f"copy{attempt}.sqlite"
            empty_database(copy_path)
            storing.append(storing_alone(db_path, copy_path))
            seconds, again = import_process(path, db_path)
            reimporting.append(seconds)

        def runs(values: list[float]) -> str:
            return f"best {min(values):.2f} s  (runs: " + ", ".join(f"{s:.2f}" for s in values) + ")"

        size = path.stat().st_size / 1024 / 1024
        print(f"sheet: {rows} recommendations, {size:.1f} MB ({path})")
        print(f"openpyxl alone (read-only load + all rows):      {runs(reading)}")
        print(f"python-calamine alone (all rows):                {runs(native)}")
        print(f"whole import process into an empty database:     {runs(importing)}  {counts}")
        print(f"whole import process, same file again:           {runs(reimporting)}  {again}")
        print(f"SQLite alone storing the rows the import wrote:  {runs(storing)}")
        gc.collect()
        normal = openpyxl_normal(path)
        print(f"(openpyxl in its default, editable mode: {normal:.2f} s)")
        ratio = min(importing) / min(reading)
        print(f"import process / openpyxl alone = {ratio:.2f} (target <= 0.5) -> "
              f"{'OK' if ratio <= 0.5 else 'ABOVE TARGET'}")
        print(f"import process / python-calamine alone = {min(importing) / min(native):.2f}")
        print(f"SQLite alone storing the rows / openpyxl alone = {min(storing) / min(reading):.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
