"""What the audit trail holds about a person, for the registry of personal data
(privacy.registry).

The trail is append-only (audit/README.md), so erasure changes none of its rows: they
name the coordinator who acted by account number only, and that account is pseudonymised
by the account's own provider ('erased-<id>'), so the trail keeps who did an export,
pseudonymously. A volunteer whose page was opened or whose number was searched for is in
it by number and keyed digest only: nothing that names them.
"""

from privacy.registry import Holding, Provider, register


@register
class AuditProvider(Provider):
    holdings = (
        Holding(
            "audit.AccessRecord",
            ("actor",),
            "Who (a coordinator's account number) opened a volunteer's page, listed or "
            "downloaded volunteers' data: when, from which unit, whose unit's data, the "
            "filters (a search as a keyed digest), how many rows, the stated purpose.",
            "Accountability for personal data (DPDP Act: reasonable security safeguards).",
            "Kept unchanged (append-only): the account it points to is pseudonymised, and "
            "the volunteers it concerns are named by number only.",
            who="Coordinators of the unit (their unit's trail); administrators.",
            retention="Kept; no row is ever changed or deleted.",
        ),
    )
