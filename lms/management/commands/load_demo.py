import importlib
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import module_has_submodule

# Only our apps: a third-party package's `demo` module is none of our business.


def ours(app_config) -> bool:
    """An app whose code is in this repository (not an installed package)."""
    path = Path(app_config.path)
    return path.is_relative_to(settings.BASE_DIR) and "site-packages" not in path.parts


class Command(BaseCommand):
    help = (
        "Load demo content and demo users (idempotent). Each installed app of ours "
        "may offer a `demo` module with a `load(stdout)` function; they run in "
        "INSTALLED_APPS order, so lms (users) comes before courses (content)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Load even when DEBUG is off. Demo users have published passwords.",
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "Refusing to load demo users with known passwords while DEBUG is off. "
                "Use --force if this really is a demo machine."
            )
        for app_config in apps.get_app_configs():
            if not ours(app_config):
                continue
            if not module_has_submodule(app_config.module, "demo"):
                continue
            module = importlib.import_module(f"{app_config.name}.demo")
            self.stdout.write(self.style.MIGRATE_HEADING(f"Demo content: {app_config.label}"))
            with transaction.atomic():
                module.load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
