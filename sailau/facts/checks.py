"""Cross-checks of the loaded fact base: figures add up, references resolve, aliases are unique."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sailau.factbase import FactBase, FactBaseError


def check_factbase(fb: FactBase) -> list[FactBaseError]:
    """Every problem found in a parsed fact base (empty when it is consistent)."""
    return []
