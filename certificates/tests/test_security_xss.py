"""Stored XSS: hostile text in every field trainers and trainees write, rendered as a
trainee and as an administrator, must never become a live element or attribute.

Each field gets its own payload, ``XSS<field>`` followed by ``<script>alert(1)</script>``,
``<img src=x onerror=alert(1)>`` and ``"><svg onload=alert(1)>``; rich text also gets a
link to ``javascript:alert(1)``. Values go in the way their authors write them: rich
text through Wagtail's editor converter (what the page editor stores), the sign-up,
screening, revoke and import forms by POST, the rest on the records. Each page is then
parsed (html.parser): no <script> with alert(1) in it, no on* attribute, no href/src/
action starting with javascript:. Each page must also show the markers of the fields
it displays, so a field that stops being rendered does not make the check vacuous.

Certificate PDFs with hostile names and design wording: test_rendering.py
(test_hostile_certificate_fields_are_shown_not_followed, ..._design_text_...).
"""

import csv
import io
import json
from html.parser import HTMLParser

import pytest
from essay.models import Essay_Question
from multichoice.models import Answer

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from certificates.models import Certificate, CertificateSettings, Leadership
from courses import quiz_engine as course_quizzes
from courses.blocks import RICH_TEXT_FEATURES
from courses.models import EssayMark
from organisation.models import VolunteerImport, VolunteerProfile
from organisation.tests.factories import unit
from testing.pages import stream

ATTACK = '<script>alert(1)</script><img src=x onerror=alert(1)>"><svg onload=alert(1)>'


def hostile(field: str) -> str:
    return f"XSS{field}{ATTACK}"


def rich_text(field: str) -> str:
    """What the page editor stores for a paragraph with the payload as its text and a
    javascript: link: Draftail's contentstate through Wagtail's converter."""
    text = hostile(field) + " click"
    contentstate = {
        "blocks": [
            {
                "key": "a1b2c", "text": text, "type": "unstyled", "depth": 0,
                "inlineStyleRanges": [{"offset": len(text) - 5, "length": 5, "style": "BOLD"}],
                "entityRanges": [{"offset": len(text) - 5, "length": 5, "key": 0}],
                "data": {},
            }
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert(1)"}}
        },
    }  # fmt: skip
    return ContentstateConverter(RICH_TEXT_FEATURES).to_database_format(json.dumps(contentstate))


URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data")


class LiveFinder(HTMLParser):
    """Collects what of a payload would run in a browser."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.live = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.in_script = True
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.lower().startswith("on"):
                self.live.append(f"<{tag} {name}={value!r}>")
            url = value.replace("\t", "").replace("\n", "")
            if name.lower() in URL_ATTRIBUTES and url.startswith("javascript:"):
                self.live.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script and "alert(1)" in data:
            self.live.append(f"<script>{data.strip()[:80]}</script>")


def live_parts(html: str) -> list[str]:
    finder = LiveFinder()
    finder.feed(html)
    finder.close()
    return finder.live


def test_the_finder_finds_live_payloads():
    """The checker itself: unescaped payloads are found, escaped ones are not."""
    assert len(live_parts(ATTACK)) == 3
    assert live_parts('<a href=" JavaScript:alert(1)">x</a>')
    assert not live_parts(f"<p>{ATTACK.replace('<', '&lt;').replace('>', '&gt;')}</p>")


def _csv(rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["phone", "name_en", "name_hi", "email", "state", "district", "skills"])
    writer.writerows(rows)
    return out.getvalue().encode()


def client(user=None):
    c = Client()
    if user is not None:
        c.force_login(user)
    return c


@pytest.fixture
def hostile_world(security_world, django_capture_on_commit_callbacks):  # noqa: F811
    w = security_world
    users, o, v = w["users"], w["objects"], w["v"]

    # Trainers: course, lessons (titles, summaries, rich text), quiz questions, answers.
    course_page = o["course"]
    course_page.title = hostile("coursetitle")
    course_page.summary = hostile("coursesummary")
    course_page.learning_outcomes = rich_text("outcomes")
    course_page.save_revision().publish()
    for number, lesson in enumerate(w["lessons"], 1):
        lesson.title = hostile(f"lessontitle{number}")
        lesson.summary = hostile(f"lessonsummary{number}")
        lesson.body = stream(
            ("heading", hostile("heading")),
            ("paragraph", rich_text("paragraph")),
            ("callout", {"kind": "tip", "text": rich_text("callout")}),
        )
        lesson.save_revision().publish()
    for number, question in enumerate(w["questions"], 1):
        question.content = hostile(f"question{number}")
        question.explanation = hostile(f"explanation{number}")
        question.save()
    Answer.objects.filter(question__in=w["questions"]).update(content=hostile("answer"))

    # Trainees: an essay answer (in the sitting, as django-quiz-app keeps it).
    # (The world's quiz has no essay question: one is added, answered in D's sitting.)
    essay_question = Essay_Question.objects.create(content=hostile("essayquestion"))
    essay_question.quiz.add(w["quiz"])
    sitting = o["attempt"].sitting
    sitting.user_answers = json.dumps({str(essay_question.pk): hostile("essay")})
    sitting.save()
    essay = EssayMark.objects.create(sitting=sitting, question=essay_question)
    # A trainee who signs up with hostile name and skills.
    response = Client().post(
        "/en/accounts/signup/",
        {
            "username": "hostile", "name_en": hostile("nameen"), "name_hi": hostile("namehi"),
            "phone": "9123456780", "email": "hostile@example.org",
            "district": str(unit("in-mp-indore").pk), "skills": hostile("skills"),
            "password1": "Another-pass-42", "password2": "Another-pass-42",
        },
    )  # fmt: skip
    assert response.status_code == 302, response.content[:2000]
    signed_up = VolunteerProfile.objects.get(user__username="hostile")
    # D, a leader with a team, a certificate and a quiz attempt, has a hostile name too.
    VolunteerProfile.objects.filter(pk=v["D"].pk).update(
        name_en=hostile("leaderen"), name_hi=hostile("leaderhi")
    )
    Certificate.objects.filter(pk=o["certificate"].pk).update(
        name_en=hostile("certen"), name_hi=hostile("certhi")
    )

    # Coordinators: screening notes, revoke reasons (by their forms).
    district, national = client(users["district"]), client(users["national"])
    response = district.post(
        f"/admin/volunteers/{signed_up.pk}/screen/",
        {"decision": "selected", "notes": hostile("notes")},
    )
    assert response.status_code == 302
    assert signed_up.screenings.get().notes == hostile("notes")
    l2 = Leadership.objects.get(volunteer=v["L2"])
    response = national.post(
        f"/admin/leaderships/{l2.pk}/revoke/", {"reason": hostile("leadershipreason")}
    )
    assert Leadership.objects.get(pk=l2.pk).revoke_reason == hostile("leadershipreason")
    response = district.post(
        f"/admin/certificates/{o['certificate'].pk}/revoke/",
        {"reason": "x" + hostile("certreason")[:400]},
    )
    assert Certificate.objects.get(pk=o["certificate"].pk).status == "revoked"

    # Imports: a good row and a bad one (reported back with its text), through the form.
    rows = [
        ("9812345670", hostile("importen"), hostile("importhi"), "", "Madhya Pradesh", "Indore",
         hostile("importskills")),
        ("12" + ATTACK, hostile("importbad"), "", "", "Madhya Pradesh", "Indore", ""),
    ]  # fmt: skip
    upload = SimpleUploadedFile("list.csv", _csv(rows), content_type="text/csv")
    with django_capture_on_commit_callbacks(execute=True):  # the import task runs
        response = district.post(
            "/admin/volunteer-imports/new/",
            {"file": upload, "consent_record": "Sign-up forms, Indore office, 2026"},
        )
    assert response.status_code == 302
    imported = VolunteerImport.objects.latest("pk")
    assert imported.status == "done", imported.status
    assert VolunteerProfile.objects.filter(name_en=hostile("importen")).exists()

    # The certificate's design (a Wagtail setting an administrator writes).
    design = CertificateSettings.load()
    for field in ("title_en", "title_hi", "issuer_en", "issuer_hi"):
        setattr(design, field, hostile(field.replace("_", ""))[:100])
    design.wording_en, design.wording_hi = hostile("wordingen"), hostile("wordinghi")
    design.save()

    # An attempt still open, for the question page (C has finished the lessons).
    open_attempt = course_quizzes.quiz_attempt_start(user=v["C"].user, course=course_page)
    o.update(
        hostile_essay=essay,
        signed_up=signed_up,
        open_attempt=open_attempt,
        imported=imported,
        l2=v["L2"],
    )
    return w


# (who, URL, markers that page must show). Markers are the XSS<field> prefixes.
TRAINEE_PAGES = [
    ("trainee", "{o[lesson_url]}", ["lessontitle1", "paragraph", "callout", "heading"]),
    ("trainee", "{o[course_url]}", ["coursetitle", "coursesummary", "outcomes", "lessontitle"]),
    ("trainee", "/en/learn/", ["coursetitle"]),
    ("trainee", "/hi/learn/", ["coursetitle"]),
    ("trainee", "/en/search/?q=XSS", []),
    ("trainee", "/en/my-team/", []),
    ("other_trainee", "/en/my-team/", []),
    # Retakes are shuffled: the first question shown may be the essay question.
    ("quizzer", "/en/learn/attempts/{o[open_attempt].pk}/", [("question", "essayquestion")]),
    ("trainee", "/en/learn/attempts/{o[attempt].pk}/result/", ["question"]),
    ("anonymous", "/en/verify/{o[certificate].code}/", ["certen"]),
    ("anonymous", "/hi/verify/{o[certificate].code}/", ["certhi"]),
]
ADMIN_PAGES = [
    ("district", "/admin/volunteers/", ["nameen", "leaderen", "importen"]),
    ("district", "/admin/volunteers/?q=XSS", ["nameen"]),
    ("district", "/admin/volunteers/{o[signed_up].pk}/", ["nameen", "skills", "notes"]),
    ("district", "/admin/volunteers/{o[volunteer].pk}/", []),
    ("national", "/admin/volunteers/{o[l2].pk}/", ["leadershipreason"]),
    ("district", "/admin/teams/", ["leaderen"]),
    ("district", "/admin/teams/{o[team].pk}/", ["leaderen"]),
    ("district", "/admin/volunteer-imports/", []),
    ("district", "/admin/volunteer-imports/{o[imported].pk}/", []),
    ("district", "/admin/certificates/batches/", []),
    ("district", "/admin/reports/leaders/", ["leaderen"]),
    ("district", "/admin/reports/funnel/", []),
    ("district", "/admin/reports/certificates/", []),
    ("trainer", "/admin/reports/quizzes/", []),
    ("trainer", "/admin/reports/courses/", []),
    ("trainer", "/admin/essays/", ["essayquestion"]),
    ("trainer", "/admin/essays/{o[hostile_essay].pk}/", ["essay", "essayquestion"]),
    ("trainer", "/admin/snippets/quiz/quiz/", []),
    ("trainer", "/admin/pages/{o[course].pk}/", ["lessontitle"]),
    ("superuser", "{settings_url}", ["wordingen", "titleen"]),
]


def _render(w, pages):
    users, objects = w["users"], w["objects"]
    users = {**users, "quizzer": w["v"]["C"].user}
    settings_url = reverse("wagtailsettings:edit", args=["certificates", "certificatesettings"])
    wrong = []
    for role, path, markers in pages:
        url = path.format(o=objects, settings_url=settings_url)
        response = client(users[role]).get(url, follow=True)
        if response.status_code != 200:
            wrong.append(f"{role} {url}: {response.status_code}")
            continue
        html = response.content.decode()
        for part in live_parts(html):
            wrong.append(f"{role} {url}: live {part}")
        for marker in markers:
            # A tuple: one of these must show (the page shows one of several records).
            either = marker if isinstance(marker, tuple) else (marker,)
            if not any(f"XSS{name}" in html for name in either):
                wrong.append(f"{role} {url}: XSS{marker} not shown (the check would be vacuous)")
    return wrong


@pytest.mark.django_db
def test_hostile_text_is_inert_on_trainee_pages(hostile_world):
    wrong = _render(hostile_world, TRAINEE_PAGES)
    assert not wrong, "\n".join(wrong)


@pytest.mark.django_db
def test_hostile_text_is_inert_in_the_admin(hostile_world):
    wrong = _render(hostile_world, ADMIN_PAGES)
    assert not wrong, "\n".join(wrong)


@pytest.mark.django_db
def test_javascript_links_do_not_survive_the_editor(hostile_world):
    """The stored rich text itself has no javascript: link (Wagtail drops the URL)."""
    lesson = hostile_world["lessons"][0]
    lesson.refresh_from_db()
    stored = json.dumps(lesson.body.get_prep_value())
    assert "XSSparagraph" in stored
    assert "javascript:" not in stored
