"""Templates the messaging app sends on behalf of rules that do not have an app yet."""

from messaging.registry import PROMOTIONAL, MessageTemplate, register

# A trainee who stopped: "your course is waiting". Promotional: consent, quiet hours, cap.
register(
    MessageTemplate(
        key="reminders/lesson_waiting",
        variables=("name", "course", "lesson", "course_url"),
        purpose=PROMOTIONAL,
    )
)
