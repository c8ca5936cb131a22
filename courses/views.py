from django.core.paginator import Paginator
from django.shortcuts import render

from wagtail.models import Locale, Page

from courses.models import CoursePage, LessonPage

SEARCH_RESULTS_PER_PAGE = 10


def search(request):
    """Search courses and lessons in the reader's language."""
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .type(CoursePage, LessonPage)
            .search(query)
        )
    page = Paginator(results, SEARCH_RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "courses/search.html",
        {"query": query, "results": page, "paginator": page.paginator},
    )
