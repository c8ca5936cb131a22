"""Signals the organisation sends; other apps listen (the arrows point at organisation)."""

from django.dispatch import Signal

#: A volunteer was selected at screening. Sent inside the screening's transaction
#: with ``volunteer`` and ``changed_by``: a listener that knows the volunteer's
#: training (the certificates app) moves them on to the stage their record shows.
volunteer_selected = Signal()

#: A batch of an import is written. Sent inside the batch's transaction with
#: ``volunteer_import`` and ``phones`` (the batch's rows, new or already registered): a
#: listener records what it keeps about the volunteers the import created (consent
#: records the organisation's consent record for them), committed with the batch.
volunteers_imported = Signal()

#: generate_organisation is about to write. Sent with ``generation``
#: (organisation.generation.volunteers.Generation) before the run's transaction:
#: a listener checks, or loads, what its rows will need, and may leave word in
#: ``generation.extras`` for the other listeners.
organisation_generating = Signal()

#: generate_organisation has written the organisation's rows, inside the run's
#: transaction. Sent with ``generation``: listeners write their own rows for
#: ``generation.people`` and ``generation.teams`` with ``generation.writer``,
#: drawing from ``generation.rng`` (the same seed, the same organisation).
organisation_generated = Signal()
