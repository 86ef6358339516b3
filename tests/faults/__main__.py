"""``python -m tests.faults [NAME...]``: run the fault cases and print the totals of broken promises."""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

from tests.faults.cases import CASES


def main(names) -> None:
    totals, broken = Counter(), 0
    for name in names or CASES:
        with tempfile.TemporaryDirectory(prefix="pyanj-fault-") as d:
            try:
                got = CASES[name](Path(d))
            except Exception as e:  # the case itself failing is a finding too
                got = {f"case_error:{type(e).__name__}"}
        totals.update(got)
        broken += bool(got)
        print(f"{name:32} {' '.join(sorted(got)) or 'ok'}", flush=True)
    print(f"\n{len(names or CASES)} cases, {broken} broken: " +
          ", ".join(f"{k} {v}" for k, v in sorted(totals.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
