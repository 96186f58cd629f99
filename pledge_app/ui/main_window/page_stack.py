"""The window's pages, built once and stacked in the order of the navigation list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from pledge_app.settings import Settings
from pledge_app.ui.main_window.navigation import NavigationList, Page
from pledge_app.ui.operation_runner import OperationRunner
from pledge_app.ui.pages import placeholder_page
from pledge_app.ui.pages.audit_log_page import AuditLogPage
from pledge_app.ui.pages.dashboard_page import DashboardPage
from pledge_app.ui.pages.pledge_list_page import PledgeListPage
from pledge_app.ui.pages.tasks_page import TasksPage
from pledge_app.ui.pages.units_page import UnitsPage
from pledge_app.ui.prompts import UserPrompts
from pledge_app.ui.workspace import Workspace

# lupdate extracts calls to a function named `translate`; the titles keep the window's context.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class WindowPages:
    """The pages the window talks to by name."""

    pledge_list: PledgeListPage
    units_page: UnitsPage
    audit_page: AuditLogPage
    tasks_page: TasksPage
    dashboard_page: DashboardPage


def build_pages(
    stack: QStackedWidget,
    navigation: NavigationList,
    *,
    workspace: Workspace,
    runner: OperationRunner,
    settings: Settings,
    prompts: UserPrompts,
) -> WindowPages:
    """Build every page into `stack` and list it in `navigation`.

    The pages read the workspace's database when they load and refresh themselves from its
    `changed` signal; nobody reloads them by hand.
    """
    built = WindowPages(
        pledge_list=PledgeListPage(
            workspace, runner, settings=settings, prompts=prompts, parent=stack
        ),
        units_page=UnitsPage(workspace, runner, prompts=prompts, parent=stack),
        audit_page=AuditLogPage(workspace, runner, parent=stack),
        tasks_page=TasksPage(workspace, runner, prompts=prompts, parent=stack),
        dashboard_page=DashboardPage(workspace, runner, prompts=prompts, parent=stack),
    )
    pages: dict[Page, tuple[str, QWidget]] = {
        Page.DASHBOARD: (translate("MainWindow", "Dashboard"), built.dashboard_page),
        Page.PLEDGES: (translate("MainWindow", "Pledges"), built.pledge_list),
        Page.TASKS: (translate("MainWindow", "Tasks"), built.tasks_page),
        Page.PROBLEMS: (
            translate("MainWindow", "Problems"),
            placeholder_page.problems_page(stack),
        ),
        Page.ASSESSMENTS: (
            translate("MainWindow", "Assessments"),
            placeholder_page.assessments_page(stack),
        ),
        Page.UNITS: (translate("MainWindow", "Units & signatories"), built.units_page),
        Page.TEMPLATES: (
            translate("MainWindow", "Templates"),
            placeholder_page.templates_page(stack),
        ),
        Page.AUDIT_LOG: (translate("MainWindow", "Audit log"), built.audit_page),
    }
    for page in Page:
        title, widget = pages[page]
        navigation.add_page(page, title)
        stack.addWidget(widget)
    navigation.fit_width()
    return built
