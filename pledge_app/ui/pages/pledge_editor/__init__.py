"""The pledge editor page and the parts it delegates to."""
