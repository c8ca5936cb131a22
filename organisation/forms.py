"""Form fields other apps' screens use to choose among the organisation's units."""

from django import forms

from organisation.models import Unit


class UnitChoiceField(forms.ModelChoiceField):
    """Units labelled for choosing among states and districts: "Indore (Madhya Pradesh)"."""

    def label_from_instance(self, unit):
        if unit.level == Unit.Level.DISTRICT:
            return f"{unit.name} ({unit.parent.name})"
        return f"{unit.name} – {unit.get_level_display()}"
