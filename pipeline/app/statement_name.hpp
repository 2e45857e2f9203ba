#pragma once
// The name a statement is published under (its pages, leaflets and review sheets), made from
// its file name so that it can stand in a web address as it is.
#include <filesystem>
#include <string>

namespace leafpress::app {

/// "open day.md" → "open-day": the file name without its extension, with every run of
/// characters other than A–Z, a–z, 0–9, "." and "_" (spaces and hyphens included) made one
/// "-", and no "-" at either end. Empty when nothing is left (a name written only in other
/// characters, such as "報告.md").
std::string statement_name(const std::filesystem::path& source);

}  // namespace leafpress::app
