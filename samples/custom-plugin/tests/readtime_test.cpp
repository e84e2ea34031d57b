#include <gtest/gtest.h>

#include "newspipe/testing.hpp"
#include "readtime.hpp"

namespace {

using newspipe::testing::FakeContext;
using newspipe::testing::options_for;

newspipe::Value run(const std::string& text,
                    const newspipe::Value& overrides = newspipe::Value::object(),
                    const std::string& title = "") {
  FakeContext ctx("readtime");
  readtime::ReadTimeStage stage(options_for(readtime::info(), overrides), ctx);
  newspipe::Article a;
  a.title = title;
  a.text = text;
  stage.process_article(a, ctx);
  return *a.results.find("readtime");
}

std::string words(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s += (i ? " " : "") + std::string("word");
  return s;
}

TEST(ReadTime, CountsWordsInAnyScriptButNotPunctuation) {
  const auto r = run("Talks in Genève — and Kyiv's reply — ended at 9 o'clock.");
  EXPECT_EQ(r.find("words")->as_int(), 10);
}

TEST(ReadTime, RoundsMinutesUpAtTheConfiguredSpeed) {
  EXPECT_EQ(run(words(230)).find("minutes")->as_int(), 1);
  EXPECT_EQ(run(words(231)).find("minutes")->as_int(), 2);
  newspipe::Value fast = newspipe::Value::object();
  fast["words_per_minute"] = 500;
  EXPECT_EQ(run(words(900), fast).find("minutes")->as_int(), 2);
}

TEST(ReadTime, MarksBriefsAndCountsThem) {
  FakeContext ctx("readtime");
  readtime::ReadTimeStage stage(options_for(readtime::info()), ctx);
  newspipe::Article brief;
  brief.text = words(20);
  stage.process_article(brief, ctx);
  EXPECT_TRUE(brief.results.find("readtime")->find("short")->as_bool());
  EXPECT_EQ(ctx.counters["short_articles"], 1);
}

TEST(ReadTime, TitleCountsOnlyWhenAsked) {
  newspipe::Value with_title = newspipe::Value::object();
  with_title["count_title"] = true;
  EXPECT_EQ(run("one two", newspipe::Value::object(), "A title").find("words")->as_int(), 2);
  EXPECT_EQ(run("one two", with_title, "A title").find("words")->as_int(), 4);
}

}  // namespace
