# Hindi: day, month, year, the same order as Indian English (Django's own Hindi formats
# leave the short ones unset, which fell back to the American month-first order).
from lms.formats.en.formats import *  # noqa: F403
