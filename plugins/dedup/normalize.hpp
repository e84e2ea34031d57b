// The comparison form of a passage: what two passages must share to count as the same text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dedup {

/// A passage reduced to its words: lower case, quote styles and punctuation gone, white space
/// collapsed, a leading news dateline ("NEW YORK, Jan 12 (Reuters) - ") removed, and "%",
/// "percent" and "per cent" spelled alike. Syndicated copy differs in exactly these ways.
struct NormalizedPassage {
  /// The words joined by single spaces (what the cross-run index stores for verification).
  std::string text;
  /// 64-bit hash of each word, in order.
  std::vector<std::uint64_t> words;
  /// For each word, whether it is a function word (is_stop_word), found while its length is known:
  /// no function word is longer than five letters, so most words need no lookup.
  std::vector<std::uint8_t> stop;
  /// Working space, kept between calls so that normalising allocates nothing once warm.
  std::vector<char> buffer;
};

/// Normalises `passage` (UTF-8) into `out`, reusing its buffers.
void normalize_passage(std::string_view passage, NormalizedPassage& out);

/// Length in bytes of a leading dateline such as "WASHINGTON, March 11 - " or "(AFP) - ", or 0.
std::size_t dateline_length(std::string_view passage);

/// The hash used for words: the same in normalisation and in verification.
std::uint64_t hash_word(std::string_view word);

/// 64-bit fingerprint of a normalised text (equal texts, equal fingerprints).
std::uint64_t fingerprint(std::string_view normalized_text);

}  // namespace dedup
