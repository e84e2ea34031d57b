#include "config.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_files.hpp"

namespace newspipe::host {
namespace {

using newspipe::testing::TempDir;
using newspipe::testing::write_file;
using ::testing::HasSubstr;

class ConfigTest : public ::testing::Test {
 protected:
  std::filesystem::path write(const std::string& toml) {
    const auto p = dir / "pipeline.toml";
    write_file(p, toml);
    return p;
  }
  TempDir dir;
};

TEST_F(ConfigTest, ReadsEveryKeyOfTheContract) {
  auto cfg = load_config(write(R"(
[pipeline]
name = "nightly"
batch_size = 50
threads = 2
plugin_path = ["plugins.d"]
on_error = "fail"
[input]
paths = ["in"]
format = "jsonl"
[output]
path = "out/a.jsonl"
quarantine = "out/q.jsonl"
report = "out/r.json"
[state]
path = "st"
[[stages]]
plugin = "clean"
[[stages]]
plugin = "dedup"
name = "dd"
enabled = false
[stages.options]
mode = "mark"
threshold = 0.8
)"));
  ASSERT_TRUE(cfg) << cfg.error().message;
  EXPECT_EQ(cfg->name, "nightly");
  EXPECT_EQ(cfg->batch_size, 50u);
  EXPECT_EQ(cfg->threads, 2u);
  EXPECT_EQ(cfg->on_error, OnError::Fail);
  ASSERT_EQ(cfg->plugin_path.size(), 1u);
  EXPECT_EQ(cfg->plugin_path[0], dir / "plugins.d");  // relative to the config file
  EXPECT_EQ(cfg->input_paths, std::vector<std::string>{(dir / "in").string()});
  EXPECT_EQ(cfg->output_path, (dir / "out/a.jsonl").string());
  EXPECT_EQ(cfg->state_path, dir / "st");
  ASSERT_EQ(cfg->stages.size(), 2u);
  EXPECT_EQ(cfg->stages[0].name, "clean");
  EXPECT_TRUE(cfg->stages[0].enabled);
  EXPECT_EQ(cfg->stages[1].name, "dd");
  EXPECT_FALSE(cfg->stages[1].enabled);
  ASSERT_EQ(cfg->stages[1].options.size(), 2u);
  EXPECT_EQ(cfg->stages[1].options[0].value, Value("mark"));
  EXPECT_EQ(cfg->stages[1].options[1].value, Value(0.8));
}

TEST_F(ConfigTest, NoStagesIsAPassThrough) {
  auto cfg = load_config(write("[output]\npath = \"o.jsonl\"\n"));
  ASSERT_TRUE(cfg) << cfg.error().message;
  EXPECT_TRUE(cfg->stages.empty());
  // Quarantine and report default to files beside the output.
  EXPECT_EQ(cfg->quarantine_path, (dir / "quarantine.jsonl").string());
  EXPECT_EQ(cfg->report_path, (dir / "report.json").string());
}

TEST_F(ConfigTest, UnknownKeyNamesFileLineColumnAndAllowedKeys) {
  const auto p = write("[pipeline]\nname = \"x\"\n  batchsize = 10\n[output]\npath = \"o\"\n");
  auto cfg = load_config(p);
  ASSERT_FALSE(cfg);
  EXPECT_EQ(cfg.error().message,
            p.string() +
                ":3:3: unknown key 'batchsize' in [pipeline]; allowed keys: name, "
                "batch_size, threads, plugin_path, on_error");
}

TEST_F(ConfigTest, WrongTypeIsNotIgnored) {
  const auto p = write("[pipeline]\nbatch_size = \"500\"\n[output]\npath = \"o\"\n");
  auto cfg = load_config(p);
  ASSERT_FALSE(cfg);
  EXPECT_EQ(cfg.error().message,
            p.string() + ":2:14: pipeline.batch_size must be an integer, not a string");
}

TEST_F(ConfigTest, BadValuesSayWhatIsAllowed) {
  const auto p = write(
      "[pipeline]\nbatch_size = 0\non_error = \"ignore\"\n[input]\nformat = \"xml\"\n"
      "[output]\npath = \"o\"\n");
  auto cfg = load_config(p);
  ASSERT_FALSE(cfg);
  EXPECT_THAT(cfg.error().message,
              HasSubstr(p.string() + ":2:14: pipeline.batch_size = 0 is out of range; use 1 to"));
  EXPECT_THAT(
      cfg.error().message,
      HasSubstr(p.string() + ":3:12: pipeline.on_error = \"ignore\" is not allowed; use one "
                             "of: quarantine, fail"));
  EXPECT_THAT(cfg.error().message, HasSubstr(p.string() + ":5:10: input.format = \"xml\""));
}

TEST_F(ConfigTest, SyntaxErrorNamesItsPlace) {
  const auto p = write("[pipeline]\nname = \"unterminated\n");
  auto cfg = load_config(p);
  ASSERT_FALSE(cfg);
  EXPECT_THAT(cfg.error().message, HasSubstr(p.string() + ":2:"));
  EXPECT_THAT(cfg.error().message, HasSubstr("fix the TOML syntax"));
}

TEST_F(ConfigTest, MissingFileSaysSo) {
  auto cfg = load_config(dir / "nope.toml");
  ASSERT_FALSE(cfg);
  EXPECT_THAT(cfg.error().message, HasSubstr("no such config file"));
}

TEST_F(ConfigTest, TwoStagesWithOneNameAreAnError) {
  const auto p = write(
      "[output]\npath = \"o\"\n[[stages]]\nplugin = \"clean\"\n[[stages]]\n"
      "plugin = \"clean\"\n");
  auto cfg = load_config(p);
  ASSERT_FALSE(cfg);
  EXPECT_THAT(cfg.error().message, HasSubstr(p.string() +
                                             ":5:1: two stages are named 'clean' (the "
                                             "other is at " +
                                             p.string() + ":3:1)"));
}

TEST_F(ConfigTest, SetOverridesAnyKeyWithItsType) {
  const auto p = write(
      "[pipeline]\nthreads = 4\n[output]\npath = \"o.jsonl\"\n[[stages]]\nplugin = \"dedup\"\n"
      "[stages.options]\nmode = \"drop\"\n");
  ConfigOverrides o;
  o.sets = {"pipeline.threads=2",         "stages.dedup.mode=mark",
            "stages.dedup.threshold=0.9", "output.path=elsewhere.jsonl",
            "stages.dedup.enabled=false", "pipeline.batch_size=7"};
  auto cfg = load_config(p, o);
  ASSERT_TRUE(cfg) << cfg.error().message;
  EXPECT_EQ(cfg->threads, 2u);
  EXPECT_EQ(cfg->batch_size, 7u);
  EXPECT_FALSE(cfg->stages[0].enabled);
  ASSERT_EQ(cfg->stages[0].options.size(), 2u);
  EXPECT_EQ(cfg->stages[0].options[0].value, Value("mark"));
  EXPECT_EQ(cfg->stages[0].options[1].value, Value(0.9));
  EXPECT_EQ(cfg->stages[0].options[1].where, "--set stages.dedup.threshold");
  // A path from the command line is relative to the current folder, not the config's.
  EXPECT_EQ(cfg->output_path, (std::filesystem::current_path() / "elsewhere.jsonl").string());
}

TEST_F(ConfigTest, SetErrorsNameTheFlag) {
  const auto p = write("[output]\npath = \"o\"\n[[stages]]\nplugin = \"clean\"\n");
  ConfigOverrides o;
  o.sets = {"stages.dedup.mode=mark"};
  auto cfg = load_config(p, o);
  ASSERT_FALSE(cfg);
  EXPECT_EQ(cfg.error().message,
            "--set stages.dedup.mode: no stage is named 'dedup'; stages: clean");

  o.sets = {"pipeline.threads=many"};
  cfg = load_config(p, o);
  ASSERT_FALSE(cfg);
  EXPECT_EQ(cfg.error().message,
            "--set pipeline.threads: pipeline.threads must be an integer, not a string");

  o.sets = {"pipeline.thread=2"};
  cfg = load_config(p, o);
  ASSERT_FALSE(cfg);
  EXPECT_THAT(cfg.error().message, HasSubstr("--set pipeline.thread: unknown key 'thread'"));

  o.sets = {"threads"};
  cfg = load_config(p, o);
  ASSERT_FALSE(cfg);
  EXPECT_THAT(cfg.error().message, HasSubstr("expected KEY=VALUE"));
}

TEST_F(ConfigTest, CommandLineInputAndOutputReplaceTheFile) {
  const auto p = write("[input]\npaths = [\"a\"]\n[output]\npath = \"o\"\n");
  ConfigOverrides o;
  o.inputs = {"x.jsonl", "-"};
  o.output = "-";
  auto cfg = load_config(p, o);
  ASSERT_TRUE(cfg) << cfg.error().message;
  EXPECT_EQ(cfg->input_paths, (std::vector<std::string>{
                                  (std::filesystem::current_path() / "x.jsonl").string(), "-"}));
  EXPECT_EQ(cfg->output_path, "-");
  EXPECT_TRUE(cfg->report_path.empty());  // no report beside stdout
}

}  // namespace
}  // namespace newspipe::host
