"""Tiny random models that run through the REAL WhisperX code, fully offline.

Real weights (Whisper large-v3, the Czech wav2vec2 aligner, pyannote diarization) cannot be
downloaded everywhere this project runs (CI, air-gapped demos). These builders write small random
models in exactly the formats the real loaders expect, so tests and demos exercise the product's
true code path: CTranslate2 decoding, wav2vec2 forced alignment, pyannote pipelines.

- ASR: a Whisper whose decoder is wired to "say" a fixed Czech sentence whatever the audio.
- Alignment: a random wav2vec2 CTC model with a Czech character vocabulary.
- NLTK: a minimal `punkt_tab` so `whisperx.align` never calls `nltk.download`.
- Diarization: a local folder shaped like `pyannote/speaker-diarization-community-1`.

Run `python -m spinoco_assets.devtools.tiny_models DIR` to build them and print the `.env` lines.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spinoco_assets.transcription.punkt import write_punkt_tab

DEFAULT_SENTENCE = "dobrý den, kotel nefunguje, volejte 777 123 456"

# Settings every process using these models needs: no hub look-ups, no telemetry.
OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYANNOTE_METRICS_ENABLED": "0"}

# Lowercase Czech letters (plus q, w, x for loanwords); no digits, as in the real Czech aligner.
# whisperx 3.8.6 still times digits and punctuation, through a "wildcard" emission column.
CZECH_LETTERS = "aábcčdďeéěfghiíjklmnňoópqrřsštťuúůvwxyýzž"

_STAMP = "tiny_model.json"
_FORMAT = 1  # bump when a builder changes so old folders are rebuilt
_TIMESTAMPS = 1501  # <|0.00|> .. <|30.00|>, as in every Whisper
_MAX_TARGET_POSITIONS = 448  # Whisper's decoder length, prompt included
_WHISPER_SPECIALS_AFTER_LANGS = [
    "<|translate|>",
    "<|transcribe|>",
    "<|startoflm|>",
    "<|startofprev|>",
    "<|nospeech|>",
    "<|notimestamps|>",
]


def cache_env(cache_dir: Path) -> dict[str, str]:
    """Cache folders for torch, matplotlib and the HF libraries, so nothing writes under $HOME."""
    return {
        "TORCH_HOME": str(cache_dir / "torch"),
        "XDG_CACHE_HOME": str(cache_dir / "xdg"),
        "MPLCONFIGDIR": str(cache_dir / "matplotlib"),
        "HF_HOME": str(cache_dir / "huggingface"),
    }


def build_tiny_models(out_dir: Path, sentence: str = DEFAULT_SENTENCE) -> dict[str, str]:
    """Build the tiny random models into out_dir (idempotent: reuse if already built) and return the
    environment settings that point the product at them."""
    out_dir = Path(out_dir).resolve()
    _build_once(out_dir / "asr", {"sentence": sentence}, lambda d: _build_asr(d, sentence))
    _build_once(out_dir / "align", {}, _build_align)
    _build_once(out_dir / "nltk_data", {}, write_punkt_tab)
    _build_once(out_dir / "diarize", {}, _build_diarize)
    return {
        "WHISPER_MODEL": str(out_dir / "asr"),
        "WHISPER_ALIGN_MODEL": str(out_dir / "align"),
        "WHISPER_DIARIZE_MODEL": str(out_dir / "diarize"),
        "NLTK_DATA": str(out_dir / "nltk_data"),
    }


def build_large_v3_shaped(out_dir: Path, n_tokens: int = 50) -> Path:
    """Random weights with large-v3's real shape (d_model 1280, 32+32 layers, 128 mels,
    vocab 51866), converted to CTranslate2 int8, emitting a fixed-length scripted output (the
    sentence repeated to n_tokens); for benchmarks of real-time factor only. Took 25 s and 7.4 GB
    of RAM to build on 2 cores, 1.5 GB on disk; not used by tests."""
    target = Path(out_dir).resolve() / "large-v3-shaped"
    dims = {"d_model": 1280, "layers": 32, "heads": 20, "ffn": 5120}
    _build_once(
        target,
        {"n_tokens": n_tokens, **dims},
        lambda d: _build_whisper(d, DEFAULT_SENTENCE, dims, n_tokens=n_tokens, regular=50257),
    )
    return target


# --- building blocks -------------------------------------------------------------------------


def _build_once(target: Path, params: dict[str, Any], build: Callable[[Path], None]) -> None:
    """Build into a scratch folder and move it in place, so a half-built model is never reused."""
    stamp = {"format": _FORMAT, **params}
    stamp_file = target / _STAMP
    if stamp_file.is_file() and json.loads(stamp_file.read_text(encoding="utf-8")) == stamp:
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    scratch.chmod(0o755)  # mkdtemp makes it private; models are meant to be shared
    try:
        build(scratch)
        (scratch / _STAMP).write_text(json.dumps(stamp, ensure_ascii=False), encoding="utf-8")
        shutil.rmtree(target, ignore_errors=True)
        scratch.rename(target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _build_asr(target: Path, sentence: str) -> None:
    dims = {"d_model": 64, "layers": 2, "heads": 2, "ffn": 128}
    _build_whisper(target, sentence, dims)


def _whisper_tokenizer(sentence: str, regular: int | None) -> Any:
    """Byte-level BPE like Whisper's, whose merges spell the sentence's words as single tokens.

    Token order follows Whisper: regular tokens, an empty-string token (without it CTranslate2
    treats the model as English-only), <|endoftext|>, <|startoftranscript|>, the language tokens,
    the task and control tokens, <|notimestamps|>; the converter appends the timestamp tokens.
    `regular` pads the regular vocabulary with filler tokens to a real model's size.
    """
    import tokenizers
    from tokenizers import decoders, models, pre_tokenizers
    from transformers.models.whisper.tokenization_whisper import LANGUAGES

    byte_level = pre_tokenizers.ByteLevel(add_prefix_space=False)
    vocab = {char: i for i, char in enumerate(sorted(pre_tokenizers.ByteLevel.alphabet()))}
    merges: list[tuple[str, str]] = []
    for piece, _ in byte_level.pre_tokenize_str(sentence):
        prefix = piece[0]
        for char in piece[1:]:
            if prefix + char not in vocab:
                vocab[prefix + char] = len(vocab)
                merges.append((prefix, char))
            prefix += char
    if regular is not None:
        while len(vocab) < regular - 1:
            vocab[f"<|filler{len(vocab)}|>"] = len(vocab)
    vocab[""] = len(vocab)
    tokenizer = tokenizers.Tokenizer(models.BPE(vocab=vocab, merges=merges))
    tokenizer.pre_tokenizer = byte_level
    tokenizer.decoder = decoders.ByteLevel()
    specials = ["<|endoftext|>", "<|startoftranscript|>"]
    specials += [f"<|{code}|>" for code in LANGUAGES] + _WHISPER_SPECIALS_AFTER_LANGS
    tokenizer.add_special_tokens(
        [tokenizers.AddedToken(s, special=True, normalized=False) for s in specials]
    )
    return tokenizer


def _build_whisper(
    target: Path,
    sentence: str,
    dims: dict[str, int],
    n_tokens: int | None = None,
    regular: int | None = None,
) -> None:
    """A random Whisper whose decoder emits a scripted sequence, converted to CTranslate2."""
    import ctranslate2
    import torch
    from transformers import (
        GenerationConfig,
        PreTrainedTokenizerFast,
        WhisperConfig,
        WhisperFeatureExtractor,
        WhisperForConditionalGeneration,
    )
    from transformers.models.whisper.tokenization_whisper import LANGUAGES

    if n_tokens is not None:  # fixed-length output for benchmarks: repeat the sentence
        sentence = " ".join([sentence] * n_tokens)
    tokenizer = _whisper_tokenizer(sentence, regular)
    token = tokenizer.token_to_id
    words = tokenizer.encode(sentence).ids[:n_tokens]
    eot, sot = token("<|endoftext|>"), token("<|startoftranscript|>")
    t0 = token("<|notimestamps|>") + 1  # <|0.00|>: the converter appends the timestamp tokens
    # What a real model writes: <|sot|><|cs|><|transcribe|><|0.00|> words <|t|> <|endoftext|>.
    # WhisperX prompts with <|notimestamps|> in place of <|0.00|>: same position, same output.
    script = [sot, token("<|cs|>"), token("<|transcribe|>"), t0, *words, t0 + 150, eot]
    if len(script) > _MAX_TARGET_POSITIONS:
        limit = _MAX_TARGET_POSITIONS - (len(script) - len(words))
        raise ValueError(f"the sentence is {len(words)} tokens; one Whisper window holds {limit}")
    d_model, heads = dims["d_model"], dims["heads"]
    while len(set(script)) > d_model - 1:  # one embedding direction per scripted token
        d_model, heads = d_model + 64, heads + 2
    config = WhisperConfig(
        vocab_size=tokenizer.get_vocab_size() + _TIMESTAMPS,
        num_mel_bins=128,
        d_model=d_model,
        encoder_layers=dims["layers"],
        decoder_layers=dims["layers"],
        encoder_attention_heads=heads,
        decoder_attention_heads=heads,
        encoder_ffn_dim=dims["ffn"],
        decoder_ffn_dim=dims["ffn"],
        max_source_positions=1500,
        max_target_positions=_MAX_TARGET_POSITIONS,
        decoder_start_token_id=sot,
        bos_token_id=eot,
        eos_token_id=eot,
        pad_token_id=eot,
    )
    torch.manual_seed(0)
    with torch.no_grad():
        model = WhisperForConditionalGeneration(config).eval()
        _script_decoder(model, script, eot)
    # A fresh GenerationConfig: one derived from the model config is rebuilt on loading, which
    # would drop lang_to_id and alignment_heads (CTranslate2 reads both).
    model.generation_config = GenerationConfig(
        decoder_start_token_id=sot,
        bos_token_id=eot,
        eos_token_id=eot,
        pad_token_id=eot,
        suppress_tokens=[],
        begin_suppress_tokens=[token("Ġ"), eot],
        alignment_heads=[[dims["layers"] - 1, head] for head in range(heads)],
        lang_to_id={f"<|{code}|>": token(f"<|{code}|>") for code in LANGUAGES},
    )

    with tempfile.TemporaryDirectory(dir=target.parent) as hf_dir:
        if n_tokens is not None:
            model = model.half()  # halves the temporary copy of a 1.5B-parameter model
        model.save_pretrained(hf_dir)
        del model
        PreTrainedTokenizerFast(
            tokenizer_object=tokenizer,
            bos_token="<|endoftext|>",
            eos_token="<|endoftext|>",
            unk_token="<|endoftext|>",
            pad_token="<|endoftext|>",
        ).save_pretrained(hf_dir)
        WhisperFeatureExtractor(feature_size=128).save_pretrained(hf_dir)
        converter = ctranslate2.converters.TransformersConverter(
            hf_dir, copy_files=["tokenizer.json", "preprocessor_config.json"]
        )
        converter.convert(str(target), quantization="int8", force=True)


def _script_decoder(model: Any, script: list[int], eot: int) -> None:
    """Make the decoder's next token a function of its position only.

    Each scripted token gets its own embedding direction (the output projection is tied to the
    token embeddings); position p's embedding points strongly at script[p + 1]. The decoder
    layers' output projections are shrunk to nothing, so the hidden state is just token plus
    position embedding and the audio cannot change the result. <|endoftext|> is pushed down
    everywhere except the end, else beam search keeps ending hypotheses early.
    """
    import torch

    decoder = model.model.decoder
    vocab, d_model = decoder.embed_tokens.weight.shape
    direction = {tok: k for k, tok in enumerate(sorted(set(script)))}
    embeddings = torch.randn(vocab, d_model) * 0.01
    for tok, k in direction.items():
        embeddings[tok] = 0.0
        embeddings[tok, k] = 1.0
    decoder.embed_tokens.weight.copy_(embeddings)  # also the output projection (tied)
    positions = torch.zeros_like(decoder.embed_positions.weight)
    for pos in range(positions.shape[0]):
        following = script[pos + 1] if pos + 1 < len(script) else eot
        positions[pos, direction[following]] = 10.0
        if following != eot:  # the closing timestamp may be suppressed: fall back to the end
            positions[pos, direction[eot]] = 5.0 if pos + 2 == len(script) else -5.0
    decoder.embed_positions.weight.copy_(positions)
    for layer in decoder.layers:
        for linear in (layer.self_attn.out_proj, layer.encoder_attn.out_proj, layer.fc2):
            linear.weight.mul_(1e-6)  # tiny, not zero: int8 quantization needs a scale
            linear.bias.zero_()
    decoder.layer_norm.weight.fill_(4.0)  # sharpens the softmax: scripted tokens get p ~ 1
    decoder.layer_norm.bias.zero_()


def _build_align(target: Path) -> None:
    """A random wav2vec2 CTC model and processor with a Czech character vocabulary."""
    import torch
    from transformers import (
        Wav2Vec2Config,
        Wav2Vec2CTCTokenizer,
        Wav2Vec2FeatureExtractor,
        Wav2Vec2ForCTC,
        Wav2Vec2Processor,
    )

    labels = ["<pad>", "<unk>", "|", *CZECH_LETTERS]
    vocab_file = target / "vocab.json"
    vocab_file.write_text(
        json.dumps({c: i for i, c in enumerate(labels)}, ensure_ascii=False), encoding="utf-8"
    )
    tokenizer = Wav2Vec2CTCTokenizer(
        str(vocab_file), unk_token="<unk>", pad_token="<pad>", word_delimiter_token="|"
    )
    extractor = Wav2Vec2FeatureExtractor(
        feature_size=1, sampling_rate=16000, padding_value=0.0, do_normalize=True
    )
    Wav2Vec2Processor(feature_extractor=extractor, tokenizer=tokenizer).save_pretrained(target)
    config = Wav2Vec2Config(
        vocab_size=len(labels),
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        conv_dim=(32,) * 7,  # the real strides: one frame per 20 ms of 16 kHz audio
        num_conv_pos_embeddings=16,
        num_conv_pos_embedding_groups=4,
        pad_token_id=0,
    )
    torch.manual_seed(0)
    Wav2Vec2ForCTC(config).save_pretrained(target)


def _build_diarize(target: Path) -> None:
    """A folder laid out like pyannote/speaker-diarization-community-1, with random weights."""
    import numpy as np
    import torch
    from pyannote.audio.core.task import Problem, Resolution, Specifications
    from pyannote.audio.models.embedding import WeSpeakerResNet34
    from pyannote.audio.models.segmentation import PyanNet

    torch.manual_seed(0)
    segmentation = PyanNet(
        lstm={"hidden_size": 32, "num_layers": 1, "bidirectional": True, "monolithic": True},
        linear={"hidden_size": 32, "num_layers": 1},
    )
    powerset = Specifications(
        problem=Problem.MONO_LABEL_CLASSIFICATION,
        resolution=Resolution.FRAME,
        duration=10.0,
        classes=["speaker#1", "speaker#2", "speaker#3"],
        powerset_max_classes=2,
        permutation_invariant=True,
    )
    _save_pyannote_model(segmentation, powerset, target / "segmentation")
    embedding = Specifications(
        problem=Problem.REPRESENTATION, resolution=Resolution.CHUNK, duration=10.0
    )
    _save_pyannote_model(WeSpeakerResNet34(), embedding, target / "embedding")

    # PLDA: x-vector transform (centering + LDA to 128 dims) and a PLDA with positive variances.
    rng = np.random.default_rng(0)
    dim, lda_dim = 256, 128
    (target / "plda").mkdir()
    lda, _ = np.linalg.qr(rng.standard_normal((dim, lda_dim)))
    np.savez(
        target / "plda" / "xvec_transform.npz",
        mean1=rng.standard_normal(dim) * 0.01,
        mean2=rng.standard_normal(lda_dim) * 0.01,
        lda=lda,
    )
    transform, _ = np.linalg.qr(rng.standard_normal((lda_dim, lda_dim)))
    np.savez(
        target / "plda" / "plda.npz",
        mu=np.zeros(lda_dim),
        tr=transform,
        psi=np.sort(rng.uniform(0.5, 5.0, lda_dim))[::-1].copy(),
    )
    (target / "config.yaml").write_text(_DIARIZE_CONFIG, encoding="utf-8")


_DIARIZE_CONFIG = """\
pipeline:
  name: pyannote.audio.pipelines.SpeakerDiarization
  params:
    segmentation: $model/segmentation
    embedding: $model/embedding
    plda: $model/plda
    clustering: VBxClustering
    segmentation_batch_size: 8
    embedding_batch_size: 8
    embedding_exclude_overlap: true
params:
  segmentation:
    min_duration_off: 0.0
  clustering:
    threshold: 0.6
    Fa: 0.07
    Fb: 0.8
"""


def _save_pyannote_model(model: Any, specifications: Any, folder: Path) -> None:
    """Write a checkpoint the way pyannote's Model.from_pretrained reads it back."""
    import lightning
    import torch

    model.specifications = specifications
    model.build()  # task-dependent layers, e.g. PyanNet's classifier
    checkpoint = {
        "state_dict": model.state_dict(),
        "hyper_parameters": dict(model.hparams),
        "pytorch-lightning_version": lightning.__version__,
    }
    model.on_save_checkpoint(checkpoint)  # adds the pyannote.audio versions and specifications
    folder.mkdir(parents=True)
    torch.save(checkpoint, folder / "pytorch_model.bin")


# --- command line (`spinoco tiny-models`) ------------------------------------------------------


def build_and_print(out_dir: Path, sentence: str = DEFAULT_SENTENCE, large: bool = False) -> int:
    """Build the models into `out_dir` and print the `.env` lines that point at them."""
    out_dir = out_dir.resolve()
    for key, value in {**OFFLINE_ENV, **cache_env(out_dir / "cache")}.items():
        os.environ.setdefault(key, value)
    started = time.monotonic()
    settings = build_tiny_models(out_dir, sentence)
    print(f"# tiny models ready in {time.monotonic() - started:.1f} s", file=sys.stderr)
    if large:
        started = time.monotonic()
        path = build_large_v3_shaped(out_dir)
        print(f"# large-v3-shaped ready in {time.monotonic() - started:.0f} s", file=sys.stderr)
        print(f"# for real-time-factor benchmarks: WHISPER_MODEL={path}")
    for key, value in {**settings, **OFFLINE_ENV}.items():
        print(f"{key}={value}")
    return 0
