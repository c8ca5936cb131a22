"""Background tasks of the lms app, run by whichever TASKS backend is configured."""

from django_tasks import task

from django.core.mail import send_mail


@task()
def email_send(*, subject: str, message: str, recipient_list: list[str]) -> int:
    """Send one plain-text e-mail from a worker, so a slow mail server never holds a request.

    Returns the number of messages sent (0 or 1), which the task result keeps.
    """
    return send_mail(subject, message, None, recipient_list, fail_silently=False)
