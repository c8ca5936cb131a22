"""Wagtail admin registration: django-quiz-app's quizzes and questions as snippets."""

from essay.models import Essay_Question
from multichoice.models import MCQuestion
from quiz.models import Category, Quiz
from true_false.models import TF_Question

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from courses.quiz_admin import AnswersPanel, MCQuestionForm, QuizForm

QUESTION_PANELS = [
    FieldPanel("content", widget=forms.Textarea(attrs={"rows": 3})),
    FieldPanel("quiz", widget=forms.CheckboxSelectMultiple, heading=_("Quizzes")),
    FieldPanel("category"),
    FieldPanel("explanation"),
]


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "form"
    menu_label = _("Quizzes")
    list_display = ["title", "pass_mark", "max_questions", "draft"]
    list_filter = ["draft", "single_attempt"]
    search_fields = ["title", "description"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("title"),
            FieldPanel("description"),
            MultiFieldPanel(
                [
                    FieldPanel("pass_mark"),
                    FieldPanel("max_questions"),
                    FieldPanel("random_order"),
                    FieldPanel("answers_at_end"),
                    FieldPanel("single_attempt"),
                    FieldPanel("exam_paper"),
                    FieldPanel("draft"),
                ],
                heading=_("Rules"),
            ),
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
        CategoryViewSet,
    )


register_snippet(QuizzesGroup)
