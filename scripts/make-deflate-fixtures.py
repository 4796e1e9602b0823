#!/usr/bin/env python3
"""Writes Fixtures/deflate/: one input (input.bin) and raw DEFLATE streams of it made by zlib at
every level 0-9 with each strategy (level 0 stores whatever the strategy: kept once) (default, filtered, huffman-only, RLE, fixed), named
LEVEL-STRATEGY.deflate, plus a few with small windows and memory levels. finsam's inflater must
give input.bin back exactly from each (Tests/FinsamCoreTests/InflaterTests.swift).

The input mixes what a workbook holds and what exercises the decoder: XML-like text, Swedish
letters, long runs (distance-1 copies, length 258), a seeded pseudo-random part (stored and
literal-heavy blocks) and text repeated at long distances (up to 32 KiB back).
Run: python3 scripts/make-deflate-fixtures.py  (deterministic: same zlib, same bytes)."""
import os
import random
import zlib

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "Fixtures", "deflate")
os.makedirs(out, exist_ok=True)

rng = random.Random(1951)
parts = []
with open(os.path.join(here, "..", "Fixtures", "csv", "sunnerbo-2022.csv"), "rb") as f:
    csv = f.read()
parts.append(csv)
parts.append(b"".join(b'<row r="%d"><c r="B%d" t="s"><v>%d</v></c></row>' % (i, i, i * 7) for i in range(1, 120)))
parts.append(b"\x00" * 700 + b"a" * 259 + b"ab" * 300)
parts.append(bytes(rng.getrandbits(8) for _ in range(1200)))
parts.append("Räkenskapsår för samordningsförbundet – åäö ÅÄÖ".encode("utf-8") * 20)
parts.append(csv)  # the same text again, far back
data = b"".join(parts)

strategies = {
    "default": zlib.Z_DEFAULT_STRATEGY,
    "filtered": zlib.Z_FILTERED,
    "huffman": zlib.Z_HUFFMAN_ONLY,
    "rle": zlib.Z_RLE,
    "fixed": zlib.Z_FIXED,
}

with open(os.path.join(out, "input.bin"), "wb") as f:
    f.write(data)
for level in range(10):
    for name, strategy in strategies.items():
        c = zlib.compressobj(level, zlib.DEFLATED, -15, 8, strategy)
        stream = c.compress(data) + c.flush()
        if level == 0 and name != "default":
            continue  # level 0 stores whatever the strategy: the same bytes, kept once
        with open(os.path.join(out, "%d-%s.deflate" % (level, name)), "wb") as f:
            f.write(stream)
# Small windows and memory levels, and a stream flushed in pieces (empty stored blocks).
for wbits, memlevel in ((-9, 1), (-12, 9)):
    c = zlib.compressobj(9, zlib.DEFLATED, wbits, memlevel)
    with open(os.path.join(out, "9-window%d-mem%d.deflate" % (-wbits, memlevel)), "wb") as f:
        f.write(c.compress(data) + c.flush())
c = zlib.compressobj(6, zlib.DEFLATED, -15)
pieces = b""
for start in range(0, len(data), 1000):
    pieces += c.compress(data[start:start + 1000]) + c.flush(zlib.Z_SYNC_FLUSH if start % 2000 else zlib.Z_FULL_FLUSH)
pieces += c.flush()
with open(os.path.join(out, "6-flushed.deflate"), "wb") as f:
    f.write(pieces)
# A bomb: 16 MiB of zeros at level 9, about 1 000 to 1 (named .bin: not one of the streams
# that must inflate, but one that must be refused under the default limits).
c = zlib.compressobj(9, zlib.DEFLATED, -15)
with open(os.path.join(out, "bomb-zeros.bin"), "wb") as f:
    f.write(c.compress(bytes(16 << 20)) + c.flush())
print(len(data), "bytes of input;", len(os.listdir(out)), "files in", os.path.normpath(out))
