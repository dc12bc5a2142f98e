"""The organisation's desk on several machines (docs/team.md): team identity, invite, join,
folder, sync, status, remove; and `case triage`, which records a decision as an event."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from app.cli.context import CliError, Context
from app.cli.output import Reply
from app.cli.table import command, group, param
from app.domain.team import STATUSES
from app.messages import ExitCode
from app.services import team as team_service

group("team", "several coordinators sharing one archive through a synced folder")

NAME = param("--name", help="your name as the other coordinators will see it")
CODE = param("--safety-code", metavar="CODE",
             help="the code the other coordinator read to you (needed with --yes)")


def _compare(ctx: Context, expected: str, typed: str | None, yes: bool, question: str) -> bool:
    """The code comparison: typed (--safety-code) or asked; --yes alone is refused."""
    if typed is not None:
        return team_service.code_matches(expected, typed)
    if yes:
        raise CliError("--yes needs --safety-code CODE, the code the other coordinator "
                       "read to you")
    return ctx.confirm(question, yes=False)


@command("team identity", "your coordinator line for whoever invites you, and its safety code",
         writes=True, params=(NAME,))
def team_identity(ctx: Context, name: str | None) -> Reply:
    me = team_service.my_line(ctx.vault, name)
    return Reply({"line": me.line, "name": me.name, "fingerprint": me.fingerprint,
                  "safety_code": me.safety_code},
                 [me.line, f"Safety code:  {me.safety_code}"],
                 ["Give this line to the coordinator who invites you, and read them the "
                  "safety code by phone or in person."])


@command("team folder", "name the shared folder (founds the team on the organisation's desk)",
         writes=True, params=(param("dir", metavar="DIR", help="the folder Syncthing shares"),
                              NAME))
def team_folder(ctx: Context, dir: str, name: str | None) -> Reply:
    st = team_service.set_folder(ctx.vault, Path(dir), name)
    return Reply(_status_json(st), [f"Shared folder: {st.folder}", f"Team: {st.team_id}"])


@dataclass(frozen=True, slots=True)
class InviteResult:
    file: Path
    name: str
    fingerprint: str


@command("team invite", "add a coordinator: write its key transfer after comparing codes",
         writes=True,
         params=(param("--identity", metavar="LINE", required=True,
                       help="the line the newcomer's 'guvoh team identity' printed"),
                 "out", CODE, "yes"))
def team_invite(ctx: Context, identity: str, out: str, safety_code: str | None,
                yes: bool) -> Reply:
    line = team_service.parse_member_line(identity)
    ctx.show([f"Newcomer:     {line.name}", f"Safety code:  {line.safety_code}"])
    if not _compare(ctx, line.safety_code, safety_code, yes,
                    "Compare this safety code with the newcomer by phone or in person. "
                    "Do the codes match?"):
        return Reply(notes=["Nobody was invited. Nothing was changed."],
                     status=ExitCode.FAILURE)
    written = team_service.invite(ctx.vault, line, Path(out))
    return Reply(InviteResult(written.file, line.name, line.fingerprint),
                 [f"Key transfer for {line.name} written to {out}"],
                 ["It holds the organisation's key, encrypted to the newcomer only: hand it "
                  "over on a USB stick or any channel; only their vault can open it."])


@command("team join", "join a team with the key transfer made for you",
         writes=True, params=(param("file", metavar="FILE", help="the key transfer"),
                              param("--folder", metavar="DIR",
                                    help="the shared folder, if Syncthing has it already"),
                              CODE, "yes"))
def team_join(ctx: Context, file: str, folder: str | None, safety_code: str | None,
              yes: bool) -> Reply:
    vault = ctx.vault
    invitation = team_service.read_invite(vault, Path(file))
    ctx.show([f"Organisation:          {invitation.organisation}",
              f"Organisation's code:   {invitation.organisation_code}",
              f"Invited by:            {invitation.inviter}",
              f"Their safety code:     {invitation.inviter_code}"])
    if not _compare(ctx, invitation.inviter_code, safety_code, yes,
                    "Compare both codes with the coordinator who invited you, by phone or "
                    "in person. Do they match?"):
        return Reply(notes=["Not joined. Nothing was changed."], status=ExitCode.FAILURE)
    st = team_service.join(vault, invitation, Path(folder) if folder else None)
    notes = [] if folder else ["Name the shared folder next: 'guvoh team folder DIR'."]
    return Reply(_status_json(st), [f"Joined {invitation.organisation}."], notes)


@command("team sync", "import new bundles from inbox/ and apply new events from journal/",
         writes=True)
def team_sync(ctx: Context) -> Reply:
    report = team_service.sync(ctx.vault)
    data = {"events_read": report.events_read, "events_applied": report.events_applied,
            "events_refused": report.events_refused, "incomplete": report.incomplete,
            "unreadable": report.unreadable, "bad_files": report.bad_files,
            "imported": report.imported, "waiting": report.waiting,
            "refused_bundles": report.refused_bundles, "cases_removed": report.cases_removed,
            "written": report.written}
    lines = [f"Events: {report.events_read} new, {report.events_applied} applied, "
             f"{report.events_refused} refused in all",
             f"Bundles: {report.imported} imported, {report.waiting} waiting for a pinned "
             f"sender, {report.refused_bundles} refused"]
    if report.incomplete:
        lines.append(f"{report.incomplete} files still being copied: read at the next sync")
    return Reply(data, lines)


def _status_json(st: team_service.TeamStatus) -> dict[str, object]:
    return {
        "name": st.member_name, "fingerprint": st.fingerprint, "safety_code": st.safety_code,
        "team": st.team_id, "folder": st.folder, "events": st.events,
        "unwritten": st.unwritten,
        "members": [{"name": m.name, "fingerprint": m.fingerprint, "added_at": m.added_at,
                     "removed_at": m.removed_at} for m in st.members],
    }


@command("team status", "this desk, the shared folder and the team's coordinators")
def team_status(ctx: Context) -> Reply:
    st = team_service.status(ctx.vault)
    if st is None:
        return Reply({"team": None}, ["This desk is not part of a team."])
    lines = [f"You:     {st.member_name}  {st.fingerprint}", f"Team:    {st.team_id or '-'}",
             f"Folder:  {st.folder or '-'}"]
    for m in st.members:
        gone = f"  (removed {m.removed_at})" if m.removed_at else ""
        lines.append(f"  {m.name}  {m.fingerprint}{gone}")
    return Reply(_status_json(st), lines)


@command("team remove", "end a coordinator and give the organisation new keys",
         writes=True, params=(param("member", metavar="NAME", help="name or fingerprint"),
                              param("--card-out", metavar="CARD", required=True,
                                    help="where to write the organisation's new card"),
                              "yes"))
def team_remove(ctx: Context, member: str, card_out: str, yes: bool) -> Reply:
    vault = ctx.vault
    if not ctx.confirm(f"Remove {member} from the team? The organisation gets new keys; "
                       "every researcher must trust the new card.", yes=yes):
        return Reply(notes=["Nobody was removed."], status=ExitCode.FAILURE)
    removed = team_service.remove_member(vault, member, Path(card_out))
    return Reply({"removed": removed.member.name, "card": str(removed.card),
                  "safety_code": removed.safety_code, "recipient": removed.recipient},
                 [f"{removed.member.name} is removed. New card: {card_out}",
                  f"New safety code: {removed.safety_code}"],
                 ["Give every researcher the new card; they compare the new safety code with "
                  "you before trusting it. Bundles sent to the old card still import."])


@command("case triage", "record a decision about a received case (shared with the team)",
         writes=True,
         params=("case",
                 param("--status", choices=STATUSES, help="where the case is in the work"),
                 param("--assign", metavar="NAME", help="who works on it ('' for nobody)"),
                 param("--tag", action="append", default=[], metavar="TAG", help="add a tag"),
                 param("--untag", action="append", default=[], metavar="TAG",
                       help="remove a tag"),
                 param("--note-file", metavar="FILE",
                       help="add the note in FILE (UTF-8; '-' reads standard input)")))
def case_triage(ctx: Context, case: str, status: str | None, assign: str | None,
                tag: list[str], untag: list[str], note_file: str | None) -> Reply:
    note = None
    if note_file == "-":
        note = team_service.read_note(sys.stdin.buffer)
    elif note_file is not None:
        note = team_service.read_note(Path(note_file))
    vault = ctx.vault
    team_service.triage(vault, case, status=status, assign=assign, tags=tag, untags=untag,
                        note=note)
    from app.services import cases as case_service
    found = case_service.show_case(vault, case)
    state = team_service.case_triage(vault, found.summary.id)
    return Reply(state.to_json(), [f"Status: {state.status}",
                                   f"Assigned to: {state.assignee or '-'}",
                                   f"Tags: {', '.join(state.tags) or '-'}",
                                   f"Notes: {len(state.notes)}"])
