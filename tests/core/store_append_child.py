"""Child process for the kill test: appends sessions to a data folder until it is killed.

Each session's id is printed (and flushed) only after ``append_session`` returned, so every printed id is a
promise that the session is on disk. Numbering continues from the sessions already stored, so ids stay unique
across the many children that share one folder.
"""

from __future__ import annotations

import itertools
import sys

from store_testkit import make_record

from trainer.core.store import InstanceLock, Store


def main(folder: str) -> None:
    with InstanceLock(folder):
        store = Store.open(folder)
        print("ready", flush=True)
        for n in itertools.count(len(store.sessions) + 1):
            record = make_record(n)
            store.append_session(record)
            print(record.id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
