"""The heading the banner gives each kind of store notice, so the person sees at a glance what happened
(something repaired, kept safe, or switched off) before reading the store's own sentence about it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def notice_heading(kind: str) -> str | None:
    """A short heading for a ``StoreNotice`` kind, or None for a kind this version does not know."""
    headings = {
        "restored-backup": QCoreApplication.translate("Notices", "Your history was repaired"),
        "corrupt-no-backup": QCoreApplication.translate("Notices", "Your history could not be repaired"),
        "recovery-deferred": QCoreApplication.translate("Notices", "A repair is waiting"),
        "newer-schema": QCoreApplication.translate("Notices", "Opened read-only"),
        "read-only-folder": QCoreApplication.translate("Notices", "Opened read-only"),
        "migrated": QCoreApplication.translate("Notices", "Your history was updated"),
        "unreadable-history": QCoreApplication.translate("Notices", "Your history cannot be read"),
        "unreadable-settings": QCoreApplication.translate("Notices", "Your settings cannot be read"),
        "settings-reset": QCoreApplication.translate("Notices", "Settings back to the defaults"),
        "backups-off": QCoreApplication.translate("Notices", "Backups are off"),
        "pending": QCoreApplication.translate("Notices", "Sessions kept safe"),
        "pending-saved": QCoreApplication.translate("Notices", "Sessions saved"),
        "damaged-sessions": QCoreApplication.translate("Notices", "Some sessions are set aside"),
        "settings-ignored": QCoreApplication.translate("Notices", "Some settings were not understood"),
    }
    return headings.get(kind)


def sync_heading() -> str:
    return QCoreApplication.translate("Notices", "Sync folder")

