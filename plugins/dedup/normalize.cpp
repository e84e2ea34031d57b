#include "normalize.hpp"

#include <utf8proc.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <array>

#include "minhash.hpp"
#include "newspipe/text/utf8.hpp"

namespace dedup {

namespace {

bool is_word_char(char32_t cp) {
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
         (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

bool is_apostrophe(char32_t cp) { return cp == U'\'' || cp == U'\u2019' || cp == U'\u2018'; }

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

std::uint64_t hash_word(std::string_view word) { return XXH3_64bits(word.data(), word.size()); }

std::uint64_t fingerprint(std::string_view normalized_text) {
  return XXH3_64bits_withSeed(normalized_text.data(), normalized_text.size(),
                              0x9e3779b97f4a7c15ULL);
}

// A dateline is a short run of capitalised words (a place, a date, an agency in brackets) that
// starts with an all-capitals word or a bracket, ended by a dash or a colon. Requiring every word
// to be capitalised keeps ordinary sentences with a dash ("Sales rose - again") intact.
std::size_t dateline_length(std::string_view p) {
  const std::size_t limit = std::min<std::size_t>(p.size(), 80);
  std::size_t i = 0;
  while (i < limit && (p[i] == ' ' || p[i] == '\t')) ++i;
  if (i >= limit) return 0;
  // The first word: "(AFP)" or an all-capitals word of two letters or more.
  if (p[i] != '(') {
    std::size_t j = i, upper = 0;
    while (j < limit && p[j] != ' ' && p[j] != ',' && p[j] != ':') {
      if (is_upper_ascii(p[j])) {
        ++upper;
      } else if ((p[j] >= 'a' && p[j] <= 'z') || (p[j] >= '0' && p[j] <= '9')) {
        return 0;
      }
      ++j;
    }
    if (upper < 2) return 0;
  }
  std::size_t words = 0;
  bool word_start = true;
  for (std::size_t j = i; j < limit; ++j) {
    const char c = p[j];
    if (c == ' ') {
      word_start = true;
      continue;
    }
    // Separators: " - ", " -- ", " — ", " – " after a space, or ":" right after the prefix.
    if (word_start && j > i && p[j - 1] == ' ') {
      std::size_t sep = 0;
      if (p.compare(j, 2, "--") == 0) {
        sep = 2;
      } else if (c == '-') {
        sep = 1;
      } else if (p.compare(j, 3, "\u2014") == 0 || p.compare(j, 3, "\u2013") == 0) {
        sep = 3;
      }
      if (sep) {
        std::size_t k = j + sep;
        if (k < p.size() && p[k] == ' ') {
          while (k < p.size() && p[k] == ' ') ++k;
          return k;
        }
        return 0;
      }
    }
    if (c == ':' && j + 1 < p.size() && p[j + 1] == ' ' && words <= 3) {
      std::size_t k = j + 1;
      while (k < p.size() && p[k] == ' ') ++k;
      return k;
    }
    if (word_start) {
      word_start = false;
      ++words;
      if (words > 8) return 0;
      const bool capital = is_upper_ascii(c) || (c >= '0' && c <= '9') || c == '(';
      if (!capital) return 0;
    }
    if (c == '.' && j + 1 < p.size() && p[j + 1] == ' ' && j + 2 < p.size() &&
        !(is_upper_ascii(p[j + 2]) || (p[j + 2] >= '0' && p[j + 2] <= '9') || p[j + 2] == '(' ||
          p[j + 2] == '-')) {
      return 0;  // a full stop followed by a lower-case word ends a sentence, not a dateline
    }
  }
  return 0;
}

namespace {

// Lower-case letters and digits of ASCII, 0 for everything else.
constexpr std::array<char, 128> make_word_bytes() {
  std::array<char, 128> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<char>(c + 32);
  for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<char>(c);
  return t;
}
constexpr auto kWordByte = make_word_bytes();

// Writes words into a raw buffer: this loop sees every byte of the input, and std::string's
// per-character bookkeeping was most of its cost.
class Writer {
 public:
  Writer(std::vector<char>& buffer, std::size_t input_size, std::vector<std::uint64_t>& words,
         std::vector<std::uint8_t>& stop)
      : buffer_(buffer), words_(words), stop_(stop) {
    // Each input byte yields at most four output bytes ("%" -> " pct").
    if (buffer_.size() < 4 * input_size + 8) buffer_.resize(4 * input_size + 8);
    base_ = out_ = buffer_.data();
  }
  bool in_word() const { return word_ != nullptr; }
  void put(char c) {
    if (!word_) {
      if (out_ != base_) *out_++ = ' ';
      word_ = out_;
    }
    *out_++ = c;
  }
  // Copies a run of ASCII letters and digits, lower-cased, from p[i]; returns where it stopped.
  // Most bytes of a text are in such runs, so this loop is what normalising mostly does.
  std::size_t put_ascii_run(const char* p, std::size_t i, std::size_t n) {
    if (!word_) {
      if (out_ != base_) *out_++ = ' ';
      word_ = out_;
    }
    for (; i < n; ++i) {
      const auto c = static_cast<unsigned char>(p[i]);
      if (c >= 0x80 || !kWordByte[c]) break;
      *out_++ = kWordByte[c];
    }
    return i;
  }
  void put_utf8(char32_t cp) {
    if (!word_) {
      if (out_ != base_) *out_++ = ' ';
      word_ = out_;
    }
    char tmp[4];
    std::size_t len = 0;
    if (cp < 0x800) {
      tmp[0] = static_cast<char>(0xC0 | (cp >> 6));
      tmp[1] = static_cast<char>(0x80 | (cp & 0x3F));
      len = 2;
    } else if (cp < 0x10000) {
      tmp[0] = static_cast<char>(0xE0 | (cp >> 12));
      tmp[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      tmp[2] = static_cast<char>(0x80 | (cp & 0x3F));
      len = 3;
    } else {
      tmp[0] = static_cast<char>(0xF0 | (cp >> 18));
      tmp[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      tmp[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      tmp[3] = static_cast<char>(0x80 | (cp & 0x3F));
      len = 4;
    }
    if (cp < 0x80) {
      tmp[0] = static_cast<char>(cp);
      len = 1;
    }
    for (std::size_t k = 0; k < len; ++k) *out_++ = tmp[k];
  }
  void end_word() {
    if (!word_) return;
    std::string_view w(word_, static_cast<std::size_t>(out_ - word_));
    // "per cent" / "percent" / "%" are one word, so that a restyled figure still matches.
    if (w.size() == 7 && w == "percent") {
      out_ = word_;
      put_pct();
    } else if (w.size() == 4 && last_was_per_ && w == "cent") {
      out_ = word_ - 4;  // back over "per "
      words_.pop_back();
      stop_.pop_back();
      word_ = out_;
      put_pct();
    }
    w = std::string_view(word_, static_cast<std::size_t>(out_ - word_));
    last_was_per_ = w.size() == 3 && w == "per";
    const std::uint64_t h = hash_word(w);
    words_.push_back(h);
    stop_.push_back(w.size() <= kLongestStopWord && is_stop_word(h));
    word_ = nullptr;
  }
  void word(std::string_view w) {
    end_word();
    for (char c : w) put(c);
    end_word();
  }
  std::string_view text() const { return {base_, static_cast<std::size_t>(out_ - base_)}; }

 private:
  void put_pct() {
    out_[0] = 'p', out_[1] = 'c', out_[2] = 't';
    out_ += 3;
  }
  std::vector<char>& buffer_;
  std::vector<std::uint64_t>& words_;
  std::vector<std::uint8_t>& stop_;
  char* base_ = nullptr;
  char* out_ = nullptr;
  char* word_ = nullptr;
  bool last_was_per_ = false;
};

inline bool ascii_letter(unsigned char c) { return c < 0x80 && kWordByte[c] > '9'; }
inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

void normalize_passage(std::string_view passage, NormalizedPassage& out) {
  out.words.clear();
  out.stop.clear();
  passage.remove_prefix(dateline_length(passage));
  const std::size_t n = passage.size();
  Writer w(out.buffer, n, out.words, out.stop);
  const char* p = passage.data();
  std::size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x80) {
      if (kWordByte[c]) {
        i = w.put_ascii_run(p, i, n);
        continue;
      } else if (c == '\'') {
        // Inside a word ("Conti's", "don't") the apostrophe is dropped, so that straight and
        // curly apostrophes compare equal; elsewhere it is a quote mark.
        if (!(w.in_word() && i + 1 < n && ascii_letter(static_cast<unsigned char>(p[i + 1]))))
          w.end_word();
      } else if (c == '.' || c == ',') {
        // "1,888,000" and "1.16" stay one word.
        if (!(w.in_word() && i > 0 && i + 1 < n && ascii_digit(p[i - 1]) && ascii_digit(p[i + 1])))
          w.end_word();
      } else if (c == '%') {
        w.word("pct");
      } else {
        w.end_word();
      }
      ++i;
      continue;
    }
    std::size_t pos = i;
    const char32_t cp = newspipe::text::decode_utf8(passage, pos);
    if (is_apostrophe(cp)) {
      bool inside = false;
      if (w.in_word() && pos < n) {
        std::size_t next = pos;
        inside = is_word_char(newspipe::text::decode_utf8(passage, next));
      }
      if (!inside) w.end_word();
    } else if (is_word_char(cp)) {
      w.put_utf8(static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))));
    } else {
      w.end_word();
    }
    i = pos;
  }
  w.end_word();
  out.text.assign(w.text());
}

}  // namespace dedup
