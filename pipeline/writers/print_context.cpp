#include "writers/print_context.hpp"

#include <algorithm>

#include "text/typography.hpp"

namespace leafpress::writers {

Result<void> check_print_support(const text::Language& language) {
  if (language.print_supported) return {};
  std::string reason = language.print_refusal.empty() ? std::string("Apache FOP cannot set this script correctly")
                                                      : language.print_refusal;
  return fail({}, "no print output for " + language.english_name + " (" + language.tag + "): " + reason);
}

std::string imprint_text(const Imprint& imprint) {
  if (!imprint.complete()) return {};
  return fill_placeholders(ui::printed_by.msgid, {imprint.printed_by}) + " " +
         fill_placeholders(ui::promoted_by.msgid, {imprint.promoted_by, imprint.on_behalf_of});
}

std::string translated_imprint_text(const Imprint& imprint, const UiLookup& ui, std::string_view lang_tag) {
  if (!imprint.complete() || !ui) return {};
  std::string printed = ui(ui::printed_by, 1);
  std::string promoted = ui(ui::promoted_by, 1);
  if (printed == ui::printed_by.msgid && promoted == ui::promoted_by.msgid) return {};
  // The sentence is typeset, the names and addresses are kept exactly as registered.
  return fill_placeholders(text::typeset(lang_tag, printed), {imprint.printed_by}) + " " +
         fill_placeholders(text::typeset(lang_tag, promoted), {imprint.promoted_by, imprint.on_behalf_of});
}

bool marked_as_proof(const PrintContext& context) { return context.proof || !context.language.print_supported; }

bool prints_role(const PrintContext& context, doc::Role role) {
  return std::find(context.roles.begin(), context.roles.end(), role) != context.roles.end();
}

doc::Role effective_role(const doc::Block& block, doc::Role inherited) {
  if (block.role != doc::Role::none) return block.role;
  return inherited == doc::Role::none ? doc::Role::body : inherited;
}

std::string leaflet_title(const doc::Document& document, const PrintContext& context) {
  if (!context.title.empty()) return text::typeset(context.language.tag, context.title);
  if (const doc::Block* title = doc::find_role(document, doc::Role::title)) {
    std::string text = doc::plain_text(title->inlines);
    if (!text.empty()) return text::typeset(context.language.tag, text);
  }
  if (auto it = document.meta.find("title"); it != document.meta.end()) return it->second;
  return document.name.empty() ? std::string("Leaflet") : document.name;
}

const text::Language& language_of_block(const doc::Block& block, const PrintContext& context,
                                        std::deque<text::Language>& others) {
  if (block.lang.empty() || block.lang == context.language.tag) return context.language;
  if (block.lang == context.source_language.tag) return context.source_language;
  for (const text::Language& known : others)
    if (known.tag == block.lang) return known;
  auto info = text::language_info(block.lang);
  if (!info) return context.language;
  others.push_back(*info);
  return others.back();
}

const text::Language& language_of_container(const doc::Block& block, const PrintContext& context,
                                            std::deque<text::Language>& others) {
  if (!block.lang.empty() || block.children.empty()) return language_of_block(block, context, others);
  for (const doc::Block& child : block.children)
    if (child.kind != doc::BlockKind::thematic_break) return language_of_container(child, context, others);
  return context.language;
}

bool shows_fallback(const doc::Block& block, const PrintContext& context) {
  auto fallback = [&](const doc::Block& b) {
    return !b.lang.empty() && b.lang != context.language.tag && b.lang == context.source_language.tag;
  };
  if (block.kind != doc::BlockKind::table) return block.children.empty() && fallback(block);
  for (const doc::Block& row : block.children)
    if (std::ranges::any_of(row.children, fallback)) return true;
  return false;
}

FallbackLabel fallback_label(const PrintContext& context) {
  std::string english(ui::fallback_label.msgid);
  std::string translated = context.ui ? context.ui(ui::fallback_label, 1) : english;
  if (!translated.empty() && translated != english)
    return {text::typeset(context.language.tag, translated), context.language};
  if (context.source_language.tag == "en") return {english, context.source_language};
  auto info = text::language_info("en");
  return {english, info ? *info : context.source_language};
}

PageGeometry leaflet_page(const PrintContext& context) {
  auto page = page_geometry(context.page);
  return page ? *page : *page_geometry("A5");
}

std::string brand_text(const PrintContext& context, std::string_view english) {
  if (english.empty()) return {};
  std::string translated = context.ui ? context.ui(brand_ui_message(english), 1) : std::string(english);
  if (translated.empty() || translated == english) return std::string(english);
  return text::typeset(context.language.tag, translated);
}

std::string short_url(std::string_view url) {
  for (std::string_view scheme : {"https://", "http://"})
    if (url.starts_with(scheme)) url.remove_prefix(scheme.size());
  if (url.starts_with("www.")) url.remove_prefix(4);
  return std::string(url);
}

PrintedLink printed_link(const doc::Inline& link) {
  std::string_view url = link.url;
  const bool mail = url.starts_with("mailto:");
  if (!mail && !url.starts_with("https://") && !url.starts_with("http://")) return {};
  if (mail) url.remove_prefix(7);
  std::string address = short_url(url);
  if (address.size() > 1 && address.ends_with('/')) address.pop_back();
  std::string text = doc::plain_text(link.children);
  const bool same = text == link.url || short_url(text) == address || text == address + "/";
  return {address, address.size() > k_link_note_length, same};
}

}  // namespace leafpress::writers
