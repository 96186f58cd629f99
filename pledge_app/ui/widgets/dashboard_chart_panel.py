"""One chart of the dashboard in a card: its title, extra controls, and Save as PNG."""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from pledge_app.ui import style


class ChartPanel(QFrame):
    """A titled card holding a QChartView; `save_requested` when the clerk asks for a PNG
    (the button or the chart's context menu), `png_bytes()` the picture to save."""

    save_requested = Signal()

    def __init__(self, title: str, *, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setStyleSheet(style.card(object_name))
        self.title = title
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName(f"{object_name}Title")
        style.heading(self.title_label)
        self.view = QChartView(self)
        self.view.setObjectName(f"{object_name}View")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setStyleSheet("background: transparent; border: none;")
        self.view.setMinimumHeight(120)
        self.save_action = QAction(self.tr("Save chart as PNG…"), self.view)
        self.save_action.setObjectName(f"{object_name}SaveAction")
        self.view.addAction(self.save_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.save_button = QToolButton(self)
        self.save_button.setObjectName(f"{object_name}SaveButton")
        self.save_button.setText(self.tr("PNG"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG picture"))
        self.save_button.setAutoRaise(True)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.title_label)
        self.header.addStretch(1)
        self.header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(2)
        layout.addLayout(self.header)
        layout.addWidget(self.view, 1)
        self.save_action.triggered.connect(self.save_requested)
        self.save_button.clicked.connect(self.save_requested)

    def add_control(self, widget: QWidget) -> None:
        """Put a control (a sort order, say) in the header, left of the PNG button."""
        self.header.insertWidget(self.header.count() - 1, widget)

    def set_chart(self, chart: QChart) -> None:
        """Show `chart`; the one shown before is deleted (the view gives it back, not away)."""
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()

    def png_bytes(self) -> bytes:
        """The chart as the clerk sees it, as PNG bytes (nothing is written here)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.view.grab().save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
