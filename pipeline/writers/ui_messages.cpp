#include "writers/ui_messages.hpp"

#include <array>

namespace leafpress::writers {

std::span<const UiMessage> ui_messages() {
  static constexpr std::array k_all{ui::languages,
                                    ui::draft_notice,
                                    ui::untranslated_notice,
                                    ui::imprint_heading,
                                    ui::printed_by,
                                    ui::promoted_by,
                                    ui::published,
                                    ui::index_title,
                                    ui::all_languages,
                                    ui::proof_mark,
                                    ui::imprint_missing,
                                    ui::web_imprint_missing,
                                    ui::skip_link,
                                    ui::fallback_label,
                                    ui::switcher_partial,
                                    ui::switcher_not_offered,
                                    ui::read_in_your_language,
                                    ui::not_yet_available};
  return k_all;
}

std::span<const UiMessage> printed_ui_messages() {
  static constexpr std::array k_printed{ui::printed_by, ui::promoted_by};
  return k_printed;
}

}  // namespace leafpress::writers
