"""Pledge use cases: create, read, save, finalise, reopen, delete and list."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, object_session, selectinload

from pledge_app.core import audit
from pledge_app.core.amendment_reasons import amendment_reason
from pledge_app.core.content_hash import content_hash
from pledge_app.core.enums import (
    EDITABLE_STATUSES,
    Party,
    PledgeStatus,
    Section,
    SignatureMethod,
    SigningOrder,
    TaskList,
)
from pledge_app.core.errors import (
    ConcurrentEdit,
    InvalidTransition,
    NotFound,
    ValidationFailed,
)
from pledge_app.core.i18n import translate
from pledge_app.core.models import Paragraph, Pledge, Signature, Task, Unit, new_id
from pledge_app.core.units import ensure_signatory, ensure_unit
from pledge_app.core.validation import Finding, check_draft, check_final
from pledge_app.core.views import (
    AmendedVersion,
    PartyView,
    PledgeContent,
    PledgeRow,
    PledgeView,
    SignatureView,
    TaskView,
)


def _raise_findings(findings: Iterable[Finding]) -> None:
    messages = [finding.message for finding in findings]
    if messages:
        raise ValidationFailed(messages)


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes even for timezone-aware columns.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def load_pledge(session: Session, pledge_id: str) -> Pledge:
    """The mapped pledge with its content and signatures loaded; NotFound if none."""
    pledge = session.get(
        Pledge,
        pledge_id,
        options=[
            selectinload(Pledge.paragraphs),
            selectinload(Pledge.tasks),
            selectinload(Pledge.signatures),
        ],
    )
    if pledge is None:
        raise NotFound(translate("pledges", "The pledge {id} does not exist.").format(id=pledge_id))
    return pledge


def check_version(pledge: Pledge, expected_version: int | None) -> None:
    """Refuse to act on a pledge someone else saved since the caller read it."""
    if expected_version is not None and pledge.version != expected_version:
        raise ConcurrentEdit(
            translate(
                "pledges",
                "“{title}” was changed elsewhere since you opened it. "
                "Reload it to see the other changes.",
            ).format(title=pledge.title)
        )


def content_of(pledge: Pledge) -> PledgeContent:
    """The typed content of a loaded pledge."""
    sections: dict[str, list[str]] = {section.value: [] for section in Section}
    for paragraph in pledge.paragraphs:
        sections[paragraph.section].append(paragraph.text)
    return PledgeContent(
        number=pledge.number,
        title=pledge.title,
        year=pledge.year,
        issuer=PartyView(pledge.issuer.name, pledge.issuer_signer, pledge.issuer_signer_title),
        responsible=PartyView(
            pledge.responsible.name, pledge.responsible_signer, pledge.responsible_signer_title
        ),
        goals=tuple(sections[Section.GOALS]),
        duties=tuple(sections[Section.DUTIES]),
        measures=tuple(sections[Section.MEASURES]),
        outcomes=tuple(sections[Section.OUTCOMES]),
        tasks=tuple(
            TaskView(
                item=task.item,
                lead_official=task.lead_official,
                responsible_body=task.responsible_body,
                measures=task.measures,
                deliverable=task.deliverable,
                deadline=task.deadline,
                list_class=TaskList(task.list_class),
                cooperating_units=tuple(task.cooperating_units or ()),
                weight=task.weight,
                key=task.lineage_key,
            )
            for task in pledge.tasks
        ),
    )


def view_of(pledge: Pledge) -> PledgeView:
    """The frozen view of a loaded pledge."""
    return PledgeView(
        id=pledge.id,
        status=PledgeStatus(pledge.status),
        content=content_of(pledge),
        revision=pledge.revision,
        version=pledge.version,
        content_hash=pledge.content_hash,
        created_at=_aware(pledge.created_at),
        updated_at=_aware(pledge.updated_at),
        signatures=tuple(signature_view(signature) for signature in pledge.signatures),
        previous_id=pledge.previous_id,
        signing_order=SigningOrder(pledge.signing_order),
        amends=_amended_version(pledge),
    )


def _amended_version(pledge: Pledge) -> AmendedVersion | None:
    """What an amendment replaces: number, revision and signing date of its previous version."""
    session = object_session(pledge)
    if pledge.previous_id is None or session is None:
        return None
    with session.no_autoflush:  # a view is read, never a reason to write
        previous = session.get(Pledge, pledge.previous_id)
        if previous is None:
            return None
        dates = [signature.signed_on for signature in previous.signatures]
        reason = amendment_reason(session, pledge.id)
    return AmendedVersion(
        number=previous.number,
        revision=previous.revision,
        signed_on=max(dates) if dates else None,
        reason=reason,
    )


def signature_view(signature: Signature) -> SignatureView:
    """The frozen view of a stored signature."""
    return SignatureView(
        party=Party(signature.party),
        signer=signature.signer,
        signer_title=signature.signer_title,
        signed_on=signature.signed_on,
        method=SignatureMethod(signature.method),
        content_hash=signature.content_hash,
        image=signature.image,
        seal_image=signature.seal_image,
        scan_type=signature.scan_type,
        recorded_at=_aware(signature.recorded_at),
        recorded_by=signature.recorded_by,
        record_hash=signature.record_hash,
    )


def _write_content(session: Session, pledge: Pledge, content: PledgeContent) -> None:
    pledge.number = content.number.strip()
    pledge.title = content.title.strip()
    pledge.year = content.year
    for role, party in (("issuer", content.issuer), ("responsible", content.responsible)):
        unit = ensure_unit(session, party.unit.strip())
        signer = party.signatory.strip()
        signatory = ensure_signatory(session, unit, signer, party.signatory_title.strip())
        setattr(pledge, role, unit)
        setattr(pledge, f"{role}_signatory", signatory)
        setattr(pledge, f"{role}_signer", signer)
        setattr(pledge, f"{role}_signer_title", party.signatory_title.strip())
    pledge.paragraphs = [
        Paragraph(section=section.value, position=position, text=text)
        for section in Section
        for position, text in enumerate(getattr(content, section.value))
    ]
    pledge.tasks = [
        Task(
            position=position,
            item=task.item,
            lead_official=task.lead_official,
            responsible_body=task.responsible_body,
            measures=task.measures,
            deliverable=task.deliverable,
            deadline=task.deadline,
            list_class=task.list_class.value,
            cooperating_units=list(task.cooperating_units),
            weight=task.weight,
            # A key given twice (a row copied in the editor) keeps it for the first only.
            lineage_key=key,
        )
        for position, (task, key) in enumerate(
            zip(content.tasks, _lineage_keys(content), strict=True)
        )
    ]


def _lineage_keys(content: PledgeContent) -> list[str]:
    """Each task's lineage key: its own, or a new one when it has none or repeats one."""
    seen: set[str] = set()
    keys: list[str] = []
    for task in content.tasks:
        key = task.key if task.key and task.key not in seen else new_id()
        seen.add(key)
        keys.append(key)
    return keys


def create_pledge(
    session: Session, content: PledgeContent, *, pledge_id: str | None = None
) -> PledgeView:
    """Store a new draft pledge."""
    _raise_findings(check_draft(content))
    pledge = Pledge(status=PledgeStatus.DRAFT.value)
    if pledge_id is not None:
        pledge.id = pledge_id
    with session.no_autoflush:
        _write_content(session, pledge, content)
    session.add(pledge)
    session.flush()
    return view_of(pledge)


def get_pledge(session: Session, pledge_id: str) -> PledgeView:
    """The pledge with that id."""
    return view_of(load_pledge(session, pledge_id))


def pledge_exists(session: Session, pledge_id: str) -> bool:
    """Whether a pledge with that id is stored."""
    return session.get(Pledge, pledge_id) is not None


def save_pledge(
    session: Session,
    pledge_id: str,
    content: PledgeContent,
    *,
    expected_version: int,
) -> PledgeView:
    """Replace a draft's content; refuses anything but a draft and a stale version.

    The version read is required: without it a save would overwrite someone else's.
    """
    pledge = load_pledge(session, pledge_id)
    check_version(pledge, expected_version)
    if PledgeStatus(pledge.status) not in EDITABLE_STATUSES:
        raise InvalidTransition(
            translate("pledges", "“{title}” is not a draft; reopen it before editing.").format(
                title=pledge.title
            )
        )
    _raise_findings(check_draft(content))
    with session.no_autoflush:
        _write_content(session, pledge, content)
    pledge.updated_at = datetime.now(UTC)
    session.flush()
    return view_of(pledge)


def finalise_pledge(
    session: Session, pledge_id: str, *, expected_version: int | None = None
) -> PledgeView:
    """Validate a draft completely and freeze it as ready to sign."""
    pledge = load_pledge(session, pledge_id)
    check_version(pledge, expected_version)
    if pledge.status != PledgeStatus.DRAFT:
        raise InvalidTransition(
            translate("pledges", "Only a draft can be finalised; “{title}” is not one.").format(
                title=pledge.title
            )
        )
    content = content_of(pledge)
    _raise_findings(check_final(content))
    pledge.status = PledgeStatus.READY_TO_SIGN.value
    pledge.content_hash = content_hash(content)
    session.flush()
    audit.record(
        session, "finalised", pledge_id=pledge.id, details={"content_hash": pledge.content_hash}
    )
    return view_of(pledge)


def reopen_pledge(
    session: Session, pledge_id: str, *, expected_version: int | None = None
) -> PledgeView:
    """Return a pledge that is ready to sign to draft, unfreezing it."""
    pledge = load_pledge(session, pledge_id)
    check_version(pledge, expected_version)
    if pledge.status != PledgeStatus.READY_TO_SIGN:
        raise InvalidTransition(
            translate(
                "pledges", "Only a pledge that is ready to sign can be reopened; “{title}” is not."
            ).format(title=pledge.title)
        )
    # A partial signature was given on content that is about to change: it lapses.
    lapsed = [signature.party for signature in pledge.signatures]
    pledge.signatures.clear()
    pledge.status = PledgeStatus.DRAFT.value
    pledge.content_hash = None
    session.flush()
    audit.record(session, "reopened", pledge_id=pledge.id, details={"lapsed_signatures": lapsed})
    return view_of(pledge)


def delete_pledge(session: Session, pledge_id: str) -> None:
    """Delete a draft for good."""
    pledge = load_pledge(session, pledge_id)
    if pledge.status != PledgeStatus.DRAFT:
        raise InvalidTransition(
            translate("pledges", "Only a draft can be deleted; “{title}” is not one.").format(
                title=pledge.title
            )
        )
    session.delete(pledge)
    session.flush()
    audit.record(
        session,
        "deleted",
        pledge_id=pledge_id,
        details={"number": pledge.number, "title": pledge.title},
    )


def list_pledges(session: Session) -> list[PledgeRow]:
    """Every pledge as a light row for the list, newest year first."""
    issuer = aliased(Unit)
    responsible = aliased(Unit)
    task_count = (
        select(Task.pledge_id, func.count(Task.id).label("count"))
        .group_by(Task.pledge_id)
        .subquery()
    )
    query = (
        select(
            Pledge.id,
            Pledge.number,
            Pledge.title,
            Pledge.year,
            Pledge.status,
            issuer.name,
            responsible.name,
            func.coalesce(task_count.c.count, 0),
            Pledge.updated_at,
            Pledge.revision,
        )
        .join(issuer, Pledge.issuer_id == issuer.id)
        .join(responsible, Pledge.responsible_id == responsible.id)
        .outerjoin(task_count, task_count.c.pledge_id == Pledge.id)
        .order_by(Pledge.year.desc(), Pledge.number)
    )
    return [
        PledgeRow(
            id=row[0],
            number=row[1],
            title=row[2],
            year=row[3],
            status=PledgeStatus(row[4]),
            issuer=row[5],
            responsible=row[6],
            task_count=row[7],
            updated_at=_aware(row[8]),
            search_key=f"{row[1]}\n{row[2]}\n{row[5]}\n{row[6]}".casefold(),
            revision=row[9],
        )
        for row in session.execute(query)
    ]


def all_pledge_ids(session: Session) -> list[str]:
    """The id of every pledge, in list order."""
    return list(session.scalars(select(Pledge.id).order_by(Pledge.year.desc(), Pledge.number)))
