#include "newspipe/text/utf8.hpp"

#include <algorithm>

namespace newspipe::text {

namespace {
constexpr char32_t kReplacement = 0xFFFD;
inline bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

char32_t decode_utf8(std::string_view s, std::size_t& pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  unsigned char c = p[pos];
  if (c < 0x80) {
    ++pos;
    return c;
  }
  std::size_t len;
  char32_t cp;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    ++pos;
    return kReplacement;
  }
  if (pos + len > n) {
    ++pos;
    return kReplacement;
  }
  for (std::size_t i = 1; i < len; ++i) {
    if (!is_cont(p[pos + i])) {
      ++pos;
      return kReplacement;
    }
    cp = (cp << 6) | (p[pos + i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return kReplacement;
  }
  pos += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_valid_utf8(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    // Fast path over ASCII runs.
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t before = pos;
    const char32_t cp = decode_utf8(s, pos);
    if (cp == kReplacement && !(pos - before == 3 && s.compare(before, 3, "\xEF\xBF\xBD") == 0)) {
      return false;
    }
  }
  return true;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += !is_cont(static_cast<unsigned char>(c));
  return n;
}

OffsetMap::OffsetMap(std::string_view text) : text_(text) {
  std::size_t cp = 0;
  for (std::size_t b = 0; b < text.size(); ++b) {
    if (is_cont(static_cast<unsigned char>(text[b]))) continue;
    if (cp % 64 == 0) checkpoints_.push_back(static_cast<std::uint32_t>(b));
    ++cp;
  }
  total_cps_ = cp;
}

std::size_t OffsetMap::to_code_point(std::size_t byte) const {
  if (byte >= text_.size()) return total_cps_;
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte);
  const std::size_t block = static_cast<std::size_t>(it - checkpoints_.begin()) - 1;
  std::size_t cp = block * 64;
  for (std::size_t b = checkpoints_[block]; b < byte; ++b) {
    cp += !is_cont(static_cast<unsigned char>(text_[b]));
  }
  return cp;
}

std::size_t OffsetMap::to_byte(std::size_t cp) const {
  if (cp >= total_cps_) return text_.size();
  std::size_t b = checkpoints_[cp / 64];
  for (std::size_t left = cp % 64; left > 0; --left) {
    ++b;
    while (b < text_.size() && is_cont(static_cast<unsigned char>(text_[b]))) ++b;
  }
  return b;
}

}  // namespace newspipe::text
