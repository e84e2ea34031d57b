#include "normalizer.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string_view>

#include "html_entities.hpp"
#include "newspipe/text/utf8.hpp"

namespace newspipe::clean {
namespace {

// Bytes that need a look: markup starts, line endings, controls and every non-ASCII byte. All other
// bytes are copied in runs, which is what keeps plain English text fast.
constexpr std::array<bool, 256> make_special(bool html) {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[c] = c != '\n';
  t[0x7F] = true;
  for (int c = 0x80; c < 0x100; ++c) t[c] = true;
  if (html) {
    t['<'] = true;
    t['&'] = true;
  }
  return t;
}
constexpr auto kSpecialHtml = make_special(true);
constexpr auto kSpecialPlain = make_special(false);

bool is_ascii_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_ascii_alnum(unsigned char c) { return is_ascii_alpha(c) || (c >= '0' && c <= '9'); }

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != b[i]) return false;
  }
  return true;
}

// Tags whose boundary is a paragraph or line boundary in the rendered page.
bool is_block_tag(std::string_view name) {
  static constexpr std::string_view kBlock[] = {
      "p",       "div",     "br",      "li",     "ul",    "ol",     "h1",         "h2",
      "h3",      "h4",      "h5",      "h6",     "tr",    "table",  "figure",     "figcaption",
      "section", "article", "header",  "footer", "aside", "nav",    "blockquote", "hr",
      "dd",      "dt",      "dl",      "main",   "pre",   "form",   "td",         "th",
      "caption", "address", "picture", "video",  "audio", "iframe", "img",        "noscript"};
  for (std::string_view b : kBlock) {
    if (iequals(name, b)) return true;
  }
  return false;
}

// Elements whose content is never text a reader sees.
bool is_raw_text_tag(std::string_view name) {
  return iequals(name, "script") || iequals(name, "style") || iequals(name, "template");
}

// Finds `needle` (lower case ASCII) case-insensitively in `s` from `from`.
std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from) {
  if (needle.empty() || s.size() < needle.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= s.size(); ++i) {
    if (ascii_lower(s[i]) != needle[0]) continue;
    if (iequals(s.substr(i, needle.size()), needle)) return i;
  }
  return std::string_view::npos;
}

// Whether the code point is stable under NFC (or NFKC) whatever surrounds it: no decomposition,
// combining class 0, never the second half of a canonical composition, not a Hangul jamo.
bool normal_form_stable(char32_t cp, bool nfkc) {
  if (cp < 0x300) return !nfkc || cp < 0xA0;
  if (cp >= 0x1100 && cp <= 0x11FF) return false;
  const utf8proc_property_t* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  if (p->combining_class != 0) return false;
  if (p->decomp_seqindex != UINT16_MAX && (nfkc || p->decomp_type == 0)) return false;
  if (p->comb_index != UINT16_MAX && (p->comb_index & 0x8000) != 0) return false;
  return true;
}

const char* ascii_form(char32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x00B4:
      return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
      return "\"";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2212:
      return "-";
    case 0x2014:
    case 0x2015:
      return "--";
    default:
      return nullptr;
  }
}

class CharacterNormalizer {
 public:
  CharacterNormalizer(std::string_view in, const NormalizeOptions& opt, NormalizeStats& stats)
      : in_(in), opt_(opt), stats_(stats) {
    out_.reserve(in.size() + 16);
  }

  std::string run() {
    const auto& special = opt_.strip_html ? kSpecialHtml : kSpecialPlain;
    std::size_t i = 0;
    const std::size_t n = in_.size();
    while (i < n) {
      std::size_t j = skip_plain_words(i);
      while (j < n && !special[static_cast<unsigned char>(in_[j])]) ++j;
      out_.append(in_.data() + i, j - i);
      if (j >= n) break;
      i = handle_special(j);
    }
    if (decoded_markup_) {
      // "&lt;span&gt;" and "&amp;nbsp;": escaped markup is still markup once decoded.
      NormalizeOptions again = opt_;
      again.nfkc = false;
      NormalizeStats inner;
      CharacterNormalizer second(out_, again, inner);
      out_ = second.run();
      stats_.html_tags += inner.html_tags;
      stats_.html_entities += inner.html_entities;
      needs_normal_form_ = needs_normal_form_ || second.needs_normal_form_;
    }
    if (needs_normal_form_) apply_normal_form();
    return std::move(out_);
  }

 private:
  // Skips 8 bytes at a time while none of them can be special (no control byte but '\n', no byte
  // of 0x80 or more, no '<' or '&'), so plain ASCII prose is copied in long runs.
  std::size_t skip_plain_words(std::size_t i) const {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    const bool html = opt_.strip_html;
    while (i + 8 <= in_.size()) {
      std::uint64_t w;
      std::memcpy(&w, in_.data() + i, 8);
      // bytes < 0x20 (newlines included: they stop the fast path but not the slow one)
      const std::uint64_t low = (w - 0x2020202020202020ull) & ~w & kHigh;
      std::uint64_t bad = (w & kHigh) | low;
      if (html) bad |= has_zero(w ^ (kOnes * '<')) | has_zero(w ^ (kOnes * '&'));
      if (bad) break;
      i += 8;
    }
    return i;
  }

  // Handles the special byte at `i`; returns the position after what it consumed.
  std::size_t handle_special(std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(in_[i]);
    if (c == '<') return handle_tag(i);
    if (c == '&') return handle_entity(i);
    if (c == '\r') {
      out_.push_back('\n');
      return (i + 1 < in_.size() && in_[i + 1] == '\n') ? i + 2 : i + 1;
    }
    if (c == '\t' || c == '\v' || c == '\f') {
      out_.push_back(c == '\t' ? ' ' : '\n');
      return i + 1;
    }
    if (c < 0x80) {  // other C0 controls and DEL
      ++stats_.invisible;
      return i + 1;
    }
    std::size_t pos = i;
    const char32_t cp = text::decode_utf8(in_, pos);
    if (cp == 0xFFFD && !(pos - i == 3 && static_cast<unsigned char>(in_[i]) == 0xEF)) {
      ++stats_.invalid_utf8;
    }
    emit(cp, in_.substr(i, pos - i));
    return pos;
  }

  // Appends a decoded code point; `raw` is its encoding in the input when it came from there.
  void emit(char32_t cp, std::string_view raw = {}) {
    if (cp < 0x80) {
      if (cp == '\t') {
        out_.push_back(' ');
      } else if (cp == '\n' || (cp >= 0x20 && cp != 0x7F)) {
        out_.push_back(static_cast<char>(cp));
      } else if (cp == '\r') {
        out_.push_back('\n');
      } else {
        ++stats_.invisible;
      }
      return;
    }
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    if (cat == UTF8PROC_CATEGORY_CF || cat == UTF8PROC_CATEGORY_CC) {
      ++stats_.invisible;
      return;
    }
    if (cat == UTF8PROC_CATEGORY_ZS) {
      out_.push_back(' ');
      return;
    }
    if (cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP) {
      out_.push_back('\n');
      return;
    }
    if (opt_.ascii_punctuation) {
      if (const char* a = ascii_form(cp)) {
        out_.append(a);
        return;
      }
    }
    if (!normal_form_stable(cp, opt_.nfkc)) needs_normal_form_ = true;
    if (!raw.empty() && cp != 0xFFFD) {
      out_.append(raw);
    } else {
      text::append_utf8(out_, cp);
    }
  }

  std::size_t handle_tag(std::size_t i) {
    const std::size_t n = in_.size();
    std::size_t p = i + 1;
    if (p < n && in_[p] == '!') {
      if (in_.substr(p, 3) == "!--") {
        // Once a comment is found unclosed, later ones are too: no search again (no quadratic
        // pass over text full of "<!--").
        const std::size_t end = comment_unclosed_ ? std::string_view::npos : in_.find("-->", p + 3);
        if (end == std::string_view::npos) comment_unclosed_ = true;
        if (end == std::string_view::npos) return literal(i);
        ++stats_.html_tags;
        return end + 3;
      }
      // <!DOCTYPE ...> and <![CDATA[ ... are markup too.
      const std::size_t end = in_.find('>', p);
      if (end == std::string_view::npos || end - i > 2000) return literal(i);
      ++stats_.html_tags;
      return end + 1;
    }
    const bool closing = p < n && in_[p] == '/';
    if (closing) ++p;
    if (p >= n || !is_ascii_alpha(static_cast<unsigned char>(in_[p]))) return literal(i);
    std::size_t name_end = p;
    while (name_end < n && (is_ascii_alnum(static_cast<unsigned char>(in_[name_end])) ||
                            in_[name_end] == '-' || in_[name_end] == ':')) {
      ++name_end;
    }
    if (name_end < n && !(in_[name_end] == '>' || in_[name_end] == '/' || in_[name_end] == ' ' ||
                          in_[name_end] == '\t' || in_[name_end] == '\n' || in_[name_end] == '\r' ||
                          invisible_or_space_at(name_end) > 0)) {
      return literal(i);  // "a<b" in prose, not a tag
    }
    // A tag ends at the first '>' outside a quoted attribute value; a long way without one means
    // this was a stray '<' after all.
    std::size_t q = name_end;
    char quote = 0;
    while (q < n && q - i < 4000) {
      const char ch = in_[q];
      if (quote) {
        if (ch == quote) quote = 0;
      } else if (ch == '"' || ch == '\'') {
        if (in_[q - 1] == '=' || in_[q - 1] == ' ') quote = ch;
      } else if (ch == '>') {
        break;
      } else if (ch == '<') {
        return literal(i);
      }
      ++q;
    }
    if (q >= n || in_[q] != '>') return literal(i);
    ++stats_.html_tags;
    const std::string_view name = in_.substr(p, name_end - p);
    if (!closing && is_raw_text_tag(name)) {
      // Skip to the matching end tag: a script's code is not text.
      std::string close = "</";
      for (char ch : name) close.push_back(ascii_lower(ch));
      // script, style and template have different lengths: one flag each
      bool& unclosed = raw_unclosed_[name.size() % raw_unclosed_.size()];
      const std::size_t end = unclosed ? std::string_view::npos : ifind(in_, close, q + 1);
      if (end == std::string_view::npos) unclosed = true;
      if (end == std::string_view::npos) return q + 1;
      const std::size_t gt = in_.find('>', end);
      ++stats_.html_tags;
      return gt == std::string_view::npos ? n : gt + 1;
    }
    if (is_block_tag(name)) out_.push_back('\n');
    return q + 1;
  }

  // Length of a no-break space or an invisible character (ZWSP, ZWJ, word joiner, BOM, soft
  // hyphen) at `p`, or 0. Scrapers leave them inside tags and entities too.
  std::size_t invisible_or_space_at(std::size_t p) const {
    const auto b = [&](std::size_t k) {
      return k < in_.size() ? static_cast<unsigned char>(in_[k]) : 0u;
    };
    if (b(p) == 0xC2 && (b(p + 1) == 0xA0 || b(p + 1) == 0xAD)) return 2;
    if (b(p) == 0xE2 && b(p + 1) == 0x80 && b(p + 2) >= 0x8B && b(p + 2) <= 0x8F) return 3;
    if (b(p) == 0xE2 && b(p + 1) == 0x81 && b(p + 2) == 0xA0) return 3;
    if (b(p) == 0xEF && b(p + 1) == 0xBB && b(p + 2) == 0xBF) return 3;
    return 0;
  }

  std::size_t handle_entity(std::size_t i) {
    // An entity with invisible characters inside it ("&nb\u200dsp;") is still an entity.
    {
      std::string joined = "&";
      bool invisible = false;
      std::size_t p = i + 1;
      while (p < in_.size() && p - i < 48) {
        const std::size_t k = invisible_or_space_at(p);
        if (k > 0 && in_[p] != ' ' &&
            !(static_cast<unsigned char>(in_[p]) == 0xC2 &&
              static_cast<unsigned char>(in_[p + 1]) == 0xA0)) {
          invisible = true;
          p += k;
          continue;
        }
        const char ch = in_[p];
        if (!(is_ascii_alnum(static_cast<unsigned char>(ch)) || ch == '#')) break;
        joined.push_back(ch);
        ++p;
      }
      if (invisible && p < in_.size() && in_[p] == ';' && joined.size() > 1) {
        joined.push_back(';');
        CharacterNormalizer sub(joined, opt_, stats_);
        const std::string decoded = sub.run();
        if (decoded != joined) {
          out_ += decoded;
          decoded_markup_ = decoded_markup_ || sub.decoded_markup_;
          return p + 1;
        }
      }
    }
    const std::size_t n = in_.size();
    std::size_t p = i + 1;
    char32_t cp = 0;
    if (p < n && in_[p] == '#') {
      ++p;
      const bool hex = p < n && (in_[p] == 'x' || in_[p] == 'X');
      if (hex) ++p;
      const std::size_t start = p;
      std::uint32_t v = 0;
      while (p < n && p - start < 8) {
        const char ch = in_[p];
        int d = -1;
        if (ch >= '0' && ch <= '9')
          d = ch - '0';
        else if (hex && (ch | 0x20) >= 'a' && (ch | 0x20) <= 'f')
          d = (ch | 0x20) - 'a' + 10;
        if (d < 0) break;
        v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
        ++p;
      }
      if (p == start || p >= n || in_[p] != ';') return literal(i);
      cp = (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) ? 0xFFFD : v;
      cp = windows_1252(cp);
    } else {
      const std::size_t start = p;
      while (p < n && p - start < 32 && is_ascii_alnum(static_cast<unsigned char>(in_[p]))) ++p;
      if (p == start || p >= n || in_[p] != ';') return literal(i);
      cp = lookup_named_entity(in_.substr(start, p - start));
      if (cp == 0) return literal(i);
    }
    ++stats_.html_entities;
    if (cp == '<' || cp == '&') decoded_markup_ = true;
    emit(cp);
    return p + 1;
  }

  // HTML maps numeric references in the C1 range to the windows-1252 characters they meant.
  static char32_t windows_1252(char32_t cp) {
    static constexpr char16_t kC1[32] = {
        0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    if (cp >= 0x80 && cp <= 0x9F) return kC1[cp - 0x80];
    return cp;
  }

  std::size_t literal(std::size_t i) {
    out_.push_back(in_[i]);
    return i + 1;
  }

  void apply_normal_form() {
    int flags = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
    if (opt_.nfkc) flags |= UTF8PROC_COMPAT;
    utf8proc_uint8_t* mapped = nullptr;
    const utf8proc_ssize_t len = utf8proc_map(
        reinterpret_cast<const utf8proc_uint8_t*>(out_.data()),
        static_cast<utf8proc_ssize_t>(out_.size()), &mapped, static_cast<utf8proc_option_t>(flags));
    if (len < 0) return;  // cannot happen on the valid UTF-8 built above; keep the text as is
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> guard(mapped, &std::free);
    std::string normal(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(len));
    if (opt_.nfkc) {
      // Compatibility mappings can produce spaces and format characters of their own.
      NormalizeOptions again = opt_;
      again.strip_html = false;
      again.nfkc = false;
      NormalizeStats ignored;
      normal = CharacterNormalizer(normal, again, ignored).run();
    }
    out_ = std::move(normal);
  }

  std::string_view in_;
  const NormalizeOptions& opt_;
  NormalizeStats& stats_;
  std::string out_;
  bool needs_normal_form_ = false;
  bool decoded_markup_ = false;
  bool comment_unclosed_ = false;
  std::array<bool, 4> raw_unclosed_{};  // by name length mod 4: script 2, style 1, template 0
};

}  // namespace

std::string normalize_characters(std::string_view in, const NormalizeOptions& opt,
                                 NormalizeStats& stats) {
  return CharacterNormalizer(in, opt, stats).run();
}

}  // namespace newspipe::clean
