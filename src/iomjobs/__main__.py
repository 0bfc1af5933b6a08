"""``python -m iomjobs``: the command line, where the ``iomjobs`` script is not on PATH."""

from iomjobs.cli import main

raise SystemExit(main())
