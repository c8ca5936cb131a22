"""What a report is made of: tables of plain values (the page, CSV and Excel all
show these same rows) and charts drawn from them as SVG on the server."""

from dataclasses import dataclass, field


@dataclass
class Column:
    key: str
    label: str
    kind: str = "text"  # text, number, percent, days, decimal


@dataclass
class Table:
    key: str
    title: str
    columns: list[Column]
    rows: list[list] = field(default_factory=list)
    # Per row: an address for the first cell (a drill-down or the admin's edit screen).
    links: list = field(default_factory=list)
    # Rows drawn in bold (the unit's own total).
    total_rows: set = field(default_factory=set)
    note: str = ""
    # Rows that name people (a leader's name): the export is a download of personal data
    # (the audit trail's gate, reports.views).
    personal: bool = False

    @property
    def empty(self) -> bool:
        """No rows, or nothing but zeros and blanks in the numbers."""
        numeric = [i for i, column in enumerate(self.columns) if column.kind != "text"]
        return not any(row[i] for row in self.rows for i in numeric)

    def add(self, row: list, link: str | None = None, total: bool = False):
        if total:
            self.total_rows.add(len(self.rows))
        self.rows.append(row)
        self.links.append(link)

    def display_rows(self):
        """(cells, link, is_total) for the template; cells as (value, kind)."""
        kinds = [column.kind for column in self.columns]
        for index, row in enumerate(self.rows):
            yield (
                list(zip(row, kinds, strict=True)),
                self.links[index] if index < len(self.links) else None,
                index in self.total_rows,
            )


def rate(part: int, whole: int) -> float | None:
    """A percentage with one decimal, as the page, CSV and Excel all show it."""
    if not whole:
        return None
    return round(100 * part / whole, 1)


def days(duration) -> float | None:
    if duration is None:
        return None
    return round(duration.total_seconds() / 86400, 1)


# Charts -------------------------------------------------------------------------------

LABEL_CHARS = 22


@dataclass
class Bar:
    label: str
    short_label: str
    value: float
    text: str
    x: float = 0
    y: float = 0
    width: float = 0
    height: float = 0
    # Where the label and the value are written.
    label_x: float = 0
    label_y: float = 0
    value_x: float = 0
    value_y: float = 0


@dataclass
class Chart:
    """A bar chart (horizontal bars) or a histogram (vertical bars), in SVG units."""

    title: str
    description: str
    kind: str
    bars: list[Bar]
    width: int = 400
    height: int = 0
    label_width: int = 0
    axis_y: float = 0

    @property
    def empty(self) -> bool:
        return not self.bars or not any(bar.value for bar in self.bars)


def _short(label: str) -> str:
    label = str(label)
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def _text(value, suffix: str) -> str:
    if value is None:
        return "–"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:.1f}{suffix}"
    return f"{int(value):,}{suffix}"


def bar_chart(title: str, description: str, items, suffix: str = "", maximum=None) -> Chart:
    """Horizontal bars, one a row: labels on the left, the value at the bar's end.
    Light on a phone: a few hundred bytes a row, no script, no web font."""
    row, label_width, value_width, width = 22, 140, 64, 400
    bars = [
        Bar(str(label), _short(label), value or 0, _text(value, suffix)) for label, value in items
    ]
    top = maximum or max([bar.value for bar in bars] or [0]) or 1
    area = width - label_width - value_width
    for index, bar in enumerate(bars):
        bar.x = label_width
        bar.y = index * row + 3
        bar.height = row - 6
        bar.width = round(area * bar.value / top, 1)
        bar.label_x, bar.label_y = label_width - 6, bar.y + bar.height - 4
        bar.value_x, bar.value_y = label_width + bar.width + 4, bar.label_y
    return Chart(
        title=title,
        description=description,
        kind="bar",
        bars=bars,
        width=width,
        height=max(row, len(bars) * row),
        label_width=label_width - 6,
    )


def histogram(title: str, description: str, bins) -> Chart:
    """Vertical bars for a distribution: bins left to right, counts on top."""
    width, height, bottom, top_margin = 400, 200, 24, 18
    bars = [Bar(str(label), str(label), value or 0, _text(value, "")) for label, value in bins]
    top = max([bar.value for bar in bars] or [0]) or 1
    slot = width / max(1, len(bars))
    area = height - bottom - top_margin
    for index, bar in enumerate(bars):
        bar.width = round(slot - 4, 1)
        bar.x = round(index * slot + 2, 1)
        bar.height = round(area * bar.value / top, 1)
        bar.y = round(top_margin + area - bar.height, 1)
        bar.label_x, bar.label_y = round(bar.x + bar.width / 2, 1), height - 8
        bar.value_x, bar.value_y = bar.label_x, round(bar.y - 4, 1)
    return Chart(
        title=title,
        description=description,
        kind="histogram",
        bars=bars,
        width=width,
        height=height,
        axis_y=height - bottom,
    )
