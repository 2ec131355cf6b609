"""``python -m factgen`` runs the command line."""

from factgen.cli import main

raise SystemExit(main())
