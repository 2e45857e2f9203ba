#pragma once
// The translation template (locales/statements.pot) as a Catalog.
#include <string>
#include <string_view>
#include <vector>

#include "catalog/message.hpp"
#include "doc/document.hpp"
#include "l10n/glossary.hpp"
#include "l10n/unit.hpp"

namespace leafpress::l10n {

/// locales/statements.pot content as a Catalog: units of all documents (sorted by path), document
/// order, identical units once with every reference, `#.` role comments + "Keep as is: …",
/// header like xgettext's with POT-Creation-Date = `creation_date` ("YYYY-MM-DD HH:MM+0000").
catalog::Catalog make_template(const std::vector<doc::Document>& documents, Segmentation segmentation,
                               const Glossary& glossary, const std::string& project_name,
                               const std::string& creation_date);
/// The same from each document's units (extract_units of documents[i] as units[i]).
catalog::Catalog make_template(const std::vector<doc::Document>& documents, const std::vector<std::vector<Unit>>& units,
                               const Glossary& glossary, const std::string& project_name,
                               const std::string& creation_date);

/// The extracted comment that shows a translator the glossary's approved renderings in `lang`
/// of the terms found in `msgid`, in glossary order ("Glossary: mayor → alcalde*, alcaldía*;
/// council → ayuntamiento*", a trailing `*` standing for any ending), as one element; empty
/// when no term found there has a rendering in `lang`.
std::vector<std::string> glossary_comments(const Glossary& glossary, const std::string& lang, std::string_view msgid);

/// The role a template unit carries in its first extracted comment ("title", "body" from
/// "body, paragraph 3"), or empty when it carries none (page furniture, other catalogs).
std::string unit_role(const catalog::Message& message);

}  // namespace leafpress::l10n
