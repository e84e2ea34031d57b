#include "tokenizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using newspipe::geo::Token;
using newspipe::geo::tokenize;

std::vector<std::string> texts(const std::string& s) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(s)) out.push_back(s.substr(t.begin, t.end - t.begin));
  return out;
}

TEST(GeoTokenizer, SplitsPossessiveOffTheName) {
  EXPECT_EQ(texts("Russia's demand"), (std::vector<std::string>{"Russia", "'", "s", "demand"}));
  EXPECT_EQ(texts("Moscow\xE2\x80\x99s plan"),
            (std::vector<std::string>{"Moscow", "\xE2\x80\x99", "s", "plan"}));
}

TEST(GeoTokenizer, KeepsInnerApostrophesOfNames) {
  EXPECT_EQ(texts("O'Fallon and C\xC3\xB4te d'Ivoire"),
            (std::vector<std::string>{"O'Fallon", "and", "C\xC3\xB4te", "d'Ivoire"}));
}

TEST(GeoTokenizer, SplitsHyphensAndDots) {
  EXPECT_EQ(texts("Russia-backed U.S. forces"),
            (std::vector<std::string>{"Russia", "-", "backed", "U", ".", "S", ".", "forces"}));
}

TEST(GeoTokenizer, MarksCapitalsAndLineBreaks) {
  const std::string s = "the BBC\nParis";
  const auto t = tokenize(s);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_FALSE(t[0].capitalised);
  EXPECT_TRUE(t[1].all_caps);
  EXPECT_TRUE(t[2].capitalised);
  EXPECT_TRUE(t[2].break_before);
  EXPECT_FALSE(t[1].break_before);
}

TEST(GeoTokenizer, KeyUsesOneSpaceAndAsciiApostrophe) {
  const std::string s = "C\xC3\xB4te  d\xE2\x80\x99Ivoire";
  const auto t = tokenize(s);
  EXPECT_EQ(newspipe::geo::make_key(s, t, 0, t.size()), "C\xC3\xB4te d'Ivoire");
}

}  // namespace
