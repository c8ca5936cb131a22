from courses.models.assessments import QuestionQuota, QuizAccommodation
from courses.models.learning import CourseCompletion, Enrollment, LessonCompletion
from courses.models.pages import (
    CourseIndexPage,
    CoursePage,
    LessonEntry,
    LessonPage,
    TranslationFallbackMixin,
)
from courses.models.quizzes import AttemptClient, EssayMark, QuizAttempt, QuizRules

__all__ = [
    "AttemptClient",
    "CourseCompletion",
    "CourseIndexPage",
    "CoursePage",
    "Enrollment",
    "EssayMark",
    "LessonCompletion",
    "LessonEntry",
    "LessonPage",
    "QuestionQuota",
    "QuizAccommodation",
    "QuizAttempt",
    "QuizRules",
    "TranslationFallbackMixin",
]
