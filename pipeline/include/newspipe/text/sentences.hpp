// newspipe text library: sentence and paragraph segmentation for news text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace newspipe::text {

/// A sentence as a byte range [begin, end) of the text it was found in, without surrounding white
/// space. `paragraph` counts paragraphs (blank-line separated blocks) from 0.
struct Sentence {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t paragraph = 0;
};

/// Splits news text into sentences, in text order. Paragraph and line breaks always end a
/// sentence where a line has no final punctuation (headlines, list lines).
std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace newspipe::text
