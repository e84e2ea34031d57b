// The clean stage as the host drives it: options from TOML, results in the contract's shape.
#include "clean_stage.hpp"

#include <gtest/gtest.h>

#include <toml++/toml.h>

#include "fake_context.hpp"

namespace newspipe::clean {
namespace {

using newspipe::testing::FakeContext;
using newspipe::testing::options_for;

// The [stages.options] table of a TOML config, as the Value the host would hand over.
Value options_from_toml(std::string_view toml_text) {
  const toml::table doc = toml::parse(toml_text);
  Value out = Value::object();
  for (const auto& [key, node] : *doc["stages"][0]["options"].as_table()) {
    const std::string name(key.str());
    if (const auto* arr = node.as_array()) {
      Value list = Value::array();
      for (const auto& e : *arr) list.push_back(Value(std::string(e.value_or(std::string_view{}))));
      out[name] = std::move(list);
    } else if (node.is_boolean()) {
      out[name] = node.value_or(false);
    } else if (node.is_floating_point()) {
      out[name] = node.value_or(0.0);
    } else if (node.is_string()) {
      out[name] = std::string(node.value_or(std::string_view{}));
    }
  }
  return out;
}

Article article(std::string text) {
  Article a;
  a.id = "t1";
  a.text = std::move(text);
  return a;
}

TEST(CleanStage, DeclaresItsOptionsAndAccess) {
  const PluginInfo info = clean_plugin_info();
  EXPECT_EQ(info.name, "clean");
  EXPECT_TRUE(has(info.access, Access::ReadsText));
  EXPECT_TRUE(has(info.access, Access::RewritesText));
  EXPECT_FALSE(has(info.access, Access::ReportsOffsets));
  for (const OptionSpec& o : info.options) EXPECT_FALSE(o.doc.empty()) << o.name;
}

TEST(CleanStage, RewritesTextAndReportsEveryRemovedLine) {
  FakeContext ctx("clean");
  CleanStage stage(options_for(clean_plugin_info()), ctx);
  Article a = article(
      "The tide peaked at 6.2 metres.\n\n1px transparent line\nAdvertisement\n\nNobody was hurt.");
  stage.process_article(a, ctx);
  EXPECT_EQ(a.text, "The tide peaked at 6.2 metres.\n\nNobody was hurt.");
  const Value& r = *a.results.find("clean");
  const auto& removed = r.find("removed")->as_array();
  ASSERT_EQ(removed.size(), 2u);
  EXPECT_EQ(removed[0].find("text")->as_string(), "1px transparent line");
  EXPECT_EQ(removed[0].find("reason")->as_string(), "placeholder");
  EXPECT_EQ(removed[1].find("reason")->as_string(), "cookie_ads");
  EXPECT_EQ(r.find("lines_removed")->as_int(), 2);
  EXPECT_EQ(r.find("chars_removed")->as_int(), 33);
  EXPECT_FALSE(r.find("kept_whole")->as_bool());
  EXPECT_EQ(ctx.counters["lines_removed"], 2);
}

TEST(CleanStage, CustomRulesAndSwitchesComeFromToml) {
  const Value opts = options_from_toml(R"(
    [[stages]]
    plugin = "clean"
    [stages.options]
    disable = ["cookie_ads"]
    custom_rules = ["Sponsored by Acme", 're:^Tide table for \w+$']
  )");
  FakeContext ctx("clean");
  CleanStage stage(options_for(clean_plugin_info(), opts), ctx);
  Article a = article(
      "The tide peaked at 6.2 metres.\n\nAdvertisement\n\nSponsored by Acme Boats\n\n"
      "Tide table for Porthcove\n\nNobody was hurt.");
  stage.process_article(a, ctx);
  EXPECT_EQ(a.text, "The tide peaked at 6.2 metres.\n\nAdvertisement\n\nNobody was hurt.");
  const auto& removed = a.results.find("clean")->find("removed")->as_array();
  ASSERT_EQ(removed.size(), 2u);
  EXPECT_EQ(removed[0].find("reason")->as_string(), "custom");
  EXPECT_EQ(removed[1].find("rule")->as_string(), "re:^Tide table for \\w+$");
}

TEST(CleanStage, UnknownGroupNameIsAConfigurationError) {
  FakeContext ctx("clean");
  Value opts = Value::object();
  Value list = Value::array();
  list.push_back("cookies");
  opts["disable"] = std::move(list);
  try {
    CleanStage stage(options_for(clean_plugin_info(), opts), ctx);
    FAIL() << "expected an error";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("cookie_ads"), std::string::npos);
  }
}

TEST(CleanStage, SafetyLimitIsCountedAndReported) {
  FakeContext ctx("clean");
  Value opts = Value::object();
  opts["max_removed_share"] = 0.2;
  CleanStage stage(options_for(clean_plugin_info(), opts), ctx);
  Article a = article("Share this\nEmail\nFacebook\n\nThe tide peaked.");
  stage.process_article(a, ctx);
  const Value& r = *a.results.find("clean");
  EXPECT_TRUE(r.find("kept_whole")->as_bool());
  EXPECT_TRUE(r.find("removed")->as_array().empty());
  EXPECT_EQ(r.find("withheld")->as_array().size(), 3u);
  EXPECT_EQ(a.text, "Share this\n\nEmail\n\nFacebook\n\nThe tide peaked.");
  EXPECT_EQ(ctx.counters["kept_whole"], 1);
}

TEST(CleanStage, ResultsGoUnderTheStageName) {
  FakeContext ctx("tidy");
  CleanStage stage(options_for(clean_plugin_info()), ctx);
  Article a = article("Advertisement\n\nThe tide peaked.");
  stage.process_article(a, ctx);
  EXPECT_NE(a.results.find("tidy"), nullptr);
  EXPECT_EQ(a.results.find("clean"), nullptr);
}

}  // namespace
}  // namespace newspipe::clean
