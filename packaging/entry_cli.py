"""Frozen entry point of `pledge-app` (console): the command line; no command opens the window."""

import multiprocessing

from pledge_app.cli.main import main

# Batch printing and the full check start worker processes; in a frozen build each
# worker re-runs this file, and this call makes it a worker instead of the application.
multiprocessing.freeze_support()
raise SystemExit(main())
