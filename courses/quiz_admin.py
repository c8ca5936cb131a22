"""Editing django-quiz-app's quizzes and questions in the Wagtail admin.

Its Answer model points at MCQuestion with a plain ForeignKey (not a
modelcluster ParentalKey), so Wagtail's InlinePanel cannot edit it. The
question form carries a Django inline formset for the answers instead, and
``AnswersPanel`` renders it on the same screen as the question.
"""

import uuid

from multichoice.models import Answer, MCQuestion
from quiz.models import Category, Quiz

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, Panel

from courses.models import CoursePage, QuestionQuota, QuizRules
from courses.models.assessments import MAX_QUESTIONS_PER_ATTEMPT
from courses.models.pages import default_locale_pk
from courses.practice import offline_obstacles, offline_practice_note

MIN_ANSWERS = 2

#: The fields every question type shares, on each type's screen.
QUESTION_PANELS = [
    FieldPanel("content", widget=forms.Textarea(attrs={"rows": 3})),
    FieldPanel("quiz", widget=forms.CheckboxSelectMultiple, heading=_("Quizzes")),
    FieldPanel("category"),
    FieldPanel("explanation"),
]


class QuizForm(WagtailAdminModelForm):
    """django-quiz-app's Quiz, with our rules (QuizRules) on the same screen.

    It requires a URL slug we never use (quiz URLs use ids), so that is filled in.
    """

    time_limit_minutes = forms.IntegerField(
        label=_("Time limit (minutes)"),
        min_value=1,
        max_value=600,
        required=False,
        help_text=_("Leave empty for no limit. Answers after the limit are not scored."),
    )
    max_attempts = forms.IntegerField(
        label=_("Maximum attempts"),
        min_value=1,
        max_value=100,
        required=False,
        help_text=_("Leave empty for no limit. Attempts in every language of the course count."),
    )
    review = forms.ChoiceField(
        label=_("Show answers"), choices=QuizRules.Review.choices, initial=QuizRules.Review.AT_END
    )
    options_shown = forms.IntegerField(
        label=_("Options shown per multiple-choice question"),
        min_value=2,
        max_value=10,
        required=False,
        help_text=QuizRules._meta.get_field("options_shown").help_text,
    )

    answer_offline = forms.BooleanField(
        label=_("Practice quiz: may be answered offline"),
        required=False,
        help_text=QuizRules._meta.get_field("answer_offline").help_text,
    )

    RULE_FIELDS = (
        "time_limit_minutes",
        "max_attempts",
        "review",
        "options_shown",
        "answer_offline",
    )

    # Sitting reads these from the quiz being taken, i.e. each language's own quiz.
    PER_LANGUAGE_FIELDS = ("pass_mark", "max_questions")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A post without the quotas' rows (a script, an older form) leaves them as they are.
        self.quotas = QuotaFormSet(
            data=self.data if "quotas-TOTAL_FORMS" in self.data else None,
            instance=self.instance,
            prefix="quotas",
        )
        if "random_order" in self.fields:
            # courses.quiz_engine.quiz_attempt_start honours it for a first attempt only.
            self.fields["random_order"].label = _("Shuffle the questions on the first attempt")
            self.fields["random_order"].help_text = _(
                "Retakes are always shuffled, so that a retake tests what was learnt, not "
                "the order remembered."
            )
        if self.instance.pk:
            rules = QuizRules.for_quiz(self.instance)
            for name in self.RULE_FIELDS:
                self.initial.setdefault(name, getattr(rules, name))
            ruling = self._ruling_quiz()
            note = offline_practice_note(self.instance) if ruling is None else None
            if note:  # whether the mark is in force, and where; or why not
                field = self.fields["answer_offline"]
                field.help_text = f"{field.help_text} {note}"
            if ruling is not None:
                # A translated course's quiz follows its default-language course's quiz
                # (courses.progress.quiz_rules): shown, not editable here.
                for name in self.RULE_FIELDS:
                    field = self.fields[name]
                    field.disabled = True
                    field.help_text = _(
                        "Set by the quiz “%(quiz)s” of the course in %(language)s, which "
                        "rules every language version of the course. Edit it there."
                    ) % {"quiz": ruling.title, "language": ruling.language}
                    self.initial[name] = getattr(QuizRules.for_quiz(ruling), name)
                for name in self.PER_LANGUAGE_FIELDS:
                    if name not in self.fields:
                        continue
                    value = getattr(ruling, name)
                    self.fields[name].help_text = _(
                        "Applies to this language version only; keep it the same as in "
                        "“%(quiz)s” (%(language)s): %(value)s."
                    ) % {
                        "quiz": ruling.title,
                        "language": ruling.language,
                        "value": _("no limit") if value is None else value,
                    }

    def clean(self):
        cleaned = super().clean()
        obstacles = self._offline_obstacles(cleaned) if cleaned.get("answer_offline") else []
        if obstacles:
            self.add_error(
                "answer_offline",
                _(
                    "A quiz answered offline cannot have %(what)s: the phone has no clock "
                    "the server trusts and shows every question and option as written."
                )
                % {"what": ", ".join(str(obstacle) for obstacle in obstacles)},
            )
        return cleaned

    def _offline_obstacles(self, cleaned) -> list:
        if self.quotas.is_bound:
            self.quotas.is_valid()  # its rows' cleaned data
            quotas = any(
                form.cleaned_data and not form.cleaned_data.get("DELETE")
                for form in self.quotas.forms
                if hasattr(form, "cleaned_data")
            )
        else:
            quotas = self.instance.pk and QuestionQuota.objects.filter(quiz=self.instance).exists()
        return offline_obstacles(
            time_limit_minutes=cleaned.get("time_limit_minutes"),
            options_shown=cleaned.get("options_shown"),
            quotas=bool(quotas),
        )

    def is_valid(self):
        form_valid = super().is_valid()
        return (self.quotas.is_valid() if self.quotas.is_bound else True) and form_valid

    def has_changed(self):
        return super().has_changed() or (self.quotas.is_bound and self.quotas.has_changed())

    def _ruling_quiz(self):
        """The default-language course's quiz, when this quiz belongs to a translation."""
        for course in CoursePage.objects.filter(quiz=self.instance).exclude(
            locale_id=default_locale_pk()
        ):
            canonical = course.get_canonical()
            if canonical.quiz_id and canonical.quiz_id != self.instance.pk:
                canonical.quiz.language = canonical.locale.get_display_name()
                return canonical.quiz
        return None

    def save(self, commit=True):
        if not self.instance.url:
            # Its Quiz.save() strips Devanagari vowel signs from slugs; keep it ASCII.
            self.instance.url = slugify(self.instance.title)[:50] or f"quiz-{uuid.uuid4().hex[:8]}"
        quiz = super().save(commit=commit)
        if commit:
            QuizRules.objects.update_or_create(
                quiz=quiz,
                defaults={
                    "time_limit_minutes": self.cleaned_data.get("time_limit_minutes"),
                    "max_attempts": self.cleaned_data.get("max_attempts"),
                    "review": self.cleaned_data.get("review") or QuizRules.Review.AT_END,
                    "options_shown": self.cleaned_data.get("options_shown"),
                    "answer_offline": bool(self.cleaned_data.get("answer_offline")),
                },
            )
            if self.quotas.is_bound:
                self.quotas.instance = quiz
                self.quotas.save()
        return quiz


class BaseQuotaFormSet(forms.BaseInlineFormSet):
    """A quiz's question quotas: each no larger than its category's questions in the quiz,
    and all together no more than an attempt can hold."""

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        kept = [
            form
            for form in self.forms
            if form.cleaned_data
            and form.cleaned_data.get("category")
            and not form.cleaned_data.get("DELETE")
        ]
        pools = {}
        if self.instance.pk:
            for question in self.instance.question_set.values("category_id"):
                pools[question["category_id"]] = pools.get(question["category_id"], 0) + 1
        total = sum(form.cleaned_data["count"] for form in kept)
        for form in kept:
            category, count = form.cleaned_data["category"], form.cleaned_data["count"]
            pool = pools.get(category.pk, 0)
            if count > pool:
                form.add_error(
                    "count",
                    _(
                        "This quiz has only %(pool)d questions in “%(category)s”: "
                        "add questions to it, or ask fewer."
                    )
                    % {"pool": pool, "category": category},
                )
        if total > MAX_QUESTIONS_PER_ATTEMPT:
            raise ValidationError(
                _("An attempt can ask at most %(max)d questions; these quotas ask %(total)d.")
                % {"max": MAX_QUESTIONS_PER_ATTEMPT, "total": total},
                code="too_many",
            )


QuotaFormSet = forms.inlineformset_factory(
    Quiz,
    QuestionQuota,
    formset=BaseQuotaFormSet,
    fields=["category", "count"],
    labels={"category": _("Category"), "count": _("Questions per attempt")},
    extra=3,
    max_num=50,
    can_delete=True,
)


class BaseAnswerFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        kept = [
            form.cleaned_data
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE")
        ]
        if len(kept) < MIN_ANSWERS:
            raise ValidationError(
                _("Give at least %(count)d answers.") % {"count": MIN_ANSWERS}, code="too_few"
            )
        if not any(answer.get("correct") for answer in kept):
            raise ValidationError(_("Mark at least one answer as correct."), code="no_correct")


AnswerFormSet = forms.inlineformset_factory(
    MCQuestion,
    Answer,
    formset=BaseAnswerFormSet,
    fields=["content", "correct"],
    labels={"content": _("Answer"), "correct": _("Correct")},
    widgets={"content": forms.TextInput(attrs={"class": "answer-content"})},
    extra=4,
    max_num=10,
    can_delete=True,
)


class QuestionWithRowsForm(WagtailAdminModelForm):
    """A question with rows of its own (a formset, ``rows_formset``, kept on the form as
    ``rows_attr``), validated and saved together: the question is saved only when its
    rows are valid, and both in the admin's transaction."""

    rows_formset = None
    rows_attr = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        setattr(
            self,
            self.rows_attr,
            self.rows_formset(
                data=self.data if self.is_bound else None,
                instance=self.instance,
                prefix=self.rows_attr,
            ),
        )

    @property
    def rows(self):
        return getattr(self, self.rows_attr)

    def is_valid(self):
        form_valid = super().is_valid()
        rows_valid = self.rows.is_valid()
        return form_valid and rows_valid

    def has_changed(self):
        return super().has_changed() or self.rows.has_changed()

    def save(self, commit=True):
        question = super().save(commit=commit)
        self.rows.instance = question
        if commit:
            self.rows.save()
        return question


class MCQuestionForm(QuestionWithRowsForm):
    """A multiple-choice question with its answers."""

    rows_formset = AnswerFormSet
    rows_attr = "answers"


class FormsetPanel(Panel):
    """Renders a formset the admin form carries (its attribute ``formset_attr``) as a
    table of rows, on the same screen as the form."""

    formset_attr = ""
    intro = ""

    class BoundPanel(Panel.BoundPanel):
        template_name = "courses/admin/formset_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["formset"] = getattr(self.form, self.panel.formset_attr)
            context["legend"] = self.heading
            context["intro"] = self.panel.intro
            return context


class AnswersPanel(FormsetPanel):
    """MCQuestionForm's answers."""

    formset_attr = "answers"


class QuotasPanel(FormsetPanel):
    """QuizForm's question quotas."""

    formset_attr = "quotas"
    intro = _(
        "Each attempt asks this many questions, drawn at random from the quiz's questions "
        "of each category; a retake prefers questions the trainee has not seen. With "
        "quotas, only the categories listed are asked. Leave empty to ask all the quiz's "
        "questions."
    )


def refuse_deleting_categories_drawn_from(request, instances):
    """``before_delete_snippet``: a category that quizzes draw from is not deleted; the
    trainer is told which quizzes, so that they change those quotas first (a quota
    protects its category, and django-quiz-app would delete its questions with it)."""
    quotas = QuestionQuota.objects.filter(
        category__in=[i for i in instances if isinstance(i, Category)]
    ).select_related("quiz", "category")
    refused = {}
    for quota in quotas:
        refused.setdefault(str(quota.category), set()).add(quota.quiz.title)
    if not refused:
        return None
    for category, titles in sorted(refused.items()):
        messages.error(
            request,
            _(
                "“%(category)s” is not deleted: the quizzes %(quizzes)s draw questions "
                "from it. Remove its quota from those quizzes first."
            )
            % {"category": category, "quizzes": ", ".join(f"“{t}”" for t in sorted(titles))},
        )
    return redirect("wagtailsnippets_quiz_category:list")
