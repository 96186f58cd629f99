"""`python -m pledge_app`: the same as the `pledge-app` command."""

from pledge_app.cli.main import main

raise SystemExit(main())
