// Character-level normalisation of scraped text: markup, entities, invisible characters, Unicode
// normal form, line endings. Works on the whole text before it is split into lines.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace newspipe::clean {

struct NormalizeOptions {
  /// NFKC instead of NFC (folds ligatures, full-width forms, superscripts...).
  bool nfkc = false;
  /// Strip HTML tags (block-level tags become line breaks) and decode character references.
  bool strip_html = true;
  /// Curly quotes, primes and dashes to their ASCII forms.
  bool ascii_punctuation = false;
};

/// What normalisation changed, for the audit trail.
struct NormalizeStats {
  std::int64_t invalid_utf8 = 0;   ///< invalid byte sequences replaced by U+FFFD
  std::int64_t html_tags = 0;      ///< tags and comments stripped
  std::int64_t html_entities = 0;  ///< character references decoded
  std::int64_t invisible = 0;      ///< zero-width, format and control characters dropped
};

/// Returns `in` normalised: line endings as '\n', tags stripped and entities decoded (when asked),
/// invalid UTF-8 replaced, format/control characters dropped, every kind of space made ' ',
/// tabs made ' ', NFC (or NFKC). Lines are not trimmed here.
std::string normalize_characters(std::string_view in, const NormalizeOptions& opt,
                                 NormalizeStats& stats);

}  // namespace newspipe::clean
