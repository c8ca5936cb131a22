"""Trainee URLs, under the language prefix (/en/..., /hi/...)."""

from django.urls import path

from courses import practice_views, views

urlpatterns = [
    path("search/", views.search, name="search"),
    path("learn/", views.dashboard, name="dashboard"),
    path("learn/courses/<int:course_id>/enrol/", views.enroll, name="course_enroll"),
    path(
        "learn/courses/<int:course_id>/offline.json",
        views.course_offline_files,
        name="course_offline_files",
    ),
    path("learn/courses/<int:course_id>/quiz/", views.quiz_start, name="quiz_start"),
    path("learn/lessons/<int:lesson_id>/complete/", views.lesson_complete, name="lesson_complete"),
    # Not under learn/courses/: the service worker keeps this page for offline use.
    path("learn/practice/<int:course_id>/", practice_views.practice_sheet, name="practice_sheet"),
    path("learn/attempts/<int:attempt_id>/", views.quiz_question, name="quiz_question"),
    path("learn/attempts/<int:attempt_id>/result/", views.quiz_result, name="quiz_result"),
]
