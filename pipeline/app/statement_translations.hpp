#pragma once
// What the pages of one language need from its statements catalog. The build's catalog stage
// takes it from each catalog it has just merged and written, so rendering need not read and
// parse the same file again; rendering takes it from the file otherwise.
#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "catalog/message.hpp"

namespace leafpress::app {

struct StatementTranslations {
  bool draft = false;                                         // the header marks a draft
  std::unordered_map<std::string, std::string> translations;  // msgid → msgstr, translated units only
  std::unordered_set<std::string> unreviewed;                 // msgids of translations not (or no longer) reviewed
};

/// Language tag → its statements, for the catalogs a build has just written.
using KnownTranslations = std::map<std::string, StatementTranslations>;

StatementTranslations statement_translations(const catalog::Catalog& catalog);

}  // namespace leafpress::app
