"""Demo training content, in English and Hindi, as plain data.

Loaded by courses/demo.py (`manage.py load_demo`). The content teaches good
practice: verification, sourcing, civility and digital safety; never
harassment or trolling, whatever an opponent has said.
"""
