"""Worlds built once per test module: Django's `TestCase.setUpTestData`, for pytest.

A *world* is the data a group of tests starts from: a Wagtail page tree, the reports'
hand-built organisation. Building it is what most of those tests spend their time on
(Wagtail's tree updates, revisions and translations), and most tests only read it, or
change it inside their own transaction. So, in each module, the tests that start from the
same worlds (the module's *sharing* tests) share one build of them: it is made before the
first of them, inside a transaction that is rolled back after the last. Each test runs,
as always, in a transaction nested in that one (pytest-django's `db`, a savepoint here),
so its changes are gone before the next test; and it gets a deep copy of the worlds'
objects, as `setUpTestData` gives, so that a change to an object in memory does not reach
the next test either.

The module's other tests build what they need themselves, as before, and run first (the
module's order is otherwise kept), so that they find no shared world in the database:

- a test that commits (`transactional_db`, `live_server`, `django_db(transaction=True)`:
  the browser tests, other threads and processes) cannot run inside a transaction;
- a test that starts from other worlds, or from none, would find the module's world where
  it expects an empty table or a report's numbers of its own.

Should one of them run while the shared worlds are in the database anyway (`--lf` orders
tests its own way), they are rolled back first and built again for the next sharing test.

A world is declared with `shared_world(name, build, needs=(...))`: `build(worlds)` makes
the objects and returns them; it gets the worlds it builds on, listed in `needs`, with
`worlds.get(name)`. `TESTS_WORLDS_ONCE=0` in the environment turns sharing off (every
test builds its worlds): a test that passes only one way depends on another test.
"""

import collections
import copy
import os
from collections.abc import Callable, Iterable
from typing import Any

import pytest

from django.db import transaction

Builder = Callable[["Worlds"], Any]

_BUILDERS: dict[str, Builder] = {}
_NEEDS: dict[str, tuple[str, ...]] = {}
#: Per module (by name): the worlds its sharing tests start from, and their node ids.
_PLANS: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
#: Per module (by name): its shared worlds, while the module runs.
_SHARED: dict[str, "SharedWorlds"] = {}
_PER_TEST = pytest.StashKey["Worlds"]()
#: The test being set up (pytest_runtest_setup), for the module's fixture to see.
_setting_up = None
_COPIES = pytest.StashKey[dict]()

#: Fixtures with which a test commits, so that nothing may hold a transaction around it.
COMMITTING_FIXTURES = frozenset(
    {
        "transactional_db",
        "live_server",
        "django_db_reset_sequences",
        "django_db_serialized_rollback",
    }
)


class Worlds:
    """The worlds built so far, each once."""

    def __init__(self):
        self.built: dict[str, Any] = {}

    def get(self, name: str) -> Any:
        if name not in self.built:
            self.built[name] = _BUILDERS[name](self)
        return self.built[name]


class SharedWorlds:
    """A module's shared worlds: built in a transaction of their own, rolled back at the end."""

    def __init__(self, names: frozenset[str], blocker):
        self.names, self.blocker = names, blocker
        self.atomic = None
        self.worlds = None

    @property
    def built(self) -> bool:
        return self.atomic is not None

    def build(self) -> None:
        # Entered and exited by hand: the transaction stays open while the sharing tests
        # run, each in a savepoint of it, with the database blocked between them.
        self.atomic, self.worlds = transaction.atomic(), Worlds()
        with self.blocker.unblock():
            self.atomic.__enter__()
            try:
                for name in sorted(self.names):
                    self.worlds.get(name)
            except BaseException:
                self.roll_back()
                raise

    def roll_back(self) -> None:
        if self.atomic is not None:
            atomic, self.atomic, self.worlds = self.atomic, None, None
            with self.blocker.unblock():
                transaction.set_rollback(True)
                atomic.__exit__(None, None, None)


def shared_world(
    name: str,
    build: Builder,
    *,
    needs: Iterable[str] = (),
    each_test: Callable[[Any], None] | None = None,
):
    """Registers `build` as the world `name` and returns its fixture (assign it to `name`).

    `each_test(world)`, if given, runs in every test on its copy: for what a transaction
    does not roll back (files).
    """
    if name in _BUILDERS:
        raise ValueError(f"two worlds named {name!r}")
    _BUILDERS[name], _NEEDS[name] = build, tuple(needs)

    def fixture(request, db, _worlds_built_once):
        shared = _worlds_built_once
        if shared is not None and shared.built and request.node.nodeid in _sharing(request.node):
            # One deep copy per test of every world, so that objects shared between two
            # worlds (security_world holds world's volunteers) stay one object in the test.
            if _COPIES not in request.node.stash:
                request.node.stash[_COPIES] = copy.deepcopy(shared.worlds.built)
            value = request.node.stash[_COPIES][name]
        else:
            value = request.node.stash.setdefault(_PER_TEST, Worlds()).get(name)
        if each_test is not None:
            each_test(value)
        return value

    fixture.__doc__ = build.__doc__
    fixture.shared_world = name
    return pytest.fixture(name=name)(fixture)


def _sharing(item) -> frozenset[str]:
    return _PLANS.get(item.module.__name__, (frozenset(), frozenset()))[1]


def _uses_database(item) -> bool:
    names = set(item.fixturenames)
    return bool(
        item.get_closest_marker("django_db") or {"db", "transactional_db"} & names
        or COMMITTING_FIXTURES & names
    )  # fmt: skip


def _commits(item) -> bool:
    if COMMITTING_FIXTURES & set(item.fixturenames):
        return True
    marker = item.get_closest_marker("django_db")
    if marker is None:
        return False
    options = dict(zip(("transaction", "reset_sequences"), marker.args, strict=False))
    options.update(marker.kwargs)
    return bool(
        options.get("transaction") or options.get("reset_sequences")
        or options.get("serialized_rollback")
    )  # fmt: skip


def _worlds_used(item) -> frozenset[str]:
    """The worlds a test starts from, with those they build on (not a fixture of the
    test module's own that happens to have a world's name)."""
    used = set()
    for name in _BUILDERS.keys() & set(item.fixturenames):
        definitions = item._fixtureinfo.name2fixturedefs.get(name, ())
        if definitions and getattr(definitions[-1].func, "shared_world", None) == name:
            used.add(name)
    pending = list(used)
    while pending:
        for need in _NEEDS[pending.pop()]:
            if need not in used:
                used.add(need)
                pending.append(need)
    return frozenset(used)


def _plan(items: list) -> tuple[frozenset[str], frozenset[str]]:
    """A module's shared worlds: those most of its non-committing tests start from."""
    candidates = [
        (item, _worlds_used(item))
        for item in items
        if item.get_closest_marker("skip") is None and _uses_database(item) and not _commits(item)
    ]
    counts = collections.Counter(used for _item, used in candidates if used)
    if not counts:
        return frozenset(), frozenset()
    (names, count), *_ = counts.most_common(1)
    if count < 2:  # one test: nothing to share
        return frozenset(), frozenset()
    return names, frozenset(item.nodeid for item, used in candidates if used == names)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Plan each module's sharing, and run its other tests before its sharing ones.

    Before pytest-django's own ordering (a later tryfirst plugin runs first), whose stable
    sort then puts every test that commits after the others, as it must: those flush the
    database, migrations' rows included."""
    if os.environ.get("TESTS_WORLDS_ONCE") == "0":
        return
    modules = collections.defaultdict(list)
    for item in items:
        if getattr(item, "module", None) is not None:
            modules[item.module.__name__].append(item)
    for module, module_items in modules.items():
        _PLANS[module] = _plan(module_items)
    position = {id(item): index for index, item in enumerate(items)}

    def key(item):
        module = getattr(item, "module", None)
        if module is None:
            return (position[id(item)], 0, 0)
        first = position[id(modules[module.__name__][0])]
        return (first, item.nodeid in _PLANS[module.__name__][1], position[id(item)])

    items.sort(key=key)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before the test's fixtures: the module's shared worlds are in the database for its
    sharing tests, and only for them."""
    global _setting_up
    _setting_up = item
    module = getattr(item, "module", None)
    shared = _SHARED.get(module.__name__) if module is not None else None
    if shared is None or item.get_closest_marker("skip") is not None:
        return
    if item.nodeid in _sharing(item):
        if not shared.built:
            shared.build()
    elif shared.built and _uses_database(item):
        shared.roll_back()


@pytest.fixture(scope="module")
def _worlds_built_once(request, django_db_setup, django_db_blocker):
    """The module's shared worlds (None if it has no sharing tests); see the docstring."""
    names, sharing = _PLANS.get(request.module.__name__, (frozenset(), frozenset()))
    if not sharing:
        yield None
        return
    shared = SharedWorlds(names, django_db_blocker)
    _SHARED[request.module.__name__] = shared
    # Set up during a test's set-up, before its database transaction: build now if that
    # test shares (pytest_runtest_setup builds for the later ones, which find this ready).
    if _setting_up is not None and _setting_up.nodeid in sharing:
        shared.build()
    try:
        yield shared
    finally:
        del _SHARED[request.module.__name__]
        shared.roll_back()
