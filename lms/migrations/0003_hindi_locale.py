"""Hindi is a content language from the start: its page tree hangs off this locale."""

from django.db import migrations


def create_hindi_locale(apps, schema_editor):
    Locale = apps.get_model("wagtailcore.Locale")
    Locale.objects.get_or_create(language_code="hi")


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0002_create_homepage"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(create_hindi_locale, migrations.RunPython.noop),
    ]
