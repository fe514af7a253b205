"""A small soak (bench/soak_telegram.py with 1,000 updates from 100 chats): every kind of fault
at once, a kill -9 and a SIGTERM, and still each question answered exactly once — but for the
answers Telegram took in the instant before the kill, which the bot could not know went out:
those, and only those, are answered again."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from soak_telegram import TAKEN_AT_KILL, Soak

pytestmark = pytest.mark.timeout(120)


async def test_small_soak_loses_and_repeats_nothing(tmp_path: Path) -> None:
    report = await Soak(updates=1_000, chats=100, batch=125).run(tmp_path)
    assert report.examples == []
    assert (report.lost, report.duplicated, report.wrong) == (0, 0, 0)
    assert 0 < report.resent <= TAKEN_AT_KILL  # the taken answers are resent, none lost
    assert report.poison > 0 and report.refused > 0
    assert report.faults["kill -9"] == report.faults["SIGTERM"] == 1
    assert report.sigterm_seconds < 8
