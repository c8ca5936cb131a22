"""Wagtail admin registration: django-quiz-app's quizzes and questions as snippets, and
Essays to mark (courses.admin_views.EssayMarkingViewSet)."""

from essay.models import Essay_Question
from multichoice.models import MCQuestion
from quiz.models import Category, Quiz
from true_false.models import TF_Question

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses import volunteer_admin
from courses.accommodation_admin import AccommodationViewSet
from courses.admin_views import EssayMarkingViewSet
from courses.quiz_admin import (
    QUESTION_PANELS,
    AnswersPanel,
    MCQuestionForm,
    QuizForm,
    QuotasPanel,
    refuse_deleting_categories_drawn_from,
)
from courses.spot_admin import SpotQuestionViewSet


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "form"
    menu_label = _("Quizzes")
    # Not django-quiz-app's "draft": our views never read it.
    list_display = ["title", "pass_mark", "max_questions"]
    search_fields = ["title", "description"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("description"),
            MultiFieldPanel(
                [
                    FieldPanel("pass_mark"),
                    FieldPanel("time_limit_minutes"),
                    FieldPanel("max_attempts"),
                    FieldPanel("review"),
                    FieldPanel("answer_offline"),
                    FieldPanel("max_questions"),
                    FieldPanel("random_order"),
                    FieldPanel("options_shown"),
                    # Not django-quiz-app's answers_at_end, single_attempt and exam_paper:
                    # review and max_attempts replace the first two, and every attempt is
                    # kept; nor draft, which our views never read. One control per behaviour.
                ],
                heading=_("Rules"),
            ),
            QuotasPanel(heading=_("Questions drawn per attempt")),
            FieldPanel("success_text"),
            FieldPanel("fail_text"),
        ],
        base_form_class=QuizForm,
    )


class MCQuestionViewSet(SnippetViewSet):
    model = MCQuestion
    icon = "list-ul"
    menu_label = _("Multiple-choice questions")
    list_display = ["content", "category"]
    list_filter = ["quiz"]
    search_fields = ["content"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            *QUESTION_PANELS,
            AnswersPanel(heading=_("Answers")),
            FieldPanel("answer_order"),
        ],
        base_form_class=MCQuestionForm,
    )


class TFQuestionViewSet(SnippetViewSet):
    model = TF_Question
    icon = "tick"
    menu_label = _("True/false questions")
    list_display = ["content", "correct"]
    list_filter = ["quiz"]
    search_fields = ["content"]
    search_backend_name = None
    panels = [*QUESTION_PANELS[:2], FieldPanel("correct"), *QUESTION_PANELS[2:]]


class EssayQuestionViewSet(SnippetViewSet):
    model = Essay_Question
    icon = "edit"
    menu_label = _("Essay questions")
    list_display = ["content"]
    list_filter = ["quiz"]
    search_fields = ["content"]
    search_backend_name = None
    panels = QUESTION_PANELS


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "tag"
    menu_label = _("Question categories")
    search_fields = ["category"]
    search_backend_name = None
    panels = [FieldPanel("category")]


class QuizzesGroup(SnippetViewSetGroup):
    menu_label = _("Quizzes")
    menu_icon = "form"
    menu_order = 250
    items = (
        QuizViewSet,
        MCQuestionViewSet,
        TFQuestionViewSet,
        EssayQuestionViewSet,
        SpotQuestionViewSet,
        CategoryViewSet,
    )


register_snippet(QuizzesGroup)
hooks.register("before_delete_snippet", refuse_deleting_categories_drawn_from)


@hooks.register("register_admin_viewset")
def register_essay_marking():
    return EssayMarkingViewSet()


@hooks.register("register_admin_viewset")
def register_accommodations():
    return AccommodationViewSet()


# The organisation's volunteer screens: course filters, enrol in bulk, the courses panel.


@hooks.register("register_volunteer_filters")
def register_course_filters():
    return {
        "course": volunteer_admin.CourseFilter(),
        "progress": volunteer_admin.ProgressFilter(),
        "stopped_before": volunteer_admin.StoppedBeforeFilter(),
    }


hooks.register("register_bulk_action", volunteer_admin.EnrolBulkAction)


@hooks.register("construct_volunteer_detail_panels")
def add_courses_panel(request, volunteer, panels):
    panels.append(volunteer_admin.CoursesPanel(request, volunteer))
