"""Use cases: plain Python over the database, one transaction per call, no Qt."""

from . import audit, sanitize

audit.install()
sanitize.install()  # runs before the audit listener: the log records the cleaned text
