"""Frozen entry point of `pledge-app` (console): the command line; no command opens the window."""

from pledge_app.cli.main import main

raise SystemExit(main())
