"""Replace Wagtail's placeholder "Welcome" page with our HomePage, as `wagtail start` does."""

from django.db import migrations

INTRO = (
    "Courses for the organisation's social-media volunteers: verify before you "
    "share, expose fake news with evidence, respond quickly and civilly, and stay safe online."
)


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("lms.HomePage")

    page_content_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    # Deleting the placeholder also deletes the Site that pointed at it.
    Page.objects.filter(content_type=page_content_type, slug="home", depth=2).delete()

    homepage_content_type, __ = ContentType.objects.get_or_create(
        model="homepage", app_label="lms"
    )
    homepage = HomePage.objects.create(
        title="Volunteer Training",
        draft_title="Volunteer Training",
        slug="home",
        intro=INTRO,
        content_type=homepage_content_type,
        locale=Locale.objects.order_by("pk").first(),
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        live=True,
    )
    Site.objects.create(hostname="localhost", root_page=homepage, is_default_site=True)


def remove_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    HomePage = apps.get_model("lms.HomePage")
    HomePage.objects.filter(slug="home", depth=2).delete()
    ContentType.objects.filter(model="homepage", app_label="lms").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_homepage, remove_homepage),
    ]
