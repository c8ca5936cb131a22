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
from courses.models.spot import (
    Manipulation,
    SpotAnswer,
    SpotEvidence,
    SpotTheFakeQuestion,
    Verdict,
)

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
    "Manipulation",
    "QuestionQuota",
    "QuizAccommodation",
    "QuizAttempt",
    "QuizRules",
    "SpotAnswer",
    "SpotEvidence",
    "SpotTheFakeQuestion",
    "TranslationFallbackMixin",
    "Verdict",
]
