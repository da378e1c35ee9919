"""Argument types that refuse, in words, values out of range instead of failing later."""

from __future__ import annotations

import argparse
from typing import Callable

from ..i18n import translate


def count_option(low: int, high: int) -> Callable[[str], int]:
    """A whole number from *low* to *high* (argparse prints the message and exits with 2)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                translate("cli", "{text!r} is not a whole number").format(text=text)) from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                translate("cli", "{value} is out of range (from {low} to {high})").format(
                    value=text if len(text) <= 24 else text[:20] + "…", low=low, high=high))
        return value

    return parse
