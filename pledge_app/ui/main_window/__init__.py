"""The main window and the controllers of its menu actions."""
