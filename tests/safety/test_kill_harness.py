"""The kill -9 harness (issue 12, part 2): real command-line processes and a headless driver
of the editor's save path, killed with SIGKILL at random moments, and after every kill:

- `PRAGMA integrity_check` is ok and `pledge-app check` exits 0;
- an import or the demo added all of its rows or none (every table's count is the one
  before or the one after a complete run), a batch print registered all or none;
- every step the editor driver reported as committed is there, and nothing half-done is;
- no half-written file is under a final name: a backup under its name verifies, every
  visible .pdf is a whole PDF, and the hidden leftovers are tidied by the next batch.

How many kills: PLEDGE_KILLS, or 200 when CI is set and 30 otherwise. The random moments
come from PLEDGE_KILL_SEED (default fixed, so a run can be repeated). The summary line
(kills, failures, data lost) is printed (see it with `pytest -s`), written to the test's
tmp_path and put in every assertion message.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.safety import editor_model
from tests.safety.harness import (
    EDITOR_CHILD,
    KILL_SWITCH,
    Problem,
    child_env,
    cli,
    counts_diff,
    editor_fingerprint,
    final_pdfs,
    hidden_leftovers,
    hot_journal,
    integrity,
    must,
    pdf_problem,
    pledge_ids,
    run,
    run_inprocess,
    soundness,
    table_counts,
)

DEFAULT_SEED = 20261202
EDITOR_CYCLES = 3
#: Every how many batch-print kills the re-run into the same folder is a full `pdf --all`
#: (the others re-run one pledge: the leftovers are tidied folder-wide either way).
FULL_PDF_RERUN_EVERY = 4


def kill_target() -> int:
    """How many kills this run makes."""
    configured = os.environ.get("PLEDGE_KILLS")
    if configured:
        return int(configured)
    return 200 if os.environ.get("CI") else 30


@dataclass
class Kind:
    """One thing the harness kills: how to start it, from which database, and what a
    complete run of it leaves (measured once before the kills)."""

    name: str
    base: Path | None  # the database each trial starts from (copied), None for none
    command: Callable[[Path, Path], list[str]]  # (trial folder, database) -> argv
    duration: float = 0.0
    before: dict[str, int] = field(default_factory=dict)
    after: dict[str, int] = field(default_factory=dict)
    file_ids: set[str] = field(default_factory=set)  # pledges an import adds
    pdf_names: set[str] = field(default_factory=set)  # files a complete batch writes
    #: Whether the kill is timed from the child's "READY <monotonic time>" line (the editor
    #: driver, whose loop is what matters) rather than from the process start.
    timed_from_ready: bool = False


@dataclass
class Trial:
    """One run of a kind, killed `delay` seconds after it started (unless it ended first)."""

    number: int
    kind: Kind
    delay: float
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / "pledges.sqlite3"


@dataclass
class Outcome:
    """What happened to a trial and what its checks found."""

    trial: Trial
    killed: bool
    returncode: int
    hot_journal: bool
    stdout: str
    stderr: str
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    state: str = ""  # none / all / k of n steps
    #: How long the process ran (from its READY line for the editor driver).
    ran: float = 0.0


def _start_and_kill(trial: Trial) -> Outcome:
    """Run the trial's process and SIGKILL it after its delay (in a worker thread)."""
    trial.folder.mkdir(parents=True)
    if trial.kind.base is not None:
        shutil.copy(trial.kind.base, trial.db)
    command = trial.kind.command(trial.folder, trial.db)
    out, err = trial.folder / "stdout.txt", trial.folder / "stderr.txt"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        started = time.monotonic()
        process = subprocess.Popen(
            command, stdout=stdout, stderr=stderr, env=child_env(), cwd=trial.folder
        )
        if trial.kind.timed_from_ready:
            deadline = time.monotonic() + 60
            while process.poll() is None and time.monotonic() < deadline:
                if out.read_bytes().startswith(b"READY"):
                    break
                time.sleep(0.005)
            started = time.monotonic()
        time.sleep(trial.delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait()
        ran = time.monotonic() - started
    return Outcome(
        trial=trial,
        killed=process.returncode == -signal.SIGKILL,
        returncode=process.returncode,
        hot_journal=hot_journal(trial.db),
        stdout=out.read_text(encoding="utf-8", errors="replace"),
        stderr=err.read_text(encoding="utf-8", errors="replace"),
        ran=ran,
    )


# --- what each kind must leave --------------------------------------------------------------


def _known_tables(kind: Kind, counts: dict[str, int]) -> dict[str, int]:
    """The counts of the tables the measured runs knew: a table a newer migration adds while
    the harness runs (others work on the same tree) is not the operation's doing."""
    known = set(kind.before) | set(kind.after)
    return {name: count for name, count in counts.items() if name in known}


def _check_all_or_nothing(outcome: Outcome) -> None:
    """Import and demo: every table as before, or as after a complete run; nothing between."""
    kind = outcome.trial.kind
    counts = _known_tables(kind, table_counts(outcome.trial.db))
    if counts == kind.before:
        outcome.state = "none"
    elif counts == kind.after:
        outcome.state = "all"
    else:
        outcome.problems.append(
            Problem(
                "partial",
                f"row counts neither as before ({counts_diff(counts, kind.before)}) "
                f"nor as after a complete run ({counts_diff(counts, kind.after)})",
            )
        )
    if kind.file_ids:
        present = pledge_ids(outcome.trial.db) & kind.file_ids
        if present and present != kind.file_ids:
            outcome.problems.append(
                Problem(
                    "partial",
                    f"{len(present)} of the {len(kind.file_ids)} pledges of the file are in",
                )
            )
    if not outcome.killed and outcome.returncode == 0 and outcome.state != "all":
        outcome.problems.append(Problem("lost", "the command reported success, rows missing"))


def _check_pdf(outcome: Outcome, rerun_all: bool) -> None:
    """Batch print: registered all or none; every visible .pdf whole; leftovers tidied."""
    kind = outcome.trial.kind
    folder = outcome.trial.folder / "pdf"
    counts = _known_tables(kind, table_counts(outcome.trial.db))
    if counts == kind.before:
        outcome.state = "none"
    elif counts == kind.after:
        outcome.state = "all"
    else:
        outcome.problems.append(
            Problem(
                "partial",
                f"the batch's registrations are half there: {counts_diff(counts, kind.after)}",
            )
        )
    visible = final_pdfs(folder)
    for path in visible:
        reason = pdf_problem(path)
        if reason:
            outcome.problems.append(
                Problem("partial", f"half-written file under its final name: {reason}")
            )
    names = {path.name for path in visible}
    if outcome.state == "none" and names:
        outcome.problems.append(
            Problem("partial", f"{len(names)} files revealed by a batch that did not commit")
        )
    if names - kind.pdf_names:
        outcome.problems.append(
            Problem("other", f"unexpected files: {sorted(names - kind.pdf_names)}")
        )
    if outcome.state == "all" and names != kind.pdf_names:
        outcome.notes.append("committed, killed while revealing (registered copies left pending)")
    leftovers = hidden_leftovers(folder)
    if leftovers:
        outcome.notes.append("hidden pending/tmp files left in the print folder")
    if not outcome.killed and outcome.returncode == 0 and outcome.state != "all":
        outcome.problems.append(Problem("lost", "pdf reported success, registrations missing"))
    # The next batch into the same folder tidies what the killed one left.
    if rerun_all:
        code, output = run_inprocess(
            "--db", str(outcome.trial.db), "pdf", "--all", "--out", str(folder)
        )
    else:
        some_pledge = sorted(pledge_ids(outcome.trial.db))[0]
        code, output = run_inprocess(
            "--db", str(outcome.trial.db), "pdf", some_pledge, "--out", str(folder)
        )
    if code != 0:
        outcome.problems.append(
            Problem("other", f"the next pdf run exited {code}: {output[-500:]}")
        )
    pending = [p.name for p in folder.iterdir() if ".pending" in p.name or p.name.endswith(".tmp")]
    if pending:
        outcome.problems.append(
            Problem(
                "other",
                f"the next pdf run into the folder left {len(pending)} leftovers: {pending[:3]}",
            )
        )
    if rerun_all:
        names = {path.name for path in final_pdfs(folder)}
        if names != kind.pdf_names:
            outcome.problems.append(Problem("other", "the full re-run did not write every file"))
        for path in final_pdfs(folder):
            reason = pdf_problem(path)
            if reason:
                outcome.problems.append(Problem("corrupt", f"after the re-run: {reason}"))


def _check_backup(outcome: Outcome) -> None:
    """Backup: the source untouched; the backup verifies under its final name, or is absent."""
    kind = outcome.trial.kind
    if _known_tables(kind, table_counts(outcome.trial.db)) != kind.before:
        outcome.problems.append(Problem("other", "the backup changed the database it copied"))
    target = outcome.trial.folder / "out" / "backup.sqlite3"
    if not target.exists():
        outcome.state = "none"
        if not outcome.killed and outcome.returncode == 0:
            outcome.problems.append(Problem("lost", "backup reported success, no file"))
    else:
        outcome.state = "all"
        verdict = integrity(target)
        if verdict != ["ok"]:
            outcome.problems.append(
                Problem("corrupt", f"backup under its final name: {verdict[:3]}")
            )
        else:
            code, output = run_inprocess("--db", str(target), "check")
            if code != 0:
                outcome.problems.append(
                    Problem("corrupt", f"check of the backup exited {code}: {output[-500:]}")
                )
            if _known_tables(kind, table_counts(target)) != kind.before:
                outcome.problems.append(Problem("partial", "the backup is not the whole database"))
        manifests = [p for p in target.parent.iterdir() if p.suffix == ".json" and p.name[0] != "."]
        if not manifests:
            outcome.notes.append("backup in place without its manifest (listed as not verified)")
    leftovers = hidden_leftovers(target.parent)
    if leftovers:
        outcome.notes.append("hidden tmp files left beside the backup")


def _check_editor(outcome: Outcome) -> None:
    """Editor loop: the state after the steps it printed, or after one more (committed,
    killed before printing); anything else lost a reported step or half-did one."""
    total = len(editor_model.steps(EDITOR_CYCLES))
    reported = [
        int(line.split()[1]) for line in outcome.stdout.splitlines() if line.startswith("OK ")
    ]
    done = max(reported, default=0)
    found = editor_fingerprint(outcome.trial.db)
    allowed = {editor_model.expected_after(EDITOR_CYCLES, done): f"{done} of {total} steps"}
    if done < total:
        allowed[editor_model.expected_after(EDITOR_CYCLES, done + 1)] = (
            f"{done + 1} of {total} steps (the last committed, not printed)"
        )
    if found in allowed:
        outcome.state = allowed[found]
    else:
        earlier = [k for k in range(done) if editor_model.expected_after(EDITOR_CYCLES, k) == found]
        kind = "lost" if earlier else "partial"
        outcome.problems.append(
            Problem(
                kind,
                f"printed {done} steps; the database holds {found!r}, expected "
                f"{editor_model.expected_after(EDITOR_CYCLES, done)!r}",
            )
        )
    if not outcome.killed and outcome.returncode != 0:
        outcome.problems.append(
            Problem("other", f"the editor driver failed: {outcome.stderr[-800:]}")
        )


def verify(outcome: Outcome, *, rerun_all_pdf: bool) -> None:
    """Every check of the issue, for the trial's kind."""
    name = outcome.trial.kind.name
    if not outcome.killed and outcome.returncode != 0:
        outcome.problems.append(
            Problem("other", f"exited {outcome.returncode} unkilled: {outcome.stderr[-800:]}")
        )
    outcome.problems.extend(soundness(outcome.trial.db))
    if any(problem.kind == "corrupt" for problem in outcome.problems):
        return
    if name.startswith(("import", "demo")):
        _check_all_or_nothing(outcome)
    elif name == "pdf --all":
        _check_pdf(outcome, rerun_all_pdf)
    elif name == "backup":
        _check_backup(outcome)
    elif name == "editor":
        _check_editor(outcome)


# --- preparation ----------------------------------------------------------------------------


@dataclass
class Prepared:
    demo_db: Path
    empty_db: Path
    demo_json: Path
    extra_json: Path


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prepared]:
    """A demo database and its export, an empty (migrated) database, and an exchange file
    of other pledges (made by the editor driver: signed, amended, superseded)."""
    folder = tmp_path_factory.mktemp("kill-base")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PLEDGE_APP_DATA_DIR", str(folder / "data"))
        yield _prepare(folder)


def _prepare(folder: Path) -> Prepared:
    demo_db, empty_db = folder / "demo.sqlite3", folder / "empty.sqlite3"
    demo_json, extra_json = folder / "demo.json", folder / "extra.json"
    for command in (
        cli(demo_db, "demo"),
        cli(demo_db, "export", "-o", str(demo_json)),
    ):
        result = run(command)
        must(result.returncode == 0, result.stderr)
    from pledge_app.core.database import open_database

    open_database(empty_db).dispose()
    extra_db = folder / "extra.sqlite3"
    shutil.copy(empty_db, extra_db)
    result = run([sys.executable, str(EDITOR_CHILD), "--db", str(extra_db), "--cycles", "2"])
    must(result.returncode == 0, result.stderr)
    result = run(cli(extra_db, "export", "-o", str(extra_json)))
    must(result.returncode == 0, result.stderr)
    return Prepared(demo_db, empty_db, demo_json, extra_json)


def _kinds(base: Prepared) -> list[Kind]:
    return [
        Kind(
            "import into an empty db",
            base.empty_db,
            lambda folder, db: cli(db, "import", str(base.demo_json)),
        ),
        Kind(
            "import into the demo db",
            base.demo_db,
            lambda folder, db: cli(db, "import", str(base.extra_json)),
        ),
        Kind(
            "pdf --all",
            base.demo_db,
            lambda folder, db: cli(db, "pdf", "--all", "--out", str(folder / "pdf")),
        ),
        Kind(
            "backup",
            base.demo_db,
            lambda folder, db: cli(db, "backup", "-o", str(folder / "out" / "backup.sqlite3")),
        ),
        Kind("demo into an empty db", base.empty_db, lambda folder, db: cli(db, "demo")),
        Kind(
            "editor",
            timed_from_ready=True,
            base=base.demo_db,
            command=lambda folder, db: [
                sys.executable,
                str(EDITOR_CHILD),
                "--db",
                str(db),
                "--cycles",
                str(EDITOR_CYCLES),
            ],
        ),
    ]


def _measure(kind: Kind, folder: Path) -> None:
    """Run the kind once to its end: its normal duration and what a complete run leaves."""
    folder.mkdir(parents=True)
    db = folder / "pledges.sqlite3"
    if kind.base is not None:
        shutil.copy(kind.base, db)
        kind.before = table_counts(db)
    ids_before = pledge_ids(db) if kind.base is not None else set()
    started = time.monotonic()
    result = run(kind.command(folder, db), cwd=folder)
    kind.duration = time.monotonic() - started
    assert result.returncode == 0, f"{kind.name} does not run to its end: {result.stderr}"
    if kind.timed_from_ready:
        ready = float(result.stdout.split()[1])  # READY <the child's monotonic clock>
        kind.duration = time.monotonic() - ready
    kind.after = table_counts(db)
    if kind.name.startswith("import"):
        kind.file_ids = pledge_ids(db) - ids_before
        assert kind.file_ids, f"{kind.name} imported nothing"
    if kind.name == "pdf --all":
        kind.pdf_names = {path.name for path in final_pdfs(folder / "pdf")}
        assert kind.pdf_names
    shutil.rmtree(folder)


def _trials(kinds: list[Kind], folder: Path, seed: int) -> Iterator[Trial]:
    """Round after round of every kind in a seeded order, each at a seeded random moment."""
    rng = random.Random(seed)
    number = 0
    while True:
        order = kinds[:]
        rng.shuffle(order)
        for kind in order:
            number += 1
            delay = rng.uniform(0.05, max(kind.duration, 0.1))
            yield Trial(number, kind, delay, folder / f"t{number:04d}")


# --- the harness ----------------------------------------------------------------------------


def test_kill_nine_at_random_moments_loses_nothing(prepared: Prepared, tmp_path: Path) -> None:
    target = kill_target()
    seed = int(os.environ.get("PLEDGE_KILL_SEED", DEFAULT_SEED))
    started = time.monotonic()
    kinds = _kinds(prepared)
    # Measured two at a time, as the trials run: the durations include that contention.
    with ThreadPoolExecutor(max_workers=2) as pool:
        for measuring in [
            pool.submit(_measure, kind, tmp_path / "measure" / kind.name.replace(" ", "_"))
            for kind in kinds
        ]:
            measuring.result()
    measured = ", ".join(f"{kind.name} {kind.duration:.1f} s" for kind in kinds)

    outcomes: list[Outcome] = []
    kills = 0
    pdf_trials = 0
    trials = _trials(kinds, tmp_path / "trials", seed)
    limit = target * 4 + 10  # trials that end before their kill do not count as kills
    launched = 0
    with ThreadPoolExecutor(max_workers=2) as pool:
        running: set[Future[Outcome]] = set()
        while True:
            while len(running) < 2 and kills + len(running) < target and launched < limit:
                running.add(pool.submit(_start_and_kill, next(trials)))
                launched += 1
            if not running:
                break
            finished, running = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                outcome = future.result()
                if outcome.trial.kind.name == "pdf --all":
                    pdf_trials += 1
                verify(outcome, rerun_all_pdf=pdf_trials % FULL_PDF_RERUN_EVERY == 1)
                outcomes.append(outcome)
                kills += outcome.killed
                if not outcome.killed and outcome.returncode == 0:
                    # It ended before its kill: the machine got faster (others' load went).
                    # Its run is the command's normal duration from now on.
                    outcome.trial.kind.duration = outcome.ran
                if not outcome.problems:
                    shutil.rmtree(outcome.trial.folder, ignore_errors=True)
    elapsed = time.monotonic() - started

    failed = [o for o in outcomes if o.problems]
    lost = [o for o in failed if any(p.kind == "lost" for p in o.problems)]
    corrupt = [o for o in failed if any(p.kind == "corrupt" for p in o.problems)]
    in_transaction = sum(o.killed and o.hot_journal for o in outcomes)
    per_kind = []
    for kind in kinds:
        mine = [o for o in outcomes if o.trial.kind is kind]
        states = Counter(
            o.state.split(" (")[0] if kind.name != "editor" else "steps" for o in mine if o.state
        )
        per_kind.append(
            f"  {kind.name}: {sum(o.killed for o in mine)} kills "
            f"({sum(o.killed and o.hot_journal for o in mine)} left a hot journal), "
            f"{sum(not o.killed for o in mine)} ended before their kill, "
            f"outcomes {dict(states)}, failures {sum(bool(o.problems) for o in mine)}"
        )
    notes = Counter(note for o in outcomes for note in o.notes)
    reached = sorted(
        int(o.state.split()[0])
        for o in outcomes
        if o.killed and o.state and o.trial.kind.name == "editor"
    )
    if reached:
        per_kind.append(
            f"  editor steps committed when killed: min {reached[0]}, median "
            f"{reached[len(reached) // 2]}, max {reached[-1]} of "
            f"{len(editor_model.steps(EDITOR_CYCLES))}"
        )
    summary = (
        f"kill harness: {kills} kills ({in_transaction} left a hot journal: died mid-write), "
        f"{len(failed)} failures, {len(lost)} with data lost, {len(corrupt)} corrupt; "
        f"{elapsed:.0f} s; seed {seed}\n"
        f"  normal durations: {measured}\n" + "\n".join(per_kind) + "\n"
        f"  notes (not failures): {dict(notes) or 'none'}"
    )
    details = "\n".join(
        f"- trial {o.trial.number} {o.trial.kind.name} killed at {o.trial.delay:.2f} s "
        f"(killed={o.killed}, rc={o.returncode}, hot journal={o.hot_journal}) in {o.trial.folder}: "
        + "; ".join(f"[{p.kind}] {p.text}" for p in o.problems)
        for o in failed[:15]
    )
    (tmp_path / "summary.txt").write_text(summary + "\n" + details + "\n", encoding="utf-8")
    print("\n" + summary)
    if details:
        print(details)
    assert kills >= target, f"only {kills} of {target} kills landed\n{summary}"
    assert not failed, f"{summary}\n{details}"


# --- kills at chosen statements -------------------------------------------------------------


def _kill_at_statement(statement: int, *argv: str) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, str(KILL_SWITCH), str(statement), *argv])


def test_a_kill_while_a_new_database_gets_its_schema_leaves_a_file_that_opens(
    prepared: Prepared, tmp_path: Path
) -> None:
    # The schema of a new file takes ~150 statements; kill early, midway and late in it.
    broken = []
    for statement in (8, 60, 140):
        db = tmp_path / f"new-{statement}.sqlite3"
        killed = _kill_at_statement(statement, "--db", str(db), "import", str(prepared.demo_json))
        must(killed.returncode == -signal.SIGKILL, killed.stderr)
        # The clerk runs the same import again: it must work, and the file must be sound.
        again = run(cli(db, "import", str(prepared.demo_json)))
        if again.returncode != 0:
            broken.append(f"killed after statement {statement}: {again.stderr.strip()}")
            continue
        must(not (found := soundness(db)), f"not sound: {found}")
    assert not broken, "\n".join(broken)


def _counted(result: subprocess.CompletedProcess[str], what: str) -> int:
    """The count kill_switch.py printed at the end of a complete run."""
    match = re.search(rf"^{what}: (\d+)$", result.stderr, re.MULTILINE)
    assert match, result.stderr
    return int(match.group(1))


@pytest.mark.parametrize("into", ["empty", "demo"])
def test_kills_at_every_stage_of_an_import_are_all_or_nothing(
    prepared: Prepared, tmp_path: Path, into: str
) -> None:
    """Kills at chosen SQL statements of an import, from the first to the last before its
    commit: a complement to the random moments, which seldom land inside the transaction."""
    base = prepared.empty_db if into == "empty" else prepared.demo_db
    exchange = prepared.demo_json if into == "empty" else prepared.extra_json
    probe = tmp_path / "probe.sqlite3"
    shutil.copy(base, probe)
    full = _kill_at_statement(0, "--db", str(probe), "import", str(exchange))
    assert full.returncode == 0, full.stderr
    total = _counted(full, "statements")
    before, after = table_counts(base), table_counts(probe)
    points = sorted({1, 2, total // 4, total // 2, (3 * total) // 4, total - 2, total - 1})
    for statement in [point for point in points if 0 < point < total]:
        db = tmp_path / f"at-{statement}.sqlite3"
        shutil.copy(base, db)
        killed = _kill_at_statement(statement, "--db", str(db), "import", str(exchange))
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert soundness(db) == [], f"after statement {statement} of {total}"
        counts = table_counts(db)
        assert counts in (before, after), (
            f"killed after statement {statement} of {total}: {counts_diff(counts, before)}"
        )


def test_a_batch_killed_after_its_commit_keeps_every_copy_it_registered(
    prepared: Prepared, tmp_path: Path
) -> None:
    import hashlib

    db, folder = tmp_path / "pledges.sqlite3", tmp_path / "pdf"
    shutil.copy(prepared.demo_db, db)
    probe = run(
        [
            sys.executable,
            str(KILL_SWITCH),
            "replace:0",
            *cli(db, "pdf", "--all", "--out", str(folder))[3:],
        ]
    )
    must(probe.returncode == 0, probe.stderr)
    files = len(final_pdfs(folder))
    shutil.rmtree(folder)
    shutil.copy(prepared.demo_db, db)
    # Each file is first written (one rename into its pending name), then revealed (a
    # second rename): rename number files + 1 is the first reveal, after the commit.
    killed = run(
        [
            sys.executable,
            str(KILL_SWITCH),
            f"replace:{files + 1}",
            *cli(db, "pdf", "--all", "--out", str(folder))[3:],
        ]
    )
    must(killed.returncode == -signal.SIGKILL, killed.stderr)
    must(not (found := soundness(db)), f"not sound: {found}")
    before = table_counts(prepared.demo_db)["printed_copy"]
    connection = sqlite3.connect(db)
    try:
        registered = [
            row[0]
            for row in connection.execute(
                "SELECT pdf_sha256 FROM printed_copy ORDER BY printed_at"
            ).fetchall()[before:]
        ]
    finally:
        connection.close()
    must(registered, "the kill did not land after the commit")
    # The clerk prints one pledge into the same folder: the killed batch's leftovers go.
    code, output = run_inprocess(
        "--db", str(db), "pdf", sorted(pledge_ids(db))[0], "--out", str(folder)
    )
    must(code == 0, output)
    present = {hashlib.sha256(p.read_bytes()).hexdigest() for p in final_pdfs(folder)}
    missing = [digest for digest in registered if digest not in present]
    assert not missing, (
        f"{len(missing)} of the {len(registered)} copies the killed batch registered exist "
        "under no name any more"
    )
