#pragma once
// The "ui" gettext domain: its template (locales/ui.pot) made from the one list of UI
// messages in writers/ui_messages.hpp, and the lookups that pages use at render time.
#include <filesystem>
#include <span>
#include <string>
#include <string_view>

#include "base/result.hpp"
#include "catalog/message.hpp"
#include "text/ui_translator.hpp"
#include "writers/context.hpp"

namespace leafpress::app {

/// The page furniture's gettext domain: locales/ui.pot, locales/<lang>/ui.po.
inline constexpr const char* k_ui_domain = "ui";

/// locales/ui.pot as a Catalog: an xgettext-style header (POT-Creation-Date = `creation_date`
/// "YYYY-MM-DD HH:MM+0000", left out when empty, so the output stays deterministic), then
/// every writers::ui_messages() entry in order with its msgctxt, msgid_plural (msgstr[0] and
/// [1] empty), `#.` comment and a reference to the message list; then `project_messages`
/// (the campaign's words from leafpress.toml, app/leaflet_design), referenced to leafpress.toml.
catalog::Catalog ui_template(const std::string& project_name, const std::string& creation_date = {},
                             std::span<const writers::UiMessage> project_messages = {});

/// The UI translator for `lang`, reading `<messages_dir>/<lang>/LC_MESSAGES/ui.mo`. A missing
/// file is not an error: the translator then answers in English. Error when the file exists
/// but cannot be read or is not an MO catalog.
Result<text::UiTranslator> load_ui_translator(const std::filesystem::path& messages_dir, std::string_view lang);

/// A writers::UiLookup answering from `translator` (copied into the lookup).
writers::UiLookup make_ui_lookup(const text::UiTranslator& translator);

}  // namespace leafpress::app
