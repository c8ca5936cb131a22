"""Writing a spot-the-fake question in the Wagtail admin: the post, the right verdict,
the manipulation type, and the evidence list on the question's own screen (a formset,
as a multiple-choice question's answers: courses.quiz_admin). A list without deciding
evidence (or with nothing else) is refused, and then nothing is saved."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.models import SpotEvidence, SpotTheFakeQuestion
from courses.quiz_admin import QUESTION_PANELS, FormsetPanel, QuestionWithRowsForm
from courses.spot_questions import MAX_EVIDENCE, evidence_errors


class BaseEvidenceFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        if any(self.errors):
            return
        kept = [
            (form.cleaned_data["text"], bool(form.cleaned_data.get("decides")))
            for form in self.forms
            if form.cleaned_data
            and form.cleaned_data.get("text")
            and not form.cleaned_data.get("DELETE")
        ]
        errors = evidence_errors(kept)
        if errors:
            raise ValidationError(errors)


EvidenceFormSet = forms.inlineformset_factory(
    SpotTheFakeQuestion,
    SpotEvidence,
    formset=BaseEvidenceFormSet,
    fields=["text", "decides"],
    labels={"text": _("Evidence"), "decides": _("Decides it")},
    widgets={"text": forms.TextInput(attrs={"class": "answer-content"})},
    extra=4,
    max_num=MAX_EVIDENCE,
    can_delete=True,
)


class SpotQuestionForm(QuestionWithRowsForm):
    """A spot-the-fake question with its evidence list."""

    rows_formset = EvidenceFormSet
    rows_attr = "evidence"


class EvidencePanel(FormsetPanel):
    formset_attr = "evidence"
    intro = _(
        "What a trainee may tick as the evidence for their verdict, e.g. “the picture "
        "appears in a 2019 news report (reverse image search)”, “the date does not match "
        "the event”, “the account is not the official one”. Tick “Decides it” for the "
        "evidence that settles the verdict, and give at least one that does not."
    )


class SpotQuestionViewSet(SnippetViewSet):
    model = SpotTheFakeQuestion
    icon = "view"
    menu_label = _("Spot-the-fake questions")
    list_display = ["content", "verdict", "manipulation", "category"]
    list_filter = ["quiz", "verdict", "manipulation"]
    search_fields = ["content", "post_text", "claimed_source"]
    search_backend_name = None

    edit_handler = ObjectList(
        [
            QUESTION_PANELS[0],  # the question
            MultiFieldPanel(
                [
                    FieldPanel("post_text", widget=forms.Textarea(attrs={"rows": 4})),
                    FieldPanel("post_image"),
                    FieldPanel("post_image_alt"),
                    FieldRowPanel([FieldPanel("claimed_source"), FieldPanel("claimed_date")]),
                ],
                heading=_("The post"),
            ),
            FieldRowPanel([FieldPanel("verdict"), FieldPanel("manipulation")]),
            EvidencePanel(heading=_("Evidence to choose from")),
            *QUESTION_PANELS[1:],  # quizzes, category, explanation
        ],
        base_form_class=SpotQuestionForm,
    )
