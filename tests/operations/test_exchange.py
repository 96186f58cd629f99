"""Import and export: a bad file touches nothing, and what goes out comes back the same."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pledge_app.core.database import Database, open_database
from pledge_app.core.errors import BadInput, ImportFailed, PledgeError
from pledge_app.core.exchange.files import ExchangeFileInvalid
from pledge_app.core.pledges import all_pledge_ids, create_pledge, get_pledge
from pledge_app.operations.changes import NO_CHANGES, Changes
from pledge_app.operations.demo import load_sample_year
from pledge_app.operations.exchange import (
    export_file,
    import_exchange,
    import_file,
    read_exchange_file,
)
from tests.conftest import make_content


def add_pledges(database: Database, count: int, *, prefix: str) -> None:
    with database.begin() as session:
        for n in range(1, count + 1):
            create_pledge(
                session, make_content(number=f"{prefix}〔2026〕{n}号", title=f"{prefix}{n}")
            )


def dump(database: Database) -> str:
    """Every row of the SQLite file, read past the application's own connections."""
    path = database.engine.url.database
    assert path
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump())
    finally:
        connection.close()


def pledge_count(database: Database) -> int:
    with database.begin() as session:
        return len(all_pledge_ids(session))


@pytest.fixture
def other_office_file(tmp_path: Path) -> Path:
    """An exchange file of three pledges, exported from another office's database."""
    path = tmp_path / "other.json"
    with open_database(tmp_path / "other.sqlite3") as other:
        add_pledges(other, 3, prefix="外单位")
        export_file(other, path)
    return path


@pytest.fixture
def two_pledges(database: Database) -> Database:
    add_pledges(database, 2, prefix="本单位")
    return database


def test_importing_a_good_file_adds_its_pledges_and_changes_everything(
    two_pledges: Database, other_office_file: Path
) -> None:
    done = import_file(two_pledges, other_office_file)
    assert done.value.created == 3
    assert done.value.ready_to_sign == 0
    assert done.changes == Changes.of_everything()
    assert pledge_count(two_pledges) == 5


def test_a_malformed_file_names_the_field_and_leaves_the_database_as_it_was(
    two_pledges: Database, other_office_file: Path, tmp_path: Path
) -> None:
    document = json.loads(other_office_file.read_text(encoding="utf-8"))
    document["pledges"][1]["year"] = "二〇二六"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = dump(two_pledges)
    with pytest.raises(ExchangeFileInvalid) as caught:
        import_file(two_pledges, bad)
    [problem] = caught.value.problems
    assert problem.startswith("bad.json: pledge 2 (外单位〔2026〕2号), year:")
    assert "must be a whole number" in problem
    assert dump(two_pledges) == before


def test_a_file_the_database_refuses_is_rolled_back_whole(
    two_pledges: Database, other_office_file: Path
) -> None:
    import_file(two_pledges, other_office_file)
    before = dump(two_pledges)
    with pytest.raises(ExchangeFileInvalid) as caught:
        import_file(two_pledges, other_office_file)
    assert "other.json: pledge 1 (外单位〔2026〕1号), id: a pledge with the id" in str(caught.value)
    assert dump(two_pledges) == before


def test_a_missing_file_is_named_and_touches_nothing(two_pledges: Database, tmp_path: Path) -> None:
    before = dump(two_pledges)
    with pytest.raises(BadInput) as caught:
        import_file(two_pledges, tmp_path / "nope.json")
    assert str(caught.value) == f"{tmp_path / 'nope.json'}: there is no such file"
    assert dump(two_pledges) == before


def test_a_file_is_read_and_checked_without_a_database(other_office_file: Path) -> None:
    exchange = read_exchange_file(other_office_file)
    assert exchange.path == other_office_file
    assert [pledge.content.title for pledge in exchange.pledges] == [
        "外单位1",
        "外单位2",
        "外单位3",
    ]


def test_export_then_import_into_a_fresh_database_exports_the_same_bytes(
    database: Database, tmp_path: Path
) -> None:
    load_sample_year(database)
    first = tmp_path / "first.json"
    exported = export_file(database, first)
    assert exported.value.path == first
    assert exported.value.count == pledge_count(database)
    assert exported.changes == NO_CHANGES
    with open_database(tmp_path / "fresh.sqlite3") as fresh:
        assert import_file(fresh, first).value.created == exported.value.count
        second = tmp_path / "second.json"
        export_file(fresh, second)
    assert second.read_bytes() == first.read_bytes()


def test_an_export_that_cannot_be_written_names_the_file(
    two_pledges: Database, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(PledgeError, match="not-a-folder"):
        export_file(two_pledges, blocker / "pledges.json")


class RecordingProgress:
    def __init__(self) -> None:
        self.steps: list[tuple[str, int]] = []

    def begin(self, total: int, label: str) -> None:
        self.steps.append(("begin", total))

    def advance(self, done: int, label: str) -> None:
        self.steps.append(("advance", done))

    def cancelled(self) -> bool:
        return False


def test_an_import_reports_its_progress(database: Database, other_office_file: Path) -> None:
    progress = RecordingProgress()
    import_file(database, other_office_file, progress=progress)
    assert progress.steps == [("begin", 3), ("advance", 3)]


# -- whatever the file holds, the import refuses it cleanly or writes nothing ----------

_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["number", "title", "year", "issuer", "id", "status", "tasks", "x"])
            | st.text(max_size=6),
            children,
            max_size=6,
        )
    ),
    max_leaves=24,
)
_documents = st.fixed_dictionaries(
    {
        "format": st.just("pledge-exchange") | st.text(max_size=8),
        "version": st.sampled_from([1, 2]) | _json,
        "pledges": st.lists(_json, max_size=3) | _json,
    },
    optional={"extra": _json},
)
_contents = (
    st.binary(max_size=200)
    | _json.map(lambda value: json.dumps(value).encode())
    | _documents.map(lambda document: json.dumps(document, ensure_ascii=False).encode())
)


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "random.json"


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(content=_contents)
def test_random_content_is_refused_as_a_pledge_error_and_writes_nothing(
    two_pledges: Database, scratch: Path, content: bytes
) -> None:
    scratch.write_bytes(content)
    before = dump(two_pledges)
    try:
        done = import_file(two_pledges, scratch)
    except PledgeError:
        pass
    else:  # only a well-formed file without pledges gets this far
        assert done.value.created == 0
    assert dump(two_pledges) == before


# -- a file cut short anywhere is refused cleanly, and the database stays as it was ----


@pytest.fixture(scope="module")
def exported_year(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The sample year as an export writes it: signed, amended, with images and scans."""
    folder = tmp_path_factory.mktemp("year")
    with open_database(folder / "year.sqlite3") as year:
        load_sample_year(year)
        export_file(year, folder / "year.json")
    return (folder / "year.json").read_bytes()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(cut=st.floats(min_value=0, max_value=1, exclude_max=True))
def test_a_file_cut_short_at_any_byte_is_refused_and_writes_nothing(
    two_pledges: Database, scratch: Path, exported_year: bytes, cut: float
) -> None:
    # Every cut loses at least the closing brace: no prefix is a whole document.
    scratch.write_bytes(exported_year[: int(cut * (len(exported_year) - 1))])
    before = dump(two_pledges)
    with pytest.raises((ImportFailed, BadInput)):
        import_file(two_pledges, scratch)
    assert dump(two_pledges) == before


def test_what_was_checked_is_what_is_imported_even_if_the_file_changes_meanwhile(
    two_pledges: Database, other_office_file: Path
) -> None:
    exchange = read_exchange_file(other_office_file)
    text = other_office_file.read_text(encoding="utf-8")
    other_office_file.write_text(text.replace("外单位2", "外单位9"), encoding="utf-8")
    import_exchange(two_pledges, exchange)
    with two_pledges.begin() as session:
        titles = {get_pledge(session, i).content.title for i in all_pledge_ids(session)}
    assert "外单位2" in titles
    assert "外单位9" not in titles


def test_an_export_reports_its_progress(two_pledges: Database, tmp_path: Path) -> None:
    progress = RecordingProgress()
    export_file(two_pledges, tmp_path / "out.json", progress=progress)
    assert progress.steps == [("begin", 2), ("advance", 2)]


def test_an_export_that_fails_half_way_leaves_the_old_file(
    two_pledges: Database, tmp_path: Path
) -> None:
    target = tmp_path / "exports" / "out.json"
    target.parent.mkdir()
    target.write_text("the earlier export", encoding="utf-8")

    class Failing(RecordingProgress):
        def advance(self, done: int, label: str) -> None:
            raise OSError(28, "No space left on device")

    with pytest.raises(PledgeError, match=r"out\.json"):
        export_file(two_pledges, target, progress=Failing())
    assert target.read_text(encoding="utf-8") == "the earlier export"
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]


def test_an_export_onto_the_database_itself_is_refused(database: Database) -> None:
    from pledge_app.core.errors import BadInput
    from pledge_app.operations.exchange import export_file

    file = Path(database.engine.url.database or "")
    before = file.read_bytes()
    with pytest.raises(BadInput, match="database itself"):
        export_file(database, file)
    assert file.read_bytes() == before
