"""Shared fixtures: real database files (SQLite; PostgreSQL where asked) and sample content."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pledge_app.core.database import Database, open_database
from pledge_app.core.enums import TaskList
from pledge_app.core.views import PartyView, PledgeContent, TaskView

#: The shared-office server the tests use; CI starts the same one.
POSTGRES_URL = os.environ.get(
    "PLEDGE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user's data folder and settings."""
    monkeypatch.setenv("PLEDGE_APP_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database file."""
    db = open_database(tmp_path / "pledges.sqlite3")
    yield db
    db.dispose()


def _postgres_schema_url(schema: str) -> str:
    separator = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture
def postgres_database() -> Iterator[Database]:
    """A fresh, migrated PostgreSQL schema on the shared-office test server."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except OperationalError as error:
        admin.dispose()
        if os.environ.get("CI"):
            raise
        # A developer's machine without the shared-office server; CI always has one.
        pytest.skip(f"no PostgreSQL server at {POSTGRES_URL}: {error.orig}")
    db = open_database(_postgres_schema_url(schema))
    try:
        yield db
    finally:
        db.dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request: pytest.FixtureRequest) -> Database:
    """The same test on the embedded SQLite file and on the shared PostgreSQL server."""
    name = "database" if request.param == "sqlite" else "postgres_database"
    db: Database = request.getfixturevalue(name)
    return db


def make_content(**changes: object) -> PledgeContent:
    """A complete, finalisable pledge; keyword arguments replace fields."""
    content = PledgeContent(
        number="改革办〔2026〕1号",
        title="2026年度全面深化改革目标责任书",
        year=2026,
        issuer=PartyView("市委全面深化改革委员会", "王建国", "主任"),
        responsible=PartyView("市发展和改革委员会", "李明", "主任"),
        goals=("全面完成年度改革任务，重点领域改革取得突破。",),
        duties=("主要负责同志是改革第一责任人，履行主体责任。",),
        measures=("建立月调度、季通报机制，按期报送进展。",),
        outcomes=("年度改革任务完成率达到100%。",),
        tasks=(
            TaskView(
                item="深化“放管服”改革",
                lead_official="李明",
                responsible_body="市发展和改革委员会",
                measures="推进一网通办，压减审批时限",
                deliverable="制度文件",
                deadline=date(2026, 12, 31),
                list_class=TaskList.PRIORITY,
                cooperating_units=("市政务服务中心", "市司法局"),
                weight=10.0,
            ),
        ),
    )
    from dataclasses import replace

    return replace(content, **changes)  # type: ignore[arg-type]


@pytest.fixture
def sample_content() -> PledgeContent:
    """A complete, finalisable pledge."""
    return make_content()
