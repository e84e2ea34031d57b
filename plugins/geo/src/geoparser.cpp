#include "geoparser.hpp"

#include <algorithm>
#include <string>

#include "context_words.hpp"
#include "tokenizer.hpp"

namespace newspipe::geo {
namespace {

// Names longer than this many tokens are not in the gazetteer ("Washington , D . C ." is 6).
constexpr std::size_t kMaxNameTokens = 10;

// Reasons for which a name is rejected only because the text gave no evidence for it; the same
// name accepted elsewhere in the article is that evidence.
constexpr const char* kNoEvidenceSmallCity = "small city without evidence";
constexpr const char* kNoEvidenceFirstName = "first name without evidence";
constexpr const char* kNoEvidenceOrdinaryWord = "ordinary word without evidence";
constexpr const char* kNoEvidenceMinorRegion = "minor region without evidence";
constexpr const char* kSmallCityInName = "small city inside a longer name";

struct Candidate {
  std::size_t first = 0, last = 0;  // token range
  const NameEntry* entry = nullptr;
  std::string key;
  // Context, read from the neighbouring tokens.
  bool sentence_start = false;
  bool title_before = false;
  bool given_name_before = false;
  bool preposition_before = false;
  bool capitalised_after = false;   // a capitalised word follows directly (part of a longer name?)
  bool name_after = false;          // any capitalised word follows directly, place or not
  bool ordinary_after = false;      // ... and it is an ordinary word ("Georgia School Boards")
  bool street_after = false;        // "Street", "Avenue", ...: part of a street's name
  bool organisation_after = false;  // "University", "Post", ... follows directly
  bool speech_after = false;        // "said", "told", ... follows directly
  bool glued = false;               // touches a word or symbol without a space ("US$5")
  bool capitalised_before = false;  // a capitalised non-place word precedes ("United Russia")
  bool hyphen_compound = false;     // hyphenated to a capitalised non-place ("Navarro-Valls")
  bool dateline = false;            // "BEIRUT:" or "COLUMBUS, Ohio (AP) -" at the start of a line
  int container = -1;               // index of a candidate right after ", " (Paris, Texas)
  // Decision.
  int confident_place = -1;  // the reading that counts as context for the others
  std::uint16_t confident_country = 0;
  int place = -1;
  bool rejected = false;
};

std::string_view token_text(std::string_view text, const Token& t) {
  return text.substr(t.begin, t.end - t.begin);
}

bool is_sentence_start(const std::vector<Token>& tokens, std::size_t i) {
  while (true) {
    if (i == 0 || tokens[i].break_before) return true;
    const Token& prev = tokens[i - 1];
    if (prev.word) return false;
    if (prev.punct == '.' || prev.punct == '!' || prev.punct == ':') return true;
    if (prev.punct != kQuote && prev.punct != '(' && prev.punct != kApostrophe &&
        prev.punct != '[') {
      return false;
    }
    --i;
  }
}

// Strong enough to be taken as a place before any context is known.
bool is_confident(const Place& p, const NameEntry& e) {
  switch (p.kind) {
    case PlaceKind::Continent:
    case PlaceKind::Region:
    case PlaceKind::Country:
      return true;
    case PlaceKind::State:
      return major_admin1_country(p.country) && !e.common_word;
    case PlaceKind::County:
      return true;
    case PlaceKind::City:
      return p.population >= 100000 && !e.common_word;
  }
  return false;
}

class Parser {
 public:
  Parser(std::string_view text, const Gazetteer& g, const GeoConfig& c)
      : text_(text), g_(g), config_(c), tokens_(tokenize(text)) {}

  GeoResult run() {
    find_candidates();
    read_context();
    mark_people();
    choose_confident(false);
    resolve(false);
    choose_confident(true);
    resolve(true);
    GeoResult out;
    for (const Candidate& c : cands_) {
      if (c.rejected || c.place < 0) continue;
      const Place& p = g_.place(static_cast<std::uint32_t>(c.place));
      if (!config_.report_kinds[static_cast<int>(p.kind)]) continue;
      out.mentions.push_back(
          {tokens_[c.first].begin, tokens_[c.last - 1].end, static_cast<std::uint32_t>(c.place)});
    }
    if (config_.demonyms) find_demonyms(out);
    return out;
  }

 private:
  void find_candidates() {
    std::string key;
    const std::size_t n = tokens_.size();
    std::size_t i = 0;
    while (i < n) {
      const Token& t = tokens_[i];
      if (t.all_caps && is_sentence_start(tokens_, i) && match_dateline(i)) {
        i = cands_.back().last;
        continue;
      }
      if (!t.word || !t.capitalised) {
        ++i;
        continue;
      }
      key.clear();
      std::size_t best_last = 0;
      const NameEntry* best = nullptr;
      for (std::size_t j = i; j < n && j - i < kMaxNameTokens; ++j) {
        if (j > i) {
          if (tokens_[j].break_before) break;
          if (tokens_[j].space_before) key += ' ';
        }
        append_key_text(key, text_, tokens_[j]);
        const NameEntry* e = g_.find(key);
        if (!e) break;
        if (!e->readings.empty() || e->blocked) {
          best = e;
          best_last = j + 1;
        }
        if (!e->is_prefix) break;
      }
      // A function word starts no one-word name ("The", "In"): "The Vatican" is Vatican.
      if (!best || (best_last == i + 1 && is_function_word(token_text(text_, t)))) {
        ++i;
        continue;
      }
      if (best->blocked) {  // "White House", "West Nile": consumed, no place
        i = best_last;
        continue;
      }
      Candidate c;
      c.first = i;
      c.last = best_last;
      c.entry = best;
      c.key = make_key(text_, tokens_, i, best_last);
      cands_.push_back(std::move(c));
      i = best_last;
    }
  }

  // Words that may stand capitalised before a place without being part of another name.
  static bool is_place_modifier(std::string_view w) {
    // "On Thursday Ukraine's forces", "In March Russia said": dates are no part of a name.
    static const std::string_view kDates[] = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",   "Saturday",
        "Sunday", "January", "February",  "March",    "April",    "June",
        "July",   "August",  "September", "October",  "November", "December",
        "Jan",    "Feb",     "Mar",       "Apr",      "Jun",      "Jul",
        "Aug",    "Sep",     "Sept",      "Oct",      "Nov",      "Dec"};
    for (std::string_view d : kDates) {
      if (d == w) return true;
    }
    static const std::string_view kWords[] = {
        "Eastern",     "Western",  "Northern",    "Southern",  "Central",   "North",
        "South",       "East",     "West",        "Northeast", "Northwest", "Southeast",
        "Southwest",   "Greater",  "Upper",       "Lower",     "Downtown",  "Metro",
        "Suburban",    "Rural",    "Coastal",     "Occupied",  "Historic",  "Old",
        "In",          "From",     "To",          "At",        "Across",    "Near",
        "Across",      "Outside",  "Inside",      "Of",        "And",       "The",
        "For",         "By",       "On",          "With",      "Both",      "Neighbouring",
        "Neighboring", "Mainland", "Continental", "Inland",    "Saharan",   "Sub"};
    for (std::string_view k : kWords) {
      if (k == w) return true;
    }
    return false;
  }

  // A capitalised word of two or more letters, not in capitals: "Valls" in "Navarro-Valls", but not
  // the party letter of "D-Columbus" or a team code.
  static bool is_title_case_word(const Token& t) {
    return t.word && t.capitalised && !t.all_caps && t.end - t.begin > 1;
  }

  // "Egyptian-US relations": a demonym joined to a place is no compound name.
  bool is_demonym(const Token& t) const {
    return !g_.demonym_country(token_text(text_, t)).empty();
  }

  bool glued_to_neighbour(const Candidate& c) const {
    const auto glue = [](const Token& t) {
      return t.word || t.punct == '$' || t.punct == '/' || t.punct == '@' || t.punct == '_' ||
             t.punct == '#' || t.punct == '&' || t.punct == '+' || t.punct == '=';
    };
    if (c.last < tokens_.size() && !tokens_[c.last].space_before && glue(tokens_[c.last]))
      return true;
    if (c.first > 0 && !tokens_[c.first].space_before && glue(tokens_[c.first - 1])) return true;
    return false;
  }

  // News datelines write the place in capitals at the start of a line, followed by a comma, a
  // colon or a dash: look the capitalised words up in title case.
  bool match_dateline(std::size_t i) {
    std::size_t j = i;
    while (j < tokens_.size() && j < i + 4 && tokens_[j].all_caps &&
           (j == i || !tokens_[j].break_before))
      ++j;
    if (j >= tokens_.size()) return false;
    const char p = tokens_[j].punct;
    if (tokens_[j].word || tokens_[j].break_before || (p != ',' && p != ':' && p != kDash))
      return false;
    for (std::size_t last = j; last > i; --last) {
      std::string key;
      for (std::size_t k = i; k < last; ++k) {
        if (k > i) key += ' ';
        const std::string_view w = token_text(text_, tokens_[k]);
        for (std::size_t b = 0; b < w.size(); ++b) {
          char c = w[b];
          if (b > 0 && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
          key += c;
        }
      }
      const NameEntry* e = g_.find(key);
      if (e && !e->readings.empty()) {
        Candidate c;
        c.first = i;
        c.last = last;
        c.entry = e;
        c.key = std::move(key);
        c.dateline = true;
        cands_.push_back(std::move(c));
        return true;
      }
    }
    return false;
  }

  void read_context() {
    for (std::size_t k = 0; k < cands_.size(); ++k) {
      Candidate& c = cands_[k];
      c.sentence_start = is_sentence_start(tokens_, c.first);
      c.glued = glued_to_neighbour(c);
      // Hyphenated with a capitalised word that is no place: one name of something else.
      if (c.first >= 2 && tokens_[c.first - 1].punct == kDash && !tokens_[c.first].space_before &&
          !tokens_[c.first - 1].space_before && is_title_case_word(tokens_[c.first - 2]) &&
          !is_demonym(tokens_[c.first - 2]) && !ends_candidate(k, c.first - 2)) {
        c.hyphen_compound = true;
      }
      if (c.last + 1 < tokens_.size() && tokens_[c.last].punct == kDash &&
          !tokens_[c.last].space_before && !tokens_[c.last + 1].space_before &&
          is_title_case_word(tokens_[c.last + 1]) && !is_demonym(tokens_[c.last + 1]) &&
          !(k + 1 < cands_.size() && cands_[k + 1].first == c.last + 1)) {
        c.hyphen_compound = true;
      }
      if (c.first > 0 && !tokens_[c.first].break_before) {
        const Token& prev = tokens_[c.first - 1];
        if (prev.word && tokens_[c.first].space_before) {
          const std::string_view w = token_text(text_, prev);
          c.title_before = is_title(w);
          c.given_name_before =
              prev.capitalised && g_.is_given_name(w) && !ends_candidate(k, c.first - 1);
          c.preposition_before = is_place_preposition(w);
          c.capitalised_before =
              prev.capitalised && !c.sentence_start && !is_sentence_start(tokens_, c.first - 1) &&
              !ends_candidate(k, c.first - 1) && !is_place_modifier(w) && !is_function_word(w);
        } else if (prev.punct == '.' && c.first > 1 && tokens_[c.first - 2].word) {
          c.title_before = is_title(token_text(text_, tokens_[c.first - 2]));  // "Mr. Putin"
        }
      }
      if (c.last < tokens_.size() && !tokens_[c.last].break_before) {
        const Token& next = tokens_[c.last];
        if (next.word && next.space_before) {
          const std::string_view w = token_text(text_, next);
          const bool next_is_place = k + 1 < cands_.size() && cands_[k + 1].first == c.last;
          c.capitalised_after = next.capitalised && !next_is_place;
          c.name_after = next.capitalised;
          c.ordinary_after = next.capitalised && g_.is_ordinary_word(w);
          c.street_after = is_street_word(w);
          c.organisation_after = is_organisation_word(w);
          c.speech_after = is_speech_verb(w);
        } else if (next.punct == '&' && next.space_before) {
          c.organisation_after = true;  // "Stevens & Wilkinson", "Johnson & Johnson"
        } else if (next.punct == ',' && k + 1 < cands_.size() &&
                   cands_[k + 1].first == c.last + 1) {
          c.container = static_cast<int>(k + 1);
        }
      }
    }
  }

  bool ends_candidate(std::size_t k, std::size_t token) const {
    return k > 0 && cands_[k - 1].last == token + 1;
  }

  // A name right after a title or a first name is a person's ("Jake Sullivan", "Mr Putin"), and so
  // is the same name elsewhere in the article ("Sullivan said").
  void mark_people() {
    for (const Candidate& c : cands_) {
      if (c.title_before || c.given_name_before) {
        people_.push_back(c.entry);
        continue;
      }
      // "Jordan Dyer": a first name that is also a place, and the surname after it.
      if (first_name_of_person(c)) {
        if (!prominent(*c.entry)) people_.push_back(c.entry);
        if (&c != &cands_.back() && (&c + 1)->first == c.last) people_.push_back((&c + 1)->entry);
        continue;
      }
      // "President Barack Obama", "Capt. Roy A. Nelson": a title or a first name opens the run of
      // capitalised words and initials that ends with this name.
      std::size_t j = c.first;
      for (int words = 0; words < 4 && j > 0; ++words) {
        if (tokens_[j].break_before) break;
        std::size_t prev = j - 1;
        if (tokens_[prev].punct == '.' && prev > 0 && !tokens_[prev].space_before)
          --prev;  // "Capt."
        const Token& w = tokens_[prev];
        if (!w.word || !w.capitalised || tokens_[prev + 1].break_before) break;
        const std::string_view text = token_text(text_, w);
        const bool dotted = prev + 1 < j;
        if (is_title(text) || (!dotted && g_.is_given_name(text))) {
          people_.push_back(c.entry);
          break;
        }
        if (dotted && text.size() > 1) break;  // a dot after a word ends a sentence
        j = prev;
      }
    }
  }

  // A place name that is also a first name, followed by a capitalised word, is a person's name
  // ("Chad Johnson") unless a country or major state stands before an ordinary word ("Georgia
  // School Boards Association", "Jordan Elementary").
  bool first_name_of_person(const Candidate& c) const {
    if (!c.entry->given_name || !c.name_after) return false;
    // An ordinary, organisation or street word after it makes a place in a name ("Richmond
    // Police", "Georgia Bureau", "Augusta St.").
    return !c.ordinary_after && !c.organisation_after && !c.street_after;
  }

  // Countries, continents, named regions and major states: a person's first name with the same
  // spelling ("Georgia Smith") says nothing about the name's other uses in the article.
  static bool prominent(const NameEntry& e) {
    const Reading& r = e.readings.front();
    return r.kind == PlaceKind::Country || r.kind == PlaceKind::Continent ||
           r.kind == PlaceKind::Region || (r.kind == PlaceKind::State && r.prior >= 80) ||
           (r.kind == PlaceKind::City && r.prior >= 66);  // cities of 100,000 and more
  }

  bool is_person(const Candidate& c) const {
    return std::find(people_.begin(), people_.end(), c.entry) != people_.end();
  }

  int best_reading(const Candidate& c, bool with_context) const {
    const auto& readings = c.entry->readings;
    if (!with_context) return static_cast<int>(readings.front().place);  // sorted by prior
    int best = -1;
    double best_score = -1e9;
    // Readings come most likely first: once even the most context this article can give would not
    // lift a reading past the best so far, none after it can win (the long tail of Springfields).
    const double bound = max_context_ + (c.container >= 0 ? 60 : 0);
    for (const Reading& r : readings) {
      if (r.prior + bound < best_score) break;
      const double s = r.prior + context_score(c, r);
      if (s > best_score) {
        best_score = s;
        best = static_cast<int>(r.place);
      }
    }
    return best;
  }

  // Whether reading `r` lies in the state or country `outer` ("Paris, Texas").
  static bool reading_in(const Reading& r, const Reading& outer) {
    if (r.country_key == 0 || r.country_key != outer.country_key) return false;
    if (outer.kind == PlaceKind::Country) return r.kind != PlaceKind::Country;
    if (outer.kind == PlaceKind::State) {
      return (r.kind == PlaceKind::City || r.kind == PlaceKind::County) &&
             r.admin1_key == outer.admin1_key;
    }
    return false;
  }

  bool has_container(const Candidate& c, const Reading& r) const {
    if (c.container < 0) return false;
    for (const Reading& o : cands_[static_cast<std::size_t>(c.container)].entry->readings) {
      if (reading_in(r, o)) return true;
    }
    return false;
  }

  double context_score(const Candidate& c, const Reading& r) const {
    double s = has_container(c, r) ? 60 : 0;
    if (r.country_key != 0) {
      // Only other names count, as for regions: eight "Georgia"s do not make a story Georgian.
      // For a city, the country alone is weak evidence: it must not make a town of 20,000 in the
      // US outweigh Geneva in a story that also mentions the US.
      const int n = count_of(country_counts_, r.country_key) -
                    count_of(country_name_counts_, std::make_pair(r.country_key, c.entry));
      s += r.kind == PlaceKind::City ? 4 * std::min(n, 2) : 6 * std::min(n, 3);
    }
    // Cities and counties of a state support each other and the state itself; only other names
    // count: the canton of Geneva does not support itself as "Geneva".
    if (r.kind != PlaceKind::Country && r.admin1_key != 0) {
      const int all = count_of(admin1_counts_, r.admin1_key);
      if (all > 0) {
        const int same_name = count_of(admin1_name_counts_, std::make_pair(r.admin1_key, c.entry));
        s += 30 * std::min(all - same_name, 2);
      }
    }
    if (r.kind == PlaceKind::Country) {
      int neighbours = 0;
      for (std::uint16_t m : g_.place(r.place).member_keys)
        neighbours += count_of(country_counts_, m);
      s += 4 * std::min(neighbours, 3);
    }
    return s;
  }

  // Places strong enough to be context for the others. The first round reads each name by its
  // prior alone; the second takes the places the first round resolved (Georgia the state once
  // Atlanta and Ohio are known), so that their states count for the smaller places.
  void choose_confident(bool resolved) {
    country_counts_.items.clear();
    admin1_counts_.items.clear();
    admin1_name_counts_.items.clear();
    country_name_counts_.items.clear();
    for (Candidate& c : cands_) {
      c.confident_place = -1;
      c.confident_country = 0;
      if (c.title_before || c.given_name_before || is_person(c)) continue;
      if (resolved && c.rejected) continue;
      const int p = resolved ? c.place : best_reading(c, false);
      const Place& place = g_.place(static_cast<std::uint32_t>(p));
      if (c.sentence_start && c.entry->common_word) continue;
      if (c.entry->given_name && c.capitalised_after) continue;  // "Austin Powers"
      if (!is_confident(place, *c.entry)) continue;
      c.confident_place = p;
      c.confident_country = place.country_key;
      if (place.country_key != 0) {
        ++country_counts_[place.country_key];
        ++country_name_counts_[std::make_pair(place.country_key, c.entry)];
      }
      if (place.admin1_key != 0) {
        ++admin1_counts_[place.admin1_key];
        ++admin1_name_counts_[std::make_pair(place.admin1_key, c.entry)];
      }
    }
    int max_country = 0, max_region = 0;
    for (const auto& [k, n] : country_counts_.items) max_country = std::max(max_country, n);
    for (const auto& [k, n] : admin1_counts_.items) max_region = std::max(max_region, n);
    // The most context_score can add without a container (see there).
    max_context_ = 6.0 * std::min(max_country, 3) + 30.0 * std::min(max_region, 2) + 12.0;
  }

  void resolve(bool last_round) {
    std::vector<const char*> why(cands_.size(), nullptr);
    for (std::size_t k = 0; k < cands_.size(); ++k) {
      Candidate& c = cands_[k];
      c.place = best_reading(c, true);
      why[k] = rejection(c);
      c.rejected = why[k] != nullptr;
    }
    // One sense per article: a name taken as a place once ("Tega Cay, S.C.") is that place again
    // where only evidence was missing ("Tega Cay council met").
    std::vector<std::pair<const NameEntry*, int>> taken;  // first accepted place of each name
    for (const Candidate& c : cands_) {
      if (c.rejected) continue;
      const bool seen = std::any_of(taken.begin(), taken.end(),
                                    [&](const auto& t) { return t.first == c.entry; });
      if (!seen) taken.emplace_back(c.entry, c.place);
    }
    for (std::size_t k = 0; k < cands_.size(); ++k) {
      Candidate& c = cands_[k];
      if (!c.rejected || !lacks_only_evidence(why[k])) continue;
      for (const auto& [entry, place] : taken) {
        if (entry == c.entry) {
          c.place = place;
          c.rejected = false;
          why[k] = nullptr;
          break;
        }
      }
    }
    if (config_.trace && last_round) {
      for (std::size_t k = 0; k < cands_.size(); ++k) {
        const Candidate& c = cands_[k];
        const Place& p = g_.place(static_cast<std::uint32_t>(c.place));
        config_.trace->push_back(c.key + " @" + std::to_string(tokens_[c.first].begin) + " -> " +
                                 p.id + " (" + kind_name(p.kind) + " " + p.country + ")" +
                                 (why[k] ? std::string(": rejected, ") + why[k] : std::string()));
      }
    }
  }

  static bool lacks_only_evidence(const char* why) {
    static const std::string_view kReasons[] = {kNoEvidenceSmallCity, kNoEvidenceFirstName,
                                                kNoEvidenceOrdinaryWord, kNoEvidenceMinorRegion,
                                                kSmallCityInName};
    for (std::string_view r : kReasons) {
      if (why == r.data()) return true;
    }
    return false;
  }

  // "St. Michael's", "St Mary's": a saint's name with a possessive names a church or a school.
  bool saint_possessive(const Candidate& c) const {
    const std::string_view first = token_text(text_, tokens_[c.first]);
    if (first != "St" && first != "Saint") return false;
    // The saint is a person's first name ("St. Mary's"), not "St. Petersburg's".
    if (!g_.is_given_name(token_text(text_, tokens_[c.last - 1]))) return false;
    return c.last + 1 < tokens_.size() && tokens_[c.last].punct == kApostrophe &&
           !tokens_[c.last].space_before && token_text(text_, tokens_[c.last + 1]) == "s";
  }

  // Other confident places of the same first-level region as `p`.
  int same_region_of(const Candidate& c, const Place& p) const {
    if (p.admin1_key == 0) return 0;
    return count_of(admin1_counts_, p.admin1_key) - (c.confident_place == c.place ? 1 : 0);
  }

  // Why a candidate is not taken as a place, or nullptr when it is.
  const char* rejection(const Candidate& c) const {
    const Place& p = g_.place(static_cast<std::uint32_t>(c.place));
    if (p.user) return nullptr;
    const bool broad = p.kind == PlaceKind::Country || p.kind == PlaceKind::Continent ||
                       p.kind == PlaceKind::Region;
    if (c.title_before) return "after a title";
    if (c.given_name_before) return "after a first name";
    if (is_person(c) && !broad) return "a person's name in this article";
    if (first_name_of_person(c)) return "first name of a person";  // "Chad Johnson"
    if (c.street_after) return "street or feature name";  // "Wichita Street", "Kanawha Valley"
    if (saint_possessive(c)) return "church or school";   // "St. Mary's"
    if (c.organisation_after) return "organisation name";
    bool contained = false;
    for (const Reading& r : c.entry->readings) {
      if (static_cast<int>(r.place) == c.place) contained = has_container(c, r);
    }
    if (c.glued) return "glued to a word or symbol";
    if (c.hyphen_compound) return "hyphenated to a capitalised word";
    if (c.dateline) return nullptr;
    if (c.capitalised_after && !contained && p.kind == PlaceKind::City && p.population < 100000 &&
        same_region_of(c, p) <= 0) {
      return kSmallCityInName;
    }
    if (c.capitalised_before && !contained) return "after a capitalised word";
    if (broad || (p.kind == PlaceKind::State && major_admin1_country(p.country))) {
      if (c.entry->common_word && c.sentence_start && !broad)
        return "ordinary word at sentence start";
      return nullptr;
    }
    const bool self = c.confident_place == c.place;
    const int same_region =
        (p.admin1_key ? count_of(admin1_counts_, p.admin1_key) : 0) - (self ? 1 : 0);
    const int same_country = count_of(country_counts_, p.country_key) - (self ? 1 : 0);
    if (c.entry->common_word) {
      if (p.kind == PlaceKind::State) return contained ? nullptr : "ordinary word as a region";
      if (contained) return nullptr;
      if (c.sentence_start) return "ordinary word at sentence start";
      return (c.preposition_before && p.population >= 50000) ||
                     (same_region > 0 && p.population >= 100000)
                 ? nullptr
                 : kNoEvidenceOrdinaryWord;
    }
    if (p.kind == PlaceKind::County) return nullptr;
    if (c.speech_after && !contained && same_region <= 0 && p.population < 1000000 && !p.capital)
      return "speaker (\"Kerry said\")";
    if (p.kind == PlaceKind::State)
      return contained || same_country > 0 ? nullptr : kNoEvidenceMinorRegion;
    if (c.entry->given_name && !contained && same_region <= 0 && p.population < 100000) {
      return kNoEvidenceFirstName;
    }
    if (p.population >= config_.small_city_population) return nullptr;
    return contained || same_region > 0 || (c.preposition_before && same_country > 0)
               ? nullptr
               : kNoEvidenceSmallCity;
  }

  void find_demonyms(GeoResult& out) const {
    for (const Token& t : tokens_) {
      if (!t.word || !t.capitalised) continue;
      const std::string_view w = token_text(text_, t);
      std::string_view cc = g_.demonym_country(w);
      std::uint32_t end = t.end;
      if (cc.empty() && w.size() > 1 && w.back() == 's') {
        cc = g_.demonym_country(w.substr(0, w.size() - 1));  // "Ukrainians"
      }
      if (!cc.empty()) out.demonyms.push_back({t.begin, end, std::string(cc)});
    }
  }

  std::string_view text_;
  const Gazetteer& g_;
  const GeoConfig& config_;
  std::vector<Token> tokens_;
  std::vector<Candidate> cands_;
  std::vector<const NameEntry*> people_;  // names seen as a person's in this article
  // An article names few countries and regions: a short list beats a hash map.
  template <class K>
  struct Counter {
    std::vector<std::pair<K, int>> items;
    int& operator[](K key) {
      for (auto& [k, n] : items) {
        if (k == key) return n;
      }
      items.emplace_back(key, 0);
      return items.back().second;
    }
  };
  template <class K>
  static int count_of(const Counter<K>& counts, K key) {
    for (const auto& [k, n] : counts.items) {
      if (k == key) return n;
    }
    return 0;
  }

  Counter<std::uint16_t> country_counts_;
  double max_context_ = 0;
  Counter<std::uint32_t> admin1_counts_;
  Counter<std::pair<std::uint32_t, const NameEntry*>> admin1_name_counts_;
  Counter<std::pair<std::uint16_t, const NameEntry*>> country_name_counts_;
};

}  // namespace

GeoResult find_places(std::string_view text, const Gazetteer& gazetteer, const GeoConfig& config) {
  return Parser(text, gazetteer, config).run();
}

}  // namespace newspipe::geo
