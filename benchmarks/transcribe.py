"""Transcription: model load time, per-recording orchestration overhead, real-time factor.

    .venv/bin/python benchmarks/transcribe.py                # 60 recordings, tiny models
    .venv/bin/python benchmarks/transcribe.py --large-v3     # also large-v3's real shape on CPU

Part 1 runs the real `transcripts` asset over one batch (a real Dagster instance, real WhisperX
code, the tiny offline models). Overhead = run wall time minus model inference, per recording:
everything the product and Dagster add around the model (decode, sealing, warehouse, events).
Part 2 measures real-time factor with a model of large-v3's exact shape (random weights, a fixed
50-token scripted output per 30 s window), as far as CPU speed goes; quality means nothing there.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "0")

DEMO_AUDIO = Path(__file__).resolve().parents[1] / "spinoco_assets" / "devtools" / "demo_audio"


def batch_benchmark(recordings: int) -> None:
    import dagster as dg

    from resources import SpinocoResource, StorageResource
    from resources.whisperx import WhisperXResource
    from spinoco_assets.devtools.demo_server import FakeSpinoco
    from spinoco_assets.devtools.tiny_models import OFFLINE_ENV, build_tiny_models
    from tests.helpers import TRANSCRIPTS, run_batch, tick

    with tempfile.TemporaryDirectory() as tmp, dg.instance_for_test(temp_dir=tmp) as instance:
        env = build_tiny_models(Path(tmp) / "models")
        os.environ.update({**env, **OFFLINE_ENV})
        whisperx = WhisperXResource(
            model=env["WHISPER_MODEL"],
            align_model=env["WHISPER_ALIGN_MODEL"],
            device="cpu",
            compute_type="int8",
            batch_size=8,
            hotwords="",
            cache_dir=f"{tmp}/cache",
        )
        storage = StorageResource(
            data_dir=f"{tmp}/data", vault_key="b" * 40, pseudonym_key="p" * 40
        )
        with FakeSpinoco(calls=int(recordings / 0.9) + 1, seed=2, token="t") as server:
            spinoco = SpinocoResource(api_base=server.url, token="t")
            sensor = tick(instance, spinoco, storage)
            [request] = sensor.run_requests  # one batch (SPINOCO_BATCH_SIZE >= recordings)
            assert run_batch(instance, spinoco, storage, request).success
            n = len(server.available_recordings())

        transcriber = whisperx.transcriber()
        started = time.perf_counter()
        transcriber.asr()
        transcriber.aligner()
        load_s = time.perf_counter() - started

        started = time.perf_counter()
        result = run_batch(instance, spinoco, storage, request, whisperx, stages=[TRANSCRIPTS])
        run_s = time.perf_counter() - started
        assert result.success and transcriber.loads == {"ASR": 1, "alignment": 1}
        with storage.stores().warehouse.read() as con:
            inference_s, audio_s = con.execute(
                "SELECT sum(processing_s), sum(audio_s) FROM transcript_stats"
            ).fetchone()
    print(f"batch of {n} recordings ({audio_s:.0f} s of stereo audio), tiny models, CPU")
    print(f"  model load (ASR + aligner, once per process): {load_s:.2f} s")
    print(f"  run wall time: {run_s:.2f} s, of which model inference {inference_s:.2f} s")
    print(f"  orchestration overhead outside inference: {1000 * (run_s - inference_s) / n:.0f} ms")
    print(f"  real-time factor (inference / audio): {inference_s / audio_s:.4f}")


def large_v3_benchmark(seconds: int) -> None:
    import numpy as np
    import whisperx

    from spinoco_assets.devtools.tiny_models import build_large_v3_shaped
    from spinoco_assets.transcription.runner import decode

    clips = [decode(p)[0] for p in sorted(DEMO_AUDIO.glob("*.ogg"))]
    audio = np.concatenate(clips * 10)[: seconds * 16000]
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        folder = build_large_v3_shaped(Path(tmp))
        build_s = time.perf_counter() - started
        started = time.perf_counter()
        model = whisperx.load_model(
            str(folder), "cpu", compute_type="int8", language="cs", threads=os.cpu_count() or 2
        )
        load_s = time.perf_counter() - started
        started = time.perf_counter()
        model.transcribe(audio, batch_size=4, language="cs")
        took = time.perf_counter() - started
    print("large-v3 shape (random weights, 50 scripted tokens per window), CPU int8, beam 5:")
    print(f"  build {build_s:.0f} s, load {load_s:.1f} s, {seconds} s of audio in {took:.1f} s")
    print(f"  real-time factor: {took / seconds:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--recordings", type=int, default=60)
    parser.add_argument("--large-v3", action="store_true")
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args()
    batch_benchmark(args.recordings)
    if args.large_v3:
        large_v3_benchmark(args.seconds)


if __name__ == "__main__":
    main()
