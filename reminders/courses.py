"""What a reminder says about a course: its title and address in each language, and how
many live lessons it has. A few queries per course, once per rule, whatever the people."""

from dataclasses import dataclass, field

from django.conf import settings

from wagtail.models import Locale

from courses.models.pages import CoursePage, LessonPage


@dataclass
class CourseText:
    pk: int
    lessons: int
    #: {language: (title, absolute address)}
    by_language: dict[str, tuple[str, str]] = field(default_factory=dict)

    def title(self, language: str) -> str:
        return self.by_language.get(language, self.by_language[settings.LANGUAGE_CODE])[0]

    def url(self, language: str) -> str:
        return self.by_language.get(language, self.by_language[settings.LANGUAGE_CODE])[1]


def _absolute(url: str | None) -> str:
    """Wagtail gives a path with one site and a full address with several."""
    if url and url.startswith(("http://", "https://")):
        return url
    return settings.SITE_URL + (url or "")


def courses_for(course=None) -> dict[int, CourseText]:
    """The live default-language courses a rule is about (``course``, or all of them)."""
    pages = CoursePage.objects.canonical().live()
    if course is not None:
        pages = pages.filter(pk=course.pk)
    locales = {locale.pk: locale.language_code for locale in Locale.objects.all()}
    texts = {}
    for page in pages:
        text = CourseText(page.pk, LessonPage.objects.child_of(page).live().count())
        default_url = _absolute(page.get_url())
        for translation in page.get_translations(inclusive=True).live().specific():
            language = locales.get(translation.locale_id)
            url = translation.get_url()
            text.by_language[language] = (translation.title, _absolute(url) if url else default_url)
        text.by_language.setdefault(settings.LANGUAGE_CODE, (page.title, default_url))
        if text.lessons:
            texts[page.pk] = text
    return texts
