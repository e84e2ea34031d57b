#include "newspipe/text/utf8.hpp"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace newspipe::text {

namespace {
constexpr char32_t kReplacement = 0xFFFD;
inline bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

char32_t decode_utf8(std::string_view s, std::size_t& pos) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  unsigned char c = p[pos];
  if (c < 0x80) {
    ++pos;
    return c;
  }
  std::size_t len;
  char32_t cp;
  char32_t min;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    ++pos;
    return kReplacement;
  }
  if (pos + len > n) {
    ++pos;
    return kReplacement;
  }
  for (std::size_t i = 1; i < len; ++i) {
    if (!is_cont(p[pos + i])) {
      ++pos;
      return kReplacement;
    }
    cp = (cp << 6) | (p[pos + i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return kReplacement;
  }
  pos += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_valid_utf8(std::string_view s) {
  std::size_t pos = 0;
  while (pos < s.size()) {
    // Fast path over ASCII runs.
    if (static_cast<unsigned char>(s[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t before = pos;
    const char32_t cp = decode_utf8(s, pos);
    if (cp == kReplacement && !(pos - before == 3 && s.compare(before, 3, "\xEF\xBF\xBD") == 0)) {
      return false;
    }
  }
  return true;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0, i = 0;
#if defined(__SSE2__)
  // 16 bytes at a time, counted in byte lanes that are summed every 255 blocks (before a lane
  // can overflow). The compiler's own vectorisation widened every lane to 64 bits first: mark
  // mode's offsets were nearly half of the dedup stage's instructions for writing results.
  const __m128i last_continuation = _mm_set1_epi8(static_cast<char>(0xBF));  // -65 signed
  while (s.size() - i >= 16) {
    const std::size_t blocks = std::min<std::size_t>((s.size() - i) / 16, 255);
    __m128i lanes = _mm_setzero_si128();
    for (std::size_t b = 0; b < blocks; ++b, i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
      // Continuation bytes are 0x80-0xBF, -128 to -65 as signed bytes; a true compare is -1.
      lanes = _mm_sub_epi8(lanes, _mm_cmpgt_epi8(v, last_continuation));
    }
    const __m128i sums = _mm_sad_epu8(lanes, _mm_setzero_si128());
    n += static_cast<std::size_t>(_mm_cvtsi128_si32(sums)) +
         static_cast<std::size_t>(_mm_extract_epi16(sums, 4));
  }
#endif
  for (; i < s.size(); ++i) n += !is_cont(static_cast<unsigned char>(s[i]));
  return n;
}

OffsetMap::OffsetMap(std::string_view text) : text_(text) {
  std::size_t cp = 0;
  for (std::size_t b = 0; b < text.size(); ++b) {
    if (is_cont(static_cast<unsigned char>(text[b]))) continue;
    if (cp % 64 == 0) checkpoints_.push_back(static_cast<std::uint32_t>(b));
    ++cp;
  }
  total_cps_ = cp;
}

std::size_t OffsetMap::to_code_point(std::size_t byte) const {
  if (byte >= text_.size()) return total_cps_;
  auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), byte);
  const std::size_t block = static_cast<std::size_t>(it - checkpoints_.begin()) - 1;
  std::size_t cp = block * 64;
  for (std::size_t b = checkpoints_[block]; b < byte; ++b) {
    cp += !is_cont(static_cast<unsigned char>(text_[b]));
  }
  return cp;
}

std::size_t OffsetMap::to_byte(std::size_t cp) const {
  if (cp >= total_cps_) return text_.size();
  std::size_t b = checkpoints_[cp / 64];
  for (std::size_t left = cp % 64; left > 0; --left) {
    ++b;
    while (b < text_.size() && is_cont(static_cast<unsigned char>(text_[b]))) ++b;
  }
  return b;
}

}  // namespace newspipe::text
