"""The standalone build's entry point (``tools/build_bundle.py`` gives it to PyInstaller)."""

from planner.app import main

raise SystemExit(main())
