"""Pledge numbers from the office's pattern (改革办〔{year}〕{n}号) and a per-year counter.

The next number is the smallest one past the counter that no pledge uses yet, so a number
the clerk typed by hand is skipped rather than handed out twice. Amendments keep their
signed version's number: a number is taken only by pledges outside the version chain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from string import Formatter

from sqlalchemy import select
from sqlalchemy.orm import Session

from pledge_app.core import audit
from pledge_app.core.enums import PledgeStatus
from pledge_app.core.errors import InvalidTransition, NotFound, ValidationFailed
from pledge_app.core.i18n import translate
from pledge_app.core.models import NumberCounter, Pledge
from pledge_app.core.office_settings import numbering_problems, read_office_settings

MAX_NUMBER = 100


@dataclass(frozen=True)
class NumberHolder:
    """A pledge that already uses a number."""

    pledge_id: str
    number: str
    title: str
    year: int
    status: PledgeStatus


def format_number(pattern: str, *, year: int, n: int) -> str:
    """The pattern with the year and the running number filled in."""
    problems = numbering_problems(pattern)
    if problems:
        raise ValidationFailed(problems)
    return pattern.format(year=year, n=n)


def number_index(pattern: str, number: str, *, year: int) -> int | None:
    """The running number `number` has under `pattern` in `year`; None if it does not fit."""
    parts: list[str] = []
    for literal, name, spec, _conversion in Formatter().parse(pattern):
        parts.append(re.escape(literal))
        if name == "year":
            parts.append(re.escape(format(year, spec or "")))
        elif name == "n":
            parts.append(r"(?P<n>\d+)")
    match = re.fullmatch("".join(parts), number.strip())
    return int(match.group("n")) if match else None


def counter_of(session: Session, year: int) -> int:
    """The last running number handed out in `year` (0 before the first)."""
    counter = session.get(NumberCounter, year)
    return counter.last if counter is not None else 0


def _chain_ids(session: Session, pledge_id: str) -> set[str]:
    """The ids of every version of the pledge `pledge_id` belongs to."""
    ids = {pledge_id}
    frontier = {pledge_id}
    while frontier:
        rows = session.execute(
            select(Pledge.id, Pledge.previous_id).where(
                Pledge.id.in_(frontier) | Pledge.previous_id.in_(frontier)
            )
        ).all()
        found = {row[0] for row in rows} | {row[1] for row in rows if row[1] is not None}
        frontier = found - ids
        ids |= found
    return ids


def number_holder(
    session: Session, number: str, *, pledge_id: str | None = None
) -> NumberHolder | None:
    """The pledge (outside `pledge_id`'s own versions) that uses `number`, if any."""
    query = select(Pledge).where(Pledge.number == number.strip())
    if pledge_id is not None:
        query = query.where(Pledge.id.not_in(_chain_ids(session, pledge_id)))
    pledge = session.scalars(query.order_by(Pledge.created_at)).first()
    if pledge is None:
        return None
    return NumberHolder(
        pledge.id, pledge.number, pledge.title, pledge.year, PledgeStatus(pledge.status)
    )


def check_number_free(session: Session, number: str, *, pledge_id: str | None = None) -> None:
    """Refuse a number another pledge uses, naming that pledge."""
    number = number.strip()
    if not number:
        raise ValidationFailed([translate("numbering", "The number is empty.")])
    if len(number) > MAX_NUMBER:
        raise ValidationFailed(
            [
                translate("numbering", "The number is longer than {n} characters.").format(
                    n=MAX_NUMBER
                )
            ]
        )
    holder = number_holder(session, number, pledge_id=pledge_id)
    if holder is not None:
        raise ValidationFailed(
            [
                translate(
                    "numbering",
                    "The number {number} is already used by “{title}” ({year}). "
                    "Choose another number.",
                ).format(number=number, title=holder.title, year=holder.year)
            ]
        )


def next_number(session: Session, year: int) -> str:
    """The number a new pledge of `year` gets next; nothing is written."""
    return _next(session, year)[0]


def _next(session: Session, year: int) -> tuple[str, int]:
    pattern = read_office_settings(session).numbering_pattern
    n = counter_of(session, year) + 1
    while True:
        number = format_number(pattern, year=year, n=n)
        if number_holder(session, number) is None:
            return number, n
        n += 1


def _locked_counter(session: Session, year: int) -> NumberCounter:
    # FOR UPDATE: two desks on one PostgreSQL database take numbers one after the other.
    counter = session.scalars(
        select(NumberCounter).where(NumberCounter.year == year).with_for_update()
    ).one_or_none()
    if counter is None:
        counter = NumberCounter(year=year, last=0)
        session.add(counter)
        session.flush()
    return counter


def take_next_number(session: Session, year: int) -> str:
    """The next number of `year`, counted as handed out."""
    counter = _locked_counter(session, year)
    number, n = _next(session, year)
    counter.last = n
    session.flush()
    return number


def note_number_used(session: Session, number: str, *, year: int) -> None:
    """Move the counter past `number` if it is one of the pattern's numbers for `year`."""
    pattern = read_office_settings(session).numbering_pattern
    n = number_index(pattern, number, year=year)
    if n is None:
        return
    counter = _locked_counter(session, year)
    if n > counter.last:
        counter.last = n
        session.flush()


def set_counter(session: Session, year: int, *, last: int) -> int:
    """The clerk's correction of the counter: the next number will be `last` + 1; audited."""
    if last < 0:
        raise ValidationFailed([translate("numbering", "The counter cannot be below zero.")])
    counter = _locked_counter(session, year)
    before = counter.last
    counter.last = last
    session.flush()
    audit.record(session, "number_counter_set", details={"year": year, "from": before, "to": last})
    return last


def assign_number(session: Session, pledge_id: str, *, number: str | None = None) -> str:
    """Give a draft the next number of its year, or the clerk's own `number`; audited.

    Either way a number another pledge uses is refused.
    """
    pledge = session.get(Pledge, pledge_id)
    if pledge is None:
        raise NotFound(translate("numbering", "That pledge no longer exists."))
    if pledge.status != PledgeStatus.DRAFT:
        raise InvalidTransition(
            translate("numbering", "“{title}” is not a draft; its number stays.").format(
                title=pledge.title
            )
        )
    if number is None:
        chosen = take_next_number(session, pledge.year)
    else:
        chosen = number.strip()
        check_number_free(session, chosen, pledge_id=pledge.id)
        note_number_used(session, chosen, year=pledge.year)
    before = pledge.number
    pledge.number = chosen
    pledge.updated_at = datetime.now(UTC)
    session.flush()
    audit.record(
        session,
        "number_assigned",
        pledge_id=pledge.id,
        details={"from": before, "to": chosen, "override": number is not None},
    )
    return chosen
