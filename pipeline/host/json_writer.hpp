// Serialises strings and newspipe::Value as compact JSON, deterministically (fixed key order, the
// shortest round-tripping form for doubles), for the output, quarantine and report files.
#pragma once

#include <string>
#include <string_view>

#include "newspipe/value.hpp"

namespace newspipe::host {

/// Appends `s` as a JSON string literal (with quotes). Control characters, quotes and backslashes
/// are escaped; other UTF-8 is written as is. Invalid UTF-8 must have been rejected before.
void append_json_string(std::string& out, std::string_view s);

/// A number for messages: integral values as plain digits ("100000", not "1e+05"), others in the
/// shortest form that reads back the same ("0.8").
std::string format_number(double d);

/// Appends `v` as compact JSON. NaN and infinities, which JSON cannot hold, are written as null.
void append_json(std::string& out, const Value& v);

/// Appends `v` as indented JSON (two spaces), for files people read (report.json).
void append_json_pretty(std::string& out, const Value& v, int indent = 0);

}  // namespace newspipe::host
