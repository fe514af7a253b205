"""Answer families: intent + slots -> Reply, one small module per family.

Importing the package imports every module in it, so each family's `@handles` registers itself
(families written by other engineers, such as what-if seats and charts, included).
"""

from __future__ import annotations

import importlib
import pkgutil

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
