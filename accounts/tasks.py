"""Background tasks of the accounts app (django-tasks; the backend is a setting)."""

from django_tasks import task

from accounts import codes


@task()
def sign_in_code_send(*, phone: str, channel: str, language: str) -> bool:
    """Make a sign-in code for this number, if it is a volunteer's, and record its message."""
    return codes.sign_in_code_issue(phone=phone, channel=channel, language=language)
