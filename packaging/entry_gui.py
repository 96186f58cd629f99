"""Frozen entry point of `pledge-app-gui` (no console window on Windows): the window."""

from pledge_app.app import main

raise SystemExit(main())
