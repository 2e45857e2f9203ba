#include "writers/tex_writer.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <set>

#include "base/text_hash.hpp"
#include "text/language_table.hpp"
#include "text/script_runs.hpp"
#include "text/typography.hpp"
#include "writers/fo_lengths.hpp"
#include "writers/html_writer.hpp"
#include "writers/page_geometry.hpp"
#include "writers/print_layout.hpp"
#include "writers/tex_text.hpp"

namespace leafpress::writers {
namespace {

constexpr double k_bp_per_mm = 72 / 25.4;
// Undoes \\lpragged inside a centred box: its last line centred too, not a third of the way in.
constexpr const char* k_centred = "\\rightskip=0pt plus 1fil\\parfillskip=0pt\\relax ";

std::string bp(double mm) { return fo_number(mm * k_bp_per_mm); }
std::string mm(double value) { return fo_mm(value); }
std::string pt(double value) { return fo_pt(value); }

std::string cmyk(layout::Cmyk ink) {
  return fo_number(ink.c) + "," + fo_number(ink.m) + "," + fo_number(ink.y) + "," + fo_number(ink.k);
}

// A TeX control sequence for a print family: letters only ("NotoSansSC" → \lpfontNotoSansSC).
std::string font_command(std::string_view family) {
  std::string name = "\\lpfont";
  for (char c : family)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) name += c;
  return name;
}

// The OpenType script HarfBuzz shapes a family's text with, by the script it serves.
std::string_view fontspec_script(std::string_view script) {
  if (script == "Arab" || script == "Nastaliq") return "Arabic";
  if (script == "Taml") return "Tamil";
  if (script == "Beng") return "Bengali";
  if (script == "Ethi") return "Ethiopic";
  if (script == "Hans" || script == "Hant") return "CJK";
  return {};
}

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

class TexWriter {
 public:
  TexWriter(const doc::Document& document, const PrintContext& context, PageGeometry page)
      : m_document(document),
        m_context(context),
        m_page(std::move(page)),
        m_body_pt(layout::body_size(context.body_size_pt)) {}

  std::string write() {
    if (marked_as_proof(m_context)) add_mark_lines(ui::proof_mark);
    if (!m_context.imprint.complete()) add_mark_lines(ui::imprint_missing);
    m_fonts.insert(std::string(m_context.language.print_font));
    std::string imprint_box = imprint();
    std::string marks = marks_box();
    for (const doc::Block& block : m_document.blocks) maybe_block(block, doc::Role::none);
    std::string body = std::move(m_out);
    m_out.clear();
    preamble();
    m_out += "\\begin{document}\n\\color{lptext}\n";
    m_out += imprint_box + marks;
    m_out += body;
    m_out += "\\end{document}\n";
    return std::move(m_out);
  }

 private:
  [[nodiscard]] bool rtl() const { return m_context.language.rtl(); }
  [[nodiscard]] double head() const { return m_page.text_margin + (m_marks.empty() ? 0 : layout::marks_band); }
  [[nodiscard]] double measure() const { return m_page.trim_width - 2 * m_page.text_margin; }

  void add_mark_lines(const UiMessage& message) {
    std::string english(message.msgid);
    std::string translated = m_context.ui ? m_context.ui(message, 1) : english;
    m_marks.push_back(english);
    if (!translated.empty() && translated != english)
      m_marks.push_back(text::typeset(m_context.language.tag, translated));
  }

  void preamble() {
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
    if (m_uses_images) tex += "\\usepackage{graphicx}\n";
    // Struck-out text keeps its meaning on paper: a rule through the box (no package needed).
    if (m_uses_strike)
      tex += "\\newcommand\\lpstrike[1]{\\setbox0\\hbox{#1}\\rlap{\\vrule height 0.32em depth -0.26em width \\wd0}\\box0}\n";
    // Direction is set by the writer (\\pardir, \\textdir), not by babel's bidi pass, which
    // lets right-to-left lines outgrow the measure.
    tex += "\\usepackage{babel}\n";
    std::string locale = m_context.language.tex_locale.empty() ? "en" : m_context.language.tex_locale;
    tex += "\\babelprovide[import=" + locale + ",main]{leaflet}\n";
    tex += "\\tracinglostchars=3\n\\frenchspacing\n";
    tex += k_text_layer_fix;
    tex += "\\definecolor{lptext}{cmyk}{" + cmyk(layout::text_black) + "}\n";
    tex += "\\definecolor{lpwarning}{cmyk}{" + cmyk(layout::warning_red) + "}\n";
    for (const text::ScriptFonts& fonts : text::script_fonts()) {
      if (!m_fonts.contains(std::string(fonts.print_font)) || m_defined.contains(std::string(fonts.print_font)))
        continue;
      m_defined.insert(std::string(fonts.print_font));
      tex += font_definition(fonts);
    }
    // Geometry: the media holds the trim, the bleed and the crop marks; the text block sits
    // at the text margin inside the trim.
    tex += "\\paperwidth=" + mm(p.media_width()) + " \\paperheight=" + mm(p.media_height()) + "\n";
    tex += "\\hoffset=-1in \\voffset=-1in \\headheight=0pt \\footskip=0pt \\marginparwidth=0pt\n";
    tex += "\\oddsidemargin=" + mm(p.crop_offset + p.text_margin) + " \\evensidemargin=\\oddsidemargin\n";
    // The marks band is the page head, its first baseline just inside the safe area; the
    // imprint is page 1's foot, its last line where the text ends on the later pages.
    tex += "\\topmargin=" + mm(p.crop_offset + p.safe + 1) + " \\headsep=" + mm(head() - p.safe - 1) +
           " \\textwidth=" + mm(measure()) + "\n";
    tex +=
        "\\newsavebox\\lpmarks\\newsavebox\\lpimprint\n\\makeatletter\n"
        "\\def\\ps@leaflet{\\def\\@oddhead{\\usebox\\lpmarks\\hfil}\\let\\@evenhead\\@oddhead"
        "\\def\\@oddfoot{}\\let\\@evenfoot\\@oddfoot}\n"
        "\\def\\ps@leafletfirst{\\ps@leaflet\\def\\@oddfoot{\\usebox\\lpimprint\\hfil}\\let\\@evenfoot\\@oddfoot}\n"
        "\\makeatother\n\\pagestyle{leaflet}\n";
    tex += "\\textheight=" + mm(p.trim_height - head() - p.text_margin) + "\n";
    tex += "\\parindent=0pt \\parskip=0pt \\emergencystretch=1em\n\\setlength\\unitlength{1mm}\n";
    // Ragged right (left for right-to-left) with finite stretch, so the paragraph builder
    // still weighs every break and hyphenates long words instead of leaving gaps.
    tex += "\\newcommand\\lpragged{\\rightskip=0pt plus 3em\\relax\\parfillskip=0pt plus 1fil\\relax}\n";
    const double left = p.crop_offset, bottom = p.crop_offset;
    tex += "\\pdfvariable pageattr{/TrimBox [" + bp(left) + " " + bp(bottom) + " " + bp(left + p.trim_width) + " " +
           bp(bottom + p.trim_height) + "] /BleedBox [" + bp(left - p.bleed) + " " + bp(bottom - p.bleed) + " " +
           bp(left + p.trim_width + p.bleed) + " " + bp(bottom + p.trim_height + p.bleed) + "]}\n";
    tex += "\\AddToHook{shipout/background}{\\put(0,0){\\pdfextension literal page{" + crop_marks_pdf() + "}}}\n";
    tex += output_intent();
    m_out = std::move(tex);
  }

  // The eight crop marks in registration ink, in PDF units from the media's lower left.
  std::string crop_marks_pdf() const {
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
  std::string output_intent() const {
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

  // Font, size and leading of what follows in the group; direction by the language.
  std::string type(const text::Language& language, double size_pt, double line_height, bool bold = false) {
    m_fonts.insert(language.print_font);
    std::string tex = font_command(language.print_font) + "\\fontsize{" + pt(size_pt) + "}{" +
                      pt(size_pt * line_height) + "}\\selectfont";
    if (bold) tex += "\\bfseries";
    tex += language.rtl() ? "\\pardir TRT\\textdir TRT" : "\\pardir TLT\\textdir TLT";
    return tex + "\\lpragged ";
  }

  // The marks band on every page: the proof / imprint-missing lines, centred, in red.
  std::string marks_box() {
    if (m_marks.empty()) return {};
    std::string lines;
    for (const std::string& mark : m_marks) lines += runs(mark, m_context.language) + "\\par ";
    std::string tex = "\\sbox\\lpmarks{\\parbox[t]{" + mm(measure()) + "}{\\centering" +
                      type(m_context.language, layout::marks_pt, layout::marks_line_height, true) +
                      "\\color{lpwarning}" + k_centred + lines + "}}\n";
    return tex;
  }

  // The imprint at the foot of the first page, set first so that the page's text stops
  // above it, however tall it is.
  std::string imprint() {
    const Imprint& imprint = m_context.imprint;
    std::string content;
    if (!imprint.complete()) {
      std::string lines;
      std::vector<std::string> saved = std::move(m_marks);
      m_marks.clear();
      add_mark_lines(ui::imprint_missing);
      for (const std::string& line : m_marks) lines += runs(line, m_context.language) + "\\par ";
      m_marks = std::move(saved);
      content = "\\fboxsep=" + mm(layout::missing_padding) + "\\fboxrule=" + pt(layout::missing_border_pt) +
                "{\\color{lpwarning}\\fbox{\\parbox{\\dimexpr" + mm(measure()) +
                "-2\\fboxsep-2\\fboxrule}{\\centering" +
                type(m_context.language, layout::missing_pt, layout::imprint_line_height, true) + k_centred + lines +
                "}}}";
    } else {
      text::Language english = m_context.source_language;
      if (english.tag != "en")
        if (auto info = text::language_info("en")) english = *info;
      content = "{" + type(english, layout::imprint_pt, layout::imprint_line_height) +
                runs(imprint_text(imprint), english) + "\\par}";
      if (imprint.translate) {
        std::string translated = translated_imprint_text(imprint, m_context.ui, m_context.language.tag);
        if (!translated.empty())
          content += "\\vspace{" + mm(layout::translation_space) + "}{" +
                     type(m_context.language, layout::imprint_pt, layout::line_height_of(m_context.language)) +
                     runs(translated, m_context.language) + "\\par}";
      }
    }
    std::string tex = "\\sbox\\lpimprint{\\parbox[b]{" + mm(measure()) + "}{" + content + "}}\n";
    tex += "\\enlargethispage{-\\dimexpr\\ht\\lpimprint+\\dp\\lpimprint+" + mm(layout::imprint_gap) + "\\relax}\n";
    tex += "\\thispagestyle{leafletfirst}\n";
    return tex;
  }

  const text::Language& block_language(const doc::Block& block) {
    return language_of_block(block, m_context, m_other_languages);
  }

  void maybe_block(const doc::Block& block, doc::Role inherited) {
    doc::Role role = effective_role(block, inherited);
    if (!prints_role(m_context, role)) return;
    write_block(block, role, block_language(block));
    m_out += '\n';
  }

  void paragraph(const text::Language& language, double size_pt, double line_height, bool bold,
                 const std::string& content, std::string_view after = {}) {
    m_out += "{" + type(language, size_pt, line_height, bold) + content + "\\par}" + std::string(after);
  }

  void write_block(const doc::Block& block, doc::Role role, const text::Language& language) {
    const double lh = layout::line_height_of(language);
    switch (block.kind) {
      case doc::BlockKind::heading:
      case doc::BlockKind::paragraph:
        if (role == doc::Role::title) {
          paragraph(language, m_body_pt * layout::title_scale, layout::title_line_height(language), true,
                    inlines(block.inlines, language), "\\nopagebreak\\vspace{" + mm(layout::title_space_after) + "}");
        } else if (role == doc::Role::category) {
          m_out += "\\vspace{" + mm(layout::category_space_before) + "}\\hrule height " + pt(layout::rule_pt) +
                   "\\vspace{" + mm(layout::category_padding_top) + "}";
          paragraph(language, m_body_pt, lh, true, inlines(block.inlines, language));
        } else if (block.kind == doc::BlockKind::heading) {
          m_out += "\\vspace{" + mm(layout::heading_space_before) + "}";
          paragraph(language, m_body_pt * layout::heading_scale, lh, true, inlines(block.inlines, language),
                    "\\nopagebreak\\vspace{" + mm(layout::heading_space_after) + "}");
        } else {
          paragraph(language, m_body_pt, lh, false, inlines(block.inlines, language), space_after(language));
        }
        break;
      case doc::BlockKind::quote:
        m_out += "{\\advance\\leftskip by " + mm(layout::quote_indent) + "\\relax\n";
        for (const doc::Block& child : block.children) maybe_block(child, role);
        m_out += "}";
        break;
      case doc::BlockKind::list: list(block, role, language); break;
      case doc::BlockKind::list_item:
        for (const doc::Block& child : block.children) maybe_block(child, role);
        break;
      case doc::BlockKind::code_block: {
        std::string lines;
        size_t start = 0;
        while (start <= block.text.size()) {
          size_t end = block.text.find('\n', start);
          if (end == std::string::npos) end = block.text.size();
          if (!lines.empty()) lines += "\\newline ";
          std::string line = runs(block.text.substr(start, end - start), language);
          for (char c : line) lines += c == ' ' ? std::string("~") : std::string(1, c);
          start = end + 1;
        }
        paragraph(language, m_body_pt, lh, false, "\\mbox{}" + lines, space_after(language));
        break;
      }
      case doc::BlockKind::thematic_break:
        m_out += "\\vspace{" + mm(layout::thematic_break_space) + "}\\hrule height " + pt(layout::rule_pt) +
                 "\\vspace{" + mm(layout::thematic_break_space) + "}";
        break;
      case doc::BlockKind::table: table(block, language); break;
      case doc::BlockKind::table_row:  // written by table
      case doc::BlockKind::table_cell: break;
    }
  }

  // As the FO writer sets it: up to layout::max_table_columns columns as a table, a wider one
  // as a list of its rows, each cell after its column's header. Right-to-left leaflets set
  // every table as rows, which read in either direction.
  void table(const doc::Block& block, const text::Language& language) {
    const size_t columns = layout::table_columns(block);
    if (columns == 0) return;
    if (columns > layout::max_table_columns || language.rtl()) return table_as_rows(block, language);
    const double lh = layout::line_height_of(language);
    const double column = measure() / static_cast<double>(columns) - 2 * layout::table_cell_padding;
    std::string spec;
    for (size_t i = 0; i < columns; ++i) spec += "p{" + mm(column) + "}";
    m_out += "{\\setlength\\tabcolsep{" + mm(layout::table_cell_padding) + "}\\arrayrulewidth=" +
             pt(layout::table_rule_pt) + "\\noindent\\begin{tabular}{@{}" + spec + "@{}}\n";
    for (bool header : {true, false}) {
      for (const doc::Block& row : block.children) {
        if (row.header != header) continue;
        for (size_t i = 0; i < columns; ++i) {
          if (i > 0) m_out += " & ";
          std::string cell = i < row.children.size() ? inlines(row.children[i].inlines, language) : std::string();
          m_out += "{" + type(language, m_body_pt, lh, header) + cell + "}";
        }
        // The cell padding below the text and above the next row's, around the rule.
        m_out += "\\\\[" + mm(layout::table_cell_padding) + "]\\hline\\noalign{\\vskip " + mm(layout::table_cell_padding) + "}\n";
      }
    }
    m_out += "\\end{tabular}\\par}" + space_after(language);
  }

  void table_as_rows(const doc::Block& block, const text::Language& language) {
    const doc::Block* header = layout::table_header_row(block);
    const double lh = layout::line_height_of(language);
    for (const doc::Block& row : block.children) {
      if (row.header) continue;
      for (size_t i = 0; i < row.children.size(); ++i) {
        std::string line;
        if (header && i < header->children.size())
          line += "{\\bfseries " + inlines(header->children[i].inlines, language) + runs(": ", language) + "}";
        line += inlines(row.children[i].inlines, language);
        paragraph(language, m_body_pt, lh, false, line,
                  i + 1 == row.children.size() ? space_after(language) : std::string());
      }
    }
  }

  std::string space_after(const text::Language&) {
    return "\\vspace{" + fo_number(layout::paragraph_space_after_em * m_body_pt) + "pt}";
  }

  void list(const doc::Block& block, doc::Role role, const text::Language& language) {
    int number = block.start;
    for (const doc::Block& item : block.children) {
      std::string label = runs(block.ordered ? std::to_string(number++) + "." : std::string("\u2022"), language);
      // The label hangs in the indent: the item's first line starts with it, later lines align.
      m_out += "{\\advance\\leftskip by " + mm(layout::list_label_width) + "\\relax\\everypar{\\llap{\\hbox to " +
               mm(layout::list_label_width) + "{" + type(language, m_body_pt, layout::line_height_of(language)) +
               label + "\\hfil}}\\everypar{}}\n";
      for (const doc::Block& child : item.children) maybe_block(child, role);
      m_out += "}";
    }
    m_out += "\\vspace{" + fo_number(layout::paragraph_space_after_em * m_body_pt) + "pt}";
  }

  std::string inlines(const std::vector<doc::Inline>& items, const text::Language& language) {
    std::string tex;
    for (const doc::Inline& item : items) {
      switch (item.kind) {
        case doc::InlineKind::text: tex += runs(text::typeset(language.tag, item.text), language); break;
        case doc::InlineKind::code: tex += runs(item.text, language); break;
        case doc::InlineKind::emphasis:
        case doc::InlineKind::strong:  // clear print: no italics, emphasis in bold
          tex += "{\\bfseries " + inlines(item.children, language) + "}";
          break;
        case doc::InlineKind::link: tex += inlines(item.children, language); break;
        case doc::InlineKind::line_break: tex += "\\newline "; break;
        case doc::InlineKind::strikethrough:
          m_uses_strike = true;
          tex += "\\lpstrike{" + inlines(item.children, language) + "}";
          break;
        case doc::InlineKind::image: tex += image(item, language); break;
      }
    }
    return tex;
  }

  // An image the build copied is placed on a line of its own, at the measure's width at most
  // (the typesetter finds it in media/ next to its input); any other source is set as its alt
  // text, as in the FO.
  std::string image(const doc::Inline& item, const text::Language& language) {
    const std::string_view prefix = "media/";
    std::string_view file = std::string_view(item.url).substr(std::min(item.url.size(), prefix.size()));
    if (!item.url.starts_with(prefix) || !is_relative_url(item.url) || file.find('/') != std::string_view::npos)
      return inlines(item.children, language);
    std::string name;  // a copy's name is made of letters, digits, '-', '_' and '.' (statement_images)
    for (char c : file)
      if (std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.') name += c;
    if (name != file) return inlines(item.children, language);
    m_uses_images = true;
    m_id_b = m_id_b * 31 + text_hash(name);
    return "\\par\\noindent\\includegraphics[width=" + mm(measure()) + ",height=" +
           fo_number(layout::image_max_height_share) + "\\textheight,keepaspectratio]{media/" + name + "}\\par ";
  }

  // Each script run in its own font (the same choice as the FO's), so no character falls back.
  std::string runs(std::string_view text, const text::Language& language) {
    std::string tex;
    auto in_font = [&](const std::string& font, std::string_view part) {
      m_fonts.insert(font);
      // In a right-to-left language, a run in another face (Latin words, digits) reads left to right.
      bool ltr_island = language.rtl() && font != language.print_font;
      // "{}" ends the control word, so a space that starts the run is kept.
      tex += "{" + font_command(font) + (ltr_island ? "\\textdir TLT" : "") + "{}" + tex_text(part) + "}";
      m_id_a = m_id_a * 31 + text_hash(part);
    };
    if (auto font = text::uniform_print_font(text, language)) {
      in_font(*font, text);
      return tex;
    }
    text::for_each_script_run(text, text::CommonPolicy::neutral, [&](std::string_view run, std::string_view script) {
      in_font(text::print_font_for_run(script, language), run);
    });
    m_id_b = m_id_b * 31 + text_hash(tex);
    return tex;
  }

  const doc::Document& m_document;
  const PrintContext& m_context;
  PageGeometry m_page;
  double m_body_pt;
  std::vector<std::string> m_marks;
  std::set<std::string> m_fonts;    // print families the text uses: only these are loaded
  std::set<std::string> m_defined;  // families already defined (Latin and Cyrillic share one)
  std::deque<text::Language> m_other_languages;
  uint64_t m_id_a = 0x6c656166, m_id_b = 0x7072657373;  // the file ID: a hash of the text
  bool m_uses_images = false;  // graphicx is loaded only when an image is placed
  bool m_uses_strike = false;
  std::string m_out;
};

}  // namespace

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

std::string write_tex(const doc::Document& localized, const PrintContext& context) {
  return TexWriter(localized, context, leaflet_page(context)).write();
}

}  // namespace leafpress::writers
