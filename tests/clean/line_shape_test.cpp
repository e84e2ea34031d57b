// The line features the debris decisions rest on.
#include "line_shape.hpp"

#include <gtest/gtest.h>

namespace newspipe::clean {
namespace {

TEST(CleanLineShape, ProseLooksLikeASentence) {
  const LineShape s = measure_line("The council said the new bridge would open in the spring.");
  EXPECT_EQ(s.words, 11);
  EXPECT_TRUE(s.ends_terminal);
  EXPECT_TRUE(s.ends_period);
  EXPECT_GE(s.function_words, 3);
  EXPECT_TRUE(s.sentence_like());
  EXPECT_FALSE(s.long_sentence());
}

TEST(CleanLineShape, ClosingQuotesAfterTheFullStopStillEndASentence) {
  EXPECT_TRUE(measure_line("\u201cWe will rebuild it,\u201d she said. \u201cAll of it.\u201d")
                  .ends_terminal);
  EXPECT_TRUE(measure_line("He asked: \"Is it safe?\"").ends_question);
}

TEST(CleanLineShape, HeadlinesAndLabelsDoNot) {
  const LineShape h = measure_line("Harbour town braces for record tide");
  EXPECT_FALSE(h.ends_terminal);
  EXPECT_FALSE(h.sentence_like());
  EXPECT_TRUE(h.starts_upper);
  const LineShape label = measure_line("Weather:");
  EXPECT_TRUE(label.ends_colon);
}

TEST(CleanLineShape, CountsCapitalsNumbersAndSeparators) {
  const LineShape s = measure_line("Home | Regions | North Coast | 2,400");
  EXPECT_EQ(s.separators, 3);
  EXPECT_EQ(s.numeric, 1);
  EXPECT_EQ(s.capitalised, 4);
  EXPECT_EQ(measure_line("BREAKING NEWS").all_caps, 2);
  EXPECT_EQ(measure_line("* * *").words, 0);
}

TEST(CleanLineShape, RuleTokensFoldCaseAndKeepMarks) {
  const auto t = rule_tokens("READ MORE: Harbour\u2019s tide \u2014 Photo/Archive");
  const std::vector<std::string> want = {"read", "more",  ":", "harbour's",
                                         "tide", "photo", "/", "archive"};
  EXPECT_EQ(t, want);
}

}  // namespace
}  // namespace newspipe::clean
