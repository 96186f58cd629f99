"""Extract every translatable string of pledge_app/ into the committed .ts files.

    uv run python tools/update_translations.py              # run lupdate, report what is missing
    uv run python tools/update_translations.py --fill F.json  # also apply translations from F.json
    uv run python tools/update_translations.py --check      # exit 1 if the .ts is incomplete

F.json maps context -> {English source -> translation}. Running the tool twice changes
nothing: lupdate writes without line numbers or obsolete entries, so the .ts only changes
when a string does.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pledge_app.ui.translations import CATALOGUE, TRANSLATED_LANGUAGES, qt_tool  # noqa: E402

PACKAGE = ROOT / "pledge_app"
TRANSLATIONS = ROOT / "resources" / "translations"


def source_files() -> list[Path]:
    """Every Python file lupdate reads, in a stable order."""
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def run_lupdate(ts_file: Path) -> None:
    """Merge the strings of pledge_app/ into `ts_file` (created if missing)."""
    lupdate = qt_tool("lupdate")
    if lupdate is None:
        raise SystemExit("lupdate not found: is PySide6 installed in this environment?")
    files = [str(path.relative_to(ROOT)) for path in source_files()]
    # A file list keeps the command line short enough for Windows too.
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(files))
    try:
        subprocess.run(
            [
                *(str(lupdate), "-silent", "-no-obsolete", "-locations", "none"),
                *(f"@{lst.name}", "-ts", str(ts_file)),
            ],
            cwd=ROOT,
            check=True,
        )
    finally:
        Path(lst.name).unlink(missing_ok=True)


def _text_of(translation: ET.Element) -> str:
    forms = translation.findall("numerusform")
    if forms:  # plural messages (%n) carry one form per plural class; Chinese has one
        return "" if any(not (form.text or "").strip() for form in forms) else forms[0].text or ""
    return translation.text or ""


def messages(ts_file: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, or None where the translation is unfinished."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = _text_of(translation) if translation is not None else ""
            done = (
                translation is not None
                and translation.get("type") not in ("unfinished", "obsolete", "vanished")
                and bool(text.strip())
            )
            found[(name, source)] = text if done else None
    return found


def fill(ts_file: Path, table: dict[str, dict[str, str]]) -> int:
    """Write the translations of `table` into `ts_file`; how many were set."""
    tree = ET.parse(ts_file)
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = table.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source") or "")
            translation = message.find("translation")
            if not text or translation is None:
                continue
            forms = translation.findall("numerusform")
            for form in forms:
                form.text = text
            if not forms:
                translation.text = text
            translation.attrib.pop("type", None)
            count += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    run_lupdate(ts_file)  # lupdate puts back its own layout, so the diff stays small
    return count


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """The messages of `ts_file` still without a translation."""
    return [key for key, text in messages(ts_file).items() if text is None]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path, help="JSON: context -> {source -> translation}")
    parser.add_argument("--check", action="store_true", help="change nothing; fail if incomplete")
    args = parser.parse_args(argv)
    status = 0
    for language in TRANSLATED_LANGUAGES:
        ts_file = TRANSLATIONS / f"{CATALOGUE}_{language}.ts"
        target = ts_file
        if args.check:
            scratch = Path(tempfile.mkdtemp()) / ts_file.name
            if ts_file.exists():
                shutil.copyfile(ts_file, scratch)
            target = scratch
        run_lupdate(target)
        if args.fill:
            table = json.loads(args.fill.read_text(encoding="utf-8"))
            print(f"{ts_file.name}: {fill(target, table)} translations applied")
        missing = unfinished(target)
        total = len(messages(target))
        print(f"{ts_file.name}: {total - len(missing)} of {total} messages translated")
        for context, source in missing:
            print(f"  unfinished [{context}] {source!r}")
        if missing:
            status = 1
    return status if args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
