"""Build hook: compile resources/translations/*.ts into the .qm catalogues the wheel ships."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

TRANSLATIONS = Path("resources") / "translations"
PACKAGED_TRANSLATIONS = "pledge_app/resources/translations"


def lrelease() -> Path:
    """Qt's lrelease from the PySide6 wheel the hook depends on."""
    import PySide6

    exe = ".exe" if sys.platform == "win32" else ""
    package_dir = Path(PySide6.__file__).resolve().parent
    for candidate in (
        package_dir / f"lrelease{exe}",
        package_dir / "Qt" / "bin" / f"lrelease{exe}",
    ):
        if candidate.is_file():
            return candidate
    raise RuntimeError(f"lrelease not found in {package_dir}")


class CompileCatalogues(BuildHookInterface):
    """Add a freshly compiled .qm beside each .ts in the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile every catalogue into a scratch folder and map it into the wheel."""
        if self.target_name != "wheel" or version == "editable":
            return  # a checkout compiles its catalogues at run time, into the user's cache
        sources = sorted((Path(self.root) / TRANSLATIONS).glob("*.ts"))
        strays = [ts.with_suffix(".qm") for ts in sources if ts.with_suffix(".qm").exists()]
        if strays:
            # The folder is mapped into the wheel whole, so a stale .qm would ship twice.
            raise RuntimeError(f"delete the locally built {', '.join(map(str, strays))}")
        self._scratch = Path(tempfile.mkdtemp(prefix="pledge-app-qm-"))
        tool = lrelease()
        for source in sources:
            target = self._scratch / source.with_suffix(".qm").name
            subprocess.run(
                [str(tool), "-silent", str(source), "-qm", str(target)],
                check=True,
                timeout=120,
            )
            build_data["force_include"][str(target)] = f"{PACKAGED_TRANSLATIONS}/{target.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        """Remove the scratch folder once the wheel is written."""
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
