// The leaflet's design in TeX: the masthead on the front, page numbers from page 2, the back
// page (call to action, QR code, contact panel, imprint) on an even page, and emphasis that
// stays distinct from strong in every script.
#include "base/text_hash.hpp"
#include "text/language_table.hpp"
#include "text/typography.hpp"
#include "writers/tex_leaflet.hpp"
#include "writers/tex_text.hpp"
#include "writers/tex_writer.hpp"

namespace leafpress::writers {
using namespace tex;

namespace {

// The Latin face for page numbers and addresses, whatever the leaflet's script.
std::string_view latin_font() { return text::fonts_for_script("Latn").print_font; }

}  // namespace

// Page styles, the page count read back from the last run, and the back matter's placement.
std::string TexWriter::design_preamble() {
  m_fonts.insert(std::string(latin_font()));
  // The foot is set by the output routine, outside the text's colour: 100% K again.
  const double folio_pt = layout::folio_size_pt(m_context.large_print);
  std::string folio = "\\color{lptext}" + font_command(latin_font()) + "\\fontsize{" + pt(folio_pt) + "}{" +
                      pt(folio_pt * 1.2) + "}\\selectfont\\textdir TLT ";
  std::string tex = "\\newsavebox\\lpmarks\\newsavebox\\lpbackcta\\newsavebox\\lpbackinfo\n";
  tex += "\\footskip=" + mm(layout::folio_drop_mm(m_context.large_print)) + "\n";
  // "2 / 4": the total is the count the previous run wrote to the .aux file; the typesetter
  // runs again when it changed (app/typesetter), so the printed total is always the real one.
  tex += "\\def\\lppages{0}\n\\makeatletter\n";
  tex += "\\def\\lpfolio{{" + folio + "\\thepage\\ifnum\\lppages>0{} / \\lppages\\fi}}\n";
  tex +=
      "\\def\\ps@leaflet{\\def\\@oddhead{\\usebox\\lpmarks\\hfil}\\let\\@evenhead\\@oddhead"
      "\\def\\@oddfoot{\\hfil\\lpfolio\\hfil}\\let\\@evenfoot\\@oddfoot}\n"
      "\\def\\ps@leafletfirst{\\ps@leaflet\\def\\@oddfoot{}\\let\\@evenfoot\\@oddfoot}\n"
      "\\AtEndDocument{\\clearpage\\immediate\\write\\@auxout{\\string\\gdef\\string\\lppages{\\the\\numexpr\\value{"
      "page}-1\\relax}}\\ifnum\\numexpr\\value{page}-1\\relax=\\lppages\\relax\\else\\typeout{" +
      std::string(k_rerun_marker) + "}\\fi}\n";
  tex += "\\makeatother\n\\pagestyle{leaflet}\n";
  // The back matter ends the leaflet on an even page (A5 leaflets are folded sheets of four):
  // at the foot of the last page when that page is even and has room, else on a page of its
  // own, with the call to action on the page before it when that one would be left over.
  // The penalty is a legal break, so the page builder settles the text's last page first and
  // \value{page} is the page the text really ends on.
  const std::string gap = mm(layout::back_space);
  tex += "\\def\\lpbackpanels{\\noindent\\usebox\\lpbackcta\\par\\vspace{" + gap +
         "}\\noindent\\usebox\\lpbackinfo\\par}\n";
  tex +=
      "\\def\\lpbackmatter{\\par\\penalty0\\relax"
      "\\ifodd\\value{page}\\clearpage\\null\\vspace*{\\fill}\\noindent\\usebox\\lpbackcta\\par\\vspace*{\\fill}"
      "\\noindent\\usebox\\lpbackinfo\\par"
      "\\else\\ifdim\\dimexpr\\pagegoal-\\pagetotal\\relax>\\dimexpr\\ht\\lpbackcta+\\dp\\lpbackcta+\\ht\\lpbackinfo+"
      "\\dp\\lpbackinfo+" +
      gap +
      "*3\\relax\\vfill\\lpbackpanels"
      "\\else\\clearpage\\null\\vspace*{\\fill}\\noindent\\usebox\\lpbackcta\\par\\vspace*{\\fill}\\clearpage"
      "\\null\\vspace*{\\fill}\\noindent\\usebox\\lpbackinfo\\par\\fi\\fi}\n";
  if (m_uses_emphasis) {
    // Emphasis is never italic (clear print; Arabic, Tamil and Chinese have none): a line under
    // the words, over them in Arabic script (its own tradition, clear of the dots below the
    // letters), and a dot under each character in Chinese, as Chinese print marks emphasis.
    tex += "\\usepackage{lua-ul}\n";
    tex += "\\newunderlinetype\\lpunderline{\\leaders\\vrule height -0.14em depth 0.2em}\n";
    tex += "\\newunderlinetype\\lpoverline{\\leaders\\vrule height 1.02em depth -0.96em}\n";
    tex +=
        "\\newunderlinetype\\lpemdots{\\cleaders\\hbox to 1em{\\hss\\vrule width 0.16em height -0.24em depth "
        "0.4em\\hss}}\n";
  }
  return tex;
}

std::string TexWriter::emphasis(const std::string& content, const text::Language& language) {
  m_uses_emphasis = true;
  const std::string& script = language.script;
  if (script == "Hans" || script == "Hant" || script == "Jpan" || script == "Kore")
    return "{\\lpemdots " + content + "}";
  if (script == "Arab" || language.print_font == text::fonts_for_script("Arab").print_font ||
      std::string_view(language.print_font).find("Nastaliq") != std::string_view::npos)
    return "{\\lpoverline " + content + "}";
  return "{\\lpunderline " + content + "}";
}

// The masthead across the top of the front: the campaign's name in paper white on a band of
// the brand colour that runs into the bleed (below the proof marks when there are any), and
// the logo on a white tile at the far end. Nothing without a name or a logo.
std::string TexWriter::masthead() {
  const Brand& brand = m_context.brand;
  if (brand.name.empty() && brand.logo.empty()) return {};
  const double bleed_left = m_page.text_margin + m_page.bleed;
  const double band_width = m_page.trim_width + 2 * m_page.bleed;
  const double inset = m_page.text_margin;  // the name lines up with the text below it
  const double pad = layout::masthead_padding;
  const double name_pt = m_body_pt * layout::masthead_name_scale;
  const text::Language& language = m_context.language;
  std::string name;
  if (!brand.name.empty())
    name = "{" + type(language, name_pt, layout::title_line_height(language), true) + "\\color{lppaper}" +
           runs(brand_text(m_context, brand.name), language) + "\\par}";
  std::string logo;
  if (!brand.logo.empty())
    logo = "\\colorbox{lppaper}{\\includegraphics[height=" + mm(layout::masthead_logo_height) + "]{" +
           tex_text(brand.logo) + "}}";
  const double logo_width = brand.logo.empty() ? 0 : layout::masthead_logo_height * 2.5;
  const double name_width = band_width - 2 * inset - (brand.logo.empty() ? 0 : logo_width + pad);
  std::string name_box = "\\parbox[c]{" + mm(name_width) + "}{" + name + "}";
  std::string logo_box = brand.logo.empty()
                             ? ""
                             : "\\makebox[" + mm(logo_width) + "][" + (rtl() ? "l" : "r") + "]{" + logo + "}";
  // Right to left: the name starts at the right edge and the logo sits at the left.
  std::string row = rtl() ? logo_box + "\\hfill" + name_box : name_box + "\\hfill" + logo_box;
  std::string band = "\\colorbox{lpbrand}{\\parbox{" + mm(band_width) + "}{\\vspace*{" + mm(pad) +
                     "}\\textdir TLT\\noindent\\hspace*{" + mm(inset) + "}\\makebox[" + mm(band_width - 2 * inset) +
                     "][l]{" + row + "}\\par\\vspace*{" + mm(pad) + "}}}";
  // Without proof marks the band starts at the top of the bleed; with them, below them.
  const double raise = m_marks.empty() ? head() + m_page.bleed : 0;
  std::string tex = "\\thispagestyle{leafletfirst}\n";
  if (raise > 0) tex += "\\vspace*{-\\dimexpr\\topskip+" + mm(raise) + "-\\baselineskip\\relax}";
  tex += "{\\fboxsep=0pt\\noindent\\makebox[0pt][l]{\\hspace*{-" + mm(bleed_left) + "}" + band + "}\\par}\n";
  tex += "\\vspace{" + mm(layout::masthead_space_after) + "}\n";
  return tex;
}

// A QR code drawn with rules, one per run of dark modules, so it prints as sharp vector shapes
// in 100% K; the quiet zone is white paper around it.
std::string TexWriter::qr_box() const {
  const QrCode& qr = m_context.qr;
  if (qr.size == 0) return {};
  const std::string module = mm(layout::qr_module_mm);
  std::string rows;
  for (int y = 0; y < qr.size; ++y) {
    rows += "\\hbox{";
    for (int x = 0; x < qr.size;) {
      int run = 1;
      while (x + run < qr.size && qr.at(x + run, y) == qr.at(x, y)) ++run;
      std::string width = mm(layout::qr_module_mm * run);
      rows += qr.at(x, y) ? "\\vrule width " + width + " height " + module + " depth 0pt" : "\\kern " + width;
      x += run;
    }
    rows += "}";
  }
  const std::string quiet = mm(layout::qr_module_mm * layout::qr_quiet_modules);
  return "\\hbox{\\kern" + quiet + "\\vbox{\\offinterlineskip\\kern" + quiet + rows + "\\kern" + quiet + "}\\kern" +
         quiet + "}";
}

// The back matter's two panels, set before the text so that their height is known: the call
// to action with the QR code and the page's address, then the contact panel and the imprint.
std::string TexWriter::back_panels() {
  const Brand& brand = m_context.brand;
  const text::Language& language = m_context.language;
  const double lh = layout::line_height_of(language);
  std::string cta;
  if (!brand.call_to_action.empty())
    cta += "{" + type(language, m_body_pt * layout::call_to_action_scale, layout::title_line_height(language), true) +
           runs(brand_text(m_context, brand.call_to_action), language) + "\\par}";
  if (m_context.qr.size > 0) {
    // The address beside the code, left to right in every leaflet, for readers without a camera.
    std::string line = "{" + font_command(latin_font()) + "\\fontsize{" + pt(m_body_pt) + "}{" + pt(m_body_pt * 1.3) +
                       "}\\selectfont\\pardir TLT\\textdir TLT\\lpragged\\raggedright" +
                       address(short_url(m_context.page_url)) + "\\par}";
    m_fonts.insert(std::string(latin_font()));
    std::string code = qr_box();
    // The code and the address are both centred on the maths axis: the address sits level
    // with the middle of the code.
    cta += "\\vspace{" + mm(layout::back_space / 2) + "}\\noindent\\hbox{\\textdir TLT$\\vcenter{" + code +
           "}$\\hspace{" + mm(layout::back_space / 2) + "}\\parbox[c]{\\dimexpr" + mm(measure()) + "-" +
           mm(layout::qr_module_mm * (m_context.qr.size + 2 * layout::qr_quiet_modules) + layout::back_space / 2) +
           "\\relax}{" + line + "}}\\par";
  }
  std::string info = "{\\color{lpbrand}\\hrule height " + pt(layout::back_rule_pt) + "}\\vspace{" +
                     mm(layout::back_space / 2) + "}";
  if (!brand.contact.empty())
    info += "{" + type(language, m_body_pt, lh) + runs(brand_text(m_context, brand.contact), language) +
            "\\par}\\vspace{" + mm(layout::back_space / 2) + "}";
  info += imprint();
  std::string tex = "\\sbox\\lpbackcta{\\parbox[b]{" + mm(measure()) + "}{" + cta + "}}\n";
  tex += "\\sbox\\lpbackinfo{\\parbox[b]{" + mm(measure()) + "}{" + info + "}}\n";
  return tex;
}

// A web address in the Latin face, left to right in every leaflet, breaking only after a '/'
// (never hyphenated: a hyphen would become part of the address).
std::string TexWriter::address(std::string_view address) {
  m_fonts.insert(std::string(latin_font()));
  std::string tex = "{" + font_command(latin_font()) + "\\textdir TLT\\hyphenpenalty=10000{}";
  size_t start = 0;
  for (size_t slash = address.find('/'); slash != std::string_view::npos; slash = address.find('/', start)) {
    tex += tex_text(address.substr(start, slash + 1 - start)) + "\\penalty0{}";
    start = slash + 1;
  }
  m_id_b = m_id_b * 31 + text_hash(address);
  return tex + tex_text(address.substr(start)) + "}";
}

// A link on paper: its text, then its address in brackets, or a note number when the
// address is long (the notes follow the text); never the text alone.
std::string TexWriter::link(const doc::Inline& item, const text::Language& language) {
  std::string tex = inlines(item.children, language);
  const PrintedLink printed = printed_link(item);
  if (printed.address.empty() || printed.text_is_address) return tex;
  if (!printed.as_note) return tex + runs(" (", language) + address(printed.address) + runs(")", language);
  m_link_notes.push_back(printed.address);
  m_fonts.insert(std::string(latin_font()));
  return tex + "\\textsuperscript{" + font_command(latin_font()) + "{}" + std::to_string(m_link_notes.size()) + "}";
}

// The long addresses of the links, numbered, after the text.
std::string TexWriter::link_notes() {
  if (m_link_notes.empty()) return {};
  const double size = layout::small_text_pt(m_body_pt * layout::note_scale, m_context.large_print);
  std::string tex = "\\vspace{" + mm(layout::back_space / 2) + "}{" + font_command(latin_font()) + "\\fontsize{" +
                    pt(size) + "}{" + pt(size * 1.35) + "}\\selectfont\\pardir TLT\\textdir TLT\\lpragged ";
  for (size_t i = 0; i < m_link_notes.size(); ++i)
    tex += "\\noindent\\hangindent=1.5em\\makebox[1.5em][l]{" + std::to_string(i + 1) + "}" + address(m_link_notes[i]) +
           "\\par ";
  return tex + "}\n";
}

}  // namespace leafpress::writers
