#include "app/print_fingerprint.hpp"

#include <toml++/toml.h>
#include <sstream>

#include "app/build_cache.hpp"
#include "app/executable_identity.hpp"
#include "app/files.hpp"
#include "qa/review.hpp"

namespace leafpress::app {
namespace {

// The config sections a leaflet shows or is laid out by.
constexpr const char* k_design_sections[] = {"imprint", "print", "brand"};

void add_units(HashStream& hash, const catalog::Catalog& units, const catalog::Catalog* catalog) {
  for (const auto& unit : units.messages) {
    if (unit.is_header() || unit.obsolete) continue;
    hash.add(unit.msgctxt ? "c" + *unit.msgctxt : "-");
    hash.add(unit.msgid);
    const catalog::Message* message = catalog ? catalog->find(unit.msgctxt, unit.msgid) : nullptr;
    if (!message) {
      hash.add("missing");
      continue;
    }
    hash.add(message->is_fuzzy() ? "fuzzy" : "");
    for (const auto& form : message->msgstr) hash.add(form);
    auto mark = qa::review_mark(*message);
    hash.add(mark ? mark->reviewer + ' ' + mark->fingerprint : "unreviewed");
  }
}

}  // namespace

Result<std::string> leaflet_design_hash(const Project& project) {
  auto text = read_file(project.config_path(), "leafpress.toml");
  if (!text) return std::unexpected(text.error());
  toml::table root;
  try {  // Debian's toml++ is built with exceptions: parse errors arrive as toml::parse_error.
    root = toml::parse(std::string_view(*text), std::string_view("leafpress.toml"));
  } catch (const toml::parse_error& error) {
    return fail({"leafpress.toml"}, std::string(error.description()));
  }
  HashStream hash;
  hash.add(executable_identity());
  for (const char* section : k_design_sections) {
    std::ostringstream out;  // toml++ writes a table's keys in order: the same config, the same text
    if (const toml::table* table = root[section].as_table()) out << *table;
    hash.add(section);
    hash.add(out.str());
  }
  return hash.digest();
}

std::string leaflet_fingerprint(std::string_view design, std::string_view statement_hash, const catalog::Catalog& units,
                                const catalog::Catalog& catalog, const catalog::Catalog& ui_units,
                                const catalog::Catalog* ui_catalog) {
  HashStream hash;
  hash.add(design);
  hash.add(statement_hash);
  add_units(hash, units, &catalog);
  hash.add("ui");
  add_units(hash, ui_units, ui_catalog);
  return hash.digest();
}

}  // namespace leafpress::app
