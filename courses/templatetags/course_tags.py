from django import template
from django.utils.translation import gettext, ngettext

from courses import selectors

register = template.Library()


@register.filter
def duration(minutes):
    """A duration in minutes as trainees read it: "25 minutes", "3 hours", "1 h 15 min"."""
    minutes = int(minutes or 0)
    if minutes < 60:
        return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
    hours, rest = divmod(minutes, 60)
    if not rest:
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    return gettext("%(hours)d h %(minutes)d min") % {"hours": hours, "minutes": rest}


@register.inclusion_tag("courses/includes/what_next.html", takes_context=True)
def what_next(context, course):
    """After a completed course: how screening and promotion work, and the leadership
    course(s) still to take."""
    request = context["request"]
    return {
        "request": request,
        "course": course,
        "leadership_courses": [
            shown
            for shown in selectors.leadership_courses(user=request.user)
            if shown.translation_key != course.translation_key
        ],
    }
