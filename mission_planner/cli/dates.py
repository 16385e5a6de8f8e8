"""Dates typed on the command line."""

from __future__ import annotations

import argparse
from datetime import date, datetime


def iso_date(text: str) -> date:
    """An argparse type: a calendar date written YYYY-MM-DD, or a message saying so."""
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD (e.g. 2023-10-24)") from None
