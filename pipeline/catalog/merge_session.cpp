#include "catalog/merge_session.hpp"

#include <utility>

namespace leafpress::catalog {

MergeSession::MergeSession() = default;
MergeSession::~MergeSession() = default;

const Catalog& MergeSession::share_template(std::string name, Catalog reference) {
  auto& shared = m_templates[std::move(name)];
  shared = std::make_unique<Shared>(std::move(reference));
  return shared->reference;
}

const Catalog* MergeSession::shared_template(std::string_view name) const {
  auto it = m_templates.find(name);
  return it == m_templates.end() ? nullptr : &it->second->reference;
}

const MsgidFeatures* MergeSession::features_of(const Catalog& reference) const {
  for (const auto& [name, shared] : m_templates)
    if (&shared->reference == &reference) return &shared->features;
  return nullptr;
}

}  // namespace leafpress::catalog
