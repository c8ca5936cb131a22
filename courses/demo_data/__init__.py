"""Demo training content, in English and Hindi, as plain data.

Loaded by courses/demo.py (`manage.py load_demo`). The content teaches good
practice: verification, sourcing, civility and digital safety; never
harassment or trolling, whatever an opponent has said. All examples are generic
and non-partisan; sources are named by type (an official account, a press
release, a reverse image search), never as real organisations or people. The
Hindi text follows the same block structure as the English, written as a
Hindi-speaking trainer would write it rather than translated word by word.

One package per course (social_media/, leadership/): its __init__.py holds the
course details and the order of the lessons, each lesson is a module named
after its slug (social_media/exposing_fake_news.py), and quiz.py holds the
final quiz. The format is documented and checked in schema.py.
"""
