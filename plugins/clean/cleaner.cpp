#include "cleaner.hpp"

#include <algorithm>
#include <optional>

#include "line_shape.hpp"
#include "newspipe/text/utf8.hpp"
#include "text_lines.hpp"

namespace newspipe::clean {
namespace {

struct Verdict {
  bool debris = false;
  /// A rule of a group the config switched off matched: the line stays, and the rules that look
  /// at neighbours leave it alone too.
  bool switched_off = false;
  RuleGroup group = RuleGroup::Markup;
  std::string_view rule;
};

// One paragraph: a line, or hard-wrapped lines joined.
struct Unit {
  std::size_t first_line = 0;
  std::size_t line_count = 1;
  std::size_t block = 0;
  std::string_view text;  ///< the line itself, or `joined`
  std::string joined;     ///< wrapped lines joined (empty for a single line)
  LineShape shape;
  Verdict verdict;
};

bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit_ascii(char c) { return c >= '0' && c <= '9'; }

// How a line starts, ignoring opening quotes and brackets.
bool starts_lowercase(std::string_view s) {
  for (char c : s) {
    if (c == '"' || c == '\'' || c == '(' || c == '[') continue;
    return is_lower_ascii(c);
  }
  return false;
}

bool starts_with_bullet(std::string_view s) {
  return s.rfind("- ", 0) == 0 || s.rfind("* ", 0) == 0 || s.rfind("\xE2\x80\xA2", 0) == 0 ||
         s.rfind("\xE2\x80\x93 ", 0) == 0 || s.rfind("\xE2\x80\x94 ", 0) == 0;
}

// "1. ", "12) ": the number of an entry in a numbered list.
bool starts_list_number(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && i < 3 && is_digit_ascii(s[i])) ++i;
  return i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
}

bool starts_digit(std::string_view s) {
  for (char c : s) {
    if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '$') continue;
    return is_digit_ascii(c);
  }
  return false;
}

// "... up from" / "... the": a line that stops on a function word stops mid-sentence.
bool ends_with_function_word(std::string_view s) {
  const std::size_t sp = s.rfind(' ');
  std::string_view w = sp == std::string_view::npos ? s : s.substr(sp + 1);
  if (w.empty() || w.size() > 8) return false;
  char buf[8];
  for (std::size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    if (!(is_lower_ascii(c) || is_upper_ascii(c))) return false;
    buf[i] = is_upper_ascii(c) ? static_cast<char>(c + 32) : c;
  }
  const std::string_view lw(buf, w.size());
  // Pronouns and words such as "more", "up", "out" can end a sentence or a headline; these cannot.
  static constexpr std::string_view kNeverLast[] = {
      "a",    "an",    "the",  "of",  "to",   "in",   "and",   "or",   "but",   "from",
      "with", "for",   "at",   "by",  "on",   "as",   "than",  "that", "which", "who",
      "its",  "their", "his",  "her", "our",  "into", "was",   "were", "is",    "are",
      "had",  "has",   "have", "be",  "been", "will", "would", "said", "nor",   "while"};
  for (std::string_view k : kNeverLast) {
    if (lw == k) return true;
  }
  return false;
}

// "exam-" at the end of a line: a word broken across the line break.
bool ends_with_broken_word(std::string_view s) {
  return s.size() >= 3 && s.back() == '-' && (is_lower_ascii(s[s.size() - 2]));
}

// Keeps the hyphen of "Russia-" / "COVID-" (a compound), drops it in "exam-" / "ple".
bool keep_hyphen(std::string_view line) {
  std::size_t start = line.rfind(' ');
  start = start == std::string_view::npos ? 0 : start + 1;
  const std::string_view word = line.substr(start, line.size() - start - 1);
  for (char c : word) {
    if (is_upper_ascii(c) || is_digit_ascii(c) || c == '-') return true;
  }
  return false;
}

void append_line(std::string& unit, std::string_view line) {
  if (unit.empty()) {
    unit.assign(line);
    return;
  }
  if (ends_with_broken_word(unit) && starts_lowercase(line)) {
    if (!keep_hyphen(unit)) unit.pop_back();
  } else {
    unit.push_back(' ');
  }
  unit.append(line);
}

class ArticleCleaner {
 public:
  ArticleCleaner(const CleanConfig& config, const DebrisRules& rules, const CustomRules& custom)
      : config_(config), rules_(rules), custom_(custom) {
    for (RuleGroup g : kAllRuleGroups) {
      if (!config_.groups.contains(g)) some_groups_off_ = true;
    }
  }

  CleanResult run(std::string_view input) {
    CleanResult result;
    const std::string normal = normalize_characters(input, config_.normalize, result.normalize);
    split_lines(normal, storage_, lines_);
    line_verdicts();
    build_units();
    if (config_.remove_debris) {
      judge_lists();
      judge_neighbours();
      judge_labels();
    }
    assemble(result);
    return result;
  }

 private:
  Verdict judge(std::string_view text, const LineShape& shape) const {
    // A line that starts in lower case and runs on for several words is a piece of a wrapped
    // sentence; debris lines are items of their own. (Lower-case debris such as "email" is short.)
    if (shape.starts_lower && shape.words >= 6 && custom_.empty()) return {};
    thread_local std::vector<std::string> tokens;
    if (!custom_.empty() || rules_.needs_all_tokens(shape)) {
      rule_tokens_into(text, 64, tokens);
    } else {
      // A long line: only rules on its first words can fire, and most first words start none.
      rule_tokens_into(text, 1, tokens);
      if (!tokens.empty() && rules_.first_token_starts_rule(tokens[0])) {
        rule_tokens_into(text, DebrisRules::kTokensForLongLines, tokens);
      }
    }
    if (!custom_.empty() && config_.groups.contains(RuleGroup::Custom)) {
      const std::string_view spec = custom_.match(text, tokens);
      if (!spec.empty()) return {true, false, RuleGroup::Custom, spec};
    }
    if (const auto hit = rules_.match({text, shape, tokens}, config_.groups)) {
      return {true, false, hit->group, hit->rule};
    }
    if (some_groups_off_ && rules_.match({text, shape, tokens}, RuleGroupSet::all())) {
      return {false, true, RuleGroup::Markup, {}};
    }
    return {};
  }

  // Rules on single lines first, so that a debris line inside a wrapped block is never glued to
  // the paragraph next to it.
  void line_verdicts() {
    line_shapes_.resize(lines_.size());
    line_hits_.resize(lines_.size());
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      line_shapes_[i] = measure_line(lines_[i].text);
      if (!config_.remove_debris) continue;
      // The rest of a sentence broken off by a wrap ("... up from" / "41,821, but ...") is not
      // an item of its own: the rules need not look at it. (Custom rules still do.)
      if (i > 0 && custom_.empty() && lines_[i - 1].block == lines_[i].block &&
          !line_hits_[i - 1].debris && !line_hits_[i - 1].switched_off && wrap_evidence(i - 1, i) &&
          (!line_shapes_[i - 1].ends_terminal || line_shapes_[i].words >= 4)) {
        line_hits_[i] = {};
        continue;
      }
      line_hits_[i] = judge(lines_[i].text, line_shapes_[i]);
    }
  }

  // Evidence that line b goes on with the sentence line a broke off: b starts in lower case or
  // with a number, or a ends with a comma, a hyphen or a word that never ends a sentence.
  bool wrap_evidence(std::size_t a, std::size_t b) const {
    const std::string_view ta = lines_[a].text, tb = lines_[b].text;
    const LineShape& sa = line_shapes_[a];
    if (sa.ends_terminal) return starts_lowercase(tb);
    // "2. Next item" starts a list entry, not the rest of a sentence.
    if (starts_list_number(tb)) return false;
    return starts_lowercase(tb) || starts_digit(tb) || sa.ends_comma || ends_with_broken_word(ta) ||
           ends_with_function_word(ta);
  }

  // Whether line b continues the paragraph of line a (a hard wrap, not a new paragraph).
  bool continues(std::size_t a, std::size_t b, bool wrapped_block, std::size_t width) const {
    if (!config_.unwrap) return false;
    if (line_hits_[a].debris || line_hits_[b].debris) return false;
    if (wrap_evidence(a, b)) return true;
    // In a block of prose wrapped at a fixed width, a full-width line goes on in the next one
    // even when nothing else says so ("... when Lord Kinnock led" / "Labour between ...").
    return wrapped_block && lines_[a].text.size() * 10 >= width * 6;
  }

  void build_units() {
    std::size_t i = 0;
    while (i < lines_.size()) {
      std::size_t end = i;
      while (end < lines_.size() && lines_[end].block == lines_[i].block) ++end;
      // A block looks hard-wrapped when its lines are short and many of them start in lower case:
      // prose broken at a fixed width.
      std::size_t width = 0, evidence = 0;
      for (std::size_t k = i; k < end; ++k) {
        width = std::max(width, lines_[k].text.size());
        if (k > i && wrap_evidence(k - 1, k)) ++evidence;
      }
      const std::size_t n = end - i;
      const bool wrapped = n >= 3 && width <= 160 && evidence * 10 >= (n - 1) * 3;
      std::size_t k = i;
      while (k < end) {
        Unit u;
        u.first_line = k;
        u.block = lines_[k].block;
        u.text = lines_[k].text;
        std::size_t last = k;
        while (last + 1 < end && continues(last, last + 1, wrapped, width)) {
          if (last == k) u.joined.assign(lines_[k].text);
          ++last;
          append_line(u.joined, lines_[last].text);
        }
        u.line_count = last - k + 1;
        if (u.line_count == 1) {
          u.shape = line_shapes_[k];
          u.verdict = line_hits_[k];
        } else {
          u.shape = measure_line(u.joined);
          if (config_.remove_debris && u.shape.words <= 60) u.verdict = judge(u.joined, u.shape);
        }
        units_.push_back(std::move(u));
        k = last + 1;
      }
      i = end;
    }
    // Views into `joined` are set only now: moving a Unit (short strings live inside it) would
    // leave them pointing at the old copy.
    for (Unit& u : units_) {
      if (u.line_count > 1) u.text = u.joined;
    }
  }

  bool same_block(std::size_t a, std::size_t b) const { return units_[a].block == units_[b].block; }

  // A line shaped like a headline: a few words, no full stop, not a fragment of a sentence.
  static bool headline_shaped(const LineShape& s, std::string_view text) {
    if (!s.has_letters() || s.words < 2 || s.words > 16) return false;
    if (s.starts_lower || s.ends_comma || s.ends_period) return false;
    if (ends_with_function_word(text)) return false;
    // Table rows ("Net 5.0 mln vs 4.0 mln") and bulleted points inside an article are content.
    if (s.numeric * 2 >= s.words || s.numeric >= 2) return false;
    if (text.find(" vs ") != std::string_view::npos ||
        text.find(" vs. ") != std::string_view::npos) {
      return false;
    }
    if (starts_with_bullet(text)) return false;
    if (s.ends_terminal && !(s.ends_question && s.words <= 14)) return false;
    return true;
  }

  // A one-word menu entry: a capitalised word, nothing else ("Careers", "Contact").
  static bool menu_item(const Unit& u) {
    const LineShape& s = u.shape;
    return s.words == 1 && s.letter_words == 1 && s.capitalised == 1 && !s.ends_terminal &&
           !s.ends_comma && u.text.size() <= 20;
  }

  // Runs of headline-shaped lines with no blank line between them are lists of links: related
  // stories, "most read", section menus. A lone headline-shaped line is kept (a title, a
  // sub-heading); two at the very top are a title and its standfirst.
  void judge_lists() {
    if (!config_.groups.contains(RuleGroup::Related)) return;
    std::size_t i = 0;
    while (i < units_.size()) {
      auto member = [&](std::size_t k) {
        const Unit& u = units_[k];
        if (u.verdict.debris) return u.verdict.group == RuleGroup::Related;
        if (u.verdict.switched_off) return false;
        return headline_shaped(u.shape, u.text) || menu_item(u);
      };
      if (!member(i)) {
        ++i;
        continue;
      }
      std::size_t end = i + 1;
      while (end < units_.size() && same_block(i, end) && member(end)) ++end;
      std::size_t candidates = 0, headers = 0, single_words = 0;
      for (std::size_t k = i; k < end; ++k) {
        if (units_[k].verdict.debris) {
          ++headers;
        } else {
          ++candidates;
          if (!headline_shaped(units_[k].shape, units_[k].text)) ++single_words;
        }
      }
      // One-word items ("Careers", "Help") only make a list in threes: two one-word lines can
      // be anything.
      const std::size_t strong = candidates - single_words;
      const bool list = strong >= 2 || (candidates >= 1 && headers >= 1) || candidates >= 3;
      const bool at_top = i == 0 && headers == 0 && candidates == 2;
      if (!at_top && list) {
        for (std::size_t k = i; k < end; ++k) {
          if (!units_[k].verdict.debris) {
            units_[k].verdict = {true, false, RuleGroup::Related, "list of headlines"};
          }
        }
      }
      i = end;
    }
  }

  // Debris comes in clusters: a short fragment pressed against debris (no blank line between)
  // belongs to it ("Share this with / Email / Facebook / ...").
  void judge_neighbours() {
    auto fragment = [&](const Unit& u) {
      const LineShape& s = u.shape;
      return !u.verdict.debris && !u.verdict.switched_off && s.words <= 6 && !s.ends_period &&
             !s.sentence_like() && !s.ends_comma && !starts_with_bullet(u.text) &&
             (!s.starts_lower || s.words <= 2);  // "close panel" is a button too
    };
    auto debris_at = [&](std::size_t k, std::size_t j) {
      return j < units_.size() && same_block(k, j) && units_[j].verdict.debris;
    };
    // Sweeps forward then backward: each carries debris all the way along a cluster, so a few
    // sweeps settle it whatever the length of the block.
    bool changed = true;
    for (int sweep = 0; changed && sweep < 8; ++sweep) {
      changed = false;
      const bool forward = sweep % 2 == 0;
      for (std::size_t i = 0; i < units_.size(); ++i) {
        const std::size_t k = forward ? i : units_.size() - 1 - i;
        // The text under a bare caption label ("Image caption," / "Caption:") is the caption.
        if (k > 0 && debris_at(k, k - 1) && !units_[k].verdict.debris &&
            !units_[k].verdict.switched_off && units_[k].shape.words <= 20 &&
            !units_[k].shape.long_sentence()) {
          const Unit& label = units_[k - 1];
          if ((label.shape.ends_comma || label.shape.ends_colon) && label.shape.words <= 3 &&
              label.verdict.group == RuleGroup::Caption) {
            units_[k].verdict = {true, false, RuleGroup::Caption, "text of a caption label"};
            changed = true;
            continue;
          }
        }
        if (!fragment(units_[k])) continue;
        // A sub-heading can sit right under debris; a button label (one or two words) or a
        // line with debris on both sides belongs to the debris.
        const bool both_sides = k > 0 && debris_at(k, k - 1) && debris_at(k, k + 1);
        if (units_[k].shape.words > 2 && !both_sides) continue;
        const Unit* next_to = nullptr;
        if (k > 0 && same_block(k - 1, k) && units_[k - 1].verdict.debris) next_to = &units_[k - 1];
        if (!next_to && k + 1 < units_.size() && same_block(k, k + 1) &&
            units_[k + 1].verdict.debris) {
          next_to = &units_[k + 1];
        }
        if (next_to && config_.groups.contains(next_to->verdict.group)) {
          units_[k].verdict = {true, false, next_to->verdict.group, "next to debris"};
          changed = true;
        }
      }
    }
  }

  // Short all-capital labels ("WATCH", "EXCLUSIVE", "TOP STORIES") below the top line.
  void judge_labels() {
    if (!config_.groups.contains(RuleGroup::Navigation)) return;
    for (std::size_t k = 1; k < units_.size(); ++k) {
      Unit& u = units_[k];
      const LineShape& s = u.shape;
      if (u.verdict.debris || u.verdict.switched_off || s.words > 2 || s.letter_words == 0 ||
          s.ends_terminal)
        continue;
      // Letters and spaces only: "WATCH", "TOP STORIES"; not "FATAL FORCE (MACROSPACE)".
      const bool plain = std::all_of(u.text.begin(), u.text.end(),
                                     [](char c) { return (c >= 'A' && c <= 'Z') || c == ' '; });
      if (plain && s.all_caps == s.letter_words && s.all_caps == s.words) {
        u.verdict = {true, false, RuleGroup::Navigation, "capitals label"};
      }
    }
  }

  void assemble(CleanResult& result) {
    // The share is taken in bytes (close enough, and no need to count the whole text); the
    // removed count is reported in code points.
    std::size_t total_bytes = 0, removed_bytes = 0;
    for (const Unit& u : units_) {
      total_bytes += u.text.size();
      if (u.verdict.debris) {
        removed_bytes += u.text.size();
        result.removed_chars += text::count_code_points(u.text);
      }
    }
    result.kept_whole =
        total_bytes > 0 && static_cast<double>(removed_bytes) >
                               config_.max_removed_share * static_cast<double>(total_bytes);
    std::string& out = result.text;
    out.reserve(total_bytes + units_.size() * 2);
    for (Unit& u : units_) {
      if (u.verdict.debris) {
        result.removed.push_back(
            {std::string(u.text), u.verdict.group, std::string(u.verdict.rule)});
        if (!result.kept_whole) continue;
      }
      if (!out.empty()) out += "\n\n";
      out += u.text;
    }
    if (result.kept_whole) result.removed_chars = 0;
  }

  const CleanConfig& config_;
  const DebrisRules& rules_;
  const CustomRules& custom_;
  bool some_groups_off_ = false;
  // Per-thread buffers, reused from article to article so that a run does not spend its time
  // in the allocator.
  struct Scratch {
    std::string storage;
    std::vector<TextLine> lines;
    std::vector<LineShape> line_shapes;
    std::vector<Verdict> line_hits;
    std::vector<Unit> units;
  };
  static Scratch& scratch() {
    thread_local Scratch s;
    s.lines.clear();
    s.line_shapes.clear();
    s.line_hits.clear();
    s.units.clear();
    return s;
  }
  Scratch& scratch_ = scratch();
  std::string& storage_ = scratch_.storage;
  std::vector<TextLine>& lines_ = scratch_.lines;
  std::vector<LineShape>& line_shapes_ = scratch_.line_shapes;
  std::vector<Verdict>& line_hits_ = scratch_.line_hits;
  std::vector<Unit>& units_ = scratch_.units;
};

}  // namespace

Cleaner::Cleaner(CleanConfig config) : config_(std::move(config)), custom_(config_.custom_rules) {}

CleanResult Cleaner::clean(std::string_view text) const {
  return ArticleCleaner(config_, rules_, custom_).run(text);
}

}  // namespace newspipe::clean
