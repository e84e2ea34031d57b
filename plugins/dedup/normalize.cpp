#include "normalize.hpp"

#include <utf8proc.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

// What a byte is to the scalar path. Letters, digits and separators make up nearly all of a text;
// the others are the rare cases that decide whether a word goes on.
enum ByteClass : std::uint8_t {
  kSeparator,    // ASCII white space and punctuation: ends the word
  kWord,         // ASCII letter or digit
  kApostrophe,   // ' : dropped inside a word, a quote mark elsewhere
  kNumberMark,   // . and , : left out of "1,888,000" and "1.16" without splitting them
  kPercentSign,  // % : a word of its own, "pct"
  kMultiByte,    // a byte of a non-ASCII code point
};

constexpr std::array<ByteClass, 256> make_byte_classes() {
  std::array<ByteClass, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kWord;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kWord;
  for (int c = '0'; c <= '9'; ++c) t[c] = kWord;
  t['\''] = kApostrophe;
  t['.'] = t[','] = kNumberMark;
  t['%'] = kPercentSign;
  for (int c = 0x80; c < 0x100; ++c) t[c] = kMultiByte;
  return t;
}
constexpr auto kByteClass = make_byte_classes();

inline bool ascii_letter(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Room the text buffer has past the longest possible text: words are written 16 bytes at a time,
// and their first eight bytes are read as one number.
constexpr std::size_t kSlack = 32;

// 64 bytes of the passage from `base`: bit masks (bit k for byte base + k), and the bytes with
// bit 0x20 set, which lower-cases ASCII letters and leaves digits as they are. Words are found
// from the masks a stretch at a time; finding them one after the other, each from where the last
// one ended, made every word wait on the previous one.
struct Window {
  std::uint64_t word;  // ASCII letters and digits
  // Bytes left to the scalar path: non-ASCII, apostrophes, "%", a "." or "," after a digit (or at
  // the window's start), and the positions past the passage's end.
  std::uint64_t stop;
  // folded[kLead + k] is byte base + k. Blocks are stored whole: there are 16 bytes of room before
  // the window (see classify) and 16 zero bytes after the last one written.
  static constexpr std::size_t kLead = 16;
  alignas(16) char folded[kLead + 64 + 16];
  const char* bytes_at(std::size_t k) const { return folded + kLead + k; }
};

// The classes a window's stop mask is made of.
struct ByteMasks {
  std::uint64_t word = 0, digit = 0, mark = 0, other = 0;
};

inline void finish_masks(Window& w, const ByteMasks& m, std::size_t base, std::size_t n) {
  const std::uint64_t past_end = n - base >= 64 ? 0 : ~std::uint64_t{0} << (n - base);
  w.word = m.word;
  // A mark after a letter or a space can only end the word; after a digit it may join a number.
  w.stop = m.other | (m.mark & ((m.digit << 1) | 1)) | past_end;
}

#if defined(__SSE2__)

inline std::uint64_t mask_of(__m128i v) {
  return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(v)));
}

// Fills `w` from p[base, base + 64), 16 bytes at a time. A block that would run past the
// passage's end is loaded as the passage's last 16 bytes instead and its masks shifted into
// place: nothing past the end is read, and only a passage shorter than 16 bytes is copied.
inline void classify(const char* p, std::size_t base, std::size_t n, Window& w) {
  const __m128i case_bit = _mm_set1_epi8(0x20);
  ByteMasks m;
  for (std::size_t k = 0; k < 64 && base + k < n; k += 16) {
    const std::size_t at = base + k;
    std::size_t back = 0;  // how far before `at` the block starts
    __m128i v;
    if (n - at >= 16) {
      v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
    } else if (n >= 16) {
      back = at - (n - 16);
      v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + n - 16));
    } else {
      alignas(16) char tail[16] = {};
      std::memcpy(tail, p, n);
      v = _mm_load_si128(reinterpret_cast<const __m128i*>(tail));
    }
    // Bytes before `at` are stored again with the same values, or into the lead room.
    const __m128i folded = _mm_or_si128(v, case_bit);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(w.folded + Window::kLead + k - back), folded);
    // Signed compares: bytes of 0x80 and above are negative and fall in neither range.
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                         _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    const auto eq = [&](char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
    const auto place = [&](std::uint64_t mask) { return (mask >> back) << k; };
    m.word |= place(mask_of(_mm_or_si128(letter, digit)));
    m.digit |= place(mask_of(digit));
    m.mark |= place(mask_of(_mm_or_si128(eq('.'), eq(','))));
    m.other |= place(mask_of(v) | mask_of(_mm_or_si128(eq('\''), eq('%'))));
  }
  // A word's last block is copied whole: what follows the bytes written must be defined.
  const std::size_t written = std::min<std::size_t>(n - base, 64);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(w.folded + Window::kLead + written),
                   _mm_setzero_si128());
  finish_masks(w, m, base, n);
}

// Copies the `len` letters and digits at p[i], lower-cased, 16 bytes at a time (`out` needs the
// room). They are read from the passage: reading `folded` right after classify stored it would
// stall (a load spanning two recent stores waits for both to reach the cache). Only near the
// passage's end, where 16 bytes would run past it, do they come from `folded`.
inline void copy_word(const char* p, std::size_t i, std::size_t n, const char* folded,
                      std::size_t len, char* out) {
  const __m128i case_bit = _mm_set1_epi8(0x20);
  for (std::size_t k = 0; k < len; k += 16) {
    const __m128i v =
        n - (i + k) >= 16
            ? _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i + k)), case_bit)
            : _mm_loadu_si128(reinterpret_cast<const __m128i*>(folded + k));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + k), v);
  }
}

// copy_word for a word of at most 16 bytes, in one store. Returns its first eight bytes as a
// little-endian number (bytes past the word included), taken from the register rather than read
// back from `out`, where the load would wait for the store.
inline std::uint64_t copy_short_word(const char* p, std::size_t i, std::size_t n,
                                     const char* folded, char* out) {
  const __m128i v = n - i >= 16
                        ? _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)),
                                       _mm_set1_epi8(0x20))
                        : _mm_loadu_si128(reinterpret_cast<const __m128i*>(folded));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), v);
  std::uint64_t low;
  _mm_storel_epi64(reinterpret_cast<__m128i*>(&low), v);
  return low;
}

#else

inline void classify(const char* p, std::size_t base, std::size_t n, Window& w) {
  ByteMasks m;
  for (std::size_t k = 0; k < 64 && base + k < n; ++k) {
    const char c = p[base + k];
    const std::uint64_t bit = std::uint64_t{1} << k;
    w.folded[Window::kLead + k] = static_cast<char>(c | 0x20);
    switch (kByteClass[static_cast<unsigned char>(c)]) {
      case kWord:
        m.word |= bit;
        if (ascii_digit(c)) m.digit |= bit;
        break;
      case kNumberMark:
        m.mark |= bit;
        break;
      case kSeparator:
        break;
      default:
        m.other |= bit;
    }
  }
  finish_masks(w, m, base, n);
}

inline void copy_word(const char*, std::size_t, std::size_t, const char* folded, std::size_t len,
                      char* out) {
  std::memcpy(out, folded, len);
}

inline std::uint64_t copy_short_word(const char*, std::size_t, std::size_t, const char* folded,
                                     char* out) {
  std::memcpy(out, folded, 16);
  std::uint64_t low;
  std::memcpy(&low, folded, 8);
  if constexpr (std::endian::native == std::endian::big) low = __builtin_bswap64(low);
  return low;
}

#endif

// The first `len` bytes (up to eight) of a little-endian number whose low bytes are a word's.
inline std::uint64_t low_bytes(std::uint64_t v, std::size_t len) {
  static constexpr std::array<std::uint64_t, 9> kMask = {0,
                                                         0xff,
                                                         0xffff,
                                                         0xffffff,
                                                         0xffffffff,
                                                         0xffffffffff,
                                                         0xffffffffffff,
                                                         0xffffffffffffff,
                                                         ~std::uint64_t{0}};
  return v & kMask[std::min<std::size_t>(len, 8)];
}

// The first bytes (up to eight) of a word of `len` >= 1 bytes as a little-endian number, the
// bytes after the word cleared. Word bytes are never 0, so two words of up to eight bytes are
// equal exactly when these are. Reads eight bytes, which the text buffer always has.
inline std::uint64_t first_bytes(const char* word, std::size_t len) {
  std::uint64_t v;
  std::memcpy(&v, word, 8);
  if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
  return low_bytes(v, len);
}

constexpr std::uint64_t word_key(std::string_view w) {
  std::uint64_t v = 0;
  for (std::size_t k = 0; k < w.size(); ++k) {
    v |= std::uint64_t{static_cast<unsigned char>(w[k])} << (8 * k);
  }
  return v;
}
constexpr std::uint64_t kWordCent = word_key("cent");
constexpr std::uint64_t kWordPercent = word_key("percent");
constexpr std::uint64_t kWordPct = word_key("pct");

// The words spelled differently from one outlet to the next that normalising respells: "percent"
// and "per cent" become "pct".
enum class Respelling : std::uint8_t { kNone, kCent, kPercent };

constexpr Respelling respelling_of(std::uint64_t key) {
  return key == kWordPercent ? Respelling::kPercent
         : key == kWordCent  ? Respelling::kCent
                             : Respelling::kNone;
}

// A word's hash, whether it is a function word, and whether it may be respelled.
struct WordId {
  std::uint64_t hash;
  bool stop;
  Respelling respelling;
};

// The WordIds of recently seen words of up to seven bytes, by their first_bytes(). Most words of a
// text are a few thousand common short ones: for them a lookup replaces hash_word and
// is_stop_word, whose branches (on the word's length, and on whether it is a function word) the
// processor mispredicts about once a word, which was most of what normalising cost.
class WordMemo {
 public:
  static constexpr std::size_t kLongestWord = 7;

  // `key` is first_bytes() of a word of at most kLongestWord bytes: never 0 (an empty slot), and
  // its top byte is free for the stop flag and the respelling.
  bool find(std::uint64_t key, WordId& id) const {
    const Entry& e = entries_[slot(key)];
    if ((e.key_and_flags & ~kFlags) != key) return false;
    id = {e.hash, (e.key_and_flags & kStopBit) != 0,
          static_cast<Respelling>((e.key_and_flags >> kRespellingShift) & 3)};
    return true;
  }
  void add(std::uint64_t key, WordId id) {
    entries_[slot(key)] = {
        key | (id.stop ? kStopBit : 0) |
            (std::uint64_t{static_cast<std::uint8_t>(id.respelling)} << kRespellingShift),
        id.hash};
  }

 private:
  static constexpr std::uint64_t kStopBit = std::uint64_t{1} << 63;
  static constexpr int kRespellingShift = 61;
  static constexpr std::uint64_t kFlags = std::uint64_t{7} << kRespellingShift;
  static constexpr int kSlotBits = 12;  // 4096 entries, 64 KiB
  static std::size_t slot(std::uint64_t key) {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> (64 - kSlotBits));
  }
  struct Entry {
    std::uint64_t key_and_flags;
    std::uint64_t hash;
  };
  // No initialiser, so that a thread_local memo needs no constructor: static storage starts
  // zeroed, every slot empty.
  std::array<Entry, std::size_t{1} << kSlotBits> entries_;
};

// Out of line, so that the common path of Writer::end_word stays small enough to inline.
[[gnu::noinline]] WordId identify_new(std::string_view word, std::uint64_t key, WordMemo& memo) {
  const std::uint64_t h = hash_word(word);
  const WordId id{h, word.size() <= kLongestStopWord && is_stop_word(h),
                  word.size() <= WordMemo::kLongestWord ? respelling_of(key) : Respelling::kNone};
  if (word.size() <= WordMemo::kLongestWord) memo.add(key, id);
  return id;
}

inline WordId identify(std::string_view word, std::uint64_t key, WordMemo& memo) {
  WordId id;
  if (word.size() <= WordMemo::kLongestWord && memo.find(key, id)) return id;
  return identify_new(word, key, memo);
}

// The word hashes and stop flags, gathered in a fixed block and appended to the output vectors a
// block at a time: sizing the vectors for the worst case up front cost more than that, since
// resizing a vector fills it with zeros.
class WordList {
 public:
  WordList(std::vector<std::uint64_t>& words, std::vector<std::uint8_t>& stop)
      : words_(words), stop_(stop) {
    words_.clear();
    stop_.clear();
  }
  void push(WordId id) {
    if (count_ == kBlock) flush();
    hash_[count_] = id.hash;
    stop_flag_[count_] = id.stop;
    ++count_;
  }
  /// The hash of the last word pushed, or 0 when there is none.
  std::uint64_t last() const {
    if (count_ > 0) return hash_[count_ - 1];
    return words_.empty() ? 0 : words_.back();
  }
  void pop() {
    if (count_ == 0) {
      words_.pop_back();
      stop_.pop_back();
    } else {
      --count_;
    }
  }
  void flush() {
    words_.insert(words_.end(), hash_.begin(), hash_.begin() + count_);
    stop_.insert(stop_.end(), stop_flag_.begin(), stop_flag_.begin() + count_);
    count_ = 0;
  }

 private:
  static constexpr std::size_t kBlock = 64;
  std::vector<std::uint64_t>& words_;
  std::vector<std::uint8_t>& stop_;
  std::array<std::uint64_t, kBlock> hash_;
  // bool, not std::uint8_t: as far as the compiler knows, a store through an unsigned char may
  // change any object, the writer's state among them.
  std::array<bool, kBlock> stop_flag_;
  std::size_t count_ = 0;
};

// Writes the text into a buffer sized beforehand, through a raw pointer: per-character container
// bookkeeping was a large part of the cost.
class Writer {
 public:
  Writer(char* text, WordList& words, WordMemo& memo)
      : base_(text), out_(text), words_(words), memo_(memo) {}

  bool in_word() const { return word_ != nullptr; }
  // Every word is written after a space (a branch less per word): the text starts after the first.
  std::string_view text() const {
    if (out_ == base_) return {};
    return {base_ + 1, static_cast<std::size_t>(out_ - base_ - 1)};
  }

  // Writes the words of p[i, i + len), which holds only separators and ASCII letters and digits
  // (the bits of `word`). All their starts and ends are taken from the mask at once. The first
  // word continues the open one if the stretch starts with a letter or digit; the last one stays
  // open if it reaches the stretch's end.
  void put_stretch(const char* p, std::size_t i, std::size_t n, const char* folded,
                   std::uint64_t word, std::size_t len) {
    if (!(word & 1)) end_word();
    std::uint64_t starts = word & ~(word << 1);
    std::uint64_t ends = word & ~(word >> 1);  // the last byte of each word
    if (word_ && (word & 1)) {                 // the open word goes on
      const auto end = static_cast<std::size_t>(std::countr_zero(ends)) + 1;
      starts &= starts - 1;
      ends &= ends - 1;
      copy_word(p, i, n, folded, end, out_);
      out_ += end;
      if (end < len) end_word();
    }
    // The writer's state in a local: every byte stored into the text may, as far as the compiler
    // knows, change the members, which it would otherwise load again after each store.
    char* out = out_;
    while (starts) {
      const auto begin = static_cast<std::size_t>(std::countr_zero(starts));
      const auto end = static_cast<std::size_t>(std::countr_zero(ends)) + 1;
      starts &= starts - 1;
      ends &= ends - 1;
      const std::size_t word_len = end - begin;
      *out++ = ' ';
      if ((end == len) | (word_len > 16)) [[unlikely]] {  // stays open, or long
        word_ = out;
        copy_word(p, i + begin, n, folded + begin, word_len, out);
        out_ = out + word_len;
        if (end < len) end_word();
        out = out_;
        continue;
      }
      // Nearly every word: whole in this stretch, copied in one store, its first bytes at hand.
      const std::uint64_t key =
          low_bytes(copy_short_word(p, i + begin, n, folded + begin, out), word_len);
      WordId id = identify({out, word_len}, key, memo_);
      out += word_len;
      if (id.respelling != Respelling::kNone) [[unlikely]] {
        word_ = out - word_len;
        out_ = out;
        id = respell(id);
        out = out_;
        word_ = nullptr;
      }
      words_.push(id);
    }
    out_ = out;
  }

  void put_utf8(char32_t cp) {
    begin_word();
    if (cp < 0x80) {
      *out_++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
      *out_++ = static_cast<char>(0xC0 | (cp >> 6));
      *out_++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *out_++ = static_cast<char>(0xE0 | (cp >> 12));
      *out_++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out_++ = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *out_++ = static_cast<char>(0xF0 | (cp >> 18));
      *out_++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *out_++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out_++ = static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // "%" is a word of its own, spelled as "percent" and "per cent" become.
  void put_percent_sign() {
    end_word();
    begin_word();
    put_pct();
    end_word();
  }

  void end_word() {
    if (!word_) return;
    const auto len = static_cast<std::size_t>(out_ - word_);
    WordId id = identify({word_, len}, first_bytes(word_, len), memo_);
    // The words to respell are told apart by the memo, not by comparing every word with them.
    if (id.respelling != Respelling::kNone) [[unlikely]]
      id = respell(id);
    words_.push(id);
    word_ = nullptr;
  }

 private:
  void begin_word() {
    if (word_) return;
    *out_++ = ' ';
    word_ = out_;
  }
  void put_pct() {
    out_[0] = 'p', out_[1] = 'c', out_[2] = 't';
    out_ += 3;
  }

  // "per cent" / "percent" are one word, so that a restyled figure still matches. `id` is the word
  // just written; returns the id of what it becomes.
  [[gnu::noinline]] WordId respell(WordId id) {
    static const std::uint64_t kPerHash = hash_word("per");
    const bool cent = id.respelling == Respelling::kCent && words_.last() == kPerHash;
    if (id.respelling != Respelling::kPercent && !cent) return id;
    if (cent) {  // back over "per " and its word
      word_ -= 4;
      words_.pop();
    }
    out_ = word_;
    put_pct();
    return identify({word_, 3}, kWordPct, memo_);
  }

  char* base_;
  char* out_;
  char* word_ = nullptr;  // start of the word being written, if any
  WordList& words_;
  WordMemo& memo_;
};

// What to do at a byte the window left to the scalar path.
struct Special {
  enum Step { kGoOn, kEndWord, kLetter, kPercentSign } step;
  std::size_t next;     // where the next byte or code point starts
  char32_t letter = 0;  // for kLetter, lower-cased
};

// Decides about the byte at passage[i] without touching the writer, so that the writer's state can
// stay in registers in the main loop.
Special look_closer(std::string_view passage, std::size_t i, bool in_word) {
  const char* p = passage.data();
  const std::size_t n = passage.size();
  switch (kByteClass[static_cast<unsigned char>(p[i])]) {
    case kApostrophe:
      // Inside a word ("Conti's", "don't") the apostrophe is dropped, so that straight and curly
      // apostrophes compare equal; elsewhere it is a quote mark.
      if (in_word && i + 1 < n && ascii_letter(p[i + 1])) return {Special::kGoOn, i + 1};
      return {Special::kEndWord, i + 1};
    case kNumberMark:
      // "1,888,000" and "1.16" stay one word.
      if (in_word && i > 0 && i + 1 < n && ascii_digit(p[i - 1]) && ascii_digit(p[i + 1])) {
        return {Special::kGoOn, i + 1};
      }
      return {Special::kEndWord, i + 1};
    case kPercentSign:
      return {Special::kPercentSign, i + 1};
    case kWord:  // not left to this path by classify; here for completeness
      return {Special::kLetter, i + 1, static_cast<char32_t>(p[i] | 0x20)};
    case kSeparator:
      return {Special::kEndWord, i + 1};
    case kMultiByte:
      break;
  }
  std::size_t next = i;
  const char32_t cp = newspipe::text::decode_utf8(passage, next);
  if (is_apostrophe(cp)) {
    // A curly apostrophe inside a word is dropped like a straight one ("We’re" = "We're").
    std::size_t after = next;
    if (in_word && next < n && is_word_char(newspipe::text::decode_utf8(passage, after))) {
      return {Special::kGoOn, next};
    }
    return {Special::kEndWord, next};
  }
  if (is_word_char(cp)) {
    return {Special::kLetter, next,
            static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)))};
  }
  return {Special::kEndWord, next};
}

// This thread's memo. Out of line on purpose: in the plugin (a shared library) every use of a
// thread_local is a call to __tls_get_addr, and inlined, the compiler redid that call for every
// word (saving and restoring registers around it) rather than keep the address in a register.
// Behind a call, the address is a plain value the loop keeps.
[[gnu::noinline]] WordMemo& this_threads_memo() {
  thread_local WordMemo memo;
  return memo;
}

}  // namespace

void normalize_passage(std::string_view passage, NormalizedPassage& out) {
  passage.remove_prefix(dateline_length(passage));
  const std::size_t n = passage.size();
  // Sized once for the worst case, so that the writer needs no checks: each input byte yields at
  // most four bytes of text ("%" -> " pct").
  if (out.buffer.size() < 4 * n + kSlack) out.buffer.resize(4 * n + kSlack);
  WordMemo& memo = this_threads_memo();
  WordList words(out.words, out.stop);
  Writer w(out.buffer.data(), words, memo);
  const char* p = passage.data();
  Window win;
  std::size_t base = 0;
  classify(p, base, n, win);
  for (std::size_t i = 0; i < n;) {
    std::size_t at = i - base;  // bit of p[i] in the window
    if (at >= 64) {             // (a code point may end past the window)
      base = i;
      classify(p, base, n, win);
      at = 0;
    }
    // Up to the next byte that needs a closer look there are only words and separators.
    const auto stretch =
        std::min(static_cast<std::size_t>(std::countr_zero(win.stop >> at)), 64 - at);
    if (stretch > 0) {
      const std::uint64_t in_stretch =
          stretch == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << stretch) - 1;
      w.put_stretch(p, i, n, win.bytes_at(at), (win.word >> at) & in_stretch, stretch);
      i += stretch;
      continue;
    }
    const Special s = look_closer(passage, i, w.in_word());
    switch (s.step) {
      case Special::kGoOn:
        break;
      case Special::kEndWord:
        w.end_word();
        break;
      case Special::kLetter:
        w.put_utf8(s.letter);
        break;
      case Special::kPercentSign:
        w.put_percent_sign();
        break;
    }
    i = s.next;
  }
  w.end_word();
  words.flush();
  out.text.assign(w.text());
}

}  // namespace dedup
