"""A trainee's part of a cached lesson page (see lms/page_cache.py)."""

from courses.selectors import reader_progress
from lms.page_cache import register_fragment, shared_fragment


@register_fragment("lesson-progress")
def lesson_progress_fragment(request, meta):
    """Mark as complete, completed, or the way to enrol or log in.

    The trainee's progress comes from the cache (one indexed query when it is
    not there); the HTML for each state is rendered once per lesson and language.
    """
    user = request.user
    enrolled = completed = False
    if user.is_authenticated and meta.get("lesson_id"):
        progress = reader_progress(user_id=user.pk, course_id=meta["course_id"])
        enrolled = progress.enrolled
        completed = progress.lesson_done(meta["lesson_id"])
    return shared_fragment(
        request,
        "courses/includes/lesson_progress.html",
        meta=meta,
        path=request.path,
        user={"is_authenticated": user.is_authenticated},
        enrolled=enrolled,
        completed=completed,
    )
