"""Progress of the long steps of ``pyanj layers`` and ``pyanj map``: one rich bar on standard error.

``Steps(mode)`` takes what ``pyanj.cli.shared.progress_mode`` gives: False (``-q``), True (a bar when standard
error is a terminal) or "always" (``--progress``). Library functions take ``progress=None`` and then say
nothing; a bar is never written to an output.
"""

from __future__ import annotations


class Steps:
    """One task per step (reading, building, writing each layer), advanced as the step goes."""

    def __init__(self, mode=False):
        from pyanj.text.load import _stderr_is_tty
        self.on = mode == "always" or bool(mode and _stderr_is_tty())
        self.force = mode == "always"
        self.bar = self.task = None

    def step(self, description: str, total: float | None = None) -> None:
        """Start the next step (the one before is complete); the bar appears at the first (so that the
        geocoder's own bar over the documents, before it, has gone)."""
        if not self.on:
            return
        if self.bar is None:
            from pyanj.text.load import _make_progress
            self.bar = _make_progress(force=self.force)
            if self.bar is None:
                self.on = False
                return
            self.bar.start()
        self._finish()
        self.task = self.bar.add_task(description, total=total)
        self.bar.refresh()  # (every step is shown, however short)

    def advance(self, n: float = 1) -> None:
        if self.bar is not None and self.task is not None:
            self.bar.advance(self.task, n)

    def _finish(self) -> None:
        """The current step is done: its line gives way to the next (one line on the terminal)."""
        if self.task is not None:
            self.bar.remove_task(self.task)
            self.task = None

    def close(self) -> None:
        if self.bar is not None:
            self._finish()
            self.bar.stop()
        self.bar = self.task = None
        self.on = False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


#: No progress shown (the library's default).
QUIET = Steps(False)
