"""Trainer roles and the lesson review workflow, kept in place after every migrate.

* Trainers write and edit courses, lessons and quizzes, and submit pages for
  review; they cannot publish.
* Senior trainers may also publish, and approve or reject what trainers submit
  in the "Lesson review" workflow.

Permissions are only ever added here, never removed, so an administrator can
grant more in the admin without it being undone by the next deploy.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction

TRAINERS = "Trainers"
SENIOR_TRAINERS = "Senior trainers"
WORKFLOW_NAME = "Lesson review"
TASK_NAME = "Senior trainer approval"
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

# Model permissions, as "app_label.codename".
_QUIZ_EDITING = [
    f"{app}.{action}_{model}"
    for app, model in [
        ("quiz", "quiz"),
        ("quiz", "category"),
        ("multichoice", "mcquestion"),
        ("multichoice", "answer"),
        ("true_false", "tf_question"),
        ("essay", "essay_question"),
        ("courses", "spotthefakequestion"),
        ("courses", "spotevidence"),
    ]
    for action in ("add", "change", "delete", "view")
]
_ESSAY_MARKING = ["courses.mark_essays"]
# More time at quizzes (courses.accommodations): trainers for everyone, coordinators
# for their unit. The Coordinators group is the organisation's (its migration 0003).
_ACCOMMODATIONS = [f"courses.{action}_quizaccommodation" for action in ("add", "change", "view")]
COORDINATORS = "Coordinators"
MODEL_PERMISSIONS = {
    TRAINERS: ["wagtailadmin.access_admin", *_QUIZ_EDITING, *_ESSAY_MARKING, *_ACCOMMODATIONS],
    SENIOR_TRAINERS: [
        "wagtailadmin.access_admin",
        *_QUIZ_EDITING,
        *_ESSAY_MARKING,
        *_ACCOMMODATIONS,
    ],
    COORDINATORS: _ACCOMMODATIONS,
}
PAGE_PERMISSIONS = {
    TRAINERS: ["add_page", "change_page"],
    SENIOR_TRAINERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
COLLECTION_PERMISSIONS = {
    group: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ]
    for group in (TRAINERS, SENIOR_TRAINERS)
}


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def roles_ensure() -> None:
    """Create or complete the trainer groups, their permissions and the review workflow."""
    from wagtail.models import (
        Collection,
        GroupApprovalTask,
        GroupCollectionPermission,
        GroupPagePermission,
        Page,
        Workflow,
        WorkflowPage,
        WorkflowTask,
    )

    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    if root_page is None or root_collection is None:
        return

    groups = {}
    for name, permissions in MODEL_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(_permission(p) for p in permissions))
        groups[name] = group

    # On the tree root: covers the course trees of every language.
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name],
                page=root_page,
                permission=_permission(f"wagtailcore.{codename}"),
            )
    for name, permissions in COLLECTION_PERMISSIONS.items():
        for dotted in permissions:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name], collection=root_collection, permission=_permission(dotted)
            )

    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(groups[SENIOR_TRAINERS])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # Replaces Wagtail's default workflow on the root; a workflow an
    # administrator assigns there later is theirs to keep.
    assigned = WorkflowPage.objects.filter(page=root_page).select_related("workflow").first()
    if assigned is None:
        WorkflowPage.objects.create(page=root_page, workflow=workflow)
    elif assigned.workflow.name == WAGTAIL_DEFAULT_WORKFLOW:
        assigned.workflow = workflow
        assigned.save(update_fields=["workflow"])


def roles_ensure_after_migrate(sender, using="default", **kwargs):
    """post_migrate receiver: permissions of every app must exist before groups get them."""
    if using != "default":
        return
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    roles_ensure()
