#pragma once
// MO compiler: the GNU binary catalog format read by gettext, Boost.Locale and others.
#include <string>

#include "catalog/message.hpp"

namespace leafpress::catalog {

/// GNU .mo bytes (header included, fuzzy left out, msgctxt joined with \x04, plurals
/// NUL-separated, hash table). Untranslated and obsolete messages are left out as msgfmt does.
std::string compile_mo(const Catalog& catalog);

}  // namespace leafpress::catalog
