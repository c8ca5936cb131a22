"""The messages reports send (messaging.registry): the coordinator's weekly digest.

Transactional: it is about the coordinator's own work, not a promotion, so it needs no
marketing consent; it goes by e-mail only (a list of links does not fit an SMS)."""

from messaging.registry import MessageTemplate, register

DIGEST = "reports/coordinator_digest"

register(
    MessageTemplate(
        key=DIGEST,
        variables=(
            "name",
            "unit",
            "week",
            "preview_url",
            "screening",
            "screening_url",
            "stopped",
            "stopped_url",
            "stopped_course",
            "stopped_lesson",
            "stopped_number",
            "teams_short",
            "teams_short_url",
            "certificates_failed",
            "certificates_failed_url",
            "certificates_waiting",
            "certificates_waiting_url",
            "eligible",
            "eligible_url",
        ),
        channels=("email",),
    )
)
