#include "l10n/template.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "base/text_hash.hpp"

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
  std::vector<std::vector<Unit>> units;
  units.reserve(documents.size());
  for (const auto& document : documents) units.push_back(extract_units(document, segmentation));
  return make_template(documents, units, glossary, project_name, creation_date);
}

catalog::Catalog make_template(const std::vector<doc::Document>& documents, const std::vector<std::vector<Unit>>& units,
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

  std::vector<size_t> sorted(documents.size());
  for (size_t i = 0; i < sorted.size(); ++i) sorted[i] = i;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [&](size_t a, size_t b) { return documents[a].path < documents[b].path; });

  // msgid → position in result.messages; the views point into `units`, which outlive it.
  std::unordered_map<std::string_view, size_t, TextHash> index;
  for (size_t d : sorted) {
    const doc::Document& document = documents[d];
    for (const Unit& unit : units[d]) {
      std::string reference = unit.span.file.empty() ? document.path : unit.span.file;
      if (unit.span.line > 0) reference += ':' + std::to_string(unit.span.line);
      auto [found, added] = index.try_emplace(unit.source, result.messages.size());
      if (added) {
        catalog::Message message;
        message.msgid = unit.source;
        message.msgstr = {""};
        result.messages.push_back(std::move(message));
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

std::vector<std::string> glossary_comments(const Glossary& glossary, const std::string& lang, std::string_view msgid) {
  if (std::none_of(glossary.terms.begin(), glossary.terms.end(),
                   [&](const Glossary::Term& term) { return term.renderings.contains(lang); }))
    return {};
  std::string line;
  for (const Glossary::Term* term : terms_in(glossary, msgid)) {
    auto renderings = term->renderings.find(lang);
    if (renderings == term->renderings.end() || renderings->second.empty()) continue;
    line += line.empty() ? "Glossary: " : "; ";
    line += term->source + " \u2192 ";
    for (size_t i = 0; i < renderings->second.size(); ++i) line += (i ? ", " : "") + renderings->second[i];
  }
  if (line.empty()) return {};
  return {line};
}

std::string unit_role(const catalog::Message& message) {
  if (message.extracted_comments.empty()) return {};
  std::string_view first = message.extracted_comments.front();
  first = first.substr(0, first.find(','));
  for (doc::Role role : {doc::Role::preamble, doc::Role::title, doc::Role::body, doc::Role::category})
    if (first == doc::role_name(role)) return std::string(first);
  return {};
}

}  // namespace leafpress::l10n
