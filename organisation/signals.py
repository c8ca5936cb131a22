"""Signals the organisation sends; other apps listen (the arrows point at organisation)."""

from django.dispatch import Signal

#: A volunteer was selected at screening. Sent inside the screening's transaction
#: with ``volunteer`` and ``changed_by``: a listener that knows the volunteer's
#: training (the certificates app) moves them on to the stage their record shows.
volunteer_selected = Signal()
