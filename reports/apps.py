import statistics

from django.apps import AppConfig


class _Median:
    """MEDIAN(x) for SQLite, which has no percentile aggregate (PostgreSQL's
    PERCENTILE_CONT is used there): the same aggregation, still in the database."""

    def __init__(self):
        self.values = []

    def step(self, value):
        if value is not None:
            self.values.append(value)

    def finalize(self):
        return statistics.median(self.values) if self.values else None


def register_sqlite_functions(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_aggregate("REPORTS_MEDIAN", 1, _Median)


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = "Reports"

    def ready(self):
        from django.db.backends.signals import connection_created

        connection_created.connect(register_sqlite_functions, dispatch_uid="reports-sqlite-median")
        from reports import receivers  # noqa: F401 (the watchdog's sweeps, quiz answers)
