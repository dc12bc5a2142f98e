"""Real Syncthing instances on loopback for the team tests (issue 19 point 4).

Each instance has its own home (`syncthing generate --home`), its own GUI/REST port and API
key, and listens for the sync protocol on 127.0.0.1 only; global discovery, relays, NAT,
local announcements, usage and crash reporting and upgrades are off, so nothing leaves the
machine. The tests introduce the devices to each other and share folders through the REST
API, as an organisation's administrator would through the GUI. Only urllib is used.

    cluster = Cluster.start(tmp_path / "st", 3)
    cluster.share("desk", [folder_a, folder_b, folder_c])
    cluster.wait_synced(lambda folder: (folder / "inbox" / name).is_file())
    cluster.stop()
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SYNCTHING = "syncthing"
START_TIMEOUT = 30.0

# options set in config.xml before the first start: nothing but loopback
_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "startBrowser": "false",
    "urAccepted": "-1",
    "urInitialDelayS": "3600",
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "announceLANAddresses": "false",
    "reconnectionIntervalS": "1",
    "stunKeepaliveStartS": "0",
    "stunKeepaliveMinS": "0",
    "progressUpdateIntervalS": "-1",
    "setLowPriority": "false",
}


class SyncthingError(RuntimeError):
    pass


def binary() -> str:
    """The syncthing executable; a missing one fails the test (make system-deps installs
    Debian's package), it is never skipped."""
    found = shutil.which(SYNCTHING)
    if found is None:
        raise SyncthingError("syncthing is not installed (make system-deps installs it)")
    return found


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Instance:
    """One running `syncthing serve`."""

    name: str
    home: Path
    gui_port: int
    listen_port: int
    api_key: str
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    device_id: str = ""
    folders: dict[str, Path] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.gui_port}"

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.listen_port}"

    @property
    def log(self) -> Path:
        return self.home / "syncthing.log"

    # --- REST -----------------------------------------------------------------------------

    def request(self, method: str, path: str, body: Any = None,
                params: dict[str, str] | None = None, timeout: float = 10.0) -> Any:
        url = self.url + path
        if params:
            url += "?" + urllib.parse.urlencode(params)
        data = None if body is None else json.dumps(body).encode("utf-8")
        req = urllib.request.Request(url, data=data, method=method,  # noqa: S310 (loopback)
                                     headers={"X-API-Key": self.api_key,
                                              "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310
                raw = resp.read()
        except urllib.error.HTTPError as err:
            raise SyncthingError(f"{self.name}: {method} {path}: {err.code} "
                                 f"{err.read()[:300]!r}") from None
        if not raw.strip():
            return None
        try:
            return json.loads(raw)
        except ValueError:
            return raw.decode("utf-8", "replace")

    def get(self, path: str, **params: str) -> Any:
        return self.request("GET", path, params=params or None)

    def post(self, path: str, body: Any = None, **params: str) -> Any:
        return self.request("POST", path, body, params=params or None)

    # --- life -----------------------------------------------------------------------------

    def generate(self) -> None:
        run = subprocess.run(
            [binary(), "generate", f"--home={self.home}", "--no-default-folder",
             "--skip-port-probing"],
            env=self.env, capture_output=True, timeout=60, check=False)
        if run.returncode != 0:
            raise SyncthingError(f"syncthing generate failed: {run.stderr!r}")
        config = self.home / "config.xml"
        tree = ET.parse(config)  # noqa: S314 (the file syncthing generate just wrote)
        root = tree.getroot()
        gui = root.find("gui")
        options = root.find("options")
        assert gui is not None
        assert options is not None
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", self.api_key)
        _set(options, "listenAddress", self.address)
        for key, value in _OPTIONS.items():
            _set(options, key, value)
        own = root.find("device")
        if own is not None:
            own.set("name", self.name)
        tree.write(config, encoding="utf-8")

    def start(self) -> None:
        log = self.log.open("ab")
        try:
            self.process = subprocess.Popen(
                [binary(), "serve", f"--home={self.home}", "--no-browser", "--no-restart",
                 "--no-upgrade", "--no-default-folder", "--skip-port-probing",
                 f"--gui-address=http://127.0.0.1:{self.gui_port}",
                 f"--gui-apikey={self.api_key}", "--logflags=3"],
                env=self.env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True)
        finally:
            log.close()

    def wait_up(self, deadline: float) -> None:
        while True:
            assert self.process is not None
            if self.process.poll() is not None:
                raise SyncthingError(f"{self.name} exited: {self.tail()}")
            try:
                status = self.get("/rest/system/status")
                self.device_id = str(status["myID"])
                return
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            if time.monotonic() > deadline:
                raise SyncthingError(f"{self.name} did not answer: {self.tail()}")
            time.sleep(0.1)

    def stop(self) -> None:
        """`/rest/system/shutdown`, then a kill if it has not exited within a few seconds."""
        proc = self.process
        if proc is None or proc.poll() is not None:
            return
        with contextlib.suppress(urllib.error.URLError, ConnectionError, OSError):
            self.post("/rest/system/shutdown")
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text("utf-8", "replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    # --- folders --------------------------------------------------------------------------

    def scan(self, folder_id: str) -> None:
        self.request("POST", "/rest/db/scan", params={"folder": folder_id}, timeout=30)

    def completion(self, folder_id: str, device: str) -> dict[str, Any]:
        found = self.get("/rest/db/completion", folder=folder_id, device=device)
        assert isinstance(found, dict)
        return found

    def connected(self) -> set[str]:
        conns = self.get("/rest/system/connections")["connections"]
        return {dev for dev, c in conns.items() if c.get("connected")}


def _set(parent: ET.Element, tag: str, value: str) -> None:
    node = parent.find(tag)
    if node is None:
        node = ET.SubElement(parent, tag)
    node.text = value


@dataclass
class Cluster:
    """N instances that know each other (every pair introduced), sharing folders."""

    root: Path
    instances: list[Instance]

    @classmethod
    def start(cls, root: Path, n: int, names: Sequence[str] = ()) -> Cluster:
        root.mkdir(parents=True, exist_ok=True)
        home = root / "home"  # HOME for the instances: nothing of theirs lands elsewhere
        home.mkdir(exist_ok=True)
        env = {**os.environ, "HOME": str(home), "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1",
               "STNORESTART": "1", "STGUIADDRESS": "", "GOMAXPROCS": "2"}
        env.pop("STTRACE", None)
        used: set[int] = set()

        def port() -> int:
            while True:
                p = free_port()
                if p not in used:
                    used.add(p)
                    return p

        instances = [
            Instance(names[i] if i < len(names) else f"st{i}", root / f"st{i}", port(), port(),
                     secrets.token_urlsafe(24), env)
            for i in range(n)]
        cluster = cls(root, instances)
        try:
            for inst in instances:
                inst.generate()
            for inst in instances:
                inst.start()
            deadline = time.monotonic() + START_TIMEOUT
            for inst in instances:
                inst.wait_up(deadline)
            cluster.introduce()
        except BaseException:
            cluster.stop()
            raise
        return cluster

    def introduce(self) -> None:
        """Every instance learns every other one's device id; of each pair only the first
        knows the other's loopback address (the other accepts its connection). With both
        dialling at once, Syncthing 1.19 may keep one of the two crossing connections waiting
        for its Hello until a 20 s timeout."""
        # the ones that only accept learn first: a connection from a device not known yet
        # is rejected, and the dialler tries again only some seconds later
        for n, inst in reversed(list(enumerate(self.instances))):
            for m, o in enumerate(self.instances):
                if o is not inst:
                    inst.post("/rest/config/devices", {
                        "deviceID": o.device_id, "name": o.name,
                        "addresses": [o.address] if n < m else ["dynamic"],
                        "autoAcceptFolders": False, "compression": "never"})

    def wait_connected(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        for inst in self.instances:
            want = {o.device_id for o in self.instances if o is not inst}
            while not want <= inst.connected():
                if time.monotonic() > deadline:
                    raise SyncthingError(f"{inst.name} not connected: {inst.tail()}")
                time.sleep(0.1)

    def share(self, folder_id: str, paths: Sequence[Path], *,
              members: Sequence[Instance] | None = None) -> None:
        """Share `folder_id` between the instances (the first len(paths), or `members`),
        each at its own path: sendreceive, watched, rescanned every few seconds."""
        insts = list(members) if members is not None else self.instances[: len(paths)]
        assert len(insts) == len(paths)
        for inst, path in zip(insts, paths, strict=True):
            path.mkdir(parents=True, exist_ok=True)
            inst.post("/rest/config/folders", {
                "id": folder_id, "label": folder_id, "path": str(path),
                "type": "sendreceive", "fsWatcherEnabled": True, "fsWatcherDelayS": 1,
                "rescanIntervalS": 2, "ignorePerms": False, "autoNormalize": True,
                "devices": [{"deviceID": o.device_id} for o in insts]})
            inst.folders[folder_id] = path

    def scan(self, folder_id: str) -> None:
        for inst in self.instances:
            if folder_id in inst.folders:
                inst.scan(folder_id)

    def wait_synced(self, path_predicate: Callable[[Path], bool], timeout: float = 30.0, *,
                    folder_id: str | None = None, writers: Sequence[Instance] = ()) -> float:
        """Wait until `path_predicate(folder)` holds on every instance's copy of the folder
        (the only one shared, or `folder_id`), asking the writers (all by default) to
        rescan now rather than wait for the watcher; then until no instance still needs
        anything (/rest/db/completion). Returns the seconds waited."""
        fid = folder_id or self._only_folder()
        holders = [i for i in self.instances if fid in i.folders]
        scanners = list(writers) or holders
        start = time.monotonic()
        deadline = start + timeout
        next_scan = 0.0
        while True:
            now = time.monotonic()
            if all(path_predicate(i.folders[fid]) for i in holders) and self._complete(
                    fid, holders):
                return now - start
            if now > deadline:
                state = {i.name: self._state(i, fid) for i in holders}
                raise SyncthingError(f"folder {fid} not in step after {timeout}s: {state}\n"
                                     + "\n".join(i.tail(10) for i in holders))
            if now >= next_scan:
                for inst in scanners:
                    inst.scan(fid)
                next_scan = now + 1.0
            time.sleep(0.1)

    def _complete(self, fid: str, holders: Sequence[Instance]) -> bool:
        for inst in holders:
            for other in holders:
                if other is inst:
                    continue
                found = inst.completion(fid, other.device_id)
                if found.get("needItems", 0) or found.get("needDeletes", 0) or float(
                        found.get("completion", 0)) < 100:
                    return False
        return True

    def _state(self, inst: Instance, fid: str) -> Any:
        try:
            return inst.get("/rest/db/status", folder=fid)
        except (urllib.error.URLError, OSError) as err:
            return str(err)

    def _only_folder(self) -> str:
        ids = {f for i in self.instances for f in i.folders}
        if len(ids) != 1:
            raise SyncthingError(f"say which folder: {sorted(ids)}")
        return ids.pop()

    def stop(self) -> None:
        for inst in self.instances:
            inst.stop()
