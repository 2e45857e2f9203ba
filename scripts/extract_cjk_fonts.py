#!/usr/bin/env python3
"""Extracts standalone Chinese fonts that Apache FOP can embed.

fonts-noto-cjk ships Noto Sans CJK only as OpenType collections (.ttc with CFF outlines),
which FOP 2.8 cannot read ("'loca' table not found"). This copies the Simplified (SC) and
Traditional (TC) Chinese faces, regular and bold, out of the collections into standalone
.otf files. Glyphs and tables are kept as they are (FOP subsets them when it embeds them),
with two changes:
- The collection's faces share one CFF table, named for the Japanese face; each extracted
  font's CFF gets its own face's PostScript name (same length, patched in place), so the
  PDF names the Chinese font it uses.
- Radicals and compatibility ideographs that share a glyph with a unified ideograph are
  unmapped. FOP writes the PDF's text layer from the first character that maps to each
  glyph, so without this, copied or extracted text would read U+2F08 KANGXI RADICAL MAN
  instead of U+4EBA 人. Text is NFC-normalised on input, which already turns
  compatibility ideographs into unified ones.
The PDF step (leafpress build --pdf) runs this on first use; it takes a few seconds.

Usage: /usr/bin/python3 scripts/extract_cjk_fonts.py [OUTPUT_DIR] [FONT_DIR]
  OUTPUT_DIR defaults to .cache/fonts in the repository (kept out of git by a .gitignore
  that this script writes into OUTPUT_DIR); FONT_DIR to Debian's Noto CJK folder.
Needs Debian's python3-fonttools. Does nothing for files already extracted.
"""
import os
import sys
import tempfile

try:
    from fontTools.ttLib import TTCollection
    from fontTools.ttLib.tables.DefaultTable import DefaultTable
except ImportError:
    sys.exit("extract_cjk_fonts: fontTools not found; install the Debian package python3-fonttools "
             "(scripts/setup.sh) and run this with /usr/bin/python3")

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FACES = {  # family name in the collection -> output file stem
    "Noto Sans CJK SC": "NotoSansCJKsc",
    "Noto Sans CJK TC": "NotoSansCJKtc",
}
# Characters that duplicate a unified ideograph's glyph (Unicode blocks).
DUPLICATE_RANGES = [(0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)]


def is_unified_ideograph(code):
    return (0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x3FFFF)


def unmap_duplicates(font):
    """Removes radical/compatibility code points whose glyph a unified ideograph also has."""
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        unified_glyphs = {glyph for code, glyph in table.cmap.items() if is_unified_ideograph(code)}
        for code in [c for c, g in table.cmap.items()
                     if g in unified_glyphs and any(lo <= c <= hi for lo, hi in DUPLICATE_RANGES)]:
            del table.cmap[code]


def cff_with_face_name(font):
    """The raw CFF table with its one font name replaced by the face's PostScript name."""
    data = bytearray(font.reader["CFF "])
    header_size = data[2]
    count = int.from_bytes(data[header_size:header_size + 2], "big")
    off_size = data[header_size + 2]
    offsets = [int.from_bytes(data[header_size + 3 + i * off_size:header_size + 3 + (i + 1) * off_size], "big")
               for i in range(count + 1)]
    base = header_size + 3 + (count + 1) * off_size - 1  # offsets count from 1
    old = bytes(data[base + offsets[0]:base + offsets[1]])
    new = font["name"].getDebugName(6).encode("ascii")
    if count == 1 and len(new) == len(old):
        data[base + offsets[0]:base + offsets[1]] = new
    table = DefaultTable("CFF ")
    table.data = bytes(data)
    return table


WEIGHTS = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, ".cache", "fonts")
    font_dir = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/fonts/opentype/noto"
    os.makedirs(out_dir, exist_ok=True)
    ignore = os.path.join(out_dir, ".gitignore")
    if not os.path.exists(ignore):
        with open(ignore, "w", encoding="utf-8") as f:
            f.write("# generated files; never committed\n*\n")
    for weight, collection in WEIGHTS.items():
        wanted = {f"{stem}-{weight}.otf" for stem in FACES.values()}
        if all(os.path.exists(os.path.join(out_dir, name)) for name in wanted):
            continue
        path = os.path.join(font_dir, collection)
        if not os.path.exists(path):
            sys.exit(f"extract_cjk_fonts: {path} not found; install the Debian package fonts-noto-cjk")
        ttc = TTCollection(path, lazy=True)
        for font in ttc.fonts:
            family = font["name"].getDebugName(1)
            stem = FACES.get(family)
            if stem is None:
                continue
            target = os.path.join(out_dir, f"{stem}-{weight}.otf")
            if os.path.exists(target):
                continue
            unmap_duplicates(font)
            # The character map needed the glyph order, which loaded the shared CFF table;
            # replace the loaded copy by its original bytes (with the face's name) so that it
            # is written as it is (compiling 65,535 charstrings again would take minutes), and
            # keep the head table as it is.
            font.getGlyphOrder()
            font.tables["CFF "] = cff_with_face_name(font)
            font.recalcBBoxes = False
            font.recalcTimestamp = False
            # Write then rename, so an interrupted run never leaves a truncated font behind.
            fd, temporary = tempfile.mkstemp(dir=out_dir, suffix=".tmp-otf")
            os.close(fd)
            try:
                font.save(temporary)
                os.chmod(temporary, 0o644)
                os.replace(temporary, target)
            finally:
                if os.path.exists(temporary):
                    os.remove(temporary)
            print(f"extract_cjk_fonts: wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
