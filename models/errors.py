"""Errors the core raises. Each carries a one-line message meant for a person."""


class BiaozhuError(Exception):
    """Base of every error the core raises on purpose (bad input, bad state)."""


class InvalidInput(BiaozhuError):
    """Input that cannot be taken as it is: a corrupt file, a span outside its text…"""


class BackupRefused(InvalidInput):
    """A backup that is not restored (another project's copy, one that does
    not verify, not a project at all): refused before anything changed."""


class NotFound(BiaozhuError):
    """A document, span, suggestion or label that does not exist."""


class ProjectTooNew(BiaozhuError):
    """A project file written by a newer Biaozhu; never opened, so never damaged."""


class NotAProject(BiaozhuError):
    """A file that is not a Biaozhu project (not SQLite, or SQLite of another kind)."""


class IntegrityError(BiaozhuError):
    """The project's history or database failed a check."""


class ProjectBusy(BiaozhuError):
    """Another process held the project's write lock past the bound; nothing was written."""


class ReadOnlyProject(BiaozhuError):
    """A write to a project that is open read-only, or that lies where it cannot be written."""


class ProjectClosed(BiaozhuError):
    """A Project used after ``close()``."""


class ProjectUnreadable(BiaozhuError):
    """SQLite could not read the project file just now (another program holds
    or altered it, the disk failed); nothing was changed."""
