"""Training content as Wagtail pages: HomePage → CourseIndexPage → CoursePage → LessonPage.

Each locale (English, Hindi) has its own page tree (Wagtail internationalisation,
translated with wagtail.contrib.simple_translation). The English tree is the
canonical one: it fixes the order of lessons, and a page missing in Hindi is
served from it, with a notice (see ``TranslationFallbackMixin``).
"""

import functools

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from courses.blocks import LessonBodyBlock
from courses.progress import course_progress, quiz_status
from lms.page_cache import opt_in


@functools.cache
def default_locale_pk() -> int:
    """The default language's Locale id; looked up once per process (it never changes)."""
    return Locale.get_default().pk


class CanonicalPageMixin:
    """The default-language version of a page: what progress records point at.

    A trainee's enrolment, completions and position do not depend on the
    language they read in, so they refer to the default-language page.
    """

    def get_default_locale_version(self):
        default_locale_id = default_locale_pk()
        if self.locale_id == default_locale_id:
            return self
        return self.get_translation_or_none(Locale.objects.get(pk=default_locale_id))

    def get_canonical(self):
        """The default-language version, or this page when it has none."""
        return (self.get_default_locale_version() or self).specific


class TranslationFallbackMixin(CanonicalPageMixin):
    """Route to the default language's page where this locale's tree lacks one.

    ``/hi/courses/some-course/some-lesson/`` with no Hindi lesson serves the
    English lesson; the page template then shows a notice that the page is
    not yet available in the reader's language. The URL keeps the reader's
    language, so the interface stays in Hindi and the next link stays Hindi.
    """

    def route(self, request, path_components):
        try:
            return super().route(request, path_components)
        except Http404:
            if not path_components:
                raise
            source = self.get_default_locale_version()
            if source is None or source.pk == self.pk:
                raise
            child = source.get_children().live().filter(slug=path_components[0]).first()
            if child is None:
                raise
            return child.specific.route(request, path_components[1:])


class CourseIndexPage(TranslationFallbackMixin, Page):
    """The course catalogue."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["lms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = (
            CoursePage.objects.child_of(self).live().select_related("cover_image").order_by("path")
        )
        if not self.get_view_restrictions().exists():
            opt_in(request)
        return context


class CoursePageQuerySet(PageQuerySet):
    def canonical(self):
        """Courses in the default language: the ones progress, enrolment and reports count."""
        return self.filter(locale_id=default_locale_pk())


class CoursePage(TranslationFallbackMixin, Page):
    class Track(models.TextChoices):
        VOLUNTEER = "volunteer", _("Volunteer")
        LEADER = "leader", _("Leader")

    class Level(models.TextChoices):
        BEGINNER = "beginner", _("Beginner")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    summary = models.TextField(_("summary"), max_length=500)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    track = models.CharField(_("track"), max_length=20, choices=Track, default=Track.VOLUNTEER)
    level = models.CharField(_("level"), max_length=20, choices=Level, default=Level.BEGINNER)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"),
        validators=[MinValueValidator(1)],
        help_text=_("How long the whole course takes, quiz included."),
    )
    learning_outcomes = RichTextField(
        _("learning outcomes"),
        features=["ul", "ol", "bold", "italic"],
        blank=True,
        help_text=_("What a trainee can do after the course: one item a line."),
    )
    prerequisites = ParentalManyToManyField(
        "courses.CoursePage",
        verbose_name=_("prerequisites"),
        blank=True,
        related_name="required_by",
        help_text=_("Courses a trainee must complete before enrolling in this one."),
    )
    quiz = models.ForeignKey(
        "quiz.Quiz",
        verbose_name=_("closing quiz"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The quiz a trainee must pass to complete the course."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        MultiFieldPanel(
            [FieldPanel("track"), FieldPanel("level"), FieldPanel("estimated_minutes")],
            heading=_("About the course"),
        ),
        FieldPanel("learning_outcomes"),
        FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
        FieldPanel("quiz"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("learning_outcomes"),
        index.FilterField("track"),
        index.FilterField("level"),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    objects = PageManager.from_queryset(CoursePageQuerySet)()

    class Meta:
        verbose_name = _("course")

    @property
    def pass_mark(self):
        """The percentage a trainee needs in the closing quiz, or None without a quiz."""
        return self.quiz.pass_mark if self.quiz_id else None

    def lesson_entries(self, request=None):
        """This course's live lessons in teaching order, in this course's language.

        The default-language course fixes the order (trainers reorder there);
        each lesson is replaced by its live translation in this course's locale
        where one exists. An entry without one is the default-language lesson,
        marked ``is_fallback``, linked under this course's URL so the reader
        stays in their language. Three queries, whatever the number of lessons.
        """
        source = self.get_default_locale_version() or self
        canonical = list(
            LessonPage.objects.child_of(source).live().order_by("path").only(*LESSON_LIST_FIELDS)
        )
        translated = {}
        if source.pk != self.pk:
            translated = {
                lesson.translation_key: lesson
                for lesson in LessonPage.objects.live()
                .filter(
                    locale_id=self.locale_id,
                    translation_key__in=[lesson.translation_key for lesson in canonical],
                )
                .only(*LESSON_LIST_FIELDS)
            }
        course_url = self.get_url(request)
        entries = []
        for number, lesson in enumerate(canonical, start=1):
            shown = translated.get(lesson.translation_key, lesson)
            is_fallback = shown.locale_id != self.locale_id
            entries.append(LessonEntry(number, shown, f"{course_url}{shown.slug}/", is_fallback))
        return entries

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        lessons = self.lesson_entries(request)
        progress = course_progress(user=request.user, course=self, entries=lessons)
        context["lessons"] = lessons
        context["progress"] = progress
        context["next_entry"] = progress.next_entry
        context["quiz_status"] = quiz_status(user=request.user, course=self)
        return context


# Fields a lesson list needs (here and in courses.selectors); the body stays in the database.
LESSON_LIST_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "translation_key",
    "locale_id",
    "estimated_minutes",
    "summary",
    "depth",
    "path",
)


class LessonEntry:
    """A lesson as listed in a course: number, page, URL, and whether it is in another language."""

    __slots__ = ("number", "lesson", "url", "is_fallback", "completed")

    def __init__(self, number, lesson, url, is_fallback, completed=False):
        self.number = number
        self.lesson = lesson
        self.url = url
        self.is_fallback = is_fallback
        self.completed = completed


class LessonPage(CanonicalPageMixin, Page):
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"),
        default=10,
        validators=[MinValueValidator(1), MaxValueValidator(600)],
    )
    summary = models.TextField(
        _("summary"), max_length=300, blank=True, help_text=_("Shown in the course's lesson list.")
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("estimated_minutes"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The course in the reader's language: a Hindi reader on an English
        # (fallback) lesson still navigates the Hindi course.
        course = self.get_parent().specific
        reader_course = course.get_translation_or_none(Locale.get_active()) or course
        entries = reader_course.lesson_entries(request)
        position = next(
            (
                i
                for i, entry in enumerate(entries)
                if entry.lesson.translation_key == self.translation_key
            ),
            None,
        )
        context["course"] = reader_course
        context["lesson_count"] = len(entries)
        next_entry = None
        if position is not None:
            context["lesson_number"] = position + 1
            context["previous_entry"] = entries[position - 1] if position > 0 else None
            next_entry = entries[position + 1] if position + 1 < len(entries) else None
            context["next_entry"] = next_entry
        # The same HTML for every reader; their progress is filled in per request
        # (the lesson-progress fragment, courses/fragments.py).
        if not self.get_view_restrictions().exists():
            opt_in(
                request,
                lesson_id=self.get_canonical().pk,
                course_id=course.get_canonical().pk,
                course_url=reader_course.get_url(request),
                next_url=next_entry.url if next_entry else reader_course.get_url(request),
            )
        return context
