"""The privacy app's own provider: the account (Django's user), what the frameworks keep
about it (Wagtail, django-axes, the admin's log), and this app's own records."""

from axes.models import AccessAttempt, AccessFailureLog, AccessLog

from django.contrib.auth import get_user_model
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Concat
from django.utils.translation import gettext_lazy as _

from wagtail.users.models import UserProfile

from lms.auth_backends import forget_cached_user
from privacy.models import RetentionWarning
from privacy.registry import Holding, Provider, Section, Subject, register
from privacy.scrub import log_entries_scrub

#: What an erased account's user name becomes (with its id): nobody can sign in as it.
ERASED_USERNAME = "erased-"
#: An unusable password (Django's own prefix): no password signs in.
UNUSABLE_PASSWORD = "!erased"  # noqa: S105 (not a password: what none matches)

STAFF = "Administrators."
KEPT_FOR_STAFF = "Kept: staff authorship; the account it points to is pseudonymised."


@register
class AccountProvider(Provider):
    order = 900  # last: the others read the account's e-mail and user name first
    holdings = (
        Holding(
            "auth.User",
            ("username", "email", "first_name", "last_name", "password", "last_login"),
            "User name, e-mail address, name, password hash, last sign-in.",
            "Signing in; reaching the person by e-mail.",
            "Pseudonymised: user name 'erased-<id>', e-mail and name removed, password "
            "unusable, account deactivated.",
        ),
        Holding(
            "wagtailusers.UserProfile",
            ("user",),
            "Admin preferences (language, time zone, avatar).",
            "The admin's settings for staff.",
            "Deleted.",
            who=STAFF,
        ),
        Holding(
            "axes.AccessAttempt",
            ("username",),
            "User name, mobile number or e-mail typed at a failed sign-in; IP address.",
            "Throttling password guessing (security).",
            "Deleted (rows naming the person's user name, e-mail or mobile number).",
            who=STAFF,
            retention="Until the lock-out expires or the person is erased.",
        ),
        Holding(
            "axes.AccessLog",
            ("username",),
            "Sign-ins: user name, IP address, browser, time.",
            "Security: investigating misuse of an account.",
            "Deleted.",
            who=STAFF,
        ),
        Holding(
            "axes.AccessFailureLog",
            ("username",),
            "Failed sign-ins: user name, IP address, browser, time.",
            "Security: investigating misuse of an account.",
            "Deleted.",
            who=STAFF,
        ),
        Holding(
            "admin.LogEntry",
            ("user",),
            "Changes made in the Django admin, with the changed record's name.",
            "Accountability of administrators.",
            "The erased person's name is removed from entries about them.",
            who=STAFF,
        ),
        Holding(
            "wagtailcore.ModelLogEntry",
            ("user",),
            "Changes made in the Wagtail admin, with the changed record's name.",
            "Accountability of coordinators and trainers.",
            "The erased person's name is removed from entries about them.",
            who=STAFF,
        ),
        Holding("wagtailcore.PageLogEntry", ("user",), "Who changed a page.",
                "Accountability of trainers.", KEPT_FOR_STAFF, who=STAFF),
        Holding("wagtailcore.Page", ("owner", "locked_by"), "Who owns or locked a page.",
                "Editing courses.", KEPT_FOR_STAFF, who=STAFF),
        Holding("lms.HomePage", ("owner", "locked_by"), "As wagtailcore.Page.",
                "Editing the site.", KEPT_FOR_STAFF, who=STAFF),
        Holding("courses.CourseIndexPage", ("owner", "locked_by"), "As wagtailcore.Page.",
                "Editing courses.", KEPT_FOR_STAFF, who=STAFF),
        Holding("courses.CoursePage", ("owner", "locked_by"), "As wagtailcore.Page.",
                "Editing courses.", KEPT_FOR_STAFF, who=STAFF),
        Holding("courses.LessonPage", ("owner", "locked_by"), "As wagtailcore.Page.",
                "Editing courses.", KEPT_FOR_STAFF, who=STAFF),
        Holding("wagtailcore.Revision", ("user",), "Who saved a revision.",
                "Editing history.", KEPT_FOR_STAFF, who=STAFF),
        Holding("wagtailcore.WorkflowState", ("requested_by",), "Who asked for review.",
                "Moderation of lessons.", KEPT_FOR_STAFF, who=STAFF),
        Holding("wagtailcore.TaskState", ("finished_by",), "Who reviewed.",
                "Moderation of lessons.", KEPT_FOR_STAFF, who=STAFF),
        Holding("wagtailcore.Comment", ("user", "resolved_by"), "Editors' comments.",
                "Editing courses.", KEPT_FOR_STAFF, who=STAFF),
        Holding("wagtailcore.CommentReply", ("user",), "Editors' replies.",
                "Editing courses.", KEPT_FOR_STAFF, who=STAFF),
        Holding("wagtailcore.PageSubscription", ("user",), "Comment notifications.",
                "Editing courses.", KEPT_FOR_STAFF, who=STAFF),
        Holding("wagtailcore.UploadedFile", ("uploaded_by_user",), "Who uploaded a file.",
                "Editing courses.", KEPT_FOR_STAFF, who=STAFF),
        Holding("wagtailcore.APIToken", ("user",), "Staff API tokens.",
                "Admin integrations.", KEPT_FOR_STAFF, who=STAFF),
        Holding("wagtaildocs.Document", ("uploaded_by_user",), "Who uploaded a document.",
                "Editing courses.", KEPT_FOR_STAFF, who=STAFF),
        Holding("wagtailimages.Image", ("uploaded_by_user",), "Who uploaded an image.",
                "Editing courses.", KEPT_FOR_STAFF, who=STAFF),
        Holding("wagtailadmin.EditingSession", ("user",), "Who is editing a page now.",
                "Editing courses.", "Kept: expires within minutes.", who=STAFF),
        Holding("wagtailadmin.FormState", ("user",), "Unsaved admin form state.",
                "Editing courses.", "Kept: expires.", who=STAFF),
        Holding(
            "privacy.ErasureRequest",
            ("user",),
            "When the person (or the retention policy) asked for erasure, and when it was done.",
            "Showing that erasure requests are carried out (accountability).",
            "Kept, pointing to the pseudonymised account.",
            retention="Kept as the record of the erasure.",
        ),
        Holding(
            "privacy.RetentionWarning",
            ("user",),
            "When the person was warned of erasure for inactivity.",
            "Erasing only people who were warned and did not come back.",
            "Deleted.",
        ),
    )  # fmt: skip

    def export(self, subject: Subject) -> list[Section]:
        user = get_user_model().objects.get(pk=subject.user_id)
        return [
            Section(
                "account",
                _("Account"),
                [
                    {
                        _("user name"): user.username,
                        _("e-mail address"): user.email,
                        _("name"): user.get_full_name(),
                        _("joined"): user.date_joined,
                        _("last sign-in"): user.last_login,
                    }
                ],
            )
        ]

    def erase(self, subjects: list[Subject]) -> None:
        user_ids = [s.user_id for s in subjects]
        identifiers = {v for s in subjects for v in (s.username, s.email, s.phone) if v}
        AccessAttempt.objects.filter(username__in=identifiers).delete()
        AccessLog.objects.filter(username__in=identifiers).delete()
        AccessFailureLog.objects.filter(username__in=identifiers).delete()
        UserProfile.objects.filter(user_id__in=user_ids).delete()
        RetentionWarning.objects.filter(user_id__in=user_ids).delete()
        users = get_user_model().objects.filter(pk__in=user_ids)
        users.update(
            username=Concat(Value(ERASED_USERNAME), Cast("pk", CharField())),
            email="",
            first_name="",
            last_name="",
            password=UNUSABLE_PASSWORD,
            is_active=False,
            is_staff=False,
            is_superuser=False,
        )
        get_user_model().groups.through.objects.filter(user_id__in=user_ids).delete()
        get_user_model().user_permissions.through.objects.filter(user_id__in=user_ids).delete()
        log_entries_scrub(get_user_model(), user_ids, ERASED_USERNAME)
        for user_id in user_ids:
            forget_cached_user(user_id)
