// newspipe text library: sentence and paragraph segmentation for news text.
//
// Sentences are byte ranges because C++ works in bytes; convert them to the code-point offsets of
// the output (contract §5) with `OffsetMap` from utf8.hpp, or use `to_code_points` below.
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

/// Splits news text into sentences, in text order.
///
/// - A full stop, `!`, `?` or an ellipsis ends a sentence when white space and a word that can
///   start a sentence follow; closing quotes and brackets after the stop belong to the sentence.
/// - Not a boundary: titles (Mr. Dr. Gen. Sen.), initials (J. K. Rowling), `No. 5`, `Jan. 12`,
///   decimals and money ($1.2871), a stop followed by a lower-case word, and a quoted question or
///   exclamation followed by its speaker (`"Why?" she asked.`). Abbreviations that may end a
///   sentence (U.S., U.K., a.m., Inc.) end one only when a typical sentence opener follows.
/// - A line break ends a sentence (headlines, captions and list lines have no full stop) unless
///   the text runs on: the next line starts in lower case or the line ends with a comma.
/// - A blank line starts a new paragraph.
std::vector<Sentence> split_sentences(std::string_view text);

/// A sentence in Unicode code-point offsets [start, end) into the same text.
struct SentenceSpan {
  std::size_t start = 0;
  std::size_t end = 0;
  std::size_t paragraph = 0;
};

/// The same sentences with code-point offsets (one pass over the text).
std::vector<SentenceSpan> to_code_points(std::string_view text,
                                         const std::vector<Sentence>& sentences);

}  // namespace newspipe::text
