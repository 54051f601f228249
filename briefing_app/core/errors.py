"""One exception type for every mistake a user can make, so the CLI and GUI can show one sentence."""


class UserError(Exception):
    """A problem with the user's input or environment, explained in one sentence.

    The CLI prints ``str(error)`` and exits 2; the GUI shows it in a dialog.
    Anything that is not a ``UserError`` is a bug and may show a traceback in logs.
    """
