"""The made-up organisation of `manage.py generate_organisation` (benchmarks, load tests).

volunteers.py and teams.py decide and write the organisation's rows; writer.py writes
rows in bulk. Apps above the organisation add theirs through two signals
(organisation.signals): organisation_generating before anything is written (check
and load what they need), organisation_generated after (write, with the same writer
and random generator, from `generation.people` and `generation.teams`).
"""
