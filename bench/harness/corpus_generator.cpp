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
constexpr std::array<std::string_view, 20> kObjects = {
    "that talks would resume next week",
    "that prices had risen sharply since the spring",
    "a new plan for public transport",
    "that the budget would be cut by a tenth",
    "that more troops would be sent to the border",
    "an inquiry into the collapse",
    "that the vote had been postponed",
    "a rise in unemployment among young people",
    "that the bridge would stay closed until March",
    "new rules for energy suppliers",
    "that exports had fallen for a third month",
    "a deal with neighbouring countries",
    "that hospitals were running short of staff",
    "that the ceasefire had been broken again",
    "a review of security arrangements",
    "that flood defences had held overnight",
    "that the strike would continue",
    "a fund for families hit by the storm",
    "that negotiations were at a delicate stage",
    "that the harvest had been poor"};
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

std::string sentence(std::mt19937_64& rng) {
  std::string s;
  const int kind = std::uniform_int_distribution<int>(0, 9)(rng);
  if (kind == 0) {
    s = "\"" + std::string(pick(kQuotes, rng)) + ",\" " + std::string(pick(kSubjects, rng)) +
        " in " + std::string(pick(kPlaces, rng)) + " said.";
  } else {
    s = std::string(pick(kSubjects, rng)) + " in " + std::string(pick(kPlaces, rng)) + " " +
        std::string(pick(kVerbs, rng)) + " " + std::string(pick(kObjects, rng));
    if (kind < 4) s += ", according to a statement released on Tuesday";
    s += ".";
  }
  return s;
}

}  // namespace

CorpusStats write_corpus(const std::string& path, std::uint64_t target_bytes, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
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
        const std::string s = sentence(rng);
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
