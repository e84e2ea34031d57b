// Cutting an article into the passages that are compared: sentences or paragraphs.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace dedup {

enum class Unit { Sentence, Paragraph };

/// A passage as a byte range [begin, end) of the article's text, without surrounding white space.
struct PassageSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

/// The passages of `text` in text order. Sentences come from the shared segmenter, run over a
/// copy in which hard-wrapped prose lines are joined, so that a re-wrapped paragraph yields the
/// same sentences as the original; paragraphs are blocks separated by blank lines.
std::vector<PassageSpan> split_passages(std::string_view text, Unit unit);

}  // namespace dedup
