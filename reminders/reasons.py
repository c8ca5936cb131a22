"""Is a reminder's reason still there? Asked by the sender just before each send
(``messaging.policy.may_send``, through the templates' ``reason_check``).

A few indexed queries for one message, at send time; the answer is why the reason is
gone ("" while it holds), and the message is then withdrawn, never sent. Opt-outs and
withdrawn consent are the policy's own checks ("withheld").
"""

from certificates.models import Certificate
from courses.models import CourseCompletion, Enrollment, LessonCompletion, QuizAttempt
from reminders.models import ReminderRule

Kind = ReminderRule.Kind


def reason_gone(message) -> str:
    reason = (message.context or {}).get("_reason")
    if not reason:
        return ""
    if not ReminderRule.objects.filter(pk=reason.get("rule"), enabled=True).exists():
        return "Its reminder rule was turned off or deleted."
    user_id, kind, course_id = message.recipient_id, reason.get("kind"), reason.get("course")
    if kind == Kind.CERTIFICATE_ISSUED:
        if not Certificate.objects.valid().filter(pk=reason.get("certificate")).exists():
            return "The certificate is no longer valid."
        return ""
    if kind == Kind.TEAM_STUCK:
        return ""  # the leader's team is counted again at the next week's evaluation
    if CourseCompletion.objects.filter(user_id=user_id, course_id=course_id).exists():
        return "The course was completed."
    enrolled = Enrollment.objects.active().filter(user_id=user_id, course_id=course_id)
    if kind in (Kind.NO_LESSON, Kind.ONE_LESSON_LEFT) and not enrolled.exists():
        return "No longer enrolled in the course."
    if kind == Kind.NO_LESSON:
        done = LessonCompletion.objects.filter(user_id=user_id, course_id=course_id).count()
        if done > reason.get("done", 0):
            return "A lesson was done since."
    passed = QuizAttempt.objects.filter(user_id=user_id, course_id=course_id, passed=True)
    if kind == Kind.QUIZ_FAILED_TWICE and passed.exists():
        return "The quiz was passed since."
    return ""
