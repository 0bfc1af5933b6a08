"""Print the rule catalogue: ``python -m iomjobs.rules > docs/rules.md``."""

from __future__ import annotations

import sys

from iomjobs.rules import catalogue

sys.stdout.write(catalogue())
