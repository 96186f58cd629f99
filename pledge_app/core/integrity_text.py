"""The integrity check's look for broken characters already stored (issue 7 item 19).

Lone surrogates reach the database only inside JSON, escaped (`"\\ud83d"`): text columns
cannot hold them. Read back, they break export and printing of the pledge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, Text, cast, select

from pledge_app.core.i18n import translate
from pledge_app.core.models import Pledge, Task
from pledge_app.core.text_checks import lone_surrogate, without_lone_surrogates

if TYPE_CHECKING:
    from pledge_app.core.integrity import IntegrityFinding


def broken_characters(connection: Connection) -> list[IntegrityFinding]:
    """A finding per co-operating unit holding a lone surrogate, naming pledge, task and unit."""
    from pledge_app.core.integrity import IntegrityFinding

    pledge, task = Pledge.__table__.c, Task.__table__.c
    query = (
        select(pledge.id, pledge.number, pledge.title, pledge.revision, task.position)
        .add_columns(task.cooperating_units)
        .join_from(Task.__table__, Pledge.__table__, task.pledge_id == pledge.id)
        # Only rows whose JSON holds an escaped surrogate are worth decoding.
        .where(cast(task.cooperating_units, Text).ilike("%\\ud%", escape="!"))
        .order_by(pledge.year, pledge.number, pledge.revision, task.position)
    )
    findings: list[IntegrityFinding] = []
    for pledge_id, number, title, revision, position, units in connection.execute(query):
        for place, unit in enumerate(units or (), start=1):
            code = lone_surrogate(str(unit))
            if code is None:
                continue
            name = translate("integrity", "Pledge {number} “{title}” (version {revision})")
            detail = translate(
                "integrity",
                "task {row}, co-operating unit {place} (“{unit}”) holds a broken character "
                "({code}); it cannot be exported or printed until that unit is typed again.",
            )
            findings.append(
                IntegrityFinding(
                    name.format(number=number, title=title, revision=revision)
                    + ": "
                    + detail.format(
                        row=position + 1,
                        place=place,
                        unit=without_lone_surrogates(str(unit)),
                        code=code,
                    ),
                    pledge_id,
                )
            )
    return findings
