"""The headless commands, one module per command group."""
