// Options checked against a plugin's declarations, the stage order, and stage creation.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "stage_assembler.hpp"
#include "test_files.hpp"

namespace newspipe::host {
namespace {

using newspipe::testing::TempDir;
using newspipe::testing::write_file;
using ::testing::HasSubstr;

class AssembleTest : public ::testing::Test {
 protected:
  Result<std::vector<PipelineStage>> assemble(const std::string& stages_toml) {
    const auto p = dir / "p.toml";
    write_file(p, "[output]\npath = \"o.jsonl\"\n" + stages_toml);  // stages start on line 3
    file = p.string();
    auto cfg = load_config(p);
    if (!cfg) return cfg.error();
    config = std::move(cfg.value());
    return assemble_stages(config, loader, pool, "run-1");
  }
  TempDir dir;
  std::string file;
  PluginLoader loader{{TEST_PLUGIN_DIR}};
  ThreadPool pool{1};
  PipelineConfig config;
};

TEST_F(AssembleTest, FillsDefaultsAndKeepsConfiguredValues) {
  auto s = assemble(
      "[[stages]]\nplugin = \"probe\"\n[stages.options]\ncount = 7\nwords = [\"a\"]\n"
      "ratio = 1\n");
  ASSERT_TRUE(s) << s.error().message;
  ASSERT_EQ(s->size(), 1u);
  const Options& o = s->at(0).options;
  EXPECT_FALSE(o.get_bool("flag"));
  EXPECT_EQ(o.get_int("count"), 7);
  EXPECT_DOUBLE_EQ(o.get_double("ratio"), 1.0);  // an integer is accepted for a float option
  EXPECT_EQ(o.get_string("mode"), "drop");
  EXPECT_EQ(o.get_string_list("words"), std::vector<std::string>{"a"});
}

TEST_F(AssembleTest, EachBadOptionIsReportedWhereItWasWritten) {
  auto s = assemble(
      "[[stages]]\nplugin = \"probe\"\n[stages.options]\nflag = \"yes\"\ncount = 11\nratio = "
      "\"half\"\nmode = \"erase\"\nwords = [1]\ncolour = \"red\"\n");
  ASSERT_FALSE(s);
  const std::string& m = s.error().message;
  EXPECT_THAT(m, HasSubstr(file + ":6:8: option 'flag' of stage 'probe' must be a bool (true or "
                                  "false), not a string"));
  EXPECT_THAT(
      m, HasSubstr(file + ":7:9: option 'count' of stage 'probe' is out of range; use 1 to 10"));
  EXPECT_THAT(
      m, HasSubstr(file + ":8:9: option 'ratio' of stage 'probe' must be a number, not a string"));
  EXPECT_THAT(m,
              HasSubstr(file + ":9:8: option 'mode' of stage 'probe' = \"erase\" is not allowed; "
                               "use one of: drop, mark"));
  EXPECT_THAT(m, HasSubstr(file + ":10:9: option 'words' of stage 'probe' must hold only strings"));
  EXPECT_THAT(m, HasSubstr(file + ":11:10: stage 'probe' has no option 'colour'; allowed options: "
                                  "flag, count, ratio, mode, words"));
}

TEST_F(AssembleTest, RewritingTextAfterOffsetsIsAnErrorNamingBoth) {
  auto s = assemble("[[stages]]\nplugin = \"spans\"\n[[stages]]\nplugin = \"upper\"\n");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().message,
            file + ":5:1: stage 'upper' rewrites the text, but it runs after stage 'spans' (" +
                file +
                ":3:1), which reports offsets into the text; those offsets would no longer match. "
                "Move 'upper' before 'spans'");
  // The other way round is fine, and so is a disabled offending stage.
  EXPECT_TRUE(assemble("[[stages]]\nplugin = \"upper\"\n[[stages]]\nplugin = \"spans\"\n"));
  EXPECT_TRUE(
      assemble("[[stages]]\nplugin = \"spans\"\n[[stages]]\nplugin = \"upper\"\n"
               "enabled = false\n"));
}

TEST_F(AssembleTest, MissingPluginIsReportedAtItsKey) {
  auto s = assemble("[[stages]]\nplugin = \"nowhere\"\n");
  ASSERT_FALSE(s);
  EXPECT_THAT(s.error().message, HasSubstr(file + ":4:10: plugin 'nowhere' not found; searched:"));
}

TEST_F(AssembleTest, FactoryThatThrowsGivesItsMessage) {
  auto s = assemble("[[stages]]\nplugin = \"factory_throws\"\n");
  ASSERT_FALSE(s);
  EXPECT_THAT(s.error().message,
              HasSubstr("stage 'factory_throws' (plugin " + std::string(TEST_PLUGIN_DIR) +
                        "/factory_throws.so) failed to start: cannot open the gazetteer "
                        "/nowhere/places.tsv"));
}

TEST_F(AssembleTest, OneNamedStageCanUseAPluginTwice) {
  auto s = assemble(
      "[[stages]]\nplugin = \"probe\"\nname = \"first\"\n[[stages]]\nplugin = "
      "\"probe\"\nname = \"second\"\n");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->at(0).plugin.get(), s->at(1).plugin.get());
  EXPECT_EQ(s->at(1).context->stage_name(), "second");
}

}  // namespace
}  // namespace newspipe::host
