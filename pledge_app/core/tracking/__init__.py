"""Tracking the year's work on pledges in force: reports, milestones, lights and queries."""
