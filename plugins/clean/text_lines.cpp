#include "text_lines.hpp"

#include <cstdint>
#include <cstring>

namespace newspipe::clean {
namespace {

// Whether `s` holds two spaces in a row, eight bytes at a time (most lines have none).
bool has_double_space(std::string_view s) {
  constexpr std::uint64_t kSpaces = 0x2020202020202020ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;
  std::size_t i = 0;
  bool prev_space = false;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    const std::uint64_t t = w ^ kSpaces;
    // High bit set in each byte that is a space (exact, no false positives).
    const std::uint64_t m = ~(((t & kLow7) + kLow7) | t | kLow7);
    if ((m & (m << 8)) != 0 || (prev_space && (m & 0x80))) return true;
    prev_space = (m >> 63) != 0;
  }
  for (; i < s.size(); ++i) {
    const bool sp = s[i] == ' ';
    if (sp && prev_space) return true;
    prev_space = sp;
  }
  return false;
}

}  // namespace

std::vector<TextLine> split_lines(std::string_view text, std::string& storage) {
  std::vector<TextLine> lines;
  split_lines(text, storage, lines);
  return lines;
}

void split_lines(std::string_view text, std::string& storage, std::vector<TextLine>& lines) {
  storage.clear();
  storage.reserve(text.size());
  lines.clear();
  // Views are made at the end: `storage` may move while it grows.
  struct Span {
    std::size_t begin, end, block;
  };
  thread_local std::vector<Span> spans;
  spans.clear();
  std::size_t block = 0;
  bool block_has_lines = false;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i <= n) {
    std::size_t eol = text.find('\n', i);
    if (eol == std::string_view::npos) eol = n;
    // Copy the line with spaces trimmed and runs of spaces folded; most lines have no run, and
    // are copied whole.
    const std::size_t begin = storage.size();
    std::size_t b = i, e = eol;
    while (b < e && text[b] == ' ') ++b;
    while (e > b && text[e - 1] == ' ') --e;
    const bool doubled = has_double_space(text.substr(b, e - b));
    if (!doubled) storage.append(text.data() + b, e - b);
    std::size_t k = doubled ? b : e;
    while (k < e) {
      while (k < e && text[k] == ' ') ++k;
      if (k >= e) break;
      const void* sp = std::memchr(text.data() + k, ' ', e - k);
      const std::size_t end = sp ? static_cast<const char*>(sp) - text.data() : e;
      if (storage.size() > begin) storage.push_back(' ');
      storage.append(text.data() + k, end - k);
      k = end;
    }
    if (storage.size() == begin) {
      if (block_has_lines) {
        ++block;
        block_has_lines = false;
      }
    } else {
      spans.push_back({begin, storage.size(), block});
      block_has_lines = true;
    }
    i = eol + 1;
  }
  const std::string_view all(storage);
  for (const Span& s : spans) lines.push_back({all.substr(s.begin, s.end - s.begin), s.block});
}

}  // namespace newspipe::clean
