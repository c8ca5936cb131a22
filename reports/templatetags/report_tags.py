from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def report_cell(value, kind):
    """A table cell as the page shows it; exports hold the same value unformatted."""
    if value is None or value == "":
        return "–" if kind != "text" else ""
    if kind == "percent":
        return f"{number_format(value, 1, force_grouping=True)} %"
    if kind == "days":
        return number_format(value, 1, force_grouping=True)
    if kind == "decimal":
        return number_format(value, 2)
    if kind == "number":
        return number_format(value, 0, force_grouping=True)
    return value
