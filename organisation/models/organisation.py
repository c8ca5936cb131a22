"""The organisation: units (national, state, district), volunteers and their
pipeline stage with its history, coordinators' scopes and teams of ten.

Changes of state go through organisation.services; queries that cross records through
organisation.selectors.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from organisation.phones import phone_validator
from organisation.validators import validate_no_bidi_controls


class UnitQuerySet(models.QuerySet):
    def states(self):
        return self.filter(level=Unit.Level.STATE)

    def districts(self):
        return self.filter(level=Unit.Level.DISTRICT)

    def within(self, unit: "Unit"):
        """The unit itself and every unit below it."""
        if unit.level == Unit.Level.NATIONAL:
            return self.all()
        if unit.level == Unit.Level.STATE:
            return self.filter(Q(pk=unit.pk) | Q(parent_id=unit.pk))
        return self.filter(pk=unit.pk)


class Unit(models.Model):
    """A node of the organisation's tree: one national unit, its states and union
    territories, and their districts. Loaded from organisation/reference/ by a migration."""

    class Level(models.TextChoices):
        NATIONAL = "national", _("National")
        STATE = "state", _("State")
        DISTRICT = "district", _("District")

    level = models.CharField(_("level"), max_length=10, choices=Level)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    code = models.SlugField(_("code"), max_length=80, unique=True)
    name_en = models.CharField(_("name in English"), max_length=100)
    name_hi = models.CharField(_("name in Hindi"), max_length=100, blank=True)

    objects = UnitQuerySet.as_manager()

    class Meta:
        db_table = "lms_unit"  # its table from before the move out of lms
        verbose_name = _("unit")
        ordering = ["name_en"]
        constraints = [
            models.CheckConstraint(
                condition=Q(level="national", parent__isnull=True)
                | Q(level__in=["state", "district"], parent__isnull=False),
                name="unit_only_national_is_a_root",
            ),
            models.UniqueConstraint(
                fields=["parent", "name_en"], name="unit_name_unique_in_parent"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def name(self) -> str:
        """The name in the language being used, falling back to English."""
        if (get_language() or "").startswith("hi") and self.name_hi:
            return self.name_hi
        return self.name_en

    def contains(self, other: "Unit | None") -> bool:
        """Whether `other` is this unit or lies below it (the tree is three deep)."""
        if other is None:
            return False
        if self.level == self.Level.NATIONAL or other.pk == self.pk:
            return True
        return self.level == self.Level.STATE and other.parent_id == self.pk

    def volunteer_filter(self, prefix: str = "") -> Q:
        """A filter on VolunteerProfile for the volunteers inside this unit (on a model
        that reaches a volunteer, `prefix` is the path: "volunteer__")."""
        if self.level == self.Level.NATIONAL:
            return Q()
        if self.level == self.Level.STATE:
            return Q(**{f"{prefix}state_id": self.pk})
        return Q(**{f"{prefix}district_id": self.pk})


class Stage(models.TextChoices):
    """The pipeline, in the order the organisation runs it."""

    SIGNED_UP = "signed_up", _("Signed up")
    SCREENED = "screened", _("Screened")
    IN_TRAINING = "in_training", _("In training")
    TRAINED = "trained", _("Trained")
    LEADER = "leader", _("Leader")
    NOT_SELECTED = "not_selected", _("Not selected")


#: The funnel's stages, in order (a volunteer not selected leaves the funnel).
FUNNEL = [Stage.SIGNED_UP, Stage.SCREENED, Stage.IN_TRAINING, Stage.TRAINED, Stage.LEADER]


class VolunteerProfileQuerySet(models.QuerySet):
    def in_unit(self, unit: Unit):
        return self.filter(unit.volunteer_filter())

    def at_stage(self, stage: str):
        return self.filter(stage=stage)


class VolunteerProfile(models.Model):
    """What the organisation knows of a volunteer beyond their log-in."""

    scope_lookup = ""  # a volunteer is in scope by its own district (organisation.permissions)

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_profile"
    )
    name_en = models.CharField(
        _("name in English"), max_length=150, validators=[validate_no_bidi_controls]
    )
    name_hi = models.CharField(
        _("name in Hindi"), max_length=150, blank=True, validators=[validate_no_bidi_controls]
    )
    # The natural key of a volunteer: bulk imports match on it. Ten digits,
    # without +91 or a leading 0 (organisation.phones.normalise_phone cleans input).
    phone = models.CharField(
        _("mobile number"),
        max_length=10,
        unique=True,
        null=True,
        blank=True,
        validators=[phone_validator],
    )
    district = models.ForeignKey(
        Unit,
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"level": Unit.Level.DISTRICT},
        # Indexed by the (district, stage) index below: one index less to write
        # on every bulk import.
        db_index=False,
    )
    # The district's state, kept beside it so that a state's volunteers are one
    # indexed filter (a state may have 50,000 of them).
    state = models.ForeignKey(
        Unit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
        db_index=False,  # the (state, stage) index below serves it
    )
    skills = models.CharField(
        _("skills"),
        max_length=300,
        blank=True,
        help_text=_("For example: writing, video editing, design, fact-checking."),
    )
    # Consent, so off unless the volunteer says yes (imports cannot say it for
    # them); a database default too, for the bulk writers' raw inserts.
    share_contact_with_team = models.BooleanField(
        _("share my mobile number and e-mail with my team"),
        default=False,
        db_default=False,
        help_text=_(
            "Your team leader sees them, so that they can reach you; if you lead a "
            "team, its members see yours."
        ),
    )
    # Not indexed alone: lists filter by unit first (the composite indexes), and
    # national counts read every row anyway.
    stage = models.CharField(_("stage"), max_length=20, choices=Stage, default=Stage.SIGNED_UP)
    stage_changed_at = models.DateTimeField(_("stage changed"), default=timezone.now)
    created_at = models.DateTimeField(_("signed up"), default=timezone.now)

    objects = VolunteerProfileQuerySet.as_manager()

    class Meta:
        db_table = "lms_volunteerprofile"  # its table from before the move out of lms
        verbose_name = _("volunteer")
        verbose_name_plural = _("volunteers")
        indexes = [
            models.Index(fields=["state", "stage"], name="volunteer_state_stage"),
            models.Index(fields=["district", "stage"], name="volunteer_district_stage"),
            models.Index(fields=["state", "name_en"], name="volunteer_state_name"),
        ]

    def __str__(self):
        return self.name_en

    def save(self, *args, **kwargs):
        self.state_id = self.district.parent_id if self.district_id else None
        if "update_fields" in kwargs and "district" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "state"}
        super().save(*args, **kwargs)

    @property
    def name(self) -> str:
        if (get_language() or "").startswith("hi") and self.name_hi:
            return self.name_hi
        return self.name_en


class StageChange(models.Model):
    """One step of a volunteer's pipeline history: never edited, never deleted."""

    # No index of its own: the (volunteer, changed_at) index below serves look-ups
    # by volunteer, and one index less is cheaper for every imported volunteer.
    volunteer = models.ForeignKey(
        VolunteerProfile, on_delete=models.CASCADE, related_name="stage_changes", db_index=False
    )
    from_stage = models.CharField(_("from"), max_length=20, choices=Stage, blank=True)
    to_stage = models.CharField(_("to"), max_length=20, choices=Stage)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        db_table = "lms_stagechange"  # its table from before the move out of lms
        verbose_name = _("stage change")
        ordering = ["changed_at", "pk"]
        indexes = [models.Index(fields=["volunteer", "changed_at"])]

    def __str__(self):
        return f"{self.volunteer}: {self.from_stage or '-'} → {self.to_stage}"


class Screening(models.Model):
    """An interview and its decision."""

    class Decision(models.TextChoices):
        SELECTED = "selected", _("Selected for training")
        NOT_SELECTED = "not_selected", _("Not selected")

    volunteer = models.ForeignKey(
        VolunteerProfile, on_delete=models.CASCADE, related_name="screenings"
    )
    interviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    interviewed_at = models.DateTimeField(auto_now_add=True)
    notes = models.TextField(_("interview notes"))
    decision = models.CharField(_("decision"), max_length=20, choices=Decision)

    class Meta:
        db_table = "lms_screening"  # its table from before the move out of lms
        verbose_name = _("screening")
        ordering = ["-interviewed_at"]

    def __str__(self):
        return f"{self.volunteer}: {self.get_decision_display()}"


class Coordinator(models.Model):
    """A user who coordinates one unit: they see and act on volunteers inside it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="coordinator"
    )
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="coordinators"
    )

    class Meta:
        db_table = "lms_coordinator"  # its table from before the move out of lms
        verbose_name = _("coordinator")

    def __str__(self):
        return f"{self.user} ({self.unit})"


class Team(models.Model):
    """A leader's team of up to ten volunteers from the leader's unit."""

    MAX_MEMBERS = 10
    scope_lookup = "unit"

    leader = models.OneToOneField(
        VolunteerProfile, verbose_name=_("leader"), on_delete=models.CASCADE, related_name="team"
    )
    unit = models.ForeignKey(Unit, verbose_name=_("unit"), on_delete=models.PROTECT)
    formed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        db_table = "lms_team"  # its table from before the move out of lms
        verbose_name = _("team")

    def __str__(self):
        return str(self.leader)


class TeamMember(models.Model):
    scope_lookup = "team__unit"

    team = models.ForeignKey(Team, on_delete=models.CASCADE, related_name="members")
    # A volunteer is in one team at most.
    volunteer = models.OneToOneField(
        VolunteerProfile, on_delete=models.CASCADE, related_name="team_membership"
    )
    added_at = models.DateTimeField(auto_now_add=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        db_table = "lms_teammember"  # its table from before the move out of lms
        verbose_name = _("team member")

    def __str__(self):
        return f"{self.volunteer} in {self.team}"
