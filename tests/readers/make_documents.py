#!/usr/bin/env python3
"""Writes the word-processor fixtures of the reader tests into tests/data/documents/.

Each .docx and .odt is made here, part by part, as Word and LibreOffice write them, so the
fixtures are reproducible and every feature the readers claim to read has a file that uses it:

  python3 tests/readers/make_documents.py   (from the repository root; deterministic output)

- seed.docx, seed.odt: the seed statement (source-docs/community-and-diversity.txt) with its
  title in the Title style, every other paragraph in the default style.
- features.docx, features.odt: one of each feature read (see the README's statements section).
- more-features.docx, more-features.odt: the rest of the README's list: deeper headings, Intense
  Quote, mail links, tabs, bookmarks and page breaks (ignored), a table cell of two paragraphs,
  and what is not read (footnotes, text boxes, linked pictures), each with its warning.
- park.png: the picture parks.md (neutral text with a table) shows.
- hostile/*: documents that must be refused (zip bomb, "../" part names, a DTD with external
  entities, 100,000-deep nesting, text under a .docx name, a damaged archive).
"""
import os
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape, quoteattr

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "data", "documents")
STAMP = (2024, 1, 1, 0, 0, 0)  # fixed times keep the archives byte-identical between runs

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' \
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' \
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
ODF = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' \
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' \
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' \
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' \
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' \
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' \
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" ' \
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" ' \
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"'
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def write_zip(path, parts, compression=zipfile.ZIP_DEFLATED):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, STAMP)
            # ODF asks for an uncompressed mimetype first; everything else is deflated.
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else compression
            archive.writestr(info, data.encode() if isinstance(data, str) else data)


def tiny_png():
    """A 2x2 grey PNG, made here so no picture from elsewhere is needed."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\x80\x80\x80" * 2 for _ in range(2))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --- WordprocessingML ---------------------------------------------------------------------

def w_run(text, props=""):
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def w_para(content, style=None, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{content}</w:p>"


W_STYLES = HEAD + f'<w:styles {W}>' + "".join(
    f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
    for sid, name in [("Normal", "Normal"), ("Title", "Title"), ("Heading1", "heading 1"), ("Heading2", "heading 2"),
                      ("Quote", "Quote"), ("ListParagraph", "List Paragraph")]) + '</w:styles>'

W_NUMBERING = HEAD + f'<w:numbering {W}>' \
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/></w:lvl>' \
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>' \
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/></w:lvl>' \
    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' \
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>'


def docx(path, body, core=None, media=None, extra_rels=""):
    rels = HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' \
        '<Relationship Id="rStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' \
        '<Relationship Id="rNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' \
        + extra_rels + '</Relationships>'
    parts = [
        ("[Content_Types].xml", HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels", HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", HEAD + f'<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'),
        ("word/_rels/document.xml.rels", rels),
        ("word/styles.xml", W_STYLES),
        ("word/numbering.xml", W_NUMBERING),
    ]
    if core:
        parts.append(("docProps/core.xml", HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                      'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
                      "".join(f"<dc:{k}>{escape(v)}</dc:{k}>" for k, v in core) + '</cp:coreProperties>'))
    for name, data in media or []:
        parts.append((name, data))
    write_zip(path, parts)


# --- OpenDocument text --------------------------------------------------------------------

def odt(path, body, meta=None, media=None):
    styles = HEAD + f'<office:document-styles {ODF}><office:styles>' \
        '<style:style style:name="Standard" style:family="paragraph"/>' \
        '<style:style style:name="Title" style:family="paragraph"/>' \
        '<style:style style:name="Quotations" style:family="paragraph"/>' \
        '<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"/>' \
        '</office:styles></office:document-styles>'
    automatic = '<office:automatic-styles>' \
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>' \
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>' \
        '<style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>' \
        '<style:style style:name="T3" style:family="text"><style:text-properties style:text-line-through-style="solid"/></style:style>' \
        '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/>' \
        '<text:list-level-style-bullet text:level="2" text:bullet-char="◦"/></text:list-style>' \
        '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-format="1" text:start-value="1"/></text:list-style>' \
        '</office:automatic-styles>'
    content = HEAD + f'<office:document-content {ODF}>{automatic}<office:body><office:text>{body}</office:text></office:body></office:document-content>'
    parts = [("mimetype", "application/vnd.oasis.opendocument.text"),
             ("META-INF/manifest.xml", HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
              '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
              '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'),
             ("content.xml", content), ("styles.xml", styles)]
    if meta:
        parts.append(("meta.xml", HEAD + f'<office:document-meta {ODF}><office:meta>' +
                      "".join(f"<dc:{k}>{escape(v)}</dc:{k}>" for k, v in meta) + '</office:meta></office:document-meta>'))
    for name, data in media or []:
        parts.append((name, data))
    write_zip(path, parts)


def o_para(text_xml, style=None):
    attr = f' text:style-name="{style}"' if style else ""
    return f"<text:p{attr}>{text_xml}</text:p>"


# --- the seed statement -------------------------------------------------------------------

def seed_paragraphs():
    with open(os.path.join(ROOT, "source-docs", "community-and-diversity.txt"), encoding="utf-8") as f:
        text = f.read()
    blocks = [" ".join(line.strip() for line in block.splitlines()) for block in text.split("\n\n")]
    return [b for b in (b.strip() for b in blocks) if b]


def seed():
    paragraphs = seed_paragraphs()
    # The title as a person marks it in a word processor: the Title style.
    title = next(i for i, p in enumerate(paragraphs) if not p.endswith((".", ":", ";", ",")))
    docx(os.path.join(OUT, "seed.docx"),
         "".join(w_para(w_run(p), "Title" if i == title else None) for i, p in enumerate(paragraphs)))
    odt(os.path.join(OUT, "seed.odt"),
        "".join(o_para(escape(p), "P1" if i == title else "Standard") for i, p in enumerate(paragraphs)))


# --- one of each feature (neutral text and UDHR article 1) --------------------------------

def features():
    png = tiny_png()
    image_rel = '<Relationship Id="rImage" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>' \
        '<Relationship Id="rLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.un.org/en/about-us/universal-declaration-of-human-rights" TargetMode="External"/>'
    drawing = '<w:r><w:drawing><wp:inline><wp:extent cx="914400" cy="914400"/>' \
        '<wp:docPr id="1" name="Picture 1" descr="Children playing in a park"/><a:graphic><a:graphicData>' \
        '<pic:pic><pic:blipFill><a:blip r:embed="rImage"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>' \
        '</wp:inline></w:drawing></w:r>'
    body = "".join([
        w_para(w_run("Universal Declaration of Human Rights"), "Title"),
        w_para(w_run("Article 1"), "Heading1"),
        w_para(w_run("All human beings are born ") + w_run("free", "<w:b/>") + w_run(" and ") +
               w_run("equal", "<w:i/>") + w_run(" in dignity and rights.") +
               w_run(" Old wording.", "<w:strike/>")),
        w_para('<w:hyperlink r:id="rLink">' + w_run("Read the declaration") + '</w:hyperlink>' + w_run(" online.")),
        w_para(w_run("First line") + '<w:r><w:br/></w:r>' + w_run("second line")),
        w_para(w_run("A bullet item"), "ListParagraph", ("1", "0")),
        w_para(w_run("A nested item"), "ListParagraph", ("1", "1")),
        w_para(w_run("A numbered item"), "ListParagraph", ("2", "0")),
        w_para(w_run("Another numbered item"), "ListParagraph", ("2", "0")),
        w_para(w_run("A quotation."), "Quote"),
        w_para(drawing),
        w_para(w_run("Kept text") + '<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve"> and inserted text</w:t></w:r></w:ins>' +
               '<w:del w:id="2" w:author="A"><w:r><w:delText> and deleted text</w:delText></w:r></w:del>' + w_run(".")),
        w_para('<w:commentRangeStart w:id="0"/>' + w_run("Commented text.") + '<w:commentRangeEnd w:id="0"/>'
               '<w:r><w:commentReference w:id="0"/></w:r>'),
        w_para(w_run("Page ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + w_run("1") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'),
        w_para(w_run("Before an unknown element") + '<w:oMath/>'),
        '<w:tbl><w:tblPr/><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>' + w_para(w_run("Park")) + '</w:tc><w:tc>' +
        w_para(w_run("Hours")) + '</w:tc></w:tr><w:tr><w:tc>' + w_para(w_run("Ladywell Fields")) + '</w:tc><w:tc>' +
        w_para(w_run("7–21")) + '</w:tc></w:tr></w:tbl>',
        w_para(w_run("Human rights")),
    ])
    docx(os.path.join(OUT, "features.docx"), body,
         core=[("title", "Universal Declaration of Human Rights"), ("description", "Article 1, with every feature"),
               ("date", "2024-01-01")],
         media=[("word/media/image1.png", png)], extra_rels=image_rel)

    frame = '<draw:frame draw:name="Image1"><draw:image xlink:href="Pictures/image1.png"/>' \
        '<svg:title>Picture 1</svg:title><svg:desc>Children playing in a park</svg:desc></draw:frame>'
    body = "".join([
        '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>and deleted text</text:p>'
        '</text:deletion></text:changed-region></text:tracked-changes>',
        o_para("Universal Declaration of Human Rights", "P1"),
        '<text:h text:outline-level="1">Article 1</text:h>',
        o_para('All human beings are born <text:span text:style-name="T1">free</text:span> and '
               '<text:span text:style-name="T2">equal</text:span> in dignity and rights.'
               '<text:span text:style-name="T3"> Old wording.</text:span>'),
        o_para('<text:a xlink:href="https://www.un.org/en/about-us/universal-declaration-of-human-rights">Read the declaration</text:a> online.'),
        o_para('First line<text:line-break/>second line'),
        '<text:list text:style-name="L1"><text:list-item><text:p>A bullet item</text:p><text:list><text:list-item>'
        '<text:p>A nested item</text:p></text:list-item></text:list></text:list-item></text:list>',
        '<text:list text:style-name="L2"><text:list-item><text:p>A numbered item</text:p></text:list-item>'
        '<text:list-item><text:p>Another numbered item</text:p></text:list-item></text:list>',
        o_para("A quotation.", "Quotations"),
        o_para(frame),
        o_para('Kept text and inserted text<text:change text:change-id="c1"/>.'),
        o_para('<office:annotation><dc:creator>A</dc:creator><text:p>A comment</text:p></office:annotation>Commented text.'),
        o_para('Page <text:page-number text:select-page="current">1</text:page-number>'),
        o_para('Before an unknown element<draw:custom-shape/>'),
        '<table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/><table:table-header-rows>'
        '<table:table-row><table:table-cell><text:p>Park</text:p></table:table-cell><table:table-cell><text:p>Hours</text:p>'
        '</table:table-cell></table:table-row></table:table-header-rows><table:table-row><table:table-cell><text:p>Ladywell Fields'
        '</text:p></table:table-cell><table:table-cell><text:p>7–21</text:p></table:table-cell></table:table-row></table:table>',
        o_para("Human rights"),
    ])
    odt(os.path.join(OUT, "features.odt"), body,
        meta=[("title", "Universal Declaration of Human Rights"), ("description", "Article 1, with every feature"),
              ("date", "2024-01-01")],
        media=[("Pictures/image1.png", png)])


def more_features():
    rels = '<Relationship Id="rMail" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="mailto:info@example.org" TargetMode="External"/>' \
        '<Relationship Id="rLinked" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///C:/Pictures/park.png" TargetMode="External"/>'
    text_box = '<w:r><w:drawing><wp:anchor><wp:docPr id="2" name="Text Box 2"/><a:graphic><a:graphicData>' \
        '<wps:wsp><wps:txbx><w:txbxContent>' + w_para(w_run("Boxed text")) + '</w:txbxContent></wps:txbx></wps:wsp>' \
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
    linked = '<w:r><w:drawing><wp:inline><wp:docPr id="3" name="Picture 3" descr="A linked park picture"/><a:graphic>' \
        '<a:graphicData><pic:pic><pic:blipFill><a:blip r:link="rLinked"/></pic:blipFill></pic:pic></a:graphicData>' \
        '</a:graphic></wp:inline></w:drawing></w:r>'
    body = "".join([
        w_para(w_run("Universal Declaration of Human Rights"), "Title"),
        w_para(w_run("Article 2"), "Heading2"),
        w_para(w_run("Article 3"), "Heading3"),
        w_para(w_run("Article 6"), "Heading6"),
        w_para(w_run("Everyone has the right to life, liberty and security of person."), "IntenseQuote"),
        w_para('<w:hyperlink r:id="rMail">' + w_run("Write to us") + '</w:hyperlink>'),
        w_para(w_run("Article") + '<w:r><w:tab/></w:r>' + w_run("1")),
        w_para('<w:bookmarkStart w:id="5" w:name="here"/>' + w_run("Before a page break") +
               '<w:r><w:br w:type="page"/></w:r>' + w_run(" and after it.") + '<w:bookmarkEnd w:id="5"/>'),
        w_para(w_run("With a footnote.") + '<w:r><w:footnoteReference w:id="1"/></w:r>'),
        w_para(w_run("With a text box.") + text_box),
        w_para(linked),
        '<w:tbl><w:tblPr/><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>' + w_para(w_run("Article")) + '</w:tc></w:tr>'
        '<w:tr><w:tc>' + w_para(w_run("First paragraph")) + w_para(w_run("second paragraph")) + '</w:tc></w:tr></w:tbl>',
        w_para(w_run("Human rights")),
    ])
    docx(os.path.join(OUT, "more-features.docx"), body, extra_rels=rels)

    body = "".join([
        o_para("Universal Declaration of Human Rights", "P1"),
        '<text:h text:outline-level="2">Article 2</text:h>',
        '<text:h text:outline-level="3">Article 3</text:h>',
        '<text:h text:outline-level="6">Article 6</text:h>',
        o_para("Everyone has the right to life, liberty and security of person.", "Quotations"),
        o_para('<text:a xlink:href="mailto:info@example.org">Write to us</text:a>'),
        o_para('Article<text:tab/>1'),
        o_para('<text:bookmark-start text:name="here"/>Before a page break'),
        '<text:soft-page-break/>',
        o_para(' and after it.<text:bookmark-end text:name="here"/>'),
        o_para('With a footnote.<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
               '<text:note-body><text:p>A note</text:p></text:note-body></text:note>'),
        o_para('With a text box.<draw:frame draw:name="Frame1"><draw:text-box><text:p>Boxed text</text:p></draw:text-box></draw:frame>'),
        o_para('<draw:frame draw:name="Image2"><draw:image xlink:href="file:///C:/Pictures/park.png"/>'
               '<svg:desc>A linked park picture</svg:desc></draw:frame>'),
        '<table:table table:name="Table1"><table:table-column/><table:table-header-rows><table:table-row><table:table-cell>'
        '<text:p>Article</text:p></table:table-cell></table:table-row></table:table-header-rows><table:table-row>'
        '<table:table-cell><text:p>First paragraph</text:p><text:p>second paragraph</text:p></table:table-cell>'
        '</table:table-row></table:table>',
        o_para("Human rights"),
    ])
    odt(os.path.join(OUT, "more-features.odt"), body)


# --- hostile documents --------------------------------------------------------------------

def hostile():
    out = os.path.join(OUT, "hostile")
    ok_body = w_para(w_run("Text"))
    # A zip bomb: 40 MB of one byte repeated, about 40 KB on disk, beyond the 32 MB limit.
    # A zip bomb: 40 MB of one byte repeated, about 40 KB on disk, beyond the 32 MB limit;
    # the body shows it as a picture, so the reader must expand it.
    docx(os.path.join(out, "zip-bomb.docx"),
         w_para('<w:r><w:drawing><wp:inline><wp:docPr id="1" descr="x"/><a:graphic><a:graphicData><pic:pic><pic:blipFill>'
                '<a:blip r:embed="rBomb"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'),
         media=[("word/media/bomb.png", b"\0" * (40 << 20))],
         extra_rels='<Relationship Id="rBomb" Type="image" Target="media/bomb.png"/>')
    docx(os.path.join(out, "dot-dot.docx"), ok_body, media=[("../../outside.txt", b"escaped")])
    xxe = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' \
          f'<w:document {W}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>'
    write_zip(os.path.join(out, "entities.docx"), [("word/document.xml", xxe)])
    deep = f'<w:document {W}><w:body>' + "<w:sdt><w:sdtContent>" * 100000 + "</w:sdtContent></w:sdt>" * 100000 + \
        "</w:body></w:document>"
    write_zip(os.path.join(out, "deep.docx"), [("word/document.xml", deep)])
    odt_deep = f'<office:document-content {ODF}><office:body><office:text>' + "<text:section>" * 100000 + \
        "</text:section>" * 100000 + "</office:text></office:body></office:document-content>"
    write_zip(os.path.join(out, "deep.odt"), [("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", odt_deep)])
    with open(os.path.join(out, "really-text.docx"), "w", encoding="utf-8") as f:
        f.write("All human beings are born free and equal in dignity and rights.\n")
    seed_bytes = open(os.path.join(OUT, "seed.docx"), "rb").read()
    damaged = bytearray(seed_bytes)
    for i in range(200, 600):  # the middle of the first compressed part
        damaged[i] ^= 0x5A
    with open(os.path.join(out, "damaged.docx"), "wb") as f:
        f.write(bytes(damaged[: len(damaged) - 30]))  # and the central directory cut short


if __name__ == "__main__":
    with open(os.path.join(OUT, "park.png"), "wb") as f:  # the picture parks.md shows
        f.write(tiny_png())
    seed()
    features()
    more_features()
    hostile()
    sys.exit(0)
