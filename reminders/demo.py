"""Demo data (`manage.py load_demo`): sensible default reminder rules (trainers and
coordinators may edit them: reminders/permissions.py, after every migrate).

Every rule is on: the sender still asks the consent record before each promotional
message, so a demo volunteer who agreed only to e-mail gets reminders only by e-mail,
and one who agreed to nothing gets none."""

from reminders.models import ReminderRule

Kind = ReminderRule.Kind
DEFAULT_RULES = [
    (Kind.NO_LESSON, 7, "whatsapp,sms,email"),
    (Kind.ONE_LESSON_LEFT, 3, "whatsapp,sms,email"),
    (Kind.QUIZ_FAILED_TWICE, 14, "whatsapp,sms,email"),
    (Kind.CERTIFICATE_ISSUED, 7, "whatsapp,sms,email"),
    (Kind.TEAM_STUCK, 7, "whatsapp,sms,email"),
    (Kind.TEAMS_SHORT, 7, "email"),
]


def load(stdout) -> None:
    if not ReminderRule.objects.exists():
        ReminderRule.objects.bulk_create(
            ReminderRule(kind=kind, days=days, channels=channels)
            for kind, days, channels in DEFAULT_RULES
        )
    stdout.write(f"  reminder rules: {ReminderRule.objects.count()} (Reminder rules in the admin)")
