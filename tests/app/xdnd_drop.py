#!/usr/bin/env python3
"""Drop one file onto an X11 window the way a file manager does: an XDND
(version 5) source, for the GUI tests (tests/app/gui_drop.sh).

Usage: xdnd_drop.py [--name TEXT] [--timeout SECONDS] FILE

Finds the one top-level window whose title contains TEXT (default "Spiegel"),
checks that it announces XdndAware, and then runs the exchange of the
freedesktop.org XDND protocol:

  source -> target  XdndEnter      (our window, version 5, the type list)
  source -> target  XdndPosition   (a root position inside the window, copy)
  target -> source  XdndStatus     (accepted?)
  source -> target  XdndDrop
  target -> owner   SelectionRequest on XdndSelection for text/uri-list
  owner  -> target  the property on the requestor + SelectionNotify
  target -> source  XdndFinished

Each step the target answers has a time limit. Exit 0 when the target
finished the drop and accepted it; otherwise one line on stderr and exit 1
(2 for a usage error). Progress goes to stdout, one line per message.
"""
import os
import select
import sys
import time
import urllib.parse

from Xlib import X, Xatom, display, error
from Xlib.protocol import event

XDND_VERSION = 5
# The window under ASan on a loaded machine can take a few seconds per frame
# (GLFW answers from its event loop, between frames): 30 s is ample.
DEFAULT_TIMEOUT = 30.0


def fail(message):
    print(f"xdnd_drop: {message}", file=sys.stderr)
    sys.exit(1)


def file_uri(path):
    """RFC 8089 file URI of an absolute path: the UTF-8 bytes, every byte
    outside the unreserved set and '/' percent-encoded (so a space is %20
    and ë is %C3%AB)."""
    return "file://" + urllib.parse.quote(os.fsencode(os.path.abspath(path)), safe="/")


def uri_list(path):
    """text/uri-list (RFC 2483): one URI per line, each line ending in CRLF."""
    return (file_uri(path) + "\r\n").encode("ascii")


class Source:
    def __init__(self, path, name, timeout):
        self.d = display.Display()
        self.root = self.d.screen().root
        self.timeout = timeout
        self.data = uri_list(path)
        self.atom = {n: self.d.intern_atom(n) for n in (
            "XdndAware", "XdndSelection", "XdndEnter", "XdndPosition", "XdndStatus", "XdndLeave",
            "XdndDrop", "XdndFinished", "XdndActionCopy", "XdndTypeList", "text/uri-list",
            "text/plain;charset=utf-8", "TARGETS", "_NET_WM_NAME", "UTF8_STRING")}
        self.target = self.find_target(name)
        self.check_aware()
        # Our window: never mapped, only an address for the target's replies
        # and the owner of XdndSelection.
        self.win = self.root.create_window(0, 0, 1, 1, 0, X.CopyFromParent,
                                           event_mask=X.PropertyChangeMask)
        self.types = [self.atom["text/uri-list"], self.atom["text/plain;charset=utf-8"]]
        self.win.change_property(self.atom["XdndTypeList"], Xatom.ATOM, 32, self.types)
        self.time = self.server_time()

    # --- finding the target -------------------------------------------------
    def title(self, w):
        try:
            p = w.get_full_property(self.atom["_NET_WM_NAME"], self.atom["UTF8_STRING"])
            if p and p.value:
                return p.value.decode("utf-8", "replace") if isinstance(p.value, bytes) else str(p.value)
            n = w.get_wm_name()
            return n.decode("latin-1") if isinstance(n, bytes) else (n or "")
        except error.XError:
            return ""

    def find_target(self, name):
        """The one mapped top-level window (a child of the root, or the
        client window inside a window manager's frame) whose title contains
        NAME. Two such windows: which one a drop would reach is a guess, so
        fail rather than drop onto the wrong program."""
        found = []

        def search(w, depth):
            try:
                kids = w.query_tree().children
            except error.XError:
                return
            for k in kids:
                try:
                    viewable = k.get_attributes().map_state == X.IsViewable
                except error.XError:
                    continue
                if viewable and name in self.title(k):
                    found.append(k)
                elif viewable and depth < 2:
                    search(k, depth + 1)
        search(self.root, 0)
        if not found:
            fail(f'no window titled "{name}"')
        if len(found) > 1:
            ids = ", ".join(f"0x{w.id:x}" for w in found)
            fail(f'{len(found)} windows titled "{name}" ({ids}): cannot tell which to drop onto')
        return found[0]

    def check_aware(self):
        p = self.target.get_full_property(self.atom["XdndAware"], Xatom.ATOM)
        if p is None or not len(p.value):
            fail(f"window 0x{self.target.id:x} has no XdndAware property: it does not accept drops")
        self.version = min(XDND_VERSION, int(p.value[0]))
        print(f"target 0x{self.target.id:x} \"{self.title(self.target)}\" XdndAware version {p.value[0]}")
        if self.version < 5:
            fail(f"the target speaks XDND version {p.value[0]}, this source needs 5")

    def server_time(self):
        """A real server timestamp (ICCCM: never CurrentTime for selections):
        the time of the PropertyNotify our own property change causes."""
        self.win.change_property(self.atom["XdndTypeList"], Xatom.ATOM, 32, self.types, X.PropModeAppend)
        self.d.flush()
        ev = self.wait_for(lambda e: e.type == X.PropertyNotify and e.window == self.win, "our PropertyNotify")
        # Appending doubled the list; put it back.
        self.win.change_property(self.atom["XdndTypeList"], Xatom.ATOM, 32, self.types)
        return ev.time

    # --- messages ----------------------------------------------------------
    def send(self, kind, l1=0, l2=0, l3=0, l4=0):
        ev = event.ClientMessage(window=self.target, client_type=self.atom[kind],
                                 data=(32, [self.win.id, l1, l2, l3, l4]))
        self.target.send_event(ev, event_mask=X.NoEventMask)
        self.d.flush()

    def wait_for(self, match, what, before_failing=None):
        """Handle events until MATCH(event) holds; answer selection requests
        meanwhile. Fails after the timeout (calling BEFORE_FAILING first)."""
        end = time.monotonic() + self.timeout
        while True:
            while self.d.pending_events():
                ev = self.d.next_event()
                if ev.type == X.SelectionRequest:
                    self.answer(ev)
                if match(ev):
                    return ev
            left = end - time.monotonic()
            if left <= 0:
                if before_failing:
                    before_failing()
                fail(f"timed out after {self.timeout:g} s waiting for {what}")
            select.select([self.d.fileno()], [], [], min(left, 0.2))

    def is_client(self, kind):
        return lambda e: (e.type == X.ClientMessage and e.client_type == self.atom[kind]
                          and e.window == self.win)

    def answer(self, req):
        """ICCCM: put the data on the requestor's property, then tell it with
        SelectionNotify (property None: refused)."""
        prop = req.property if req.property != X.NONE else req.target  # obsolete requestors
        name = self.d.get_atom_name(req.target)
        if req.selection != self.atom["XdndSelection"]:
            prop = X.NONE
        elif req.target == self.atom["text/uri-list"] or req.target == self.atom["text/plain;charset=utf-8"]:
            req.requestor.change_property(prop, req.target, 8, self.data)
        elif req.target == self.atom["TARGETS"]:
            req.requestor.change_property(prop, Xatom.ATOM, 32, [self.atom["TARGETS"]] + self.types)
        else:
            prop = X.NONE
        print(f"SelectionRequest for {name} from 0x{req.requestor.id:x}: "
              + (f"sent {self.data!r}" if prop != X.NONE else "refused"))
        notify = event.SelectionNotify(time=req.time, requestor=req.requestor, selection=req.selection,
                                       target=req.target, property=prop)
        req.requestor.send_event(notify, event_mask=X.NoEventMask)
        self.d.flush()

    # --- the exchange ------------------------------------------------------
    def run(self):
        self.win.set_selection_owner(self.atom["XdndSelection"], self.time)
        self.d.flush()
        if self.d.get_selection_owner(self.atom["XdndSelection"]) != self.win:
            fail("could not own XdndSelection")

        # XdndEnter: data.l[1] holds the version in its top byte; bit 0 would
        # say "more than three types, read XdndTypeList" (we have two).
        padded = (self.types + [X.NONE] * 3)[:3]
        self.send("XdndEnter", XDND_VERSION << 24, *padded)
        print("sent XdndEnter (version 5, text/uri-list, text/plain;charset=utf-8)")

        geo = self.target.get_geometry()
        pos = self.root.translate_coords(self.target, geo.width // 2, geo.height // 2)
        x, y = pos.x, pos.y
        self.send("XdndPosition", 0, (x << 16) | y, self.time, self.atom["XdndActionCopy"])
        print(f"sent XdndPosition at root ({x}, {y}), XdndActionCopy")
        # No answer: XdndLeave, as a source whose drag is cancelled does, so a
        # slow target does not keep a half-entered drag.
        status = self.wait_for(self.is_client("XdndStatus"), "XdndStatus", lambda: self.send("XdndLeave"))
        l = status.data[1]
        accepted = bool(l[1] & 1)
        action = self.d.get_atom_name(l[4]) if l[4] else "None"
        print(f"got XdndStatus from 0x{l[0]:x}: accept={int(accepted)} action={action}")
        if not accepted:
            self.send("XdndLeave")
            fail("the target refused the drop (XdndStatus without accept)")

        self.send("XdndDrop", 0, self.time)
        print("sent XdndDrop")
        done = self.wait_for(self.is_client("XdndFinished"), "XdndFinished")
        l = done.data[1]
        action = self.d.get_atom_name(l[2]) if l[2] else "None"
        print(f"got XdndFinished from 0x{l[0]:x}: data.l[1]={l[1]} action={action}")
        # The spec: bit 0 of data.l[1] says the drop succeeded. GLFW 3.3
        # (x11_window.c, SelectionNotify) puts there the number of bytes it
        # read from the property instead, so bit 0 is only the parity of the
        # URI list's length; it sends 0 when it read nothing. Accept any
        # non-zero value: whether the file really opened is for the caller
        # to check (the test does, through the window's layout file).
        if l[1] == 0:
            fail("the target finished the drop without success (data.l[1] = 0)")
        self.win.destroy()
        self.d.close()


def main(argv):
    args, name, timeout = [], "Spiegel", DEFAULT_TIMEOUT
    it = iter(argv)
    for a in it:
        if a == "--name":
            name = next(it, "")
        elif a == "--timeout":
            timeout = float(next(it, "0"))
        else:
            args.append(a)
    if len(args) != 1 or not name or timeout <= 0:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    if not os.path.exists(args[0]):
        fail(f"{args[0]} does not exist")
    Source(args[0], name, timeout).run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
