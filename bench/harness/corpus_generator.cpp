#include "corpus_generator.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <random>
#include <string_view>
#include <vector>

namespace newspipe::bench {

namespace {

constexpr std::array<std::string_view, 24> kPlaces = {
    "Geneva",     "Kyiv",    "Moscow",     "Warsaw",   "Vilnius", "Riga",
    "Tallinn",    "Berlin",  "Paris",      "London",   "Crimea",  "the Baltics",
    "Donbas",     "Georgia", "Washington", "Brussels", "Leeds",   "York",
    "Manchester", "Vienna",  "Ukraine",    "Poland",   "France",  "Eastern Europe"};
constexpr std::array<std::string_view, 16> kSubjects = {
    "The minister",     "A spokesman for the council",
    "Officials",        "The committee",
    "Analysts",         "Residents",
    "The central bank", "Union leaders",
    "The company",      "Police",
    "Diplomats",        "The mayor",
    "Doctors",          "Investors",
    "The opposition",   "Engineers"};
constexpr std::array<std::string_view, 16> kVerbs = {
    "said",         "warned",   "announced", "confirmed", "denied",    "suggested",
    "reported",     "argued",   "expected",  "insisted",  "estimated", "promised",
    "acknowledged", "proposed", "feared",    "noted"};
constexpr std::array<std::string_view, 6> kQuotes = {
    "The door is open, but they must walk through it first",
    "We will not accept promises that are broken the next morning",
    "Nobody wins from a winter without heating",
    "Our patience is long, but it is not endless",
    "This is a question of trust, not of money",
    "Every family deserves to know what happens next"};
constexpr std::array<std::string_view, 8> kDebris = {
    "1px transparent line",
    "Advertisement",
    "Read more: Ministers meet again next week",
    "Sign up for our morning briefing newsletter",
    "Share this article on Facebook Twitter Email",
    "Updated: November 21, 2026, 6:12 PM",
    "Photo: Delegates arrive for the talks. Reuters",
    "We use cookies to improve your experience."};

template <class A, class R>
std::string_view pick(const A& a, R& rng) {
  return a[std::uniform_int_distribution<std::size_t>(0, a.size() - 1)(rng)];
}

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out.push_back(c);
    }
  }
  out.push_back('"');
}

// Content words: pronounceable pseudo-words from syllables, drawn with a Zipf-like skew as real
// vocabulary is, so that two sentences rarely share most of their words (as in real news) and
// near-duplicates come only from the quotes that recur on purpose.
class Vocabulary {
 public:
  explicit Vocabulary(std::mt19937_64& rng) {
    static constexpr std::array<std::string_view, 24> kSyllables = {
        "ba", "ren", "to", "mi",  "sal", "ker", "do",  "van", "li",  "mor", "te", "pas",
        "gu", "ral", "ne", "fin", "so",  "dra", "col", "ve",  "tis", "ham", "pe", "lun"};
    for (int i = 0; i < 6000; ++i) {
      std::string w;
      const int n = std::uniform_int_distribution<int>(2, 4)(rng);
      for (int k = 0; k < n; ++k) w += pick(kSyllables, rng);
      words_.push_back(w);
      total_ += 1.0 / (i + 1);
      cumulative_.push_back(total_);
    }
  }
  const std::string& draw(std::mt19937_64& rng) const {
    const double x = std::uniform_real_distribution<double>(0, total_)(rng);
    const auto it = std::lower_bound(cumulative_.begin(), cumulative_.end(), x);
    return words_[static_cast<std::size_t>(it - cumulative_.begin())];
  }

 private:
  std::vector<std::string> words_;
  std::vector<double> cumulative_;
  double total_ = 0;
};

constexpr std::array<std::string_view, 12> kFunctionWords = {
    "the", "of", "and", "in", "to", "a", "for", "on", "with", "that", "by", "was"};

std::string sentence(std::mt19937_64& rng, const Vocabulary& vocab) {
  if (std::uniform_int_distribution<int>(0, 14)(rng) == 0) {
    return "\"" + std::string(pick(kQuotes, rng)) + ",\" " + std::string(pick(kSubjects, rng)) +
           " in " + std::string(pick(kPlaces, rng)) + " said.";
  }
  std::string s = std::string(pick(kSubjects, rng)) + " " + std::string(pick(kVerbs, rng));
  const int words = std::uniform_int_distribution<int>(10, 28)(rng);
  const int place_at = std::uniform_int_distribution<int>(0, words)(rng);
  for (int i = 0; i < words; ++i) {
    s += ' ';
    if (i == place_at) {
      s += "in ";
      s += pick(kPlaces, rng);
    } else if (std::uniform_int_distribution<int>(0, 9)(rng) < 4) {
      s += pick(kFunctionWords, rng);
    } else {
      s += vocab.draw(rng);
    }
  }
  return s + ".";
}

}  // namespace

CorpusStats write_corpus(const std::string& path, std::uint64_t target_bytes, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  const Vocabulary vocab(rng);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  CorpusStats stats;
  std::string line;
  while (stats.bytes < target_bytes) {
    const int words_wanted = std::uniform_int_distribution<int>(300, 1500)(rng);
    std::string text;
    int words = 0;
    while (words < words_wanted) {
      const int sentences = std::uniform_int_distribution<int>(2, 4)(rng);
      for (int i = 0; i < sentences; ++i) {
        const std::string s = sentence(rng, vocab);
        if (i) text += ' ';
        text += s;
        words += static_cast<int>(std::count(s.begin(), s.end(), ' ')) + 1;
      }
      text += "\n\n";
      if (std::uniform_int_distribution<int>(0, 5)(rng) == 0) {
        text += std::string(pick(kDebris, rng)) + "\n\n";
      }
    }
    while (!text.empty() && text.back() == '\n') text.pop_back();
    line = "{\"id\":\"bench-" + std::to_string(stats.articles) + "\",\"title\":";
    append_json_string(line, std::string(pick(kSubjects, rng)) + " in " +
                                 std::string(pick(kPlaces, rng)) + " " +
                                 std::string(pick(kVerbs, rng)) + " new measures");
    line += ",\"text\":";
    append_json_string(line, text);
    line += ",\"url\":\"https://example.org/" + std::to_string(stats.articles) + "\"}\n";
    out << line;
    stats.bytes += line.size();
    ++stats.articles;
  }
  return stats;
}

}  // namespace newspipe::bench
