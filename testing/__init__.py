"""The test suite's shared fixtures: one pytest plugin, registered by the root conftest.py.

- `testing.database`: the SQLite test database, migrated once per run and copied into
  every xdist worker;
- `testing.worlds`: worlds built once per test module (setUpTestData for pytest);
- `testing.pages`: Wagtail page trees (home, locales, `course_tree`, `training`);
- `testing.organisation`: the reports' hand-built organisation (`world`) and the
  security tests' roles and records in it (`security_world`);
- `testing.consent`: the shipped privacy notice, published (`privacy_notice`, `publish_notice`);
- `testing.quiz`: a finished quiz attempt with an essay to mark (`finished_attempt`);
- `testing.processes`: fresh interpreters for settings tests (`run_python`, `run_pythons`);
- `testing.browser`: headless Chromium and axe-core (`chromium_browser`; `chromium_launch`
  for a browser with flags of its own, a fake camera; `axe_core`);
- `testing.providers`: local fakes of the SMS gateway and WhatsApp Cloud API on a loopback
  port (`fake_sms_gateway`, `fake_whatsapp`).

Factories (factory_boy, `quiz_create`, ...) stay beside the app they build for
(`<app>/tests/factories.py`); fixtures every app's tests use live here, so no app's tests
import another app's test modules for them.
"""
