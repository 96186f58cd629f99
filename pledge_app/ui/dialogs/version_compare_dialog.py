"""Two versions of a pledge side by side: header, each section and each task, changes coloured."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.compare import Change, ContentDiff, LineDiff, TaskDiff, compare_contents
from pledge_app.core.editing import TASK_FIELDS, task_cells
from pledge_app.core.enums import Section
from pledge_app.core.labels import task_field_label
from pledge_app.core.views import PledgeView, TaskView
from pledge_app.ui import style
from pledge_app.ui.labels import change_label, header_field_label, section_heading, status_label
from pledge_app.ui.style import PALETTE
from pledge_app.ui.widgets.screen_fit import resize_to_fit

Index = QModelIndex | QPersistentModelIndex

#: The Change of a row (a Change value); section heading rows carry None.
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1

#: Soft backgrounds: yellow for changed, green for added, red for removed.
BACKGROUNDS = {
    Change.CHANGED: QColor(PALETTE.changed_surface),
    Change.ADDED: QColor(PALETTE.added_surface),
    Change.REMOVED: QColor(PALETTE.removed_surface),
}
_HEADING_BACKGROUND = QColor(PALETTE.surface_heading)
_EMPTY_SIDE = QColor(PALETTE.surface_empty)


def task_text(task: TaskView | None) -> str:
    """A task as "field: value" lines, or "" for no task."""
    if task is None:
        return ""
    return "\n".join(
        f"{task_field_label(field)}：{value}"
        for field, value in zip(TASK_FIELDS, task_cells(task), strict=True)
        if value
    )


class _PaddedDelegate(QStyledItemDelegate):
    """Draws cells with some air around the text, keeping their background to the edges."""

    PADDING = 5

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(option.rect, background)
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, 0)
        super().paint(painter, inner, index)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        inner = QStyleOptionViewItem(option)
        inner.rect = option.rect.adjusted(0, 0, -2 * self.PADDING, 0)
        size = super().sizeHint(inner, index)
        return QSize(size.width() + 2 * self.PADDING, size.height() + 2 * self.PADDING)


class VersionCompareDialog(QDialog):
    """Read-only comparison of `old` and `new`; unchanged rows can be hidden.

    `unsaved` says that `new` holds the editor's changes not saved yet.
    """

    def __init__(
        self,
        old: PledgeView,
        new: PledgeView,
        *,
        unsaved: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("versionCompareDialog")
        self._old = old
        self._new = new
        self._unsaved = unsaved
        self.diff: ContentDiff = compare_contents(old.content, new.content)
        self._build_ui()
        self._connect_signals()
        self._load()

    # -- construction ----------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Compare versions"))
        resize_to_fit(self, 1000, 680)
        self.title_label = QLabel(self._new.content.title, self)
        self.title_label.setObjectName("titleLabel")
        self.title_label.setWordWrap(True)
        self.title_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summaryLabel")
        style.explanatory(self.summary_label)
        self.only_changes_box = QCheckBox(self.tr("Show only &changes"), self)
        self.only_changes_box.setObjectName("onlyChangesBox")

        legend = QHBoxLayout()
        legend.setSpacing(6)
        for change in (Change.CHANGED, Change.ADDED, Change.REMOVED):
            swatch = QLabel(change_label(change), self)
            swatch.setObjectName(f"legend_{change.value}")
            swatch.setStyleSheet(
                f"background: {BACKGROUNDS[change].name()}; border: 1px solid {PALETTE.border};"
                " border-radius: 3px; padding: 1px 8px;"
            )
            legend.addWidget(swatch)
        legend.addStretch(1)
        legend.addWidget(self.only_changes_box)

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("compareTable")
        self.table.setHorizontalHeaderLabels(
            [
                "",
                self._version_caption(self._old),
                self._version_caption(self._new, unsaved=self._unsaved),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(True)
        # A style sheet on ::item would hide the rows' background colours; style the grid only.
        self.table.setStyleSheet(
            f"QTableWidget#compareTable {{ gridline-color: {PALETTE.border_light}; }}"
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegate(_PaddedDelegate(self.table))
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setColumnWidth(0, self.fontMetrics().horizontalAdvance("中") * 11)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.setObjectName("buttonBox")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(legend)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.only_changes_box.toggled.connect(self._on_only_changes_box_toggled)
        self.table.horizontalHeader().sectionResized.connect(self._on_header_section_resized)

    def _load(self) -> None:
        self._add_heading(self.tr("Header"))
        for line in self.diff.header:
            self._add_row(line.change, header_field_label(line.label), line.old, line.new)
        for section in (Section.GOALS, Section.DUTIES, Section.MEASURES):
            self._add_section(section)
        self._add_heading(section_heading(None))
        self._add_tasks(self.diff.tasks)
        self._add_section(Section.OUTCOMES)
        self.summary_label.setText(self._summary())
        self.table.resizeRowsToContents()
        # A long pledge with one changed line is mostly unchanged text: start on the changes.
        self.only_changes_box.setChecked(not self.diff.unchanged)

    def _version_caption(self, view: PledgeView, *, unsaved: bool = False) -> str:
        if unsaved:
            return self.tr("Version {revision} ({status}, with unsaved changes)").format(
                revision=view.revision, status=status_label(view.status)
            )
        return self.tr("Version {revision} ({status})").format(
            revision=view.revision, status=status_label(view.status)
        )

    def _summary(self) -> str:
        summary = self._differences()
        if self._unsaved:
            note = self.tr("Version {new} includes changes not saved yet.").format(
                new=self._new.revision
            )
            return f"{summary} {note}"
        return summary

    def _differences(self) -> str:
        if self.diff.unchanged:
            return self.tr("The two versions say exactly the same.")
        lines: list[LineDiff] = [
            *self.diff.header,
            *(line for lines in self.diff.sections.values() for line in lines),
        ]
        count = sum(line.change is not Change.SAME for line in lines) + sum(
            task.change is not Change.SAME for task in self.diff.tasks
        )
        return self.tr("From version {old} to version {new}, differences: {count}.").format(
            old=self._old.revision, new=self._new.revision, count=count
        )

    # -- rows --------------------------------------------------------------

    def _add_heading(self, text: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(text)
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setBackground(QBrush(_HEADING_BACKGROUND))
        item.setData(CHANGE_ROLE, None)
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, 3)

    def _add_section(self, section: Section) -> None:
        self._add_heading(section_heading(section))
        lines = self.diff.sections.get(section, ())
        if not lines:
            self._add_row(Change.SAME, "", self.tr("(empty)"), self.tr("(empty)"))
        for number, line in enumerate(lines, start=1):
            caption = self.tr("Paragraph {n}").format(n=number)
            self._add_row(line.change, caption, line.old, line.new)

    def _add_tasks(self, tasks: tuple[TaskDiff, ...]) -> None:
        if not tasks:
            self._add_row(Change.SAME, "", self.tr("(no tasks)"), self.tr("(no tasks)"))
        for number, task in enumerate(tasks, start=1):
            caption = self.tr("Task {n}").format(n=number)
            fields = "、".join(task_field_label(field) for field in task.fields)
            self._add_row(
                task.change, caption, task_text(task.old), task_text(task.new), detail=fields
            )

    def _add_row(
        self, change: Change, caption: str, old: str, new: str, *, detail: str = ""
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        if change is not Change.SAME:
            what = change_label(change)
            if detail:
                what = self.tr("{change}: {fields}").format(change=what, fields=detail)
            caption = f"{caption}\n{what}" if caption else what
        cells = [QTableWidgetItem(caption), QTableWidgetItem(old), QTableWidgetItem(new)]
        background = BACKGROUNDS.get(change)
        for column, item in enumerate(cells):
            item.setData(CHANGE_ROLE, change.value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            if background is not None:
                empty_side = (change is Change.ADDED and column == 1) or (
                    change is Change.REMOVED and column == 2
                )
                item.setBackground(QBrush(_EMPTY_SIDE if empty_side else background))
            if column == 0:
                item.setForeground(QBrush(QColor(PALETTE.text_muted)))
            self.table.setItem(row, column, item)

    # -- queries -----------------------------------------------------------

    def row_change(self, row: int) -> Change | None:
        """The change shown on `row`, or None for a section heading."""
        item = self.table.item(row, 0)
        value = None if item is None else item.data(CHANGE_ROLE)
        return None if value is None else Change(value)

    def visible_rows(self) -> list[int]:
        """The rows not hidden by "show only changes"."""
        return [row for row in range(self.table.rowCount()) if not self.table.isRowHidden(row)]

    # -- slots -------------------------------------------------------------

    def _on_only_changes_box_toggled(self, only_changes: bool) -> None:
        heading: int | None = None
        heading_has_changes = False
        for row in range(self.table.rowCount()):
            change = self.row_change(row)
            if change is None:
                if heading is not None:
                    self.table.setRowHidden(heading, only_changes and not heading_has_changes)
                heading, heading_has_changes = row, False
                continue
            hidden = only_changes and change is Change.SAME
            heading_has_changes |= not hidden
            self.table.setRowHidden(row, hidden)
        if heading is not None:
            self.table.setRowHidden(heading, only_changes and not heading_has_changes)

    def _on_header_section_resized(self, *_args: int) -> None:
        # Word-wrapped rows need their height recomputed when the columns change width.
        self.table.resizeRowsToContents()
