#include "app/ui_template.hpp"

#include <system_error>

#include "app/files.hpp"
#include "writers/ui_messages.hpp"

namespace leafpress::app {

catalog::Catalog ui_template(const std::string& project_name, const std::string& creation_date,
                             std::span<const writers::UiMessage> project_messages) {
  catalog::Catalog pot;
  catalog::Message header;
  header.translator_comments = {"Page furniture of " + project_name + "'s web pages and leaflets.",
                                "This file is generated from pipeline/writers/ui_messages.hpp; do not edit it.", ""};
  header.flags = {"fuzzy"};
  std::string fields = "Project-Id-Version: " + project_name + "\n";
  fields += "Report-Msgid-Bugs-To: \n";
  if (!creation_date.empty()) fields += "POT-Creation-Date: " + creation_date + "\n";
  fields +=
      "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"
      "Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"
      "Language-Team: LANGUAGE <LL@li.org>\n"
      "Language: \n"
      "MIME-Version: 1.0\n"
      "Content-Type: text/plain; charset=UTF-8\n"
      "Content-Transfer-Encoding: 8bit\n"
      "Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\n";
  header.msgstr = {fields};
  pot.messages.push_back(std::move(header));

  auto add = [&](const writers::UiMessage& ui, std::string_view reference) {
    catalog::Message message;
    if (!ui.comment.empty()) message.extracted_comments.emplace_back(ui.comment);
    message.references.emplace_back(reference);
    if (!ui.context.empty()) message.msgctxt = std::string(ui.context);
    message.msgid = std::string(ui.msgid);
    if (!ui.msgid_plural.empty()) {
      message.msgid_plural = std::string(ui.msgid_plural);
      message.msgstr = {"", ""};
    } else {
      message.msgstr = {""};
    }
    // The same words twice (a call to action equal to the name) are one unit.
    for (const catalog::Message& known : pot.messages)
      if (known.msgctxt == message.msgctxt && known.msgid == message.msgid) return;
    pot.messages.push_back(std::move(message));
  };
  for (const writers::UiMessage& ui : writers::ui_messages()) add(ui, "pipeline/writers/ui_messages.hpp");
  for (const writers::UiMessage& ui : project_messages) add(ui, "leafpress.toml");
  return pot;
}

Result<text::UiTranslator> load_ui_translator(const std::filesystem::path& messages_dir, std::string_view lang) {
  std::filesystem::path file = messages_dir / std::string(lang) / "LC_MESSAGES" / "ui.mo";
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) return text::UiTranslator(std::string(lang));
  auto bytes = read_file(file, file.generic_string());
  if (!bytes) return std::unexpected(bytes.error());
  return text::UiTranslator::from_mo(lang, std::move(*bytes), file.generic_string());
}

writers::UiLookup make_ui_lookup(const text::UiTranslator& translator) {
  return [translator](const writers::UiMessage& message, long n) {
    if (message.msgid_plural.empty()) return translator.translate(message.context, message.msgid);
    return translator.translate(message.context, message.msgid, message.msgid_plural, n);
  };
}

}  // namespace leafpress::app
