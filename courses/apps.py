from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "Courses and lessons"

    def ready(self):
        from quiz.models import Quiz

        from django.db.models.signals import post_delete, post_save

        # Imported to register: the lesson-progress fragment, and this app's part of
        # manage.py generate_organisation (receivers of the organisation's signals).
        from courses import fragments, organisation_generator  # noqa: F401
        from courses.models import Enrollment, LessonCompletion, QuizRules
        from courses.roles import roles_ensure_after_migrate
        from courses.selectors import reader_progress_changed
        from lms.page_cache import content_changed

        post_migrate.connect(roles_ensure_after_migrate, sender=self)
        # Course pages show a quiz's pass mark and rules: cached pages must follow.
        for model in (Quiz, QuizRules):
            post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-{model}")
        # A trainee's cached progress (lesson pages) follows their enrolment and completions.
        for model in (Enrollment, LessonCompletion):
            for signal in (post_save, post_delete):
                signal.connect(
                    reader_progress_changed,
                    sender=model,
                    dispatch_uid=f"reader-progress-{model.__name__}-{signal!r}",
                )
