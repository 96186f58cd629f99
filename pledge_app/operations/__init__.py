"""Each user action end to end, shared by the window and the command line (no Qt here)."""
