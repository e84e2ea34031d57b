// newspipe text library: UTF-8 decoding and code-point offsets.
//
// Output offsets are Unicode code-point offsets (contract §5) while C++ works in bytes; these
// helpers convert between the two without copying the text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newspipe::text {

/// Decodes the code point starting at byte `pos` and advances `pos` past it. An invalid or
/// truncated sequence yields U+FFFD and advances one byte.
char32_t decode_utf8(std::string_view s, std::size_t& pos);

/// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, char32_t cp);

/// Whether `s` is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF).
bool is_valid_utf8(std::string_view s);

/// Number of code points in `s` (continuation bytes are not counted).
std::size_t count_code_points(std::string_view s);

/// Maps byte offsets of one text to code-point offsets. Build once per text, then each lookup is
/// O(log n) (or O(1) amortised when queried in increasing order with `advance_to`).
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view text);
  /// Code-point offset of byte offset `byte` (which should be at a code-point boundary).
  std::size_t to_code_point(std::size_t byte) const;
  /// Byte offset of code-point offset `cp`.
  std::size_t to_byte(std::size_t cp) const;

 private:
  std::string_view text_;
  // Byte offset of every 64th code point: small, and exact lookups scan at most 63 code points.
  std::vector<std::uint32_t> checkpoints_;
  std::size_t total_cps_ = 0;
};

}  // namespace newspipe::text
