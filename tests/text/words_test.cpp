// Words, lower-casing, stop words and the light stemmer.
#include "newspipe/text/words.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using namespace newspipe::text;

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for_each_word(text,
                [&](std::size_t b, std::size_t e) { out.emplace_back(text.substr(b, e - b)); });
  return out;
}

std::string stem(std::string w) {
  light_stem(w);
  return w;
}

TEST(Words, RunsOfLettersAndDigitsSplitAtPunctuation) {
  EXPECT_EQ(words("The U.S.-led talks, at 10:30 (GMT)... cost $1.5bn!"),
            (std::vector<std::string>{"The", "U", "S", "led", "talks", "at", "10", "30", "GMT",
                                      "cost", "1", "5bn"}));
}

TEST(Words, NonAsciiLettersAreWordCharactersAndCurlyQuotesAreNot) {
  EXPECT_EQ(words("\u201cZo\u00eb\u2019s caf\u00e9\u201d \u2014 "
                  "\u041c\u043e\u0441\u043a\u0432\u0430 \u65e5\u672c"),
            (std::vector<std::string>{"Zo\u00eb", "s", "caf\u00e9",
                                      "\u041c\u043e\u0441\u043a\u0432\u0430", "\u65e5\u672c"}));
}

TEST(Words, LowerCasingCoversNonAscii) {
  std::string out;
  append_lower("\u00c9LODIE Kri\u017d", out);
  EXPECT_EQ(out, "\u00e9lodie kri\u017e");
}

TEST(Words, StopWords) {
  EXPECT_TRUE(is_stop_word("the"));
  EXPECT_TRUE(is_stop_word("said"));
  EXPECT_TRUE(is_stop_word("would"));
  EXPECT_FALSE(is_stop_word("ceasefire"));
  EXPECT_FALSE(is_stop_word("The"));  // callers lower-case first
}

TEST(Words, LightStemMatchesInflectedForms) {
  EXPECT_EQ(stem("talks"), "talk");
  EXPECT_EQ(stem("talked"), "talk");
  EXPECT_EQ(stem("talking"), "talk");
  EXPECT_EQ(stem("countries"), "country");
  EXPECT_EQ(stem("planned"), "plan");
  EXPECT_EQ(stem("crisis"), "crisis");
  EXPECT_EQ(stem("press"), "press");
  EXPECT_EQ(stem("news"), "news");  // four letters or fewer stay as they are
}

}  // namespace
