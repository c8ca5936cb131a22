from certificates.models.leadership import Leadership, LeadershipRules

__all__ = ["Leadership", "LeadershipRules"]
