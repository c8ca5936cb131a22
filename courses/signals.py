"""Signals other apps listen to; nothing in courses imports them."""

from django.dispatch import Signal

#: Sent once per trainee and course, after the completion is committed.
#: Arguments: user, course (the canonical CoursePage), completion (CourseCompletion).
course_completed = Signal()
