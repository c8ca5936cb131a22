"""What the organisation holds about a volunteer, for the registry of personal data
(privacy.registry): the profile, its pipeline history and screening, teams, coordinators'
roles, and the imported lists that named them."""

import csv
import io
import logging

from django.conf import settings
from django.core.files.base import ContentFile
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from lms.storage import private_storage
from messaging.outbox import Message, messages_record
from organisation.imports.formats import FileProblem, open_source
from organisation.models import (
    Coordinator,
    Screening,
    StageChange,
    Team,
    TeamMember,
    VolunteerImport,
    VolunteerProfile,
)
from organisation.phones import normalise_phone
from privacy.registry import Holding, Provider, Section, Subject, register
from privacy.scrub import ERASED_NAME, log_entries_scrub

logger = logging.getLogger(__name__)

COORDINATORS = "Coordinators of the person's unit (district, state, national); administrators."


@register
class OrganisationProvider(Provider):
    order = 500  # after certificates and messages, which read the profile's name and phone
    holdings = (
        Holding(
            "organisation.VolunteerProfile",
            ("user", "phone", "name_en", "name_hi", "district", "skills", "stage"),
            "Name (English and Hindi), mobile number, district and state, skills, "
            "pipeline stage and its dates, whether contact is shared with the team.",
            "Running the volunteer programme: screening, training, promotion, teams.",
            "Pseudonymised: name, mobile number and skills removed; district, stage and "
            "dates kept so that the reports' counts stay correct.",
            who=COORDINATORS,
        ),
        Holding(
            "organisation.StageChange",
            ("volunteer", "changed_by"),
            "Each step of the pipeline: from, to, when, by whom, a note.",
            "The history coordinators and reports read (time spent at each stage).",
            "Notes removed; the steps kept (anonymous once the profile is).",
            who=COORDINATORS,
        ),
        Holding(
            "organisation.Screening",
            ("volunteer", "interviewed_by"),
            "The interview's decision, its date, the interviewer and their private notes.",
            "Selecting volunteers for training.",
            "Interview notes removed; the decision kept for the counts.",
            who=COORDINATORS + " The person sees the decision, never the notes.",
        ),
        Holding(
            "organisation.Team",
            ("leader",),
            "Which leader leads which team.",
            "Teams of ten.",
            "The erased leader's team is disbanded; its members are told their leader "
            "changed, not who.",
            who=COORDINATORS + " Team members.",
        ),
        Holding(
            "organisation.TeamMember",
            ("volunteer", "added_by"),
            "Membership of a team.",
            "Teams of ten.",
            "Deleted (the place in the team is freed).",
            who=COORDINATORS + " The team's leader.",
        ),
        Holding(
            "organisation.Coordinator",
            ("user",),
            "That a user coordinates a unit.",
            "Scoping what a coordinator sees.",
            "Deleted.",
            who="Administrators.",
        ),
        Holding(
            "organisation.VolunteerImport",
            ("created_by", "file", "error_report", "first_errors"),
            "Uploaded lists of volunteers (names, mobile numbers, e-mails) and their "
            "error reports.",
            "Bulk registration of volunteers by coordinators.",
            "A finished import's uploaded file that names the person is deleted (its rows "
            "are already imported); their rows are removed from error reports.",
            who=COORDINATORS,
            retention="Until a person named in it is erased.",
        ),
    )

    def export(self, subject: Subject) -> list[Section]:
        profile = (
            VolunteerProfile.objects.select_related("district", "state")
            .filter(user_id=subject.user_id)
            .first()
        )
        if profile is None:
            return []
        sections = [
            Section(
                "profile",
                _("Profile"),
                [
                    {
                        _("name in English"): profile.name_en,
                        _("name in Hindi"): profile.name_hi,
                        _("mobile number"): profile.phone or "",
                        _("district"): str(profile.district or ""),
                        _("state"): str(profile.state or ""),
                        _("skills"): profile.skills,
                        _("share my mobile number and e-mail with my team"): (
                            _("yes") if profile.share_contact_with_team else _("no")
                        ),
                        _("stage"): profile.get_stage_display(),
                        _("signed up"): profile.created_at,
                    }
                ],
            ),
            Section(
                "stage_history",
                _("Stage history"),
                [
                    {
                        _("from"): change.get_from_stage_display(),
                        _("to"): change.get_to_stage_display(),
                        _("when"): change.changed_at,
                    }
                    for change in profile.stage_changes.all()
                ],
            ),
            # The decision and its date; never the interviewer or their private notes.
            Section(
                "screening",
                _("Screening"),
                [
                    {_("decision"): s.get_decision_display(), _("when"): s.interviewed_at}
                    for s in profile.screenings.only("decision", "interviewed_at")
                ],
            ),
        ]
        membership = (
            TeamMember.objects.select_related("team__leader").filter(volunteer=profile).first()
        )
        team = Team.objects.filter(leader=profile).first()
        rows = []
        if membership is not None:
            rows.append({_("team"): _("member"), _("leader"): membership.team.leader.name})
        if team is not None:
            rows.append({_("team"): _("leader"), _("members"): team.members.count()})
        sections.append(Section("team", _("Team"), rows))
        return sections

    def erase(self, subjects: list[Subject]) -> None:
        volunteer_ids = [s.volunteer_id for s in subjects if s.volunteer_id]
        user_ids = [s.user_id for s in subjects]
        Coordinator.objects.filter(user_id__in=user_ids).delete()
        teams_of_erased_leaders_disband(volunteer_ids)
        TeamMember.objects.filter(volunteer_id__in=volunteer_ids).delete()
        StageChange.objects.filter(volunteer_id__in=volunteer_ids).exclude(note="").update(note="")
        Screening.objects.filter(volunteer_id__in=volunteer_ids).update(notes="")
        VolunteerProfile.objects.filter(pk__in=volunteer_ids).update(
            name_en=ERASED_NAME, name_hi="", phone=None, skills="", share_contact_with_team=False
        )
        log_entries_scrub(VolunteerProfile, volunteer_ids)
        import_files_scrub(
            phones={s.phone for s in subjects if s.phone},
            emails={s.email.lower() for s in subjects if s.email},
        )


def teams_of_erased_leaders_disband(volunteer_ids) -> int:
    """Free the members of erased leaders' teams and tell them their leader changed, not
    who (the message names neither the old leader nor why)."""
    members = list(
        TeamMember.objects.filter(team__leader_id__in=volunteer_ids)
        .exclude(volunteer_id__in=volunteer_ids)  # erased with their leader: not told
        .values(
            "team_id", "volunteer__user_id", "volunteer__user__email", "volunteer__phone",
            "volunteer__name_en", "volunteer__name_hi",
        )
    )  # fmt: skip
    messages_record(
        [
            Message(
                key=f"privacy-team-leader-changed:{m['team_id']}:{m['volunteer__user_id']}",
                # By e-mail where there is one, else by SMS (most members have only a phone).
                address=m["volunteer__user__email"] or m["volunteer__phone"],
                channel="email" if m["volunteer__user__email"] else "sms",
                template_key="privacy_team_leader_changed",
                context={
                    "name_en": m["volunteer__name_en"],
                    "name_hi": m["volunteer__name_hi"],
                    "site_url": settings.SITE_URL,
                },
                language="hi",
                group="privacy-team-leader-changed",
                recipient_id=m["volunteer__user_id"],
            )
            for m in members
            if m["volunteer__user__email"] or m["volunteer__phone"]
        ]
    )
    deleted, _counts = Team.objects.filter(leader_id__in=volunteer_ids).delete()
    return deleted


def _names_someone(values, phones: set[str], emails: set[str]) -> bool:
    return any(
        normalise_phone(value) in phones or value.strip().lower() in emails
        for value in values
        if value
    )


def import_files_scrub(*, phones: set[str], emails: set[str]) -> int:
    """Remove these people from finished imports' files: an uploaded list that names one of
    them is deleted (its rows are in the database already), and their rows are taken out
    of error reports and of the errors shown on the import's page. Returns imports changed."""
    if not phones and not emails:
        return 0
    storage = private_storage()
    changed = 0
    finished = VolunteerImport.objects.filter(
        status__in=[VolunteerImport.Status.DONE, VolunteerImport.Status.FAILED]
    ).filter(~Q(file="") | ~Q(error_report="") | ~Q(first_errors=[]))
    for volunteer_import in finished.iterator():
        fields = []
        if volunteer_import.file and _file_names_someone(
            storage, volunteer_import.file.name, volunteer_import.file_name, phones, emails
        ):
            storage.delete(volunteer_import.file.name)
            volunteer_import.file = ""
            fields.append("file")
        if volunteer_import.error_report and _report_scrub(
            storage, volunteer_import.error_report.name, phones, emails
        ):
            fields.append("error_report")
        kept = [
            row
            for row in volunteer_import.first_errors
            if not _names_someone([str(v) for v in row], phones, emails)
        ]
        if kept != volunteer_import.first_errors:
            volunteer_import.first_errors = kept
            fields.append("first_errors")
        if fields:
            volunteer_import.save(update_fields=[f for f in fields if f != "error_report"])
            changed += 1
    return changed


def _file_names_someone(storage, name, file_name, phones, emails) -> bool:
    if not storage.exists(name):
        return False
    with storage.open(name, "rb") as handle:
        try:
            return any(
                _names_someone(values, phones, emails)
                for _line, values in open_source(handle, file_name=file_name).records()
            )
        except FileProblem:
            # Unreadable past some line: it may still name them, so it goes.
            return True


def _report_scrub(storage, name, phones, emails) -> bool:
    """Rewrite an error report (CSV) without the rows naming these people."""
    if not storage.exists(name):
        return False
    with storage.open(name, "rb") as handle:
        rows = list(csv.reader(io.TextIOWrapper(handle, encoding="utf-8", newline="")))
    kept = [row for row in rows if not _names_someone(row, phones, emails)]
    if len(kept) == len(rows):
        return False
    out = io.StringIO()
    csv.writer(out).writerows(kept)
    storage.delete(name)
    storage.save(name, ContentFile(out.getvalue().encode("utf-8")))
    return True
