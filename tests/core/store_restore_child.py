"""Child process for the restore kill test: opens (and so repairs) a data folder once, under the lock.

"ready" is printed once the imports are done, so the parent's random delay falls inside the open itself.
"""

from __future__ import annotations

import sys

from trainer.core.store import InstanceLock, Store


def main(folder: str) -> None:
    print("ready", flush=True)
    with InstanceLock(folder):
        store = Store.open(folder)
    print("opened", len(store.sessions), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
