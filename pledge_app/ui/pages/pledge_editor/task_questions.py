"""What the task table asks and tells the clerk: a refused edit, a failed paste, whether a
paste may replace tasks, and the pledge's year for the deadline calendar; and a paste into
a section's paragraph that was refused."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from pledge_app.ui.models.task_table_model import TaskTableModel
from pledge_app.ui.prompts import UserPrompts
from pledge_app.ui.widgets.pledge_sections import PledgeSections
from pledge_app.ui.widgets.task_table_view import TaskTableView

# lupdate extracts calls to a function named `translate`; the page's context keeps the
# translations these messages had there.
translate = QCoreApplication.translate


def answer_task_table(
    view: TaskTableView,
    model: TaskTableModel,
    *,
    prompts: UserPrompts,
    pledge_year: Callable[[], int],
) -> None:
    """Connect the table's questions and complaints to `prompts`."""

    def confirm_overwrite(row: int, count: int) -> bool:
        question = translate(
            "PledgeEditorPage",
            "The pasted rows would replace {count} task(s) from task {row} on. Replace them?",
        ).format(count=count, row=row + 1)
        title = translate("PledgeEditorPage", "Replace tasks")
        return prompts.confirm(title, question, destructive=True)

    model.edit_rejected.connect(
        lambda message: prompts.show_warning(
            translate("PledgeEditorPage", "Cannot change the task"), message
        )
    )
    view.paste_failed.connect(
        lambda message: prompts.show_error(
            translate("PledgeEditorPage", "Nothing was pasted"), message
        )
    )
    view.confirm_overwrite = confirm_overwrite
    view.pledge_year = pledge_year


def answer_paragraph_pastes(sections: PledgeSections, *, prompts: UserPrompts) -> None:
    """Tell the clerk why a paste into a section's paragraph was refused."""
    sections.paste_refused.connect(
        lambda message: prompts.show_error(
            translate("PledgeEditorPage", "Nothing was pasted"), message
        )
    )
