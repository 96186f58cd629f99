"""Frozen entry point of `pledge-app-gui` (no console window on Windows): the window."""

import multiprocessing

from pledge_app.app import main

# Batch printing and the full check start worker processes; in a frozen build each
# worker re-runs this file, and this call makes it a worker instead of the application.
multiprocessing.freeze_support()
raise SystemExit(main())
