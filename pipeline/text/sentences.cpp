#include "newspipe/text/sentences.hpp"

#include <cctype>

namespace newspipe::text {

// First cut: ends a sentence at . ! ? followed by white space and an upper-case letter or quote,
// and at every line break. Abbreviations and other news cases are refined with the summarize stage.
std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  std::size_t paragraph = 0;
  std::size_t start = 0;
  auto emit = [&](std::size_t b, std::size_t e) {
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    if (e > b) out.push_back({b, e, paragraph});
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      emit(start, i);
      start = i + 1;
      if (i + 1 < text.size() && text[i + 1] == '\n' && !out.empty() &&
          out.back().paragraph == paragraph) {
        ++paragraph;
      }
      continue;
    }
    if ((c == '.' || c == '!' || c == '?') && i + 2 < text.size() && text[i + 1] == ' ' &&
        (std::isupper(static_cast<unsigned char>(text[i + 2])) || text[i + 2] == '"')) {
      emit(start, i + 1);
      start = i + 1;
    }
  }
  emit(start, text.size());
  return out;
}

}  // namespace newspipe::text
