#include "context_words.hpp"

#include <algorithm>
#include <array>

namespace newspipe::geo {
namespace {

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& sorted, std::string_view w) {
  return std::binary_search(sorted.begin(), sorted.end(), w);
}

// Each list is kept sorted (binary search).
// "Miss" is left out: "Miss Ohio" names a pageant title, not a person.
constexpr std::array<std::string_view, 51> kTitles = {"Ambassador",
                                                      "Archbishop",
                                                      "Bishop",
                                                      "Brother",
                                                      "Capt",
                                                      "Captain",
                                                      "Chairman",
                                                      "Chancellor",
                                                      "Coach",
                                                      "Col",
                                                      "Commissioner",
                                                      "Congressman",
                                                      "Congresswoman",
                                                      "Cpl",
                                                      "Dame",
                                                      "Deputy",
                                                      "Det",
                                                      "Detective",
                                                      "Dr",
                                                      "Father",
                                                      "Gen",
                                                      "General",
                                                      "Gov",
                                                      "Governor",
                                                      "Judge",
                                                      "Justice",
                                                      "King",
                                                      "Lady",
                                                      "Lord",
                                                      "Lt",
                                                      "Mayor",
                                                      "Minister",
                                                      "Mr",
                                                      "Mrs",
                                                      "Ms",
                                                      "Officer",
                                                      "Pastor",
                                                      "Pope",
                                                      "President",
                                                      "Prime",
                                                      "Prince",
                                                      "Princess",
                                                      "Prof",
                                                      "Professor",
                                                      "Queen",
                                                      "Rep",
                                                      "Rev",
                                                      "Sen",
                                                      "Senator",
                                                      "Sgt",
                                                      "Sheriff"};

constexpr std::array<std::string_view, 45> kOrganisationWords = {
    "Academy",   "Airlines", "Airport",   "Airways",     "Associated", "Association", "Bank",
    "Bar",       "Bureau",   "Chronicle", "Church",      "Club",       "College",     "Commission",
    "Community", "Company",  "Corp",      "Corporation", "Courier",    "Daily",       "Enquirer",
    "Gazette",   "Group",    "Herald",    "Hospital",    "Inc",        "Institute",   "Journal",
    "Ltd",       "Magazine", "Mail",      "News",        "Observer",   "Party",       "Post",
    "Press",     "Railway",  "Record",    "Register",    "Sentinel",   "Star",        "Telegraph",
    "Times",     "Tribune",  "University"};

constexpr std::array<std::string_view, 22> kPlacePrepositions = {
    "across",  "along", "around", "at",      "between", "from",       "in", "inside",
    "into",    "near",  "of",     "outside", "through", "throughout", "to", "toward",
    "towards", "via",   "visit",  "visited", "within",  "across"};

constexpr std::array<std::string_view, 12> kSpeechVerbs = {
    "added", "announced", "asked",  "believes", "explained", "noted",
    "said",  "says",      "stated", "tells",    "thinks",    "told"};

}  // namespace

bool is_title(std::string_view w) { return contains(kTitles, w); }
bool is_organisation_word(std::string_view w) { return contains(kOrganisationWords, w); }
bool is_place_preposition(std::string_view w) {
  for (std::string_view p : kPlacePrepositions) {
    if (p == w) return true;
  }
  return false;
}
bool is_street_word(std::string_view w) {
  // Streets, and physical features named after a place ("Kanawha Valley", "Catawba River").
  static constexpr std::string_view kWords[] = {
      "Delta",  "Basin",   "Bay",    "Canyon",   "Creek",     "Forest",    "Hills",
      "Island", "Islands", "Lake",   "Mountain", "Mountains", "Peninsula", "Ridge",
      "River",  "Valley",  "Avenue", "Ave",      "Blvd",      "Boulevard", "Court",
      "Dr",     "Drive",   "Hwy",    "Lane",     "Ln",        "Parkway",   "Pike",
      "Pkwy",   "Rd",      "Road",   "St",       "Street",    "Terrace",   "Trail"};
  for (std::string_view k : kWords) {
    if (k == w) return true;
  }
  return false;
}

bool is_function_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "A",     "After", "All",  "An",    "And", "As", "At",   "Before", "But",   "By",
      "For",   "From",  "He",   "Her",   "His", "If", "In",   "It",     "Its",   "No",
      "Of",    "On",    "Or",   "Our",   "She", "So", "That", "The",    "Their", "There",
      "These", "They",  "This", "Those", "To",  "We", "When", "While",  "With",  "You"};
  for (std::string_view k : kWords) {
    if (k == w) return true;
  }
  return false;
}

bool is_speech_verb(std::string_view w) { return contains(kSpeechVerbs, w); }

}  // namespace newspipe::geo
