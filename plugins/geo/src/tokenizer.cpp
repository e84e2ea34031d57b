#include "tokenizer.hpp"

#include <utf8proc.h>

#include <array>

#include "newspipe/text/utf8.hpp"

namespace newspipe::geo {
namespace {

enum class CharClass { Space, Newline, Letter, Digit, Punct };

struct CharInfo {
  CharClass cls;
  bool upper = false;
  char punct = 0;
};

constexpr CharInfo classify_ascii(char32_t cp) {
  const char c = static_cast<char>(cp);
  if (c == '\n' || c == '\r') return {CharClass::Newline};
  if (c == ' ' || c == '\t' || c == '\f' || c == '\v') return {CharClass::Space};
  if (c >= 'A' && c <= 'Z') return {CharClass::Letter, true};
  if (c >= 'a' && c <= 'z') return {CharClass::Letter};
  if (c >= '0' && c <= '9') return {CharClass::Digit};
  if (c == '?') return {CharClass::Punct, false, '!'};
  return {CharClass::Punct, false, c};
}

// Most of news text is ASCII: one table lookup per byte.
constexpr std::array<CharInfo, 128> kAscii = [] {
  std::array<CharInfo, 128> t{};
  for (char32_t c = 0; c < 128; ++c) t[c] = classify_ascii(c);
  return t;
}();

CharInfo classify(char32_t cp) {
  if (cp < 0x80) return kAscii[cp];
  switch (cp) {
    case 0x2019:
    case 0x02BC:
      return {CharClass::Punct, false, kApostrophe};
    case 0x2018:
    case 0x201C:
    case 0x201D:
    case 0x00AB:
    case 0x00BB:
      return {CharClass::Punct, false, kQuote};
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
      return {CharClass::Punct, false, kDash};
    case 0x2028:
    case 0x2029:
    case 0x0085:
      return {CharClass::Newline};
    default:
      break;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return {CharClass::Letter, true};
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return {CharClass::Letter};
    case UTF8PROC_CATEGORY_ND:
      return {CharClass::Digit};
    case UTF8PROC_CATEGORY_ZS:
      return {CharClass::Space};
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return {CharClass::Newline};
    default:
      return {CharClass::Punct, false, kOther};
  }
}

// Decodes one code point at `pos` without advancing.
inline CharInfo peek(std::string_view text, std::size_t pos, std::size_t* next) {
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    if (next) *next = pos + 1;
    return kAscii[c];
  }
  std::size_t p = pos;
  const char32_t cp = text::decode_utf8(text, p);
  if (next) *next = p;
  return classify(cp);
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);
  bool space = false, brk = false;
  std::size_t pos = 0;
  const std::size_t n = text.size();
  while (pos < n) {
    std::size_t next;
    const CharInfo ci = peek(text, pos, &next);
    if (ci.cls == CharClass::Space || ci.cls == CharClass::Newline) {
      space = true;
      brk = brk || ci.cls == CharClass::Newline;
      pos = next;
      continue;
    }
    Token t;
    t.begin = static_cast<std::uint32_t>(pos);
    t.space_before = space || tokens.empty();
    t.break_before = brk || tokens.empty();
    space = brk = false;
    if (ci.cls == CharClass::Punct) {
      t.punct = ci.punct;
      t.end = static_cast<std::uint32_t>(next);
      tokens.push_back(t);
      pos = next;
      continue;
    }
    t.word = true;
    t.capitalised = ci.upper;
    int letters = 0, uppers = 0;
    if (ci.cls == CharClass::Letter) {
      ++letters;
      uppers += ci.upper;
    }
    pos = next;
    while (pos < n) {
      const CharInfo c2 = peek(text, pos, &next);
      if (c2.cls == CharClass::Letter || c2.cls == CharClass::Digit) {
        if (c2.cls == CharClass::Letter) {
          ++letters;
          uppers += c2.upper;
        }
        pos = next;
        continue;
      }
      // An apostrophe between letters belongs to the word (O'Fallon, d'Ivoire), except the
      // possessive 's, which is split off so that "Russia's" matches Russia.
      if (c2.cls == CharClass::Punct && c2.punct == kApostrophe && next < n) {
        std::size_t after;
        const CharInfo c3 = peek(text, next, &after);
        if (c3.cls == CharClass::Letter) {
          const bool possessive =
              (text[next] == 's' || text[next] == 'S') && (after >= n || [&] {
                const CharInfo c4 = peek(text, after, nullptr);
                return c4.cls != CharClass::Letter && c4.cls != CharClass::Digit;
              }());
          if (!possessive) {
            pos = after;
            ++letters;
            uppers += c3.upper;
            continue;
          }
        }
      }
      break;
    }
    t.end = static_cast<std::uint32_t>(pos);
    t.all_caps = letters >= 2 && uppers == letters;
    tokens.push_back(t);
  }
  return tokens;
}

void append_key_text(std::string& key, std::string_view text, const Token& t) {
  if (!t.word) {
    key += t.punct;
    return;
  }
  const std::string_view s = text.substr(t.begin, t.end - t.begin);
  // Inner apostrophes may be U+2019: map them so both spellings build the same key.
  std::size_t from = 0;
  for (std::size_t i = 0; i + 2 < s.size(); ++i) {
    if (static_cast<unsigned char>(s[i]) == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        static_cast<unsigned char>(s[i + 2]) == 0x99) {
      key.append(s.substr(from, i - from));
      key += '\'';
      from = i + 3;
      i += 2;
    }
  }
  key.append(s.substr(from));
}

std::string make_key(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                     std::size_t last) {
  std::string key;
  for (std::size_t i = first; i < last; ++i) {
    if (i > first && tokens[i].space_before) key += ' ';
    append_key_text(key, text, tokens[i]);
  }
  return key;
}

}  // namespace newspipe::geo
