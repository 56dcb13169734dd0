#!/usr/bin/env python3
"""tests/report/check-png.py — is a screenshot a rendered page?

  python3 check-png.py SHOT.png WIDTH HEIGHT

A small PNG reader (zlib only, no imaging library): checks the signature,
that the image is WIDTH x HEIGHT, 8-bit RGB or RGBA, not interlaced, then
decodes every row and checks the page is not blank: enough pixels differ
from the background (text, badges, charts), in enough distinct colours
(a page of one flat colour, or a grey error page, fails).
Prints one line ("png ok: …") and exits 0, or says what is wrong, exit 1.
"""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, header = 8, [], None
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    if header is None:
        raise ValueError("no IHDR chunk")
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError("unsupported PNG (depth %d, colour type %d, interlace %d)"
                         % (depth, colour, interlace))
    return width, height, (3 if colour == 2 else 4), zlib.decompress(b"".join(idat))


def rows(width, height, bpp, raw):
    """Undoes the PNG row filters, yielding each row's bytes."""
    stride = width * bpp
    prev = bytearray(stride)
    i = 0
    for _ in range(height):
        kind = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if kind == 1:
            for x in range(bpp, stride):
                line[x] = (line[x] + line[x - bpp]) & 255
        elif kind == 2:
            for x in range(stride):
                line[x] = (line[x] + prev[x]) & 255
        elif kind == 3:
            for x in range(stride):
                left = line[x - bpp] if x >= bpp else 0
                line[x] = (line[x] + ((left + prev[x]) >> 1)) & 255
        elif kind == 4:
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b, c = prev[x], (prev[x - bpp] if x >= bpp else 0)
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        elif kind != 0:
            raise ValueError("bad filter type %d" % kind)
        yield bytes(line)
        prev = line


def main(path, want_w, want_h):
    try:
        width, height, bpp, raw = read_png(path)
        if (width, height) != (want_w, want_h):
            print("%s: %dx%d, expected %dx%d" % (path, width, height, want_w, want_h))
            return 1
        counts = {}
        for line in rows(width, height, bpp, raw):
            for x in range(0, len(line), bpp * 2):  # every other pixel is plenty
                px = line[x:x + 3]
                counts[px] = counts.get(px, 0) + 1
    except (ValueError, zlib.error, struct.error) as e:
        print("%s: %s" % (path, e))
        return 1
    total = sum(counts.values())
    background, most = max(counts.items(), key=lambda kv: kv[1])
    ink = 1 - most / total
    if ink < 0.05 or len(counts) < 50:
        print("%s: looks blank: %.1f %% of pixels differ from the background, %d colours"
              % (path, 100 * ink, len(counts)))
        return 1
    print("png ok: %dx%d, not blank" % (width, height))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print("usage: check-png.py SHOT.png WIDTH HEIGHT", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
