"""A screen reader's view of the app, over AT-SPI; run by Debian's /usr/bin/python3, which has pyatspi.

The tests run in the project's venv, which cannot import pyatspi (it lives in the system Python), so they run
this script as a child with the private session bus in its environment. It prints JSON on stdout:

    a11y_probe.py tree PID            every showing object of the app: role, name, states, text, extents
    a11y_probe.py focus PID           the object that has the keyboard focus (or null)
    a11y_probe.py press PID NAME      do the first action of the showing push button called NAME
    a11y_probe.py listen PID SECONDS  one JSON line per event, with its time.monotonic(): announcements,
                                      description and name changes, focus; "ready" first, once listening
"""

import json
import sys
import time

import pyatspi

def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def describe(obj):
    states = obj.getState()
    info = {
        "role": obj.getRoleName(),
        "name": obj.name or "",
        "description": obj.description or "",
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "focused": states.contains(pyatspi.STATE_FOCUSED),
        "showing": states.contains(pyatspi.STATE_SHOWING),
        "checked": states.contains(pyatspi.STATE_CHECKED),
        "selected": states.contains(pyatspi.STATE_SELECTED),
    }
    try:
        text = obj.queryText()
        info["text"] = text.getText(0, min(text.characterCount, 400))
    except NotImplementedError:
        pass
    try:
        ext = obj.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        info["extents"] = [ext.x, ext.y, ext.width, ext.height]
    except NotImplementedError:
        pass
    return info


def walk(obj, path, out, depth=0):
    if obj is None or depth > 40:
        return
    try:
        info = describe(obj)
    except Exception:
        return
    if not info["showing"] and depth > 1:
        return
    info["path"] = path
    out.append(info)
    for index in range(obj.childCount):
        try:
            child = obj.getChildAtIndex(index)
        except Exception:
            continue
        walk(child, f"{path}/{index}", out, depth + 1)


def tree(pid):
    app = find_app(pid)
    if app is None:
        return None
    out = []
    for index in range(app.childCount):
        walk(app.getChildAtIndex(index), str(index), out)
    return out


def focus(pid):
    """The deepest focusable object in the focused state. Qt leaves a list's current item "focused" after
    the list itself lost the focus, so an item counts only while its list is focused too."""
    objects = tree(pid) or []
    by_path = {info["path"]: info for info in objects}
    candidates = []
    for info in objects:
        if not (info["focused"] and info["focusable"]) or info["role"] in ("frame", "dialog", "window"):
            continue
        if info["role"] == "list item":
            parent = by_path.get(info["path"].rsplit("/", 1)[0])
            if parent is None or not parent["focused"]:
                continue
        candidates.append(info)
    return max(candidates, key=lambda info: info["path"].count("/"), default=None)


def press(pid, name):
    app = find_app(pid)
    if app is None:
        return {"pressed": False, "why": "no such application"}
    match = pyatspi.findDescendant(
        app, lambda o: o.getRoleName() == "push button" and o.name == name
        and o.getState().contains(pyatspi.STATE_SHOWING))
    if match is None:
        return {"pressed": False, "why": f"no showing push button named {name!r}"}
    match.queryAction().doAction(0)
    return {"pressed": True}


EVENTS = ("object:announcement", "object:property-change:accessible-description",
          "object:property-change:accessible-name", "object:state-changed:focused", "object:text-changed")


def listen(pid, seconds):
    from gi.repository import GLib

    def on_event(event):
        try:
            if event.host_application is None or event.host_application.get_process_id() != pid:
                return
        except Exception:
            return
        source = event.source
        record = {"t": time.monotonic(), "type": event.type, "detail1": event.detail1,
                  "any_data": event.any_data if isinstance(event.any_data, (str, int, float)) else None}
        try:
            record.update(role=source.getRoleName(), name=source.name or "", description=source.description or "")
        except Exception:
            pass
        print(json.dumps(record), flush=True)

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(on_event, kind)
    print(json.dumps({"t": time.monotonic(), "type": "ready"}), flush=True)
    GLib.timeout_add(int(seconds * 1000), lambda: pyatspi.Registry.stop())
    pyatspi.Registry.start()


def main(argv):
    command, pid = argv[1], int(argv[2])
    if command == "tree":
        print(json.dumps(tree(pid)))
    elif command == "focus":
        print(json.dumps(focus(pid)))
    elif command == "press":
        print(json.dumps(press(pid, argv[3])))
    elif command == "listen":
        listen(pid, float(argv[3]))
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv)
