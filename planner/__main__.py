"""``python -m planner`` starts the app."""

from planner.app import main

raise SystemExit(main())
