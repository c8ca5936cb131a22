from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses and lessons"

    def ready(self):
        from courses.roles import roles_ensure_after_migrate

        post_migrate.connect(roles_ensure_after_migrate, sender=self)
