"""`secretariat demo [--size small|large]`."""

from __future__ import annotations

import argparse
import sys
import time

from ..db import open_database
from ..i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help=translate("cli", "fill an empty database with demo data"))
    p.add_argument("--size", type=str.lower, choices=["small", "large"], default="small",
                   help=translate("cli", "small: a realistic demo; large: a synthetic database for benchmarks"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..services import demo, demo_large  # loaded only for this command

    db = open_database(args.db)
    try:
        started = time.perf_counter()
        if args.size == "large":
            counts = demo_large.fill_large(db, progress=lambda step: print(f"  {step}...", file=sys.stderr))
        else:
            counts = demo.fill_demo(db)
        print(translate("cli", "Demo data written to {where} in {seconds:.1f} s.").format(
            where=db.display_name, seconds=time.perf_counter() - started))
        for key, value in counts.items():
            print(f"  {key}: {value}")
        return 0
    finally:
        db.dispose()
