"""The dashboard's three charts, built from its figures; the page connects their clicks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalPercentBarSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics

from pledge_app.core.tracking.dashboard import LightCount, MonthOverdue, UnitCompletion
from pledge_app.core.tracking.states import Light, light_label
from pledge_app.ui.style import PALETTE, light_colour

# lupdate extracts calls to a function named `translate`.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class CompletionChart:
    """Completion by unit: one bar per unit (first unit on top), done and not done."""

    chart: QChart
    series: QHorizontalPercentBarSeries
    done_set: QBarSet
    open_set: QBarSet
    #: The units in bar order: set index i is units[i].
    units: tuple[UnitCompletion, ...]


@dataclass(frozen=True)
class LightChart:
    """The light mix as a donut; `lights[i]` is the light of slice i."""

    chart: QChart
    series: QPieSeries
    lights: tuple[Light, ...]


@dataclass(frozen=True)
class OverdueChart:
    """Overdue tasks by month: bar i is months[i]."""

    chart: QChart
    series: QBarSeries
    bar_set: QBarSet
    months: tuple[MonthOverdue, ...]


def _chart() -> QChart:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _count_axis(top: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    if top <= 4:
        # Whole numbers only, with room above the tallest bar for its label.
        axis.setRange(0, top + 1)
        axis.setTickCount(top + 2)
    else:
        axis.setRange(0, top * 1.15)
        axis.applyNiceNumbers()
    axis.setGridLineColor(QColor(PALETTE.border_light))
    return axis


def unit_caption(unit: UnitCompletion) -> str:
    """A unit's bar label: its name and its tasks done of all."""
    return translate("DashboardPage", "{unit}  {done}/{total}").format(
        unit=unit.unit, done=unit.done, total=unit.total
    )


def unit_tooltip(unit: UnitCompletion) -> str:
    """What a unit's bar says on hover: tasks done of all, and mean percent complete."""
    return translate(
        "DashboardPage", "{unit}: {done} of {total} tasks done; mean progress {percent}%"
    ).format(unit=unit.unit, done=unit.done, total=unit.total, percent=round(unit.mean_percent))


def completion_chart(units: Sequence[UnitCompletion]) -> CompletionChart:
    """Horizontal bars of each unit's tasks done and not done, 100 % long, in `units`' order."""
    chart = _chart()
    # Categories run bottom to top: the first unit goes last so that it shows on top.
    ordered = tuple(reversed(units))
    done_set = QBarSet(translate("DashboardPage", "Done"))
    done_set.setColor(QColor(light_colour(Light.DONE)))
    open_set = QBarSet(translate("DashboardPage", "Not done"))
    open_set.setColor(QColor(PALETTE.border))
    for unit in ordered:
        done_set.append(unit.done)
        open_set.append(unit.total - unit.done)
    for bar_set in (done_set, open_set):
        bar_set.setBorderColor(QColor(PALETTE.surface))
    series = QHorizontalPercentBarSeries()
    series.append([done_set, open_set])
    series.setBarWidth(0.7)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([unit_caption(unit) for unit in ordered])
    categories.setGridLineVisible(False)
    values = QValueAxis()
    values.setRange(0, 100)
    values.setTickCount(5)
    values.setLabelFormat("%d%%")
    values.setGridLineColor(QColor(PALETTE.border_light))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    return CompletionChart(chart, series, done_set, open_set, ordered)


def light_chart(lights: Sequence[LightCount]) -> LightChart:
    """A donut of the tasks by light, one slice per light that any task shows."""
    chart = _chart()
    series = QPieSeries()
    series.setHoleSize(0.5)
    series.setPieSize(0.9)
    shown: list[Light] = []
    for entry in lights:
        if not entry.keys:
            continue
        pie_slice = QPieSlice(
            translate("DashboardPage", "{light}: {count}").format(
                light=light_label(entry.light), count=len(entry.keys)
            ),
            len(entry.keys),
        )
        pie_slice.setColor(QColor(light_colour(entry.light)))
        pie_slice.setBorderColor(QColor(PALETTE.surface))
        series.append(pie_slice)
        shown.append(entry.light)
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    # A point smaller, so that "已完成：77" is not cut short on a 1366-pixel screen.
    small = QFont(chart.legend().font())
    small.setPointSizeF(max(small.pointSizeF() - 1, 7.0))
    chart.legend().setFont(small)
    # The legend is otherwise squeezed by the donut and cuts its longest label short.
    widest = max(
        (QFontMetrics(small).horizontalAdvance(s.label()) for s in series.slices()), default=0
    )
    chart.legend().setMinimumWidth(widest + 40)
    chart.legend().setShowToolTips(True)
    return LightChart(chart, series, tuple(shown))


def month_name(month: int) -> str:
    """A month's label under its bar: its number, which fits twelve bars on a laptop screen
    where even "1月" was cut to "1…" (the chart's title says these are months)."""
    return str(month)


def overdue_chart(months: Sequence[MonthOverdue]) -> OverdueChart:
    """Bars of the tasks overdue and not done at each month's end (today for this month)."""
    chart = _chart()
    bar_set = QBarSet(translate("DashboardPage", "Overdue"))
    bar_set.setColor(QColor(light_colour(Light.RED)))
    bar_set.setLabelColor(QColor(PALETTE.text))
    for month in months:
        bar_set.append(len(month.keys))
    series = QBarSeries()
    series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([month_name(month.month) for month in months])
    categories.setGridLineVisible(False)
    small = QFont(categories.labelsFont())
    small.setPointSizeF(max(small.pointSizeF() - 1, 7.0))
    categories.setTruncateLabels(False)  # "10" was drawn as "…" beside narrow bars
    categories.setLabelsFont(small)
    values = _count_axis(max((len(month.keys) for month in months), default=0))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().hide()
    return OverdueChart(chart, series, bar_set, tuple(months))
