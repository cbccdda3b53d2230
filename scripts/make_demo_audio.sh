#!/usr/bin/env bash
# Builds the synthetic demo calls in spinoco_assets/demo_audio/ (committed; rerun only to change them).
#
# Each call is shaped like a Spinoco recording: stereo Ogg Vorbis at 8000 Hz, customer on the LEFT
# channel, agent on the RIGHT, the other channel silent during a turn. Speech is espeak-ng's Czech
# voice, so every word, name, number and address is synthetic and invented.
# The turn texts must stay identical to spinoco_assets/demo_audio/README.md (the tests' ground truth).
#
# Needs: espeak-ng, sox (with libsox-fmt-all for Vorbis). Usage: scripts/make_demo_audio.sh [out_dir]
set -euo pipefail

OUT_DIR="${1:-$(cd "$(dirname "$0")/.." && pwd)/spinoco_assets/demo_audio}"
RATE=8000
PAUSE_S=0.4          # silence between turns
CUSTOMER_VOICE="cs"  # male Czech voice
AGENT_VOICE="cs+f3"  # female variant, so the two sides are easy to tell apart by ear
SPEED=170            # words per minute
QUALITY=0            # Vorbis -C 0: small files, ample for speech at 8 kHz

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT_DIR"

# turn INDEX SIDE TEXT: one stereo 8 kHz turn followed by a pause; SIDE is C (left) or A (right).
turn() {
    local idx="$1" side="$2" text="$3" voice remix
    if [[ "$side" == "C" ]]; then voice="$CUSTOMER_VOICE"; remix="1 0"; else voice="$AGENT_VOICE"; remix="0 1"; fi
    espeak-ng -v "$voice" -s "$SPEED" -w "$WORK/raw.wav" "$text"
    sox "$WORK/raw.wav" -r "$RATE" -c 1 "$WORK/mono.wav"
    sox "$WORK/mono.wav" "$WORK/turn_$(printf %02d "$idx").wav" remix $remix pad 0 "$PAUSE_S"
}

# call NAME LEAD_SILENCE_S SIDE TEXT [SIDE TEXT ...]
call() {
    local name="$1" lead="$2" i=0
    shift 2
    rm -f "$WORK"/turn_*.wav
    sox -n -r "$RATE" -c 2 "$WORK/turn_00.wav" trim 0 "$lead"
    while (($#)); do
        i=$((i + 1))
        turn "$i" "$1" "$2"
        shift 2
    done
    sox "$WORK"/turn_*.wav -C "$QUALITY" "$OUT_DIR/$name.ogg"
    printf '%s: %ss, %s bytes\n' "$name" "$(soxi -D "$OUT_DIR/$name.ogg")" "$(stat -c %s "$OUT_DIR/$name.ogg")"
}

# 1: inbound boiler fault; phone number spoken digit by digit, e-mail spoken.
call call_01 0.3 \
    A "Dobrý den, servis Teplo Plus, jak vám mohu pomoci?" \
    C "Dobrý den, kotel hlásí poruchu." \
    A "Nechte mi prosím telefon a e-mail." \
    C "Telefon je 7 3 1 5 5 5 0 1 9, e-mail jan tečka vymyslel zavináč example tečka cz." \
    A "Děkuji, zapsáno."

# 2: heat pump order; phone number spelled out in words.
call call_02 0.3 \
    C "Dobrý den, chtěl bych objednat servis tepelného čerpadla." \
    A "Dobře. Na jaké číslo vám můžeme zavolat?" \
    C "Sedm set dvacet, čtyři sta padesát šest, sto osmdesát tři." \
    A "Děkuji, ozveme se zítra dopoledne."

# 3: technician visit; invented name, street address and postal code.
call call_03 0.3 \
    A "Servis Teplo Plus, dobrý den." \
    C "Dobrý den, tady Hana Dvořáková, potřebuji technika ke kotli." \
    A "Jaká je adresa?" \
    C "Květinová 14, Brno, PSČ 602 00." \
    A "Technik přijede ve čtvrtek."

# 4: long silence before anyone speaks (tests hallucination on silence and VAD).
call call_04 6 \
    C "Haló, je tam někdo? Topení u nás vůbec nehřeje." \
    A "Ano, omlouvám se. Pošleme technika na kontrolu."

# 5: short call, about eight seconds.
call call_05 0.2 \
    C "Dobrý den, chci zrušit objednávku servisu." \
    A "Dobře, objednávku jsem zrušila. Na shledanou."

du -cb "$OUT_DIR"/call_0*.ogg | tail -1
