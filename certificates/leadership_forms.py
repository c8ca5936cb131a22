"""Forms of promotion and its revocation; the units offered are limited to the user's scope."""

from django import forms
from django.db.models import Case, Q, When
from django.utils.translation import gettext_lazy as _

from organisation.forms import UnitChoiceField
from organisation.models import Unit
from organisation.selectors import units_in_scope


class PromoteForm(forms.Form):
    unit = UnitChoiceField(label=_("Leader of"), queryset=Unit.objects.none(), empty_label=None)

    def __init__(self, *args, user, volunteer, **kwargs):
        super().__init__(*args, **kwargs)
        # The volunteer's district, its state and the nation, as far as the
        # coordinator's scope reaches.
        district = volunteer.district
        candidates = Q(pk=district.pk) | Q(pk=district.parent_id) | Q(level=Unit.Level.NATIONAL)
        self.fields["unit"].queryset = (
            units_in_scope(user)
            .filter(candidates)
            .select_related("parent")
            # The district first: most promotions are to district leader.
            .order_by(
                Case(
                    When(level=Unit.Level.DISTRICT, then=0),
                    When(level=Unit.Level.STATE, then=1),
                    default=2,
                )
            )
            if district
            else Unit.objects.none()
        )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Why is the promotion revoked?"), widget=forms.Textarea(attrs={"rows": 3})
    )
