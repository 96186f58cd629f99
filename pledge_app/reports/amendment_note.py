"""The sentence an amendment prints to say which signed version it replaces."""

from __future__ import annotations

from pledge_app.core.views import PledgeView
from pledge_app.reports.chinese_dates import format_date
from pledge_app.reports.print_options import DateStyle


def amendment_note(pledge: PledgeView, date_style: DateStyle = DateStyle.ARABIC) -> str | None:
    """本责任书为第2版，修订并替代第1版（2025年3月1日签署）。修改原因：…。; None for a first
    version."""
    if pledge.previous_id is None and pledge.amends is None:
        return None
    amends = pledge.amends
    if amends is None:  # a view built without its history: say what is known, no record ids
        return f"本责任书为第{pledge.revision}版，修订并替代此前签署的版本。"
    replaced = f"第{amends.revision}版"
    if amends.number != pledge.content.number:
        replaced = f"编号{amends.number}{replaced}"
    if amends.signed_on is not None:
        replaced += f"（{format_date(amends.signed_on, date_style)}签署）"
    note = f"本责任书为第{pledge.revision}版，修订并替代{replaced}。"
    reason = amends.reason.strip().rstrip("。.")
    return f"{note}修改原因：{reason}。" if reason else note
