#include "l10n/template.hpp"

#include <algorithm>
#include <map>

namespace leafpress::l10n {

namespace {

std::string header_text(const std::string& project_name, const std::string& creation_date) {
  return "Project-Id-Version: " + project_name +
         "\n"
         "Report-Msgid-Bugs-To: \n"
         "POT-Creation-Date: " +
         creation_date +
         "\n"
         "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"
         "Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"
         "Language-Team: LANGUAGE <LL@li.org>\n"
         "Language: \n"
         "MIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=UTF-8\n"
         "Content-Transfer-Encoding: 8bit\n";
}

void add_unique(std::vector<std::string>& list, const std::string& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

}  // namespace

catalog::Catalog make_template(const std::vector<doc::Document>& documents, Segmentation segmentation,
                               const Glossary& glossary, const std::string& project_name,
                               const std::string& creation_date) {
  catalog::Catalog result;
  catalog::Message header;
  header.translator_comments = {"Translation template for the statements of " + project_name + ".",
                                "This file is distributed under the same license as the " + project_name + " package.",
                                "FIRST AUTHOR <EMAIL@ADDRESS>, YEAR.", ""};
  header.flags = {"fuzzy"};
  header.msgstr = {header_text(project_name, creation_date)};
  result.messages.push_back(std::move(header));

  std::vector<const doc::Document*> sorted;
  for (const auto& document : documents) sorted.push_back(&document);
  std::stable_sort(sorted.begin(), sorted.end(), [](const doc::Document* a, const doc::Document* b) { return a->path < b->path; });

  std::map<std::string, size_t, std::less<>> index;  // msgid → position in result.messages
  for (const doc::Document* document : sorted) {
    for (const Unit& unit : extract_units(*document, segmentation)) {
      std::string reference = unit.span.file.empty() ? document->path : unit.span.file;
      if (unit.span.line > 0) reference += ':' + std::to_string(unit.span.line);
      auto found = index.find(unit.source);
      if (found == index.end()) {
        catalog::Message message;
        message.msgid = unit.source;
        message.msgstr = {""};
        index.emplace(unit.source, result.messages.size());
        result.messages.push_back(std::move(message));
        found = index.find(unit.source);
      }
      catalog::Message& message = result.messages[found->second];
      if (!unit.comment.empty()) add_unique(message.extracted_comments, unit.comment);
      add_unique(message.references, reference);
    }
  }
  // "Keep as is" goes last, once per message, after every role comment.
  for (auto& message : result.messages) {
    if (message.is_header()) continue;
    std::vector<std::string> keep = keep_terms_in(glossary, message.msgid);
    if (keep.empty()) continue;
    std::string line = "Keep as is: ";
    for (size_t i = 0; i < keep.size(); ++i) line += (i ? ", " : "") + keep[i];
    message.extracted_comments.push_back(std::move(line));
  }
  return result;
}

}  // namespace leafpress::l10n
