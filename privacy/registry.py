"""The registry of personal data: each app declares what it holds about a person, and
how to export and erase it, in a ``privacy.py`` module of its own (as Moodle's privacy
providers do; discovered like ``wagtail_hooks``).

A provider is a class registered with :func:`register`:

- ``holdings``: one :class:`Holding` per model that holds something about a person,
  naming the fields, why they are held and what erasure does with them.
  ``privacy/tests/test_registry.py`` fails when a model with a user foreign key, a
  phone or an e-mail field is not declared; ``docs/data-processing.md`` lists every
  holding and a test keeps the two in step.
- ``export(subject)``: what the person may see and download (their "My data" page),
  as :class:`Section` s of plain rows.
- ``erase(subjects)``: remove or pseudonymise what the provider holds about these people,
  set-based (a retention run erases thousands), idempotent (a resumed run may call it
  again for the same people) and inside the caller's transaction.

This module imports no app: every app may import it without an arrow running back up.
"""

from dataclasses import dataclass, field
from typing import Any

from django.utils.module_loading import autodiscover_modules


@dataclass(frozen=True)
class Holding:
    """What one model holds about a person, for the registry and the data-processing record."""

    model: str  # "app_label.ModelName"
    fields: tuple[str, ...]
    what: str
    why: str
    erasure: str
    who: str = "The person; coordinators of their unit; administrators."
    retention: str = "Until the person is erased (on request, or by the retention policy)."


@dataclass
class Section:
    """Part of a person's data as they see and download it: a title and rows of
    label → value (labels are translated strings; values plain text, numbers or dates)."""

    key: str
    title: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    note: str = ""


@dataclass(frozen=True)
class Subject:
    """A person to erase, with what identifies them, read before any provider runs (the
    providers that run first remove the very values the later ones search for)."""

    user_id: int
    username: str = ""
    email: str = ""
    volunteer_id: int | None = None
    phone: str = ""
    names: tuple[str, ...] = ()


class Provider:
    """Base class of an app's privacy provider; override what the app holds."""

    #: Providers erase in this order (lower first); certificates before the profile
    #: whose name they copy, the account last.
    order: int = 100
    holdings: tuple[Holding, ...] = ()

    def export(self, subject: Subject) -> list[Section]:
        return []

    def erase(self, subjects: list[Subject]) -> None:
        """Erase what this provider holds about these people (idempotent)."""


_providers: list[Provider] = []


def register(provider_class: type[Provider]) -> type[Provider]:
    """Class decorator: add an app's provider to the registry (once)."""
    if not any(type(p) is provider_class for p in _providers):
        _providers.append(provider_class())
        _providers.sort(key=lambda p: p.order)
    return provider_class


def providers() -> list[Provider]:
    return list(_providers)


def holdings() -> list[Holding]:
    return [holding for provider in _providers for holding in provider.holdings]


def autodiscover() -> None:
    """Import every installed app's ``privacy`` module (PrivacyConfig.ready())."""
    autodiscover_modules("privacy")
