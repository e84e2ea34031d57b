#include "text_lines.hpp"

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
    // Copy the line with spaces folded and trimmed.
    const std::size_t begin = storage.size();
    bool pending_space = false;
    for (std::size_t k = i; k < eol; ++k) {
      const char c = text[k];
      if (c == ' ') {
        pending_space = storage.size() > begin;
        continue;
      }
      if (pending_space) {
        storage.push_back(' ');
        pending_space = false;
      }
      storage.push_back(c);
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
