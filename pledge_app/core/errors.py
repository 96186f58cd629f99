"""User-facing errors: each carries a message a clerk can act on."""

from __future__ import annotations


class PledgeError(Exception):
    """Base of every expected error; its message is shown to the user as it is."""


class NotFound(PledgeError):
    """The record asked for does not exist (any more)."""


class ValidationFailed(PledgeError):
    """Input broke a rule; `problems` lists every finding, each naming its field."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


class InvalidTransition(PledgeError):
    """The pledge is not in a state that allows this action."""


class ConcurrentEdit(PledgeError):
    """Someone else saved the same record first (optimistic locking)."""


class ImportFailed(PledgeError):
    """An exchange file could not be imported; nothing was written."""


class DatabaseUnavailable(PledgeError):
    """The database could not be opened or upgraded."""


class BadInput(PledgeError):
    """The request names something that cannot be: an unknown id, a missing or unreadable file."""


class DatabaseBusy(DatabaseUnavailable):
    """Another program or window holds the database for a long change; trying again works."""


class DatabaseNotWritable(PledgeError):
    """The database cannot take changes: a read-only file or folder, or a full disk."""


class DatabaseDamaged(DatabaseUnavailable):
    """The database file is damaged: the integrity check and a backup are the way out."""
