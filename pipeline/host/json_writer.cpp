#include "json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace newspipe::host {

namespace {

// Which bytes need escaping: control characters, '"' and '\\'.
constexpr bool needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

// Whether any of the eight bytes in `w` needs escaping (SWAR: "has a byte less than n" and "has a
// zero byte" from the classic bit hacks; exact, no false negatives).
constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;
constexpr bool has_zero_byte(std::uint64_t v) { return ((v - kOnes) & ~v & kHighs) != 0; }
constexpr bool word_needs_escape(std::uint64_t w) {
  const bool control = ((w - kOnes * 0x20) & ~w & kHighs) != 0;
  return control || has_zero_byte(w ^ (kOnes * '"')) || has_zero_byte(w ^ (kOnes * '\\'));
}

void append_number(std::string& out, const Value& v) {
  char buf[32];
  std::to_chars_result r;
  if (v.is_int()) {
    r = std::to_chars(buf, buf + sizeof buf, v.as_int());
  } else {
    const double d = v.as_double();
    if (!std::isfinite(d)) {
      out += "null";
      return;
    }
    r = std::to_chars(buf, buf + sizeof buf, d);
  }
  out.append(buf, r.ptr);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    // Copy the longest run that needs no escaping in one go: most text has few escapes. The run
    // is scanned eight bytes at a time; this loop is the hottest in a pass-through run.
    const char* run = p;
    while (end - p >= 8) {
      std::uint64_t w;
      std::memcpy(&w, p, 8);
      if (word_needs_escape(w)) break;
      p += 8;
    }
    while (p < end && !needs_escape(static_cast<unsigned char>(*p))) ++p;
    out.append(run, p);
    if (p == end) break;
    const unsigned char c = static_cast<unsigned char>(*p++);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out.append(esc, 6);
      }
    }
  }
  out.push_back('"');
}

void append_json(std::string& out, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null:
      out += "null";
      break;
    case Value::Kind::Bool:
      out += v.as_bool() ? "true" : "false";
      break;
    case Value::Kind::Int:
    case Value::Kind::Double:
      append_number(out, v);
      break;
    case Value::Kind::String:
      append_json_string(out, v.as_string());
      break;
    case Value::Kind::Array: {
      out.push_back('[');
      bool first = true;
      for (const Value& e : v.as_array()) {
        if (!first) out.push_back(',');
        first = false;
        append_json(out, e);
      }
      out.push_back(']');
      break;
    }
    case Value::Kind::Object: {
      out.push_back('{');
      bool first = true;
      for (const auto& [k, e] : v.as_object()) {
        if (!first) out.push_back(',');
        first = false;
        append_json_string(out, k);
        out.push_back(':');
        append_json(out, e);
      }
      out.push_back('}');
      break;
    }
  }
}

std::string format_number(double d) {
  if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e18) {
    return std::to_string(static_cast<long long>(d));
  }
  std::string s;
  append_json(s, Value(d));
  return s;
}

void append_json_pretty(std::string& out, const Value& v, int indent) {
  const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
  const std::string close_pad(static_cast<std::size_t>(indent), ' ');
  if (v.is_array() && !v.as_array().empty()) {
    out += "[\n";
    bool first = true;
    for (const Value& e : v.as_array()) {
      if (!first) out += ",\n";
      first = false;
      out += pad;
      append_json_pretty(out, e, indent + 2);
    }
    out += "\n" + close_pad + "]";
  } else if (v.is_object() && !v.as_object().empty()) {
    out += "{\n";
    bool first = true;
    for (const auto& [k, e] : v.as_object()) {
      if (!first) out += ",\n";
      first = false;
      out += pad;
      append_json_string(out, k);
      out += ": ";
      append_json_pretty(out, e, indent + 2);
    }
    out += "\n" + close_pad + "}";
  } else {
    append_json(out, v);
  }
}

}  // namespace newspipe::host
