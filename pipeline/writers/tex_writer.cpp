#include "writers/tex_writer.hpp"

#include "text/typography.hpp"
#include "writers/tex_leaflet.hpp"

namespace leafpress::writers {
using namespace tex;

std::string TexWriter::write() {
  if (marked_as_proof(m_context)) add_mark_lines(ui::proof_mark);
  if (!m_context.imprint.complete()) add_mark_lines(ui::imprint_missing);
  m_fonts.insert(std::string(m_context.language.print_font));
  std::string marks = marks_box();
  std::string back = back_panels();
  std::string front = masthead();
  const std::vector<doc::Block>& blocks = m_document.blocks;
  for (size_t i = 0; i < blocks.size(); ++i) {
    m_keep_with_category = i + 1 < blocks.size() &&
                           effective_role(blocks[i + 1], doc::Role::none) == doc::Role::category &&
                           prints_role(m_context, doc::Role::category);
    maybe_block(blocks[i], doc::Role::none);
  }
  m_keep_with_category = false;
  m_out += link_notes();
  std::string body = std::move(m_out);
  m_out.clear();
  preamble();
  m_out += "\\begin{document}\n\\color{lptext}\n";
  m_out += marks + back + front;
  if (front.empty()) m_out += "\\thispagestyle{leafletfirst}\n";
  m_out += body;
  m_out += "\\lpbackmatter\n\\end{document}\n";
  return std::move(m_out);
}

void TexWriter::add_mark_lines(const UiMessage& message) {
  std::string english(message.msgid);
  std::string translated = m_context.ui ? m_context.ui(message, 1) : english;
  m_marks.push_back(english);
  if (!translated.empty() && translated != english)
    m_marks.push_back(text::typeset(m_context.language.tag, translated));
}

// Font, size and leading of what follows in the group; direction by the language.
std::string TexWriter::type(const text::Language& language, double size_pt, double line_height, bool bold) {
  m_fonts.insert(language.print_font);
  std::string tex = font_command(language.print_font) + "\\fontsize{" + pt(size_pt) + "}{" + pt(size_pt * line_height) +
                    "}\\selectfont";
  if (bold) tex += "\\bfseries";
  tex += language.rtl() ? "\\pardir TRT\\textdir TRT" : "\\pardir TLT\\textdir TLT";
  return tex + "\\lpragged ";
}

// The marks band on every page: the proof / imprint-missing lines, centred, in red.
std::string TexWriter::marks_box() {
  if (m_marks.empty()) return {};
  std::string lines;
  for (const std::string& mark : m_marks) lines += runs(mark, m_context.language) + "\\par ";
  std::string tex = "\\sbox\\lpmarks{\\parbox[t]{" + mm(measure()) + "}{\\centering" +
                    type(m_context.language, layout::marks_pt, layout::marks_line_height, true) + "\\color{lpwarning}" +
                    k_centred + lines + "}}\n";
  return tex;
}

// The imprint (the face or the last page may carry it: RPA 1983 s.110; leaflets carry it on
// the back), or the boxed warning that stands in for it while it is not configured.
std::string TexWriter::imprint() {
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
              "{\\color{lpwarning}\\fbox{\\parbox{\\dimexpr" + mm(measure()) + "-2\\fboxsep-2\\fboxrule}{\\centering" +
              type(m_context.language, layout::imprint_missing_pt(m_context.large_print), layout::imprint_line_height,
                   true) +
              k_centred + lines + "}}}";
  } else {
    text::Language english = m_context.source_language;
    if (english.tag != "en")
      if (auto info = text::language_info("en")) english = *info;
    const double size = layout::imprint_size_pt(m_context.large_print);
    content = "{" + type(english, size, layout::imprint_line_height) + runs(imprint_text(imprint), english) + "\\par}";
    if (imprint.translate) {
      std::string translated = translated_imprint_text(imprint, m_context.ui, m_context.language.tag);
      if (!translated.empty())
        content += "\\vspace{" + mm(layout::translation_space) + "}{" +
                   type(m_context.language, size, layout::line_height_of(m_context.language)) +
                   runs(translated, m_context.language) + "\\par}";
    }
  }
  return content;
}

std::string write_tex(const doc::Document& localized, const PrintContext& context) {
  return TexWriter(localized, context, leaflet_page(context)).write();
}

}  // namespace leafpress::writers
