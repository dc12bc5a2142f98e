"""A stand-in for logind's Manager on a test bus, only for its sleep inhibitor: Inhibit
returns the write end of a pipe, as logind does, and the read end tells when every copy of it
was closed (the inhibitor released). Run with Debian's python3 (python3-dbus, python3-gi):
/usr/bin/python3 tests/app/fake_login1.py BUS_ADDRESS. One JSON line per event on stdout."""

import json
import os
import sys

import dbus
import dbus.mainloop.glib
import dbus.service
from gi.repository import GLib

MANAGER = "org.freedesktop.login1.Manager"


def say(**fields):
    print(json.dumps(fields), flush=True)


class Manager(dbus.service.Object):
    @dbus.service.method(MANAGER, in_signature="ssss", out_signature="h")
    def Inhibit(self, what, who, why, mode):  # noqa: N802 - logind's name
        read_end, write_end = os.pipe()

        def closed(fd, _condition):
            say(released=True)
            os.close(fd)
            return False

        GLib.io_add_watch(read_end, GLib.IO_HUP | GLib.IO_IN, closed)
        handle = dbus.types.UnixFd(write_end)  # a copy goes to the caller
        os.close(write_end)
        say(inhibit=[str(what), str(who), str(why), str(mode)])
        return handle


def main():
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.bus.BusConnection(sys.argv[1])
    name = dbus.service.BusName("org.freedesktop.login1", bus)
    Manager(bus, "/org/freedesktop/login1")
    say(ready=True)
    GLib.MainLoop().run()
    del name


if __name__ == "__main__":
    main()
