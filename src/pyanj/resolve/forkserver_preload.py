"""Imported once, in the forkserver of ``resolve.parallel`` (its preload list): the bundled gazetteer
loaded and its derived values built (matcher tables, spelling index, Russian forms) by geocoding a few
lines, so every worker forked from the server starts with them in memory instead of loading its own.

Nothing else imports this module; any failure leaves ``GAZETTEER`` None and the workers load it themselves.
"""

from __future__ import annotations

#: The bundled gazetteer, warmed (None until loaded, or when loading failed).
GAZETTEER = None
#: Lines that take the geocoder through its lazily built parts, in English and in Russian.
_WARM_TEXTS = (
    "Trucks crossed the Panj from Khorog to Ishkashim in Badakhshan, Tajikistan, near 37°29'N 71°33'E.",
    "Грузовики пересекли Пяндж у Хорога в Бадахшане, Таджикистан, в селе Ишкашим.",
)


def _warm() -> None:
    global GAZETTEER
    import gc
    try:
        from pyanj.gazetteer import load
        from pyanj.resolve.pipeline import geocode
        gz = load()
        for text in _WARM_TEXTS:
            geocode(text, "warm", gz)
    except Exception:  # (the workers will load it, and report what is wrong)
        return
    GAZETTEER = gz
    gc.collect()
    gc.freeze()  # (shared with every forked worker: no collection touches its pages)


_warm()
