"""The mapped tables: units, signatories, pledges with their content, signatures, audit and
the office-wide settings."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_id() -> str:
    """A fresh UUID in its canonical text form."""
    return str(uuid.uuid4())


def utcnow() -> datetime:
    """The current time in UTC, timezone-aware."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of every table."""


class Unit(Base):
    """An issuer or responsible unit (a department, district or working group)."""

    __tablename__ = "unit"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    seal_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    # One of core.units.UnitKind; server defaults fill the rows of databases made before.
    kind: Mapped[str] = mapped_column(String(20), default="department", server_default="department")
    print_order: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    version: Mapped[int] = mapped_column(Integer, default=1)

    signatories: Mapped[list[Signatory]] = relationship(
        back_populates="unit", order_by="Signatory.name"
    )
    succession: Mapped[UnitSuccession | None] = relationship(
        foreign_keys="UnitSuccession.unit_id", back_populates="unit"
    )

    __mapper_args__ = {"version_id_col": version}


class Signatory(Base):
    """A person who signs pledges for a unit."""

    __tablename__ = "signatory"
    __table_args__ = (UniqueConstraint("unit_id", "name", name="uq_signatory_unit_name"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    unit_id: Mapped[str] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(200), default="")
    signature_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    # A salted slow hash of the PIN that unlocks the stored signature image; never the PIN.
    pin_hash: Mapped[str | None] = mapped_column(String(300))
    # Who held the post from when to when; None is open-ended.
    held_from: Mapped[date | None] = mapped_column(Date)
    held_to: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)

    unit: Mapped[Unit] = relationship(back_populates="signatories")

    __mapper_args__ = {"version_id_col": version}


class UnitSuccession(Base):
    """A unit that became another one, by a rename or a merge.

    A rename makes a new unit row and keeps the old one under its old name, because signed
    pledges print (and hash) the unit's name from the row they point to.
    """

    __tablename__ = "unit_succession"

    unit_id: Mapped[str] = mapped_column(
        ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True
    )
    successor_id: Mapped[str] = mapped_column(ForeignKey("unit.id"), index=True)
    # "renamed" or "merged".
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    unit: Mapped[Unit] = relationship(foreign_keys=[unit_id], back_populates="succession")
    successor: Mapped[Unit] = relationship(foreign_keys=[successor_id])


class OfficeSetting(Base):
    """One office-wide setting (issuer, numbering pattern, date style…), as text."""

    __tablename__ = "office_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class NumberCounter(Base):
    """The last pledge number handed out in a year, for the office's numbering pattern."""

    __tablename__ = "number_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, default=0)


class Pledge(Base):
    """One responsibility pledge between an issuer and a responsible unit."""

    __tablename__ = "pledge"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(100), index=True)
    title: Mapped[str] = mapped_column(String(500))
    year: Mapped[int] = mapped_column(Integer, index=True)
    status: Mapped[str] = mapped_column(String(20), index=True, default="draft")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    issuer_id: Mapped[str] = mapped_column(ForeignKey("unit.id"), index=True)
    responsible_id: Mapped[str] = mapped_column(ForeignKey("unit.id"), index=True)
    issuer_signatory_id: Mapped[str | None] = mapped_column(ForeignKey("signatory.id"))
    responsible_signatory_id: Mapped[str | None] = mapped_column(ForeignKey("signatory.id"))
    # The signers' names and titles as printed, kept on the pledge so that a later
    # change to the signatory directory never alters a finalised pledge.
    issuer_signer: Mapped[str] = mapped_column(String(100), default="")
    issuer_signer_title: Mapped[str] = mapped_column(String(200), default="")
    responsible_signer: Mapped[str] = mapped_column(String(100), default="")
    responsible_signer_title: Mapped[str] = mapped_column(String(200), default="")
    content_hash: Mapped[str | None] = mapped_column(String(64))
    # The signed version this one amends, for amendments; None for a first version.
    previous_id: Mapped[str | None] = mapped_column(ForeignKey("pledge.id"), index=True)
    signing_order: Mapped[str] = mapped_column(String(20), default="issuer_first")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    version: Mapped[int] = mapped_column(Integer, default=1)

    issuer: Mapped[Unit] = relationship(foreign_keys=[issuer_id])
    responsible: Mapped[Unit] = relationship(foreign_keys=[responsible_id])
    issuer_signatory: Mapped[Signatory | None] = relationship(foreign_keys=[issuer_signatory_id])
    responsible_signatory: Mapped[Signatory | None] = relationship(
        foreign_keys=[responsible_signatory_id]
    )
    paragraphs: Mapped[list[Paragraph]] = relationship(
        back_populates="pledge",
        order_by="(Paragraph.section, Paragraph.position)",
        cascade="all, delete-orphan",
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="pledge", order_by="Task.position", cascade="all, delete-orphan"
    )
    signatures: Mapped[list[Signature]] = relationship(
        back_populates="pledge", order_by="Signature.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class Paragraph(Base):
    """One paragraph of a section (goals, duties, measures or outcomes)."""

    __tablename__ = "paragraph"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    pledge_id: Mapped[str] = mapped_column(ForeignKey("pledge.id", ondelete="CASCADE"), index=True)
    section: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    pledge: Mapped[Pledge] = relationship(back_populates="paragraphs")


class Task(Base):
    """One row of section 4: the six ledger fields, its list class and weight."""

    __tablename__ = "task"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    pledge_id: Mapped[str] = mapped_column(ForeignKey("pledge.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(Text, default="")
    lead_official: Mapped[str] = mapped_column(String(200), default="")
    responsible_body: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    deliverable: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date)
    list_class: Mapped[str] = mapped_column(String(40), default="annual_key_point")
    cooperating_units: Mapped[list[str]] = mapped_column(JSON, default=list)
    weight: Mapped[float] = mapped_column(Float, default=0.0)
    # The task's identity across versions: an amendment copies it, a new task gets a new
    # one. Tracking (reports, milestones) belongs to the key, not to one version's row.
    lineage_key: Mapped[str] = mapped_column(String(36), index=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, default=1)

    pledge: Mapped[Pledge] = relationship(back_populates="tasks")

    __mapper_args__ = {"version_id_col": version}


class Autosave(Base):
    """Unsaved editor content kept every few seconds, so a crash loses almost nothing."""

    __tablename__ = "autosave"

    pledge_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Signature(Base):
    """One party's signature on the frozen content of a pledge."""

    __tablename__ = "signature"
    __table_args__ = (UniqueConstraint("pledge_id", "party", name="uq_signature_pledge_party"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    pledge_id: Mapped[str] = mapped_column(ForeignKey("pledge.id", ondelete="CASCADE"), index=True)
    party: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer)
    signer: Mapped[str] = mapped_column(String(100))
    signer_title: Mapped[str] = mapped_column(String(200), default="")
    signed_on: Mapped[date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))
    image: Mapped[bytes | None] = mapped_column(LargeBinary)
    seal_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    scan: Mapped[bytes | None] = mapped_column(LargeBinary)
    scan_type: Mapped[str | None] = mapped_column(String(50))
    content_hash: Mapped[str] = mapped_column(String(64))
    # SHA-256 over every field above and the images' own hashes: an edit shows.
    record_hash: Mapped[str] = mapped_column(String(64))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(200), default="")

    pledge: Mapped[Pledge] = relationship(back_populates="signatures")


class AuditEntry(Base):
    """One append-only, hash-chained line of the audit log."""

    __tablename__ = "audit_entry"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    os_user: Mapped[str] = mapped_column(String(200), default="")
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(40), index=True)
    pledge_id: Mapped[str | None] = mapped_column(String(36), index=True)
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)


class PrintedCopy(Base):
    """A PDF the application printed of a signed pledge, known by its SHA-256."""

    __tablename__ = "printed_copy"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    pdf_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    pledge_id: Mapped[str] = mapped_column(String(36), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    printed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    printed_by: Mapped[str] = mapped_column(String(200), default="")


class IntegrityCheckpoint(Base):
    """Where the last sound integrity check ended, so the next one verifies only what came
    after: the audit head it verified, the guards' fingerprint, and when."""

    __tablename__ = "integrity_checkpoint"

    # One row; the key only makes it addressable.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    checked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    full_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    audit_seq: Mapped[int] = mapped_column(Integer)
    audit_hash: Mapped[str] = mapped_column(String(64))
    guards: Mapped[str] = mapped_column(String(64))


class Milestone(Base):
    """A checkpoint (节点) of a tracked task: a name, a due date and when it was reached."""

    __tablename__ = "milestone"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    lineage_key: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date)
    reached_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class ProgressReport(Base):
    """One append-only progress report on a task lineage; the newest one counts."""

    __tablename__ = "progress_report"
    # A task's newest report is its highest seq: found from this index alone.
    __table_args__ = (Index("ix_progress_report_lineage_seq", "lineage_key", "seq"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True, default=new_id)
    lineage_key: Mapped[str] = mapped_column(String(36))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    reported_on: Mapped[date] = mapped_column(Date, index=True)
    percent: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20))
    narrative: Mapped[str] = mapped_column(Text, default="")
    reporter: Mapped[str] = mapped_column(String(200), default="")
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # The report this one corrects; both are kept.
    corrects_id: Mapped[str | None] = mapped_column(String(36))

    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="report", order_by="Evidence.position"
    )


class Evidence(Base):
    """A file attached to a progress report (佐证材料), kept whole with its SHA-256."""

    __tablename__ = "evidence"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    report_id: Mapped[str] = mapped_column(ForeignKey("progress_report.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)

    report: Mapped[ProgressReport] = relationship(back_populates="evidence")
