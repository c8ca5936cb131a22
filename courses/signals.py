"""Signals other apps listen to; nothing in courses imports them."""

from django.dispatch import Signal

#: Sent once per trainee and course, after the completion is committed.
#: Arguments: user, course (the canonical CoursePage), completion (CourseCompletion).
course_completed = Signal()

#: Sent after the commit whenever a quiz attempt's counted answers change: the attempt
#: finished (all answered, or its time ran out) or one of its essays was marked.
#: Arguments: sitting_id (django-quiz-app's Sitting, the attempt's primary key).
quiz_answers_changed = Signal()
