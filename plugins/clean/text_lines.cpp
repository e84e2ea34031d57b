#include "text_lines.hpp"

#include <cstring>

namespace newspipe::clean {

std::vector<TextLine> split_lines(std::string_view text, std::string& storage) {
  storage.clear();
  storage.reserve(text.size());
  struct Span {
    std::size_t begin, end, block;
  };
  std::vector<Span> spans;
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
    bool doubled = false;
    for (std::size_t k = b; k + 1 < e; ++k) {
      if (text[k] == ' ' && text[k + 1] == ' ') {
        doubled = true;
        break;
      }
    }
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
  std::vector<TextLine> lines;
  lines.reserve(spans.size());
  const std::string_view all(storage);
  for (const Span& s : spans) lines.push_back({all.substr(s.begin, s.end - s.begin), s.block});
  return lines;
}

}  // namespace newspipe::clean
