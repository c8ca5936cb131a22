from certificates.models.certificate import (
    Certificate,
    CertificateBatch,
    CertificateSettings,
)
from certificates.models.credentials import StatusList
from certificates.models.leadership import Leadership, LeadershipRules

__all__ = [
    "Certificate",
    "CertificateBatch",
    "CertificateSettings",
    "Leadership",
    "LeadershipRules",
    "StatusList",
]
