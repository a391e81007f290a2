"""``python -m wirekit`` runs the command line."""

from .cli import main

raise SystemExit(main())
