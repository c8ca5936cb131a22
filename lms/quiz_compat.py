"""Let django-quiz-app 0.5.1 (2015, written for Django 1.x) load on Django 5.2.

We use its models as the quiz engine, not its views, urls, templates or admin.
Its model modules need exactly four things Django has since removed:

* ``django.utils.translation.ugettext`` / ``ugettext_lazy`` (removed in 4.0);
* ``django.utils.encoding.python_2_unicode_compatible`` (removed in 3.0);
* ``ForeignKey``/``OneToOneField`` without ``on_delete`` (required since 2.0);
* ``CommaSeparatedIntegerField``, which still exists but fails the system
  check ``fields.E901`` (removed in 2.0 "except for historical migrations").

Everything here is restored for that package only: the ``on_delete`` default
applies to fields declared in its modules, and the E901 check is skipped only
for its models. Any other code keeps Django's modern behaviour (tested in
``lms/tests/test_quiz_compat.py``).

``install()`` must run before the quiz apps' models are imported; ``LmsConfig``
(``lms/apps.py``) calls it, and ``lms`` is listed before the quiz apps in
``INSTALLED_APPS``.
"""

import functools
import sys

from django.db import models
from django.utils import encoding, translation

#: The top-level packages that django-quiz-app installs.
QUIZ_PACKAGES = frozenset({"quiz", "multichoice", "true_false", "essay"})

_installed = False


def _declared_in_quiz_package(depth: int) -> bool:
    """True when the frame ``depth`` levels up belongs to a django-quiz-app module."""
    module_name = sys._getframe(depth).f_globals.get("__name__", "")
    return module_name.partition(".")[0] in QUIZ_PACKAGES


def _default_on_delete(original_init):
    @functools.wraps(original_init)
    def __init__(self, to, *args, **kwargs):
        # Depth 2: 1 is this wrapper, 2 is the class body that declared the field.
        if not args and "on_delete" not in kwargs and _declared_in_quiz_package(2):
            # Django 1.x defaulted to CASCADE; the package relies on that.
            kwargs["on_delete"] = models.CASCADE
        original_init(self, to, *args, **kwargs)

    return __init__


def _skip_removed_check_for_quiz(original_check):
    @functools.wraps(original_check)
    def _check_deprecation_details(self):
        model = getattr(self, "model", None)
        if model is not None and model.__module__.partition(".")[0] in QUIZ_PACKAGES:
            # The column is a plain varchar holding "1,2,3,"; the field still
            # validates and stores it. Only the "removed" error is skipped.
            return []
        return original_check(self)

    return _check_deprecation_details


def _python_2_unicode_compatible(klass):
    # On Python 3 the decorator was the identity.
    return klass


def install() -> None:
    """Restore what django-quiz-app needs. Idempotent."""
    global _installed
    if _installed:
        return
    translation.ugettext = translation.gettext
    translation.ugettext_lazy = translation.gettext_lazy
    encoding.python_2_unicode_compatible = _python_2_unicode_compatible

    models.ForeignKey.__init__ = _default_on_delete(models.ForeignKey.__init__)
    models.OneToOneField.__init__ = _default_on_delete(models.OneToOneField.__init__)

    field = models.CommaSeparatedIntegerField
    field._check_deprecation_details = _skip_removed_check_for_quiz(
        field._check_deprecation_details
    )
    _installed = True
