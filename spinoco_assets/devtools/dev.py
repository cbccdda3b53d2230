"""`make dev`: prepare .env and a persistent Dagster home, then start `dagster dev`.

With no SPINOCO_TOKEN it starts the local fake Spinoco (DEMO mode) so the first start shows
calls flowing in.
"""

import os
import secrets
import shutil
import subprocess
import sys
import time
from pathlib import Path

from dotenv import dotenv_values

DEMO_PORT = 8765


def ensure_env_file(root: Path) -> None:
    env = root / ".env"
    if env.exists():
        return
    lines = []
    for line in (root / ".env.example").read_text().splitlines():
        if line in ("SPINOCO_VAULT_KEY=", "SPINOCO_PSEUDONYM_KEY="):
            line += secrets.token_urlsafe(32)
        lines.append(line)
    fd = os.open(env, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # secrets: never world-readable
    with os.fdopen(fd, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("Created .env from .env.example with fresh random secrets.")


def main() -> None:
    root = Path.cwd()
    ensure_env_file(root)
    settings = {k: v for k, v in dotenv_values(root / ".env").items() if v}
    env = {**settings, **{k: v for k, v in os.environ.items() if v}}
    data_dir = Path(env.get("SPINOCO_DATA_DIR", "data")).resolve()
    env["SPINOCO_DATA_DIR"] = str(data_dir)
    if env.get("SPINOCO_WAREHOUSE_PATH"):
        env["SPINOCO_WAREHOUSE_PATH"] = str(Path(env["SPINOCO_WAREHOUSE_PATH"]).resolve())
    home = data_dir / "dagster_home"
    home.mkdir(parents=True, exist_ok=True)
    if not (home / "dagster.yaml").exists():
        shutil.copyfile(root / "deploy" / "dagster.local.yaml", home / "dagster.yaml")
    env["DAGSTER_HOME"] = str(home)
    env.setdefault("PYANNOTE_METRICS_ENABLED", "0")

    demo = None
    if not env.get("SPINOCO_TOKEN"):
        print("=" * 72)
        print("DEMO MODE: SPINOCO_TOKEN is not set, so a local FAKE Spinoco with synthetic calls")
        print(f"runs on http://127.0.0.1:{DEMO_PORT}. Set SPINOCO_TOKEN in .env for real calls.")
        print("=" * 72)
        demo = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "spinoco_assets.cli",
                "demo-server",
                "--port",
                str(DEMO_PORT),
                "--token",
                "demo",
                "--calls",
                "5",
                "--new-call-every",
                "20",
            ],
        )
        time.sleep(1.0)
        if demo.poll() is not None:
            sys.exit(f"the demo server could not start (is port {DEMO_PORT} already in use?)")
        if not env.get("WHISPER_MODEL"):
            from spinoco_assets.devtools.tiny_models import OFFLINE_ENV, build_tiny_models

            print("DEMO MODE: WHISPER_MODEL is not set, so transcripts come from TINY RANDOM")
            print("models that always 'say' one scripted sentence (no model download needed).")
            env.update(build_tiny_models(data_dir / "tiny_models"), **OFFLINE_ENV)
            env.update(WHISPER_HOTWORDS=" ", WHISPER_DEVICE="cpu")
        env.update(
            SPINOCO_TOKEN="demo",
            SPINOCO_API_BASE=f"http://127.0.0.1:{DEMO_PORT}",
            SPINOCO_SYNC_FROM="0",
            SPINOCO_POLL_SECONDS=env.get("SPINOCO_POLL_SECONDS", "15"),
        )
    dagster = shutil.which("dagster", path=str(Path(sys.executable).parent)) or "dagster"
    try:
        subprocess.run(
            [dagster, "dev", "-w", str(root / "workspace.yaml"), "-h", "127.0.0.1", "-p", "3000"],
            env={**os.environ, **env},
            cwd=data_dir,  # this launcher already read .env; dagster must not re-read it
            check=False,
        )
    finally:
        if demo is not None:
            demo.terminate()
