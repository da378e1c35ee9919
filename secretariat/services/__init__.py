"""Use cases: plain Python over the database, one transaction per call, no Qt."""

from . import audit

audit.install()
