from lms.models.pages import HomePage

__all__ = ["HomePage"]
