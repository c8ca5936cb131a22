"""Migrating the test database back and forth in a test (the migration tests' `migrate`).

Django's MigrationExecutor, with two changes to how it builds the historical models the
migrations' operations are given, not to what the operations do to the database:

- Backwards, Django renders the models at the first migration to unapply in its plan for
  an empty database and then carries them through every later migration of that plan,
  applied or unapplied alike, reloading related models at each operation: going back to
  before the organisation's move walked 60 migrations that stay (wagtail, the task queue,
  courses) to unapply 16. The migrations that stay are put first in that plan (a valid
  order: none of them depends on one being unapplied, or it would be unapplied too), so
  the models are rendered once after them and carried through the 16 only.
- An operation that changes a relation makes Django reload every model related to the one
  changed, recursively: through the user model, nearly all of them, more costly than
  rendering all models afresh (0.25 s against 0.1 s), and the move's state-only
  operations (15 RemoveFields, 8 DeleteModels, 8 CreateModels) did it 30 times in a row
  with nothing in between reading the models. Here such a change forgets the rendered
  models instead, and the next operation that reads them renders them all from the same
  model states, as Django does when it first renders them (and again after a delayed
  reload, `clear_delayed_apps_cache`). A change to a plain field keeps Django's cheap
  reload of the models next to it.

Going back to before the move costs 3 CPU-seconds instead of 20; the database operations,
data migrations included, run as `manage.py migrate` runs them.
"""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.state import ProjectState


class _RenderedAfresh(ProjectState):
    """A project state that renders its models afresh rather than reloading those related
    to a relation that changed (the module's docstring)."""

    def reload_model(self, app_label, model_name, delay=False):
        if delay:
            super().reload_model(app_label, model_name, delay=True)
        else:
            self.__dict__.pop("apps", None)

    def reload_models(self, models, delay=True):
        if delay:
            super().reload_models(models, delay=True)
        else:
            self.__dict__.pop("apps", None)

    def clone(self):
        clone = super().clone()
        clone.__class__ = _RenderedAfresh
        return clone


class _Executor(MigrationExecutor):
    _unapplying: frozenset = frozenset()

    def migrate(self, targets):
        plan = self.migration_plan(targets)
        self._unapplying = frozenset(migration for migration, backwards in plan if backwards)
        try:
            return super().migrate(targets, plan=plan)
        finally:
            self._unapplying = frozenset()

    def migration_plan(self, targets, clean_start=False):
        plan = super().migration_plan(targets, clean_start=clean_start)
        if clean_start and self._unapplying:
            # The plan for an empty database, which only orders the states built backwards.
            return [step for step in plan if step[0] not in self._unapplying] + [
                step for step in plan if step[0] in self._unapplying
            ]
        return plan

    def _create_project_state(self, with_applied_migrations=False):
        state = super()._create_project_state(with_applied_migrations)
        state.__class__ = _RenderedAfresh
        return state


def migrate(targets) -> ProjectState:
    """Migrate the default database to `targets`, forwards or backwards; returns the state
    the database is then in."""
    return _Executor(connection).migrate(targets)


def latest():
    """The last migration of every app."""
    return MigrationExecutor(connection).loader.graph.leaf_nodes()
