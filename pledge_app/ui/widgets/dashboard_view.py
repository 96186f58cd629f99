"""The dashboard's widgets: the empty state, or the numbers, charts and lists of figures."""

from __future__ import annotations

from functools import partial

from PySide6.QtCharts import QBarSet
from PySide6.QtCore import QCollator, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from pledge_app.core.tracking.dashboard import DashboardFigures, UnitCompletion
from pledge_app.ui import style
from pledge_app.ui.style import PALETTE
from pledge_app.ui.widgets.dashboard_chart_panel import ChartPanel
from pledge_app.ui.widgets.dashboard_charts import (
    CompletionChart,
    LightChart,
    OverdueChart,
    completion_chart,
    light_chart,
    overdue_chart,
    unit_tooltip,
)
from pledge_app.ui.widgets.dashboard_lists import DueList, NotReportedList, RegisterPanel
from pledge_app.ui.widgets.dashboard_tiles import NumberTile


def _card(title: QLabel, body: QWidget, *, object_name: str, parent: QWidget) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName(object_name)
    frame.setStyleSheet(style.card(object_name))
    style.heading(title)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 6, 8, 6)
    layout.setSpacing(4)
    layout.addWidget(title)
    layout.addWidget(body, 1)
    return frame


def reporting_month(figures: DashboardFigures) -> str:
    """The month reports are owed for, as 2026-05."""
    start, _end = figures.reporting_period
    return f"{start:%Y-%m}"


class DashboardView(QStackedWidget):
    """Shows `DashboardFigures` (`show_figures`); a click on a bar or slice comes out as
    `unit_clicked(index, done)`, `light_clicked(light)` or `month_clicked(index)`."""

    unit_clicked = Signal(int, bool)
    light_clicked = Signal(object)  # Light
    month_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardView")
        self.figures: DashboardFigures | None = None
        self.completion: CompletionChart | None = None
        self.light: LightChart | None = None
        self.overdue: OverdueChart | None = None
        self.empty_panel = self._build_empty()
        self.content = QWidget(self)
        self.content.setObjectName("dashboardContent")
        self.addWidget(self.empty_panel)
        self.addWidget(self.content)
        self.setCurrentWidget(self.content)
        self._build_content()
        self.sort_order.currentIndexChanged.connect(self._on_sort_order_changed)

    # -- construction ----------------------------------------------------

    def _build_empty(self) -> QWidget:
        panel = QWidget(self)
        panel.setObjectName("dashboardEmpty")
        heading = QLabel(self.tr("No pledge is in force yet."), panel)
        heading.setObjectName("dashboardEmptyHeading")
        heading.setStyleSheet(f"color: {PALETTE.text_muted}; font-size: 14pt;")
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        body = QLabel(
            self.tr(
                "The dashboard follows signed pledges. Once a pledge is signed by both "
                "parties, its tasks, their traffic lights and the reports on them show here."
            ),
            panel,
        )
        body.setObjectName("dashboardEmptyText")
        body.setWordWrap(True)
        # A wrapped label placed with an alignment flag gets no height for its lines: it
        # keeps a fixed width between stretches instead.
        body.setFixedWidth(520)
        body.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        style.explanatory(body)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(body)
        row.addStretch(1)
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addStretch(2)
        return panel

    def _build_content(self) -> None:
        content = self.content
        p = PALETTE
        self.tasks_tile = NumberTile(self.tr("Tasks in force"), object_name="tasksTile")
        self.overdue_tile = NumberTile(
            self.tr("Overdue"), object_name="overdueTile", colour=p.danger
        )
        self.week_tile = NumberTile(
            self.tr("Due in the next 7 days"), object_name="weekTile", colour=p.warning_strong
        )
        self.soon_tile = NumberTile(
            self.tr("Due in the next 30 days"), object_name="soonTile", colour=p.info
        )
        self.not_reported_tile = NumberTile(
            self.tr("Units not reported"), object_name="notReportedTile", colour=p.danger
        )
        self.year_filter = QComboBox(content)
        self.year_filter.setObjectName("yearFilter")
        self.year_filter.addItem(self.tr("All years"), None)
        year_label = QLabel(self.tr("&Year:"), content)
        year_label.setBuddy(self.year_filter)
        tiles = QHBoxLayout()
        tiles.setSpacing(8)
        for tile in self.tiles():
            tile.setParent(content)
            tiles.addWidget(tile)
        year_box = QVBoxLayout()
        year_box.addWidget(year_label)
        year_box.addWidget(self.year_filter)
        tiles.addLayout(year_box)

        self.completion_panel = ChartPanel(
            self.tr("Completion by unit"), object_name="completionPanel", parent=content
        )
        self.sort_order = QComboBox(self.completion_panel)
        self.sort_order.setObjectName("sortOrder")
        self.sort_order.addItem(self.tr("By completion"), "completion")
        self.sort_order.addItem(self.tr("By name"), "name")
        self.completion_panel.add_control(self.sort_order)
        self._scroll_completion()
        self.light_panel = ChartPanel(
            self.tr("Traffic lights"), object_name="lightPanel", parent=content
        )
        self.overdue_panel = ChartPanel(
            self.tr("Overdue by month"), object_name="overduePanel", parent=content
        )
        charts = QHBoxLayout()
        charts.setSpacing(8)
        charts.addWidget(self.completion_panel, 5)
        charts.addWidget(self.light_panel, 3)
        charts.addWidget(self.overdue_panel, 4)

        self.due_list = DueList(content)
        self.not_reported_list = NotReportedList(content)
        self.not_reported_title = QLabel(content)
        self.not_reported_title.setObjectName("notReportedTitle")
        self.not_reported_hint = QLabel(content)
        self.not_reported_hint.setObjectName("notReportedHint")
        self.not_reported_hint.setWordWrap(True)
        style.muted(self.not_reported_hint)
        owed = QWidget(content)
        owed_layout = QVBoxLayout(owed)
        owed_layout.setContentsMargins(0, 0, 0, 0)
        owed_layout.addWidget(self.not_reported_list, 1)
        owed_layout.addWidget(self.not_reported_hint)
        self.registers = RegisterPanel(content)
        for widget in (self.due_list, self.not_reported_list):
            # The charts take the height; the lists scroll, keeping a few rows in sight.
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            widget.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        lists = QHBoxLayout()
        lists.setSpacing(8)
        for title, body, name, stretch in (
            (
                QLabel(self.tr("Deadlines in the next 30 days"), content),
                self.due_list,
                "dueCard",
                5,
            ),
            (self.not_reported_title, owed, "notReportedCard", 3),
            (QLabel(self.tr("Registers"), content), self.registers, "registerCard", 2),
        ):
            lists.addWidget(_card(title, body, object_name=name, parent=content), stretch)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(tiles)
        layout.addLayout(charts, 2)
        layout.addLayout(lists, 1)

    def _scroll_completion(self) -> None:
        # Many units need more height than the card has: the chart scrolls, not squeezes.
        panel = self.completion_panel
        scroll = QScrollArea(panel)
        scroll.setObjectName("completionScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = panel.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(panel.view)
        scroll.setWidget(panel.view)
        layout.addWidget(scroll, 1)

    def tiles(self) -> tuple[NumberTile, ...]:
        """The numbers along the top."""
        return (
            self.tasks_tile,
            self.overdue_tile,
            self.week_tile,
            self.soon_tile,
            self.not_reported_tile,
        )

    def chart_panels(self) -> tuple[ChartPanel, ...]:
        """The three charts' cards."""
        return (self.completion_panel, self.light_panel, self.overdue_panel)

    def chosen_year(self) -> int | None:
        """The pledges' year chosen, or None for every year."""
        year = self.year_filter.currentData()
        return int(year) if year is not None else None

    # -- showing -----------------------------------------------------------

    def show_figures(self, figures: DashboardFigures) -> None:
        """Show `figures`, or the empty state when no task is in force."""
        self.figures = figures
        self._fill_years(figures)
        self.setCurrentWidget(self.empty_panel if figures.empty else self.content)
        self.tasks_tile.set_count(len(figures.all_keys))
        self.overdue_tile.set_count(len(figures.overdue))
        self.week_tile.set_count(len(figures.due_this_week))
        self.soon_tile.set_count(len(figures.due_soon))
        self.not_reported_tile.set_count(len(figures.not_reported))
        self._show_completion()
        self.light = light_chart(figures.lights)
        for pie_slice, light in zip(self.light.series.slices(), self.light.lights, strict=True):
            pie_slice.clicked.connect(partial(self.light_clicked.emit, light))
            pie_slice.hovered.connect(pie_slice.setExploded)
        self.light_panel.set_chart(self.light.chart)
        self.overdue = overdue_chart(figures.overdue_by_month)
        self.overdue.bar_set.clicked.connect(self.month_clicked)
        self.overdue_panel.title = self.tr("Overdue by month, {year}").format(
            year=figures.chart_year
        )
        self.overdue_panel.title_label.setText(self.overdue_panel.title)
        self.overdue_panel.set_chart(self.overdue.chart)
        self.due_list.set_tasks(figures.due_soon)
        self.not_reported_list.set_units(figures.not_reported)
        self.not_reported_title.setText(
            self.tr("Not reported for {period}").format(period=reporting_month(figures))
        )
        self.not_reported_hint.setText(
            self.tr("Each month's reports are due by day {day} of the next month.").format(
                day=figures.reporting_day
            )
            if figures.not_reported
            else self.tr("Every unit has reported.")
        )
        self.registers.set_counts(figures.registers)

    def _fill_years(self, figures: DashboardFigures) -> None:
        self.year_filter.blockSignals(True)
        while self.year_filter.count() > 1:
            self.year_filter.removeItem(1)
        for year in figures.years:
            self.year_filter.addItem(str(year), year)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(figures.year), 0))
        self.year_filter.blockSignals(False)

    def sorted_units(self) -> list[UnitCompletion]:
        """The units in the chosen order: most done first, or by name."""
        units = list(self.figures.units) if self.figures is not None else []
        collator = QCollator(QLocale())
        if self.sort_order.currentData() == "name":
            return sorted(units, key=lambda unit: collator.sortKey(unit.unit))
        return sorted(
            units,
            key=lambda unit: (-unit.done_share, -unit.mean_percent, collator.sortKey(unit.unit)),
        )

    def _show_completion(self) -> None:
        units = self.sorted_units()
        self.completion = completion_chart(units)
        self.completion.series.clicked.connect(self._on_completion_series_clicked)
        self.completion.series.hovered.connect(self._on_completion_series_hovered)
        row = self.fontMetrics().height() + 8
        self.completion_panel.view.setMinimumHeight(max(160, row * len(units) + 70))
        self.completion_panel.set_chart(self.completion.chart)

    # -- slots -------------------------------------------------------------

    @Slot(int, QBarSet)
    def _on_completion_series_clicked(self, index: int, bar_set: QBarSet) -> None:
        if self.completion is not None:
            self.unit_clicked.emit(index, bar_set is self.completion.done_set)

    @Slot(bool, int, QBarSet)
    def _on_completion_series_hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if status and self.completion is not None:
            QToolTip.showText(QCursor.pos(), unit_tooltip(self.completion.units[index]), self)
        else:
            QToolTip.hideText()

    def _on_sort_order_changed(self, _index: int) -> None:
        if self.figures is not None:
            self._show_completion()
