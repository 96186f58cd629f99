"""Every unit of the sample year, departments first."""

from __future__ import annotations

from pledge_app.core.demo.data import DemoUnit
from pledge_app.core.demo.departments import DEPARTMENTS
from pledge_app.core.demo.districts import DISTRICTS

UNITS: tuple[DemoUnit, ...] = (*DEPARTMENTS, *DISTRICTS)
