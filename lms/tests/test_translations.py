"""The Hindi catalogue the site runs on (django.mo) says what the source (django.po) says.

Both are committed; several people add translations at once, and a merge that
keeps one side's compiled file loses the other's strings silently — English on a
Hindi page. Read with polib, no gettext tools needed.
"""

from pathlib import Path

import polib

from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "hi" / "LC_MESSAGES"


def _entries(catalogue):
    return {
        (entry.msgctxt, entry.msgid): (entry.msgstr, tuple(sorted(entry.msgstr_plural.items())))
        for entry in catalogue
        if entry.msgstr or entry.msgstr_plural
    }


def test_the_compiled_hindi_catalogue_matches_its_source():
    po = polib.pofile(str(CATALOGUE / "django.po"))
    source = {
        key: value
        for key, value in _entries(po.translated_entries()).items()
        if "fuzzy" not in po.find(key[1], msgctxt=key[0]).flags
    }
    compiled = _entries(polib.mofile(str(CATALOGUE / "django.mo")))

    missing = sorted(msgid for (_ctx, msgid) in source.keys() - compiled.keys())
    differ = sorted(
        key[1] for key, value in source.items() if key in compiled and compiled[key] != value
    )
    assert not missing, f"translated in django.po, missing from django.mo: {missing[:10]}"
    assert not differ, f"django.mo differs from django.po: {differ[:10]}"


def test_no_message_is_defined_twice():
    po = polib.pofile(str(CATALOGUE / "django.po"))
    keys = [(entry.msgctxt, entry.msgid) for entry in po if not entry.obsolete]
    twice = sorted({msgid for (ctx, msgid) in keys if keys.count((ctx, msgid)) > 1})
    assert not twice, f"defined twice in django.po: {twice[:10]}"
