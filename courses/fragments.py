"""A trainee's part of a cached lesson page (see lms/page_cache.py)."""

from django.db.models import Exists
from django.template.loader import render_to_string

from courses.models import Enrollment, LessonCompletion
from lms.page_cache import register_fragment


@register_fragment("lesson-progress")
def lesson_progress_fragment(request, meta):
    """Mark as complete, completed, or the way to enrol or log in: one indexed query."""
    user = request.user
    context = {"meta": meta, "path": request.path}
    if user.is_authenticated and meta.get("lesson_id"):
        # One row if enrolled, carrying whether this lesson is done.
        state = list(
            Enrollment.objects.active()
            .filter(user=user, course_id=meta["course_id"])
            .annotate(
                lesson_done=Exists(
                    LessonCompletion.objects.filter(user=user, lesson_id=meta["lesson_id"])
                )
            )
            .values_list("lesson_done", flat=True)[:1]
        )
        context["enrolled"] = bool(state)
        context["completed"] = bool(state) and state[0]
    return render_to_string("courses/includes/lesson_progress.html", context, request=request)
