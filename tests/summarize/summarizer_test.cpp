// Choosing sentences: debris and poor picks avoided, redundancy, length options, methods, order.
#include "summarizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "articles.hpp"

namespace newspipe::summarize {
namespace {

using testing::kFloodArticle;
using testing::kFloodTitle;

std::vector<std::string> texts(std::string_view text, const std::vector<Pick>& picks) {
  std::vector<std::string> out;
  for (const Pick& p : picks) out.emplace_back(text.substr(p.begin, p.end - p.begin));
  return out;
}

std::vector<std::string> summary(const SummaryOptions& opt, std::string_view text = kFloodArticle,
                                 std::string_view title = kFloodTitle) {
  return texts(text, summarize(text, title, opt));
}

bool contains_any(const std::vector<std::string>& sentences, std::string_view needle) {
  for (const auto& s : sentences) {
    if (s.find(needle) != std::string::npos) return true;
  }
  return false;
}

TEST(Summarizer, DefaultIsThreeSentencesWithTheLeadFirst) {
  const auto s = summary({});
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].rfind("Heavy rain flooded the Marren valley on Monday, forcing", 0), 0u);
}

TEST(Summarizer, NeverPicksDebrisTeasersOrBareQuotes) {
  for (Method m : {Method::News, Method::Lead, Method::Centrality}) {
    SummaryOptions opt;
    opt.method = m;
    opt.length = {Length::Unit::Sentences, 4};
    const auto s = summary(opt);
    EXPECT_FALSE(contains_any(s, "Rescue boats")) << "caption with its credit";
    EXPECT_FALSE(contains_any(s, "Reuters"));
    EXPECT_FALSE(contains_any(s, "Valley floods:")) << "headline";
    EXPECT_FALSE(contains_any(s, "Read more")) << "link line";
    EXPECT_FALSE(contains_any(s, "Updated:")) << "timestamp";
    EXPECT_FALSE(contains_any(s, "Will the valley")) << "teaser question";
    EXPECT_FALSE(contains_any(s, "We lost everything")) << "quote without a speaker";
  }
}

TEST(Summarizer, TwoSentencesSayingTheSameAreNotBothChosen) {
  for (Method m : {Method::News, Method::Centrality}) {
    SummaryOptions opt;
    opt.method = m;
    opt.length = {Length::Unit::Sentences, 5};
    const auto s = summary(opt);
    int repeats = 0;
    for (const auto& x : s) repeats += x.rfind("Heavy rain flooded the Marren valley", 0) == 0;
    EXPECT_EQ(repeats, 1);
  }
}

TEST(Summarizer, WithoutRedundancyControlTheRepeatWouldBeChosen) {
  // Guards the test above: the near-copy of the lead is a strong candidate on its own merits.
  SummaryOptions opt;
  opt.method = Method::Centrality;
  opt.mix.redundancy = 0;
  opt.mix.max_similarity = 1.01;
  opt.length = {Length::Unit::Sentences, 2};
  const auto s = summary(opt);
  int repeats = 0;
  for (const auto& x : s) repeats += x.rfind("Heavy rain flooded the Marren valley", 0) == 0;
  EXPECT_EQ(repeats, 2);
}

TEST(Summarizer, LengthAsSentences) {
  for (int n : {1, 2, 4}) {
    SummaryOptions opt;
    opt.length = {Length::Unit::Sentences, double(n)};
    EXPECT_EQ(summary(opt).size(), std::size_t(n));
  }
}

TEST(Summarizer, LengthAsWordsKeepsWithinTheBudgetButGivesAtLeastOneSentence) {
  SummaryOptions opt;
  opt.length = {Length::Unit::Words, 45};
  const auto s = summary(opt);
  ASSERT_GE(s.size(), 2u);
  std::size_t words = 0;
  for (const auto& x : s) {
    bool in_word = false;
    for (char c : x) {
      const bool w = c != ' ';
      words += w && !in_word;
      in_word = w;
    }
  }
  EXPECT_LE(words, 45u);
  opt.length = {Length::Unit::Words, 3};
  EXPECT_EQ(summary(opt).size(), 1u);
}

TEST(Summarizer, LengthAsShareOfTheArticle) {
  // Eight candidate sentences: debris does not count; the teaser and the quote do (discounted).
  SummaryOptions opt;
  opt.length = {Length::Unit::Share, 0.3};
  EXPECT_EQ(summary(opt).size(), 3u);  // ceil(0.3 * 8)
  opt.length = {Length::Unit::Share, 0.01};
  EXPECT_EQ(summary(opt).size(), 1u);
}

TEST(Summarizer, LeadMethodTakesTheFirstGoodSentences) {
  SummaryOptions opt;
  opt.method = Method::Lead;
  opt.length = {Length::Unit::Sentences, 2};
  const auto s = summary(opt);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].rfind("Heavy rain flooded the Marren valley on Monday, forcing", 0), 0u);
  EXPECT_EQ(s[1].rfind("Emergency crews used boats", 0), 0u);
}

TEST(Summarizer, OrderByArticleOrByScore) {
  SummaryOptions opt;
  opt.length = {Length::Unit::Sentences, 4};
  const auto picks = summarize(kFloodArticle, kFloodTitle, opt);
  ASSERT_EQ(picks.size(), 4u);
  for (std::size_t i = 1; i < picks.size(); ++i) EXPECT_LT(picks[i - 1].begin, picks[i].begin);
  opt.order = Order::Score;
  const auto by_score = summarize(kFloodArticle, kFloodTitle, opt);
  ASSERT_EQ(by_score.size(), 4u);
  for (std::size_t i = 1; i < by_score.size(); ++i) {
    EXPECT_GE(by_score[i - 1].score, by_score[i].score);
  }
}

TEST(Summarizer, EmptyOrDebrisOnlyTextGivesAnEmptySummary) {
  EXPECT_TRUE(summarize("", "", {}).empty());
  EXPECT_TRUE(summarize("Getty Images\n\nRead more: the archive", "", {}).empty());
}

TEST(Summarizer, HeadlineOnlyArticleStillGetsItsLines) {
  // No sentence ends with a full stop: the lines themselves are all there is to pick from.
  const auto s = summary({}, "Storm warning for the coast\nFerries cancelled until Friday", "");
  EXPECT_EQ(s.size(), 2u);
}

}  // namespace
}  // namespace newspipe::summarize
