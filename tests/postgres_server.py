"""A real, throwaway PostgreSQL server for the live-database tests: initdb on a temporary folder,
started on a free loopback port, stopped at the end. Installs Debian's postgresql when missing."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _binaries() -> tuple[str, str] | None:
    for folder in ["", *sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)]:
        initdb = shutil.which("initdb", path=str(folder) or None)
        pg_ctl = shutil.which("pg_ctl", path=str(folder) or None)
        if initdb and pg_ctl:
            return initdb, pg_ctl
    return None


def _ensure_installed() -> tuple[str, str]:
    found = _binaries()
    if found is None and shutil.which("apt-get") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        if subprocess.run(["apt-get", "install", "-y", "-q", "postgresql"], capture_output=True, env=env).returncode:
            subprocess.run(["apt-get", "update", "-q"], capture_output=True, env=env)
            subprocess.run(["apt-get", "install", "-y", "-q", "postgresql"], capture_output=True, env=env)
        found = _binaries()
    if found is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) are missing and could not be installed")
    return found


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def postgres_server() -> Iterator[str]:
    """Yield a superuser URL (password auth) of a fresh server; the server is stopped afterwards."""
    initdb, pg_ctl = _ensure_installed()
    root = Path(tempfile.mkdtemp(prefix="privgate-pg-"))
    data = root / "data"
    as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_postgres:
        shutil.chown(root, "postgres")
    password = root / "pw"
    password.write_text("s3cret-test-pw\n")
    if as_postgres:
        shutil.chown(password, "postgres")
    port = _free_port()
    try:
        subprocess.run([*as_postgres, initdb, "-D", str(data), "-U", "admin", "--auth=scram-sha-256",
                        f"--pwfile={password}", "-E", "UTF8"], check=True, capture_output=True)
        subprocess.run([*as_postgres, pg_ctl, "start", "-D", str(data), "-w", "-l", str(root / "log"), "-o",
                        f"-p {port} -k {root} -c listen_addresses=127.0.0.1"], check=True, capture_output=True)
        yield f"postgresql://admin:s3cret-test-pw@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_postgres, pg_ctl, "-D", str(data), "-m", "fast", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def postgres_server_or_skip() -> Iterator[str]:
    """postgres_server(), or the calling test skipped with the reason when no server can start here."""
    import pytest

    server = postgres_server()
    try:
        url = server.__enter__()
    except (RuntimeError, OSError) as error:
        pytest.skip(f"no PostgreSQL server here: {error}")
    try:
        yield url
    finally:
        server.__exit__(None, None, None)
