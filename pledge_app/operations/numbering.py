"""Pledge numbers: the next one of a year, giving one to a draft (or the clerk's own), and
correcting the per-year counter."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pledge_app.operations.changes import Changes, Done

if TYPE_CHECKING:
    from pledge_app.core.database import Database


@dataclass(frozen=True)
class NextNumber:
    """The number the next new pledge of `year` gets, and the counter it follows."""

    year: int
    number: str
    counter: int


@dataclass(frozen=True)
class AssignedNumber:
    """The number a draft now has, and the one it had."""

    pledge_id: str
    number: str
    previous: str


def next_pledge_number(database: Database, *, year: int) -> Done[NextNumber]:
    """The next number of `year` under the office's pattern; nothing is written."""
    from pledge_app.core.numbering import counter_of, next_number

    with database.begin() as session:
        return Done(NextNumber(year, next_number(session, year), counter_of(session, year)))


def assign_pledge_number(
    database: Database, pledge_id: str, *, number: str | None = None
) -> Done[AssignedNumber]:
    """Give a draft the next number of its year, or `number` (the clerk's override);
    a number another pledge uses is refused; audited."""
    from pledge_app.core.models import Pledge
    from pledge_app.core.numbering import assign_number

    with database.begin() as session:
        pledge = session.get(Pledge, pledge_id)
        previous = pledge.number if pledge is not None else ""
        chosen = assign_number(session, pledge_id, number=number)
    return Done(AssignedNumber(pledge_id, chosen, previous), Changes.of_pledges([pledge_id]))


@dataclass(frozen=True)
class FreeNumber:
    """A number no other pledge uses."""

    number: str


def check_pledge_number(
    database: Database, number: str, *, pledge_id: str | None = None
) -> Done[FreeNumber]:
    """`number`, trimmed, if no other pledge (outside `pledge_id`'s versions) uses it; else
    ValidationFailed names the one that does."""
    from pledge_app.core.numbering import check_number_free

    with database.begin() as session:
        check_number_free(session, number, pledge_id=pledge_id)
    return Done(FreeNumber(number.strip()))


def set_number_counter(database: Database, *, year: int, last: int) -> Done[NextNumber]:
    """Correct the counter of `year` so the next number is `last` + 1 (or the first free
    one after it); audited."""
    from pledge_app.core.numbering import counter_of, next_number, set_counter

    with database.begin() as session:
        set_counter(session, year, last=last)
        result = NextNumber(year, next_number(session, year), counter_of(session, year))
    return Done(result, Changes(audit=True))
