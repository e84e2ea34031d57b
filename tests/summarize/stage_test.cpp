// The stage as the host runs it: options, output shape, code-point offsets.
#include "stage.hpp"

#include <gtest/gtest.h>

#include <string>

#include "articles.hpp"
#include "fake_context.hpp"

namespace newspipe::summarize {
namespace {

using newspipe::testing::FakeContext;
using newspipe::testing::options_for;

// Python-style slicing by code points, to check offsets the way a user of the output would.
std::string slice_code_points(const std::string& s, std::size_t start, std::size_t end) {
  std::string out;
  std::size_t cp = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const bool lead = (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    if (lead && i > 0) ++cp;
    if (cp >= start && cp < end) out.push_back(s[i]);
  }
  return out;
}

Article run(const std::string& text, const Value& overrides = Value::object(),
            const std::string& stage_name = "summarize") {
  FakeContext ctx(stage_name);
  SummarizeStage stage(options_for(summarize_info(), overrides), ctx);
  Batch batch;
  batch.articles.push_back(Article{.id = "a1", .title = "", .text = text});
  stage.process_batch(batch, ctx);
  return batch.articles[0];
}

TEST(SummarizeStage, DescribesItselfAsReadingTextAndReportingOffsets) {
  const PluginInfo info = summarize_info();
  EXPECT_EQ(info.name, "summarize");
  EXPECT_TRUE(has(info.access, Access::ReadsText));
  EXPECT_TRUE(has(info.access, Access::ReportsOffsets));
  EXPECT_FALSE(has(info.access, Access::RewritesText));
}

TEST(SummarizeStage, WritesSentencesWithCodePointOffsetsUnderTheStageName) {
  const std::string text =
      "Zo\u00eb Kri\u017e opened the caf\u00e9 in \u0141\u00f3d\u017a on Monday. "
      "The caf\u00e9 serves pierogi and coffee. "
      "Kri\u017e said the caf\u00e9 had been her dream for years. \u65e5\u672c visitors came too.";
  const Article a = run(text, Value::object(), "digest");
  EXPECT_FALSE(a.failed) << a.failure;
  const Value* result = a.results.find("digest");
  ASSERT_NE(result, nullptr);
  const Value* sentences = result->find("sentences");
  ASSERT_NE(sentences, nullptr);
  ASSERT_EQ(sentences->as_array().size(), 3u);
  for (const Value& s : sentences->as_array()) {
    const auto start = static_cast<std::size_t>(s.find("start")->as_int());
    const auto end = static_cast<std::size_t>(s.find("end")->as_int());
    EXPECT_EQ(slice_code_points(text, start, end), s.find("text")->as_string());
  }
  const Value& first = sentences->as_array()[0];
  EXPECT_EQ(first.find("start")->as_int(), 0);
  EXPECT_EQ(first.find("end")->as_int(), 43);  // "Zoë Križ opened the café in Łódź on Monday."
}

TEST(SummarizeStage, OptionsChangeLengthMethodAndOrder) {
  const std::string text = testing::kFloodArticle;
  Value o = Value::object();
  o["sentences"] = Value(2);
  EXPECT_EQ(run(text, o).results.find("summarize")->find("sentences")->as_array().size(), 2u);

  Value w = Value::object();
  w["words"] = Value(25);
  EXPECT_EQ(run(text, w).results.find("summarize")->find("sentences")->as_array().size(), 1u);

  Value lead = Value::object();
  lead["method"] = Value("lead");
  lead["sentences"] = Value(1);
  const Article led = run(text, lead);
  const Value& s = led.results.find("summarize")->find("sentences")->as_array()[0];
  EXPECT_EQ(s.find("text")->as_string().rfind("Heavy rain flooded", 0), 0u);
}

TEST(SummarizeStage, RejectsAWordBudgetTogetherWithAShare) {
  Value o = Value::object();
  o["words"] = Value(50);
  o["share"] = Value(0.2);
  FakeContext ctx("summarize");
  EXPECT_THROW(SummarizeStage(options_for(summarize_info(), o), ctx), std::invalid_argument);
}

TEST(SummarizeStage, EmptyTextGivesAnEmptyList) {
  const Article a = run("");
  EXPECT_FALSE(a.failed);
  EXPECT_TRUE(a.results.find("summarize")->find("sentences")->as_array().empty());
}

}  // namespace
}  // namespace newspipe::summarize
