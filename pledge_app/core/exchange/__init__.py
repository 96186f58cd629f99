"""The exchange format: its schema, reading, importing and exporting."""
