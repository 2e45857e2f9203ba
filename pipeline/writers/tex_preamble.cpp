// The TeX leaflet's preamble: fonts, page geometry and crop marks, PDF/X-4.
#include <fmt/format.h>

#include "writers/tex_leaflet.hpp"
#include "writers/tex_text.hpp"
#include "writers/tex_writer.hpp"

namespace leafpress::writers {
namespace tex {

// A TeX control sequence for a print family: letters only ("NotoSansSC" → \lpfontNotoSansSC).
std::string font_command(std::string_view family) {
  std::string name = "\\lpfont";
  for (char c : family)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) name += c;
  return name;
}

namespace {

// The OpenType script HarfBuzz shapes a family's text with, by the script it serves.
std::string_view fontspec_script(std::string_view script) {
  if (script == "Arab" || script == "Nastaliq") return "Arabic";
  if (script == "Taml") return "Tamil";
  if (script == "Beng") return "Bengali";
  if (script == "Ethi") return "Ethiopic";
  if (script == "Hans" || script == "Hant") return "CJK";
  return {};
}

}  // namespace

// A print family for fontspec: HarfBuzz shaping, no TeX ligatures (they would change the
// text: "--" into a dash), the faces by file and collection index.
std::string font_definition(const text::ScriptFonts& fonts) {
  auto split = [](std::string_view file) {
    size_t slash = file.rfind('/');
    return std::pair{std::string(file.substr(0, slash + 1)), std::string(file.substr(slash + 1))};
  };
  auto [dir, regular] = split(fonts.print_regular.file);
  std::string bold = split(fonts.print_bold.file).second;
  std::string options = "Renderer=HarfBuzz,Ligatures=TeXOff,Path=" + dir +
                        ",FontIndex=" + std::to_string(fonts.print_regular.index) + ",BoldFont=" + bold +
                        ",BoldFeatures={FontIndex=" + std::to_string(fonts.print_bold.index) + "}";
  if (std::string_view script = fontspec_script(fonts.script); !script.empty())
    options += ",Script=" + std::string(script);
  if (fonts.script == "Nastaliq") options += ",Language=Urdu";
  return "\\newfontfamily" + font_command(fonts.print_font) + "{" + regular + "}[" + options + "]\n";
}

namespace {

// The text layer: luaotfload (HarfBuzz mode) gives the correct text only to the first size of
// each face; at the other sizes a glyph that several code points share reads back as the last
// of them (利 as the compatibility ideograph U+F9DD, Noto CJK's "——" glyph as U+2E3A). At
// the end of the run every size gets what shaping recorded, else the glyph's lowest code
// point. Plain Lua without '#', '%', '~' or '\\', which TeX would read as its own.
constexpr const char* k_text_layer_fix = R"(\directlua{
luatexbase.add_to_callback('finish_pdffile', function()
  for fontid, fontdata in font.each() do
    local hb = fontdata.hb
    if hb then
      local glyphs, unicodes = hb.shared.glyphs, hb.shared.unicodes
      local lowest = {}
      for uni, gid in next, unicodes do
        if not lowest[gid] or uni < lowest[gid] then lowest[gid] = uni end
      end
      local characters, changed = fontdata.characters, {}
      for uni, gid in next, unicodes do
        local character = characters[uni]
        if character and glyphs[gid].used then
          character.tounicode = glyphs[gid].tounicode or lowest[gid]
          character.used = true
          changed[uni] = character
        end
      end
      font.addcharacters(fontid, {characters = changed})
    end
  end
end, 'leafpress.text_layer')
}
)";

}  // namespace

std::string_view text_layer_fix() { return k_text_layer_fix; }

}  // namespace tex

using namespace tex;

void TexWriter::preamble() {
  const PageGeometry& p = m_page;
  std::string tex;
  tex += "\\pdfvariable minorversion=6\n\\pdfvariable compresslevel=9\n\\pdfvariable objcompresslevel=2\n";
  // No dates, file name or banner: two renders of the same leaflet are the same bytes
  // (with SOURCE_DATE_EPOCH set, LuaTeX writes that date, as PDF/X asks).
  tex +=
      "\\directlua{if not os.getenv('SOURCE_DATE_EPOCH') then pdf.setsuppressoptionalinfo(1+2+4+8+32+64) "
      "else pdf.setsuppressoptionalinfo(1+2+4+8) end}\n";
  tex += fmt::format("\\pdfvariable trailerid{{[<{0:016X}{1:016X}><{0:016X}{1:016X}>]}}\n", m_id_a, m_id_b);
  tex += "\\documentclass{article}\n\\usepackage{fontspec}\n\\usepackage{color}\n";
  if (m_uses_images || !m_context.brand.logo.empty()) tex += "\\usepackage{graphicx}\n";
  // Struck-out text keeps its meaning on paper: a rule through the box (no package needed).
  if (m_uses_strike)
    tex +=
        "\\newcommand\\lpstrike[1]{\\setbox0\\hbox{#1}\\rlap{\\vrule height 0.32em depth -0.26em width \\wd0}\\box0}\n";
  // Direction is set by the writer (\\pardir, \\textdir), not by babel's bidi pass, which
  // lets right-to-left lines outgrow the measure.
  tex += "\\usepackage{babel}\n";
  std::string locale = m_context.language.tex_locale.empty() ? "en" : m_context.language.tex_locale;
  tex += "\\babelprovide[import=" + locale + ",main]{leaflet}\n";
  tex += "\\tracinglostchars=3\n\\frenchspacing\n";
  tex += text_layer_fix();
  tex += "\\definecolor{lptext}{cmyk}{" + cmyk(layout::text_black) + "}\n";
  tex += "\\definecolor{lpwarning}{cmyk}{" + cmyk(layout::warning_red) + "}\n";
  tex += "\\definecolor{lpbrand}{cmyk}{" + cmyk(m_context.brand.colour) + "}\n";
  tex += "\\definecolor{lppaper}{cmyk}{" + cmyk(layout::paper_white) + "}\n";
  for (const text::ScriptFonts& fonts : text::script_fonts()) {
    if (!m_fonts.contains(std::string(fonts.print_font)) || m_defined.contains(std::string(fonts.print_font))) continue;
    m_defined.insert(std::string(fonts.print_font));
    tex += font_definition(fonts);
  }
  // Geometry: the media holds the trim, the bleed and the crop marks; the text block sits
  // at the text margin inside the trim.
  tex += "\\paperwidth=" + mm(p.media_width()) + " \\paperheight=" + mm(p.media_height()) + "\n";
  tex += "\\hoffset=-1in \\voffset=-1in \\headheight=0pt \\marginparwidth=0pt\n";
  tex += "\\oddsidemargin=" + mm(p.crop_offset + p.text_margin) + " \\evensidemargin=\\oddsidemargin\n";
  // The marks band is the page head, its first baseline just inside the safe area; the page
  // number sits in the foot, below the text block.
  tex += "\\topmargin=" + mm(p.crop_offset + p.safe + 1) + " \\headsep=" + mm(head() - p.safe - 1) +
         " \\textwidth=" + mm(measure()) + "\n";
  tex += design_preamble();
  tex += "\\textheight=" + mm(p.trim_height - head() - p.text_margin) + "\n";
  tex += "\\parindent=0pt \\parskip=0pt \\emergencystretch=1em\n\\setlength\\unitlength{1mm}\n";
  // No page starts or ends with a paragraph's single line.
  tex += "\\clubpenalty=10000 \\widowpenalty=10000 \\displaywidowpenalty=10000\n";
  // Ragged right (left for right-to-left) with finite stretch, so the paragraph builder
  // still weighs every break and hyphenates long words instead of leaving gaps.
  std::string ragged = "3em";
  // Large print: no hyphenation (clear print asks for whole words), so nothing to weigh: a
  // freely ragged edge, word spaces never stretched.
  if (m_context.large_print) {
    tex += "\\hyphenpenalty=10000 \\exhyphenpenalty=10000\n";
    ragged = "1fil";
  }
  tex += "\\newcommand\\lpragged{\\rightskip=0pt plus " + ragged + "\\relax\\parfillskip=0pt plus 1fil\\relax}\n";
  const double left = p.crop_offset, bottom = p.crop_offset;
  tex += "\\pdfvariable pageattr{/TrimBox [" + bp(left) + " " + bp(bottom) + " " + bp(left + p.trim_width) + " " +
         bp(bottom + p.trim_height) + "] /BleedBox [" + bp(left - p.bleed) + " " + bp(bottom - p.bleed) + " " +
         bp(left + p.trim_width + p.bleed) + " " + bp(bottom + p.trim_height + p.bleed) + "]}\n";
  tex += "\\AddToHook{shipout/background}{\\put(0,0){\\pdfextension literal page{" + crop_marks_pdf() + "}}}\n";
  tex += output_intent();
  m_out = std::move(tex);
}

// The eight crop marks in registration ink, in PDF units from the media's lower left.
std::string TexWriter::crop_marks_pdf() const {
  std::string ops = "q " + fo_number(layout::registration.c) + " " + fo_number(layout::registration.m) + " " +
                    fo_number(layout::registration.y) + " " + fo_number(layout::registration.k) + " K " +
                    bp(layout::crop_mark_stroke_mm) + " w";
  const double height = m_page.media_height();
  for (const MarkLine& line : crop_marks(m_page))
    ops += " " + bp(line.x1) + " " + bp(height - line.y1) + " m " + bp(line.x2) + " " + bp(height - line.y2) + " l S";
  return ops + " Q";
}

// PDF/X-4: the output intent with the CMYK profile, the XMP packet naming the version, and
// the document information.
std::string TexWriter::output_intent() const {
  std::string title = leaflet_title(m_document, m_context);
  std::string tex = "\\immediate\\pdfextension obj stream attr{/N 4} file{" + std::string(k_cmyk_profile) + "}\n";
  tex += "\\edef\\lpicc{\\pdffeedback lastobj}\n";
  tex +=
      "\\immediate\\pdfextension obj{<< /Type /OutputIntent /S /GTS_PDFX /OutputConditionIdentifier (Custom) "
      "/OutputCondition (Ghostscript default CMYK) /Info (Ghostscript default CMYK) /RegistryName "
      "(http://www.color.org) /DestOutputProfile \\lpicc\\space 0 R >>}\n";
  tex += "\\edef\\lpintent{\\pdffeedback lastobj}\n";
  std::string id = fmt::format("{:016x}{:016x}", m_id_a, m_id_b);
  std::string uuid = id.substr(0, 8) + "-" + id.substr(8, 4) + "-" + id.substr(12, 4) + "-" + id.substr(16, 4) + "-" +
                     id.substr(20, 12);
  // '#' is an ordinary character while the packet is read: numeric references stay intact.
  tex +=
      "\\begingroup\\catcode`\\#=12\\relax\n\\immediate\\pdfextension obj uncompressed stream attr{/Type "
      "/Metadata /Subtype /XML}{";
  tex +=
      "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'>"
      "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
      "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
      "xmlns:pdf='http://ns.adobe.com/pdf/1.3/' xmlns:xmpMM='http://ns.adobe.com/xap/1.0/mm/' "
      "xmlns:pdfxid='http://www.npes.org/pdfx/ns/id/' xmlns:pdfx='http://ns.adobe.com/pdfx/1.3/'>"
      "<dc:format>application/pdf</dc:format>"
      "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>" +
      xmp_text(title) + "</rdf:li></rdf:Alt></dc:title><dc:language><rdf:Bag><rdf:li>" +
      xmp_text(m_context.language.tag) +
      "</rdf:li></rdf:Bag></dc:language>"
      "<pdf:Trapped>False</pdf:Trapped><xmpMM:DocumentID>uuid:" +
      uuid +
      "</xmpMM:DocumentID>"
      "<xmpMM:InstanceID>uuid:" +
      uuid +
      "</xmpMM:InstanceID><xmpMM:VersionID>1</xmpMM:VersionID>"
      "<xmpMM:RenditionClass>default</xmpMM:RenditionClass>"
      "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion><pdfx:GTS_PDFXVersion>PDF/X-4</pdfx:GTS_PDFXVersion>"
      "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
  tex += "}\n\\xdef\\lpxmp{\\pdffeedback lastobj}\\endgroup\n";
  tex += "\\pdfextension catalog{/OutputIntents [\\lpintent\\space 0 R] /Metadata \\lpxmp\\space 0 R}\n";
  tex += "\\pdfextension info{/Title " + pdf_hex_string(title) + " /Trapped /False /GTS_PDFXVersion (PDF/X-4)}\n";
  return tex;
}

std::string write_font_cache_tex() {
  std::string tex = "\\documentclass{article}\n\\usepackage{fontspec}\n";
  std::set<std::string_view> defined;
  std::string use;
  for (const text::ScriptFonts& fonts : text::script_fonts()) {
    if (!defined.insert(fonts.print_font).second) continue;
    tex += font_definition(fonts);
    use += "{" + font_command(fonts.print_font) + "\\selectfont}{" + font_command(fonts.print_font) +
           "\\bfseries\\selectfont}\n";
  }
  // A page with one mark, or no PDF would be written to say the render succeeded.
  return tex + "\\begin{document}\n" + use + font_command(text::fonts_for_script("Latn").print_font) +
         " .\n\\end{document}\n";
}

}  // namespace leafpress::writers
