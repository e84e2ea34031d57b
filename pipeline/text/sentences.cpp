#include "newspipe/text/sentences.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "newspipe/text/utf8.hpp"

namespace newspipe::text {

namespace {

using sv = std::string_view;

// Titles before a name: a full stop after them never ends a sentence.
constexpr sv kTitles[] = {"mr",   "mrs",  "ms",  "messrs", "dr",   "prof", "gen",  "sen",  "rep",
                          "gov",  "lt",   "col", "capt",   "cpt",  "sgt",  "cpl",  "maj",  "adm",
                          "cmdr", "brig", "st",  "rev",    "hon",  "pres", "supt", "insp", "det",
                          "fr",   "mt",   "ft",  "vs",     "v",    "cf",   "atty", "amb",  "pvt",
                          "sr",   "spc",  "pfc", "ens",    "sens", "reps"};
// Abbreviations of a number's name ("No. 10"): no boundary when a digit follows.
constexpr sv kBeforeNumber[] = {"no", "nos", "vol", "pp", "art", "fig", "ch", "sec", "para", "p"};
constexpr sv kMonths[] = {"jan", "feb", "mar",  "apr", "jun", "jul",
                          "aug", "sep", "sept", "oct", "nov", "dec"};
// Abbreviations that may just as well end a sentence ("... of Apple Inc. The company ...").
constexpr sv kMaybeFinal[] = {"inc", "ltd",    "co",   "corp", "jr",   "bros", "plc", "llc",
                              "etc", "approx", "est",  "dept", "univ", "assn", "ave", "blvd",
                              "rd",  "govt",   "intl", "mph",  "cal",  "oz"};
// Words that typically open a sentence: after an ambiguous abbreviation (U.S., a.m., Inc.) they
// mark a boundary, anything else (a name, "President") continues the sentence.
constexpr sv kOpeners[] = {
    "a",       "an",        "the",     "he",    "she",   "it",        "its",   "they",     "we",
    "i",       "you",       "his",     "her",   "their", "our",       "my",    "this",     "that",
    "these",   "those",     "there",   "here",  "but",   "and",       "or",    "so",       "yet",
    "in",      "on",        "at",      "for",   "from",  "to",        "of",    "by",       "with",
    "after",   "before",    "when",    "while", "if",    "as",        "since", "although", "though",
    "however", "meanwhile", "then",    "now",   "today", "yesterday", "last",  "next",     "some",
    "many",    "most",      "all",     "both",  "one",   "what",      "who",   "why",      "how",
    "where",   "which",     "earlier", "later", "other", "such",      "not",   "no",       "under"};
constexpr sv kWeekDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                            "friday", "saturday", "sunday"};
// Verbs that attribute a quote: `"Why?" she asked.` is one sentence.
constexpr sv kSpeechVerbs[] = {
    "said",      "says",    "asked",   "asks",      "added",    "adds",      "told",
    "tells",     "replied", "replies", "wrote",     "writes",   "explained", "insisted",
    "continued", "shouted", "cried",   "exclaimed", "recalled", "noted",     "warned",
    "declared",  "joked",   "laughed", "quipped",   "demanded", "wondered",  "answered",
    "admitted",  "argued",  "stated",  "tweeted"};

// Up to 16 bytes of a word packed into two integers, zero-padded. Words here hold letters and
// stops only, never a NUL, so equal keys mean equal words.
struct WordKey {
  std::uint64_t lo = 0;
  std::uint64_t hi = 0;
  constexpr void set(std::size_t at, char c) {
    (at < 8 ? lo : hi) |= std::uint64_t{static_cast<unsigned char>(c)} << (8 * (at % 8));
  }
  constexpr bool operator==(const WordKey&) const = default;
};

// A short lower-cased ASCII word, enough to compare against the word lists above.
struct SmallWord {
  std::array<char, 16> buf{};
  WordKey key;  // the same bytes, for the look-up in kLexicon
  std::size_t len = 0;
  bool overflow = false;
  void push(char c) {
    if (len < buf.size()) {
      const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      buf[len] = lower;
      key.set(len, lower);
      ++len;
    } else {
      overflow = true;
    }
  }
  sv view() const { return overflow ? sv() : sv(buf.data(), len); }
};

// The lists a word belongs to, one bit per list. Every full stop before white space asks about
// its word in up to four lists; one hash look-up answers them all instead of ~80 comparisons.
enum WordLists : std::uint8_t {
  kInTitles = 1 << 0,
  kInBeforeNumber = 1 << 1,
  kInMonths = 1 << 2,
  kInMaybeFinal = 1 << 3,
  kInOpeners = 1 << 4,
  kInWeekDays = 1 << 5,
  kInSpeechVerbs = 1 << 6,
};

struct LexiconSlot {
  WordKey key;
  std::uint8_t lists = 0;  // 0: an empty slot
};

// 512 slots for the ~200 distinct words keeps linear probing to a step or two.
constexpr std::size_t kLexiconBits = 9;
using Lexicon = std::array<LexiconSlot, std::size_t{1} << kLexiconBits>;

constexpr std::size_t home_slot(const WordKey& k) {
  const std::uint64_t mixed = (k.lo ^ (k.hi * 0x9E3779B97F4A7C15u)) * 0xFF51AFD7ED558CCDu;
  return static_cast<std::size_t>(mixed >> (64 - kLexiconBits));
}

template <std::size_t N>
constexpr void add_list(Lexicon& lexicon, const sv (&list)[N], std::uint8_t bit) {
  for (sv word : list) {
    // A word the look-up can never produce (empty, too long, not lower case) would only waste a
    // slot, but is surely a typo in the list: refuse to compile.
    if (word.empty() || word.size() > 16) throw "word list entry of unusable length";
    WordKey key;
    for (std::size_t i = 0; i < word.size(); ++i) {
      if (word[i] < 'a' || word[i] > 'z') throw "word list entry not in lower-case letters";
      key.set(i, word[i]);
    }
    std::size_t s = home_slot(key);
    while (lexicon[s].lists != 0 && !(lexicon[s].key == key)) s = (s + 1) % lexicon.size();
    lexicon[s].key = key;
    lexicon[s].lists |= bit;
  }
}

constexpr Lexicon kLexicon = [] {
  static_assert(std::size(kTitles) + std::size(kBeforeNumber) + std::size(kMonths) +
                        std::size(kMaybeFinal) + std::size(kOpeners) + std::size(kWeekDays) +
                        std::size(kSpeechVerbs) <
                    Lexicon().size() / 2,
                "the lexicon needs free slots to end every probe quickly");
  Lexicon lexicon{};
  add_list(lexicon, kTitles, kInTitles);
  add_list(lexicon, kBeforeNumber, kInBeforeNumber);
  add_list(lexicon, kMonths, kInMonths);
  add_list(lexicon, kMaybeFinal, kInMaybeFinal);
  add_list(lexicon, kOpeners, kInOpeners);
  add_list(lexicon, kWeekDays, kInWeekDays);
  add_list(lexicon, kSpeechVerbs, kInSpeechVerbs);
  return lexicon;
}();

// The lists holding `w` (WordLists bits); none for an empty or overlong word.
std::uint8_t lists_of(const SmallWord& w) {
  if (w.len == 0 || w.overflow) return 0;
  for (std::size_t s = home_slot(w.key);; s = (s + 1) % kLexicon.size()) {
    if (kLexicon[s].lists == 0) return 0;
    if (kLexicon[s].key == w.key) return kLexicon[s].lists;
  }
}

inline unsigned char byte_at(sv t, std::size_t i) { return static_cast<unsigned char>(t[i]); }

bool is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\n';
}

// Length in bytes of the white-space character at i (ASCII, no-break and thin spaces), 0 if none.
std::size_t space_len(sv t, std::size_t i) {
  const unsigned char c = byte_at(t, i);
  if (is_ascii_space(c)) return 1;
  if (c == 0xC2 && i + 1 < t.size() && byte_at(t, i + 1) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < t.size() && byte_at(t, i + 1) == 0x80) {
    const unsigned char c2 = byte_at(t, i + 2);
    if ((c2 >= 0x80 && c2 <= 0x8A) || c2 == 0xAF) return 3;  // U+2000..U+200A, U+202F
  }
  return 0;
}

// Length of a closing quote or bracket at i, 0 if none. ’ also serves as a closing single quote.
std::size_t closing_len(sv t, std::size_t i) {
  const unsigned char c = byte_at(t, i);
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (c == 0xC2 && i + 1 < t.size() && byte_at(t, i + 1) == 0xBB) return 2;  // »
  if (c == 0xE2 && i + 2 < t.size() && byte_at(t, i + 1) == 0x80) {
    const unsigned char c2 = byte_at(t, i + 2);
    if (c2 == 0x9D || c2 == 0x99) return 3;  // ” ’
  }
  return 0;
}

// Length of an opening quote or bracket at i, 0 if none.
std::size_t opening_len(sv t, std::size_t i) {
  const unsigned char c = byte_at(t, i);
  if (c == '"' || c == '\'' || c == '(' || c == '[') return 1;
  if (c == 0xC2 && i + 1 < t.size() && byte_at(t, i + 1) == 0xAB) return 2;  // «
  if (c == 0xE2 && i + 2 < t.size() && byte_at(t, i + 1) == 0x80) {
    const unsigned char c2 = byte_at(t, i + 2);
    if (c2 == 0x9C || c2 == 0x98) return 3;  // “ ‘
  }
  return 0;
}

// Length of a sentence-final mark at i (. ! ? or …), 0 if none.
std::size_t final_len(sv t, std::size_t i) {
  const unsigned char c = byte_at(t, i);
  if (c == '.' || c == '!' || c == '?') return 1;
  if (c == 0xE2 && i + 2 < t.size() && byte_at(t, i + 1) == 0x80 && byte_at(t, i + 2) == 0xA6) {
    return 3;
  }
  return 0;
}

// Bytes that can start a sentence-final mark: . ! ? and 0xE2, the lead byte of … (U+2026).
constexpr std::array<bool, 256> kMarkLead = [] {
  std::array<bool, 256> lead{};
  lead['.'] = lead['!'] = lead['?'] = lead[0xE2] = true;
  return lead;
}();

// The first position in [i, end) whose byte can start a sentence-final mark, or `end`. Marks are
// a byte or two in a hundred, so the text between them is skipped 16 bytes at a time with SSE2
// (baseline on x86-64); the table finishes the last few bytes and serves other machines.
std::size_t next_mark_lead(sv t, std::size_t i, std::size_t end) {
#if defined(__SSE2__)
  const __m128i dot = _mm_set1_epi8('.');
  const __m128i bang = _mm_set1_epi8('!');
  const __m128i ask = _mm_set1_epi8('?');
  const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  for (; i + 16 <= end; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(t.data() + i));
    const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
                                      _mm_or_si128(_mm_cmpeq_epi8(v, ask), _mm_cmpeq_epi8(v, e2)));
    const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
    if (mask != 0) return i + static_cast<std::size_t>(std::countr_zero(mask));
  }
#endif
  while (i < end && !kMarkLead[byte_at(t, i)]) ++i;
  return i;
}

enum class CharClass { Lower, Upper, Digit, Opening, Other };

CharClass classify(sv t, std::size_t i) {
  if (opening_len(t, i) > 0) return CharClass::Opening;
  const unsigned char c = byte_at(t, i);
  if (c < 0x80) {
    if (c >= 'a' && c <= 'z') return CharClass::Lower;
    if (c >= 'A' && c <= 'Z') return CharClass::Upper;
    if (c >= '0' && c <= '9') return CharClass::Digit;
    return CharClass::Other;
  }
  std::size_t pos = i;
  const char32_t cp = decode_utf8(t, pos);
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LL:
      return CharClass::Lower;
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return CharClass::Upper;
    case UTF8PROC_CATEGORY_ND:
      return CharClass::Digit;
    default:
      return CharClass::Other;
  }
}

// The word starting at i (after opening quotes), lower-cased; `end` is set past it.
SmallWord word_at(sv t, std::size_t i, std::size_t limit, std::size_t& end) {
  while (i < limit) {
    const std::size_t o = opening_len(t, i);
    if (o == 0) break;
    i += o;
  }
  SmallWord w;
  while (i < limit) {
    const char c = t[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) break;
    w.push(c);
    ++i;
  }
  end = i;
  return w;
}

// Whether one of the next few words, before any sentence-final mark, attributes a quote.
bool speaker_follows(sv t, std::size_t i, std::size_t limit) {
  for (int words = 0; words < 4 && i < limit; ++words) {
    std::size_t end = i;
    const SmallWord w = word_at(t, i, limit, end);
    if (w.len == 0) return false;
    if (lists_of(w) & kInSpeechVerbs) return true;
    i = end;
    while (i < limit) {
      const std::size_t s = space_len(t, i);
      if (s == 0) break;
      i += s;
    }
    if (i == end) return false;  // punctuation after the word: the clause ended
  }
  return false;
}

class Segmenter {
 public:
  Segmenter(sv text, std::vector<Sentence>& out) : t_(text), out_(out) {}

  // Splits [begin, end), a run of lines that belong together, into sentences.
  void split_block(std::size_t begin, std::size_t end) {
    std::size_t start = begin;
    std::size_t i = begin;
    while ((i = next_mark_lead(t_, i, end)) < end) {
      const std::size_t f = final_len(t_, i);
      if (f == 0) {  // 0xE2 starting some other character (a curly quote, a dash)
        ++i;
        continue;
      }
      const std::size_t mark = i;
      bool only_one_stop = t_[i] == '.';
      bool ellipsis = f == 3;
      bool exclaim = t_[i] == '!' || t_[i] == '?';
      std::size_t j = i + f;
      while (j < end) {
        const std::size_t g = final_len(t_, j);
        if (g == 0) break;
        only_one_stop = false;
        if (g == 3 || t_[j] == '.') ellipsis = true;
        if (t_[j] == '!' || t_[j] == '?') exclaim = true;
        j += g;
      }
      bool closed = false;
      std::size_t k = j;
      while (k < end) {
        const std::size_t c = closing_len(t_, k);
        if (c == 0) break;
        closed = closed || t_[k] != ')';
        k += c;
      }
      if (k >= end) break;
      std::size_t m = k;
      while (m < end) {
        const std::size_t s = space_len(t_, m);
        if (s == 0) break;
        m += s;
      }
      if (m == k) {  // "3.5", "U.S.-led", "e.g.,": no white space, no boundary
        i = j;
        continue;
      }
      if (m >= end) break;
      if (is_boundary(mark, only_one_stop, ellipsis && !exclaim, exclaim, closed, m, end)) {
        emit(start, k);
        start = m;
      }
      i = m;
    }
    emit(start, end);
  }

  void new_paragraph() {
    if (!out_.empty() && out_.back().paragraph == paragraph_) ++paragraph_;
  }

 private:
  bool is_boundary(std::size_t mark, bool only_one_stop, bool ellipsis, bool exclaim, bool closed,
                   std::size_t next, std::size_t limit) const {
    const CharClass cls = classify(t_, next);
    if (cls == CharClass::Lower) return false;
    if (exclaim) return !(closed && speaker_follows(t_, next, limit));
    if (ellipsis || !only_one_stop) return true;

    // One full stop: look at the word it ends, letters and inner stops only ("U.S", "Sen"), so
    // that "(CNN)Sen." still reads as the title it is.
    std::size_t b = mark;
    while (b > 0) {
      const char c = t_[b - 1];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.')) break;
      --b;
    }
    const sv token = t_.substr(b, mark - b);
    if (token.empty()) return true;
    SmallWord lower;
    bool inner_stop = false;
    // "Ms." is a title, "MS." (multiple sclerosis, Microsoft) an acronym that can end a sentence.
    bool all_caps = token.size() >= 2;
    for (char c : token) {
      if (c == '.') inner_stop = true;
      all_caps = all_caps && c >= 'A' && c <= 'Z';
      lower.push(c);
    }
    // The token is letters and stops; the word lists hold plain words only.
    const std::uint8_t lists = inner_stop ? 0 : lists_of(lower);
    if (!all_caps && (lists & kInTitles)) return false;
    if (cls == CharClass::Digit && (lists & (kInBeforeNumber | kInMonths))) return false;
    const bool initial = token.size() == 1 && token[0] >= 'A' && token[0] <= 'Z';
    const bool ambiguous = initial || inner_stop || (lists & (kInMaybeFinal | kInMonths));
    if (!ambiguous) return true;
    std::size_t end = next;
    const SmallWord following = word_at(t_, next, limit, end);
    const std::uint8_t following_lists = lists_of(following);
    if (following_lists & kInOpeners) return true;
    const sv w = lower.view();
    if (w == "a.m" || w == "p.m") {
      // A clock time is followed by a capital mostly when a new sentence starts; time zones
      // (EST, GMT) and week days are the exceptions.
      const bool caps_follow = end > next + 1 && classify(t_, next + 1) == CharClass::Upper;
      return following.len > 0 && !caps_follow && !(following_lists & kInWeekDays);
    }
    return false;
  }

  void emit(std::size_t b, std::size_t e) {
    while (b < e) {
      const std::size_t s = space_len(t_, b);
      if (s == 0) break;
      b += s;
    }
    while (e > b) {
      if (is_ascii_space(byte_at(t_, e - 1))) {
        --e;
      } else if (e - b >= 2 && byte_at(t_, e - 2) == 0xC2 && byte_at(t_, e - 1) == 0xA0) {
        e -= 2;
      } else {
        break;
      }
    }
    if (e > b) out_.push_back({b, e, paragraph_});
  }

  sv t_;
  std::vector<Sentence>& out_;
  std::size_t paragraph_ = 0;
};

bool blank(sv line) {
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t s = space_len(line, i);
    if (s == 0) return false;
    i += s;
  }
  return true;
}

// The last character of a line that is not white space, or 0.
unsigned char last_visible(sv line) {
  std::size_t e = line.size();
  while (e > 0 && is_ascii_space(byte_at(line, e - 1))) --e;
  return e == 0 ? 0 : byte_at(line, e - 1);
}

// Whether `next` continues the sentence of the line before it (hard-wrapped text).
bool runs_on(sv prev, sv next) {
  const unsigned char last = last_visible(prev);
  if (last == ',') return true;
  if (last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == ')' ||
      last >= 0x80) {
    return false;
  }
  std::size_t i = 0;
  while (i < next.size() && space_len(next, i) > 0) i += space_len(next, i);
  return i < next.size() && classify(next, i) == CharClass::Lower;
}

}  // namespace

namespace {

struct Line {
  std::size_t begin;
  std::size_t end;
};

// Splits one paragraph (consecutive non-blank lines). A line break ends a sentence unless the
// text runs on into the next line. In a hard-wrapped paragraph (many of its lines run on) a
// wrapped line may well start with a name ("Securities and Exchange / Commission"), so there
// every full-width line runs on.
void split_paragraph(sv text, const std::vector<Line>& lines, Segmenter& seg) {
  if (lines.empty()) return;
  auto line_at = [&](std::size_t k) {
    return text.substr(lines[k].begin, lines[k].end - lines[k].begin);
  };
  const std::size_t breaks = lines.size() - 1;
  std::size_t run_ons = 0;
  std::size_t widest = 0;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    widest = std::max(widest, lines[k].end - lines[k].begin);
    if (k > 0) run_ons += runs_on(line_at(k - 1), line_at(k));
  }
  const bool wrapped = breaks >= 2 && run_ons * 3 >= breaks;
  std::size_t block_begin = lines[0].begin;
  for (std::size_t k = 1; k < lines.size(); ++k) {
    // In wrapped text a line as wide as the column continues into the next whatever its first
    // letter; a short line (a credit, a menu, a caption) stays a line of its own.
    const bool full_width = wrapped && (lines[k - 1].end - lines[k - 1].begin) * 10 >= widest * 7;
    if (!full_width && !runs_on(line_at(k - 1), line_at(k))) {
      seg.split_block(block_begin, lines[k - 1].end);
      block_begin = lines[k].begin;
    }
  }
  seg.split_block(block_begin, lines.back().end);
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  out.reserve(text.size() / 100 + 1);
  Segmenter seg(text, out);
  std::vector<Line> lines;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == sv::npos) nl = text.size();
    if (blank(text.substr(pos, nl - pos))) {
      split_paragraph(text, lines, seg);
      lines.clear();
      seg.new_paragraph();
    } else {
      lines.push_back({pos, nl});
    }
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  split_paragraph(text, lines, seg);
  return out;
}

std::vector<SentenceSpan> to_code_points(std::string_view text,
                                         const std::vector<Sentence>& sentences) {
  std::vector<SentenceSpan> out;
  out.reserve(sentences.size());
  std::size_t byte = 0;
  std::size_t cp = 0;
  auto advance = [&](std::size_t to) {
    for (; byte < to && byte < text.size(); ++byte) {
      cp += (static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80;
    }
    return cp;
  };
  for (const Sentence& s : sentences) {
    // Sentences come in text order, so one forward pass suffices; fall back to a rescan if not.
    if (s.begin < byte) byte = cp = 0;
    const std::size_t start = advance(s.begin);
    const std::size_t end = advance(s.end);
    out.push_back({start, end, s.paragraph});
  }
  return out;
}

}  // namespace newspipe::text
