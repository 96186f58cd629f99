"""`tasks` and `report`: the task ledger and progress reports from the command line, with
the same filters and lights as the Tasks page."""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pledge_app.cli.support import EXIT_OK, open_database_of, open_existing_database_of, say
from pledge_app.core.enums import TaskList
from pledge_app.core.i18n import translate

if TYPE_CHECKING:
    from pledge_app.core.tracking.ledger import TrackedTask

#: What --list takes: the stored word or the register's Chinese name.
LISTS = {
    **{entry.value: entry for entry in TaskList},
    "年度要点": TaskList.ANNUAL_KEY_POINT,
    "重点": TaskList.PRIORITY,
    "基层探索": TaskList.GRASSROOTS_EXPLORATION,
    "试点示范": TaskList.PILOT_DEMONSTRATION,
    "问题": TaskList.PROBLEM,
}
LIGHTS = ("red", "yellow", "green", "done")
STATES = {
    "not_started": "not_started",
    "on_track": "on_track",
    "behind": "behind",
    "done": "done",
    "blocked": "blocked",
    "未启动": "not_started",
    "推进中": "on_track",
    "滞后": "behind",
    "已完成": "done",
    "受阻": "blocked",
}
DUE_WINDOWS = ("overdue", "week", "month", "quarter")
CSV_COLUMNS = [
    "key",
    "pledge",
    "year",
    "unit",
    "task",
    "lead_official",
    "list",
    "deadline",
    "percent",
    "state",
    "light",
    "last_report",
]
#: How much of a lineage key the listing shows; `report` takes it (or more) back.
SHORT_KEY = 8


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text} is not a date like 2026-12-02").format(text=text)
        ) from error


def _month(text: str) -> tuple[date, date]:
    from pledge_app.core.tracking.reports import previous_month

    try:
        year, month = (int(part) for part in text.split("-"))
        following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text} is not a month like 2026-11").format(text=text)
        ) from error
    return previous_month(following)


def _percent(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 100:
        raise argparse.ArgumentTypeError(
            translate("cli", "the percent is a whole number from 0 to 100, not {text}").format(
                text=text
            )
        )
    return int(text)


def _days(text: str) -> int:
    if not text.isdigit() or int(text) > 3660:
        raise argparse.ArgumentTypeError(
            translate("cli", "{text} is not a number of days").format(text=text)
        )
    return int(text)


def _choice(options: dict[str, Any] | tuple[str, ...]) -> Any:
    def parse(text: str) -> Any:
        if text not in options:
            raise argparse.ArgumentTypeError(
                translate("cli", "{text} is not one of: {options}").format(
                    text=text, options=", ".join(options)
                )
            )
        return options[text] if isinstance(options, dict) else text

    return parse


def _row(task: TrackedTask) -> dict[str, Any]:
    return {
        "key": task.key,
        "pledge": task.pledge_number,
        "year": task.year,
        "unit": task.unit,
        "task": task.item,
        "lead_official": task.lead_official,
        "list": task.list_class.value,
        "deadline": task.deadline.isoformat() if task.deadline else None,
        "percent": task.percent,
        "state": task.state.value if task.state else None,
        "light": task.light.value,
        "last_report": task.last_report_on.isoformat() if task.last_report_on else None,
    }


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    if _width(text) <= width:
        return text + " " * (width - _width(text))
    out = ""
    for character in text:
        if _width(out + character) > width - 1:
            break
        out += character
    return out + "…" + " " * (width - 1 - _width(out))


def _print_table(tasks: list[TrackedTask]) -> None:
    from pledge_app.core.labels import task_list_label
    from pledge_app.core.tracking.states import light_label

    headings = [
        (translate("cli", "Key"), SHORT_KEY),
        (translate("cli", "Pledge"), 22),
        (translate("cli", "Unit"), 20),
        (translate("cli", "Task"), 36),
        (translate("cli", "Lead"), 8),
        (translate("cli", "List"), 12),
        (translate("cli", "Deadline"), 10),
        (translate("cli", "%"), 4),
        (translate("cli", "Light"), 6),
        (translate("cli", "Last report"), 11),
    ]
    say("  ".join(_cut(name, width) for name, width in headings).rstrip())
    for task in tasks:
        cells = [
            task.key[:SHORT_KEY],
            task.pledge_number,
            task.unit,
            task.item,
            task.lead_official,
            task_list_label(task.list_class),
            task.deadline.isoformat() if task.deadline else translate("cli", "ongoing"),
            f"{task.percent:>3}",
            light_label(task.light),
            task.last_report_on.isoformat() if task.last_report_on else "—",
        ]
        say(
            "  ".join(
                _cut(cell, width) for cell, (_name, width) in zip(cells, headings, strict=True)
            ).rstrip()
        )
    say(translate("cli", "{n} tasks").format(n=len(tasks)))


def run_tasks(args: argparse.Namespace) -> int:
    """List the tasks in force that pass the filters, with their lights."""
    from pledge_app.core.tracking.filters import DueWindow, TaskFilter
    from pledge_app.core.tracking.states import Light
    from pledge_app.operations.tracking import find_tasks

    wanted = TaskFilter(
        year=args.year,
        unit=args.unit,
        list_class=args.list,
        light=Light(args.light) if args.light else None,
        due=DueWindow(args.due) if args.due else None,
        due_within_days=args.due_within,
        lead_official=args.lead,
        text=" ".join(args.text or ()),
    )
    with open_existing_database_of(args) as db:
        tasks = find_tasks(db, wanted, today=args.today).value
    if args.format == "json":
        json.dump([_row(task) for task in tasks], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(_row(task) for task in tasks)
    else:
        _print_table(tasks)
    return EXIT_OK


def run_report(args: argparse.Namespace) -> int:
    """Record one progress report on a task in force."""
    from pledge_app.core.tracking.reports import ReportDraft
    from pledge_app.core.tracking.states import TaskState, state_label
    from pledge_app.operations.tracking import add_reports, evidence_from_files, find_task_key

    evidence = evidence_from_files([Path(name) for name in args.evidence or ()])
    start, end = args.period if args.period else (None, None)
    with open_database_of(args) as db:
        key = find_task_key(db, args.task_key).value
        draft = ReportDraft(
            lineage_key=key,
            percent=args.percent,
            state=TaskState(args.state),
            narrative=args.note or "",
            reporter=args.reporter or "",
            period_start=start,
            period_end=end,
            corrects_id=args.corrects,
            evidence=evidence,
        )
        [report] = add_reports(db, [draft], today=args.today).value
    say(
        translate(
            "cli",
            "Recorded: task {key}, {percent}% {state}, period {start} to {end}, "
            "evidence files: {n}.",
        ).format(
            key=key[:SHORT_KEY],
            percent=report.percent,
            state=state_label(report.state),
            start=report.period_start.isoformat(),
            end=report.period_end.isoformat(),
            n=len(report.evidence),
        )
    )
    return EXIT_OK


def run_reports(args: argparse.Namespace) -> int:
    """List one task's reports, newest first, with the ids `report --corrects` takes."""
    from pledge_app.core.tracking.states import state_label
    from pledge_app.operations.tracking import find_task_key, task_history

    with open_existing_database_of(args) as db:
        key = find_task_key(db, args.task_key).value
        history = task_history(db, key).value
    corrected = {report.corrects_id for report in history.reports if report.corrects_id}
    if args.format == "json":
        rows = [
            {
                "id": report.id,
                "period_start": report.period_start.isoformat(),
                "period_end": report.period_end.isoformat(),
                "reported_on": report.reported_on.isoformat(),
                "percent": report.percent,
                "state": report.state.value,
                "narrative": report.narrative,
                "reporter": report.reporter,
                "corrects": report.corrects_id,
                "corrected": report.id in corrected,
                "evidence": [file.name for file in report.evidence],
            }
            for report in history.reports
        ]
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for report in history.reports:
        line = translate("cli", "{id}  {start}–{end}  {percent:>3}%  {state}  {narrative}").format(
            id=report.id,
            start=report.period_start.isoformat(),
            end=report.period_end.isoformat(),
            percent=report.percent,
            state=state_label(report.state),
            narrative=" ".join(report.narrative.split()),
        )
        if report.id in corrected:
            line += translate("cli", "  (corrected)")
        if report.corrects_id:
            line += translate("cli", "  (corrects {id})").format(id=report.corrects_id[:8])
        say(line.rstrip())
    say(translate("cli", "{n} reports").format(n=len(history.reports)))
    return EXIT_OK


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """Add `tasks`, `report` and `reports`."""
    today_help = translate("cli", "judge the lights as of this day (default: today)")
    tasks = commands.add_parser(
        "tasks",
        parents=[common],
        help=translate("cli", "the tasks of the pledges in force, with their lights"),
    )
    tasks.set_defaults(run=run_tasks)
    tasks.add_argument("--year", type=int)
    tasks.add_argument("--unit", metavar="UNIT")
    tasks.add_argument("--list", type=_choice(LISTS), metavar="LIST", help=", ".join(LISTS))
    tasks.add_argument("--light", type=_choice(LIGHTS), metavar="|".join(LIGHTS))
    tasks.add_argument("--due", type=_choice(DUE_WINDOWS), metavar="|".join(DUE_WINDOWS))
    tasks.add_argument("--due-within", type=_days, metavar="DAYS")
    tasks.add_argument("--lead", metavar="NAME", help=translate("cli", "lead official"))
    tasks.add_argument(
        "--text",
        nargs="+",
        metavar="WORDS",
        help=translate("cli", "words to find in any task field or the newest report"),
    )
    tasks.add_argument("--format", choices=("table", "csv", "json"), default="table")
    tasks.add_argument("--today", type=_day, default=None, help=today_help)
    report = commands.add_parser(
        "report", parents=[common], help=translate("cli", "record progress on a task in force")
    )
    report.set_defaults(run=run_report)
    report.add_argument(
        "task_key",
        metavar="TASK_KEY",
        help=translate("cli", "the task's key as `tasks` shows it (its first 8 characters)"),
    )
    report.add_argument("--percent", type=_percent, required=True)
    report.add_argument("--state", type=_choice(STATES), required=True, metavar="|".join(STATES))
    report.add_argument("--note", metavar="TEXT", help=translate("cli", "the narrative"))
    report.add_argument("--reporter", metavar="NAME")
    report.add_argument(
        "--period",
        type=_month,
        metavar="YYYY-MM",
        help=translate("cli", "the month reported on (default: last month)"),
    )
    report.add_argument("--evidence", nargs="+", metavar="FILE")
    report.add_argument(
        "--corrects", metavar="REPORT_ID", help=translate("cli", "the report this one corrects")
    )
    report.add_argument("--today", type=_day, default=None, help=today_help)
    reports = commands.add_parser(
        "reports",
        parents=[common],
        help=translate("cli", "one task's progress reports, newest first, with their ids"),
    )
    reports.set_defaults(run=run_reports)
    reports.add_argument("task_key", metavar="TASK_KEY")
    reports.add_argument("--format", choices=("table", "json"), default="table")
