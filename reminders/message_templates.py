"""The reminders' message templates (texts under templates/messages/reminders/).

Each trainee reminder names the check the sender asks just before sending
(``reminders.reasons.reason_gone``): a reminder whose reason is gone is withdrawn.
"""

from messaging.registry import PROMOTIONAL, MessageTemplate, register

REASON_CHECK = "reminders.reasons.reason_gone"

# A trainee who stopped: "your course is waiting at lesson 4".
LESSON_WAITING = register(
    MessageTemplate(
        key="reminders/lesson_waiting",
        variables=("name", "course", "lesson", "course_url"),
        purpose=PROMOTIONAL,
        reason_check=REASON_CHECK,
    )
)
ONE_LESSON_LEFT = register(
    MessageTemplate(
        key="reminders/one_lesson_left",
        variables=("name", "course", "course_url"),
        purpose=PROMOTIONAL,
        reason_check=REASON_CHECK,
    )
)
QUIZ_RETRY = register(
    MessageTemplate(
        key="reminders/quiz_retry",
        variables=("name", "course", "course_url"),
        purpose=PROMOTIONAL,
        reason_check=REASON_CHECK,
    )
)
CERTIFICATE_READY = register(
    MessageTemplate(
        key="reminders/certificate_ready",
        variables=("name", "certificate_url"),
        purpose=PROMOTIONAL,
        reason_check=REASON_CHECK,
    )
)
# To a leader: "3 of your team are stuck in <course>, most on lesson 4: …".
TEAM_STUCK = register(
    MessageTemplate(
        key="reminders/team_stuck",
        variables=("name", "count", "course", "lesson", "members"),
        purpose=PROMOTIONAL,
        reason_check=REASON_CHECK,
    )
)
# To a district coordinator, about their own unit's work: e-mail, at any hour.
TEAMS_SHORT = register(
    MessageTemplate(
        key="reminders/teams_short",
        variables=("name", "district", "short", "leaderless", "teams_url"),
        channels=("email",),
    )
)
