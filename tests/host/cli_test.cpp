// The newspipe command line end to end: exit codes, messages, output files and determinism.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_files.hpp"

namespace newspipe::host {
namespace {

using newspipe::testing::read_file;
using newspipe::testing::run_newspipe;
using newspipe::testing::TempDir;
using newspipe::testing::write_file;
using ::testing::HasSubstr;
using ::testing::Not;

std::string articles(int n) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    s += "{\"id\":\"n" + std::to_string(i) + "\",\"title\":\"Headline " + std::to_string(i) +
         "\",\"text\":\"Élan in Genève: the mayor met delegates number " + std::to_string(i * 7) +
         " before the vote.\",\"lang\":\"en\"}\n";
  }
  return s;
}

class Cli : public ::testing::Test {
 protected:
  // Writes p.toml with the test plugins' folder in [pipeline] plugin_path, on the file's 2nd line.
  void config(std::string body) {
    const std::string path_line = "plugin_path = [\"" + std::string(TEST_PLUGIN_DIR) + "\"]\n";
    if (body.starts_with("[pipeline]\n")) {
      body.insert(11, path_line);
    } else {
      body = "[pipeline]\n" + path_line + body;
    }
    write_file(dir / "p.toml", body);
  }
  TempDir dir;
};

TEST_F(Cli, MalformedLinesAreQuarantinedTheRestWrittenExit3) {
  write_file(dir / "in.jsonl", articles(2) + "{broken\n" + articles(1) + "{\"id\":\"x\"}\n");
  config("[input]\npaths = [\"in.jsonl\"]\n[output]\npath = \"out/a.jsonl\"\n");
  auto r = run_newspipe("run p.toml", dir.path());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  const std::string out = read_file(dir / "out/a.jsonl");
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 3);
  const std::string q = read_file(dir / "out/quarantine.jsonl");
  EXPECT_THAT(q, HasSubstr("\"line\":3,\"reason\":\"invalid JSON"));
  EXPECT_THAT(q, HasSubstr("\"raw\":\"{broken\""));
  EXPECT_THAT(q, HasSubstr("\"line\":5,\"reason\":\"no \\\"text\\\" field\""));
  EXPECT_THAT(r.err, HasSubstr("in.jsonl:3: quarantined"));
  const std::string report = read_file(dir / "out/report.json");
  EXPECT_THAT(report, HasSubstr("\"read\": 5"));
  EXPECT_THAT(report, HasSubstr("\"written\": 3"));
  EXPECT_THAT(report, HasSubstr("\"quarantined\": 2"));
  EXPECT_THAT(report, HasSubstr("\"exit_code\": 3"));
}

TEST_F(Cli, PassThroughKeepsEveryFieldAndExits0) {
  write_file(dir / "in.jsonl", articles(3));
  config("[input]\npaths = [\"in.jsonl\"]\n[output]\npath = \"o.jsonl\"\n");
  auto r = run_newspipe("run p.toml", dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_file(dir / "o.jsonl"), articles(3));
}

TEST_F(Cli, OutputIsByteIdenticalWhateverTheThreadCount) {
  write_file(dir / "in.jsonl", articles(300));
  config(
      "[pipeline]\nbatch_size = 7\n[input]\npaths = [\"in.jsonl\"]\n[output]\npath = \"o.jsonl\"\n"
      "[[stages]]\nplugin = \"upper\"\n[[stages]]\nplugin = \"probe\"\n[[stages]]\nplugin = "
      "\"spans\"\n");
  // plugin_path sits in [pipeline] of the test config already; add the threads per run.
  auto one = run_newspipe("run p.toml --set pipeline.threads=1 --output one.jsonl", dir.path());
  auto two = run_newspipe("run p.toml --set pipeline.threads=2 --output two.jsonl", dir.path());
  auto four = run_newspipe("run p.toml --set pipeline.threads=4 --output four.jsonl", dir.path());
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  ASSERT_EQ(four.exit_code, 0) << four.err;
  const std::string a = read_file(dir / "one.jsonl");
  EXPECT_EQ(std::count(a.begin(), a.end(), '\n'), 300);
  // "ÉLAN IN GENèVE": the first E is code point 9, although it is byte 10 (É takes two bytes).
  EXPECT_NE(a.find("\"spans\":{\"spans\":[{\"start\":9,\"end\":10}"), std::string::npos);
  EXPECT_EQ(a, read_file(dir / "two.jsonl"));
  EXPECT_EQ(a, read_file(dir / "four.jsonl"));
}

TEST_F(Cli, StageThatThrowsOnOneArticleQuarantinesItWithTheStageName) {
  write_file(dir / "in.jsonl",
             articles(1) + "{\"id\":\"bad\",\"text\":\"this one goes BOOM\"}\n" + articles(1));
  config(
      "[input]\npaths = [\"in.jsonl\"]\n[output]\npath = \"o.jsonl\"\n"
      "[[stages]]\nplugin = \"probe\"\nname = \"checker\"\n");
  auto r = run_newspipe("run p.toml", dir.path());
  EXPECT_EQ(r.exit_code, 3) << r.err;
  const std::string out = read_file(dir / "o.jsonl");
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 2);
  EXPECT_THAT(out, Not(HasSubstr("BOOM")));
  const std::string q = read_file(dir / "quarantine.jsonl");
  EXPECT_THAT(
      q,
      HasSubstr("\"line\":2,\"id\":\"bad\",\"stage\":\"checker\",\"reason\":\"probe exploded\""));
  EXPECT_THAT(q, HasSubstr("\"record\":{\"id\":\"bad\""));
  EXPECT_THAT(r.err, HasSubstr("stage 'checker' failed on article 'bad': probe exploded"));
}

TEST_F(Cli, DroppedArticlesAreCountedAndWrittenToTheirOwnFile) {
  write_file(dir / "in.jsonl", articles(1) + "{\"id\":\"dup\",\"text\":\"DROP me\"}\n");
  config(
      "[input]\npaths = [\"in.jsonl\"]\n[output]\npath = \"o.jsonl\"\ndropped = \"d.jsonl\"\n"
      "[[stages]]\nplugin = \"probe\"\n");
  auto r = run_newspipe("run p.toml", dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(read_file(dir / "o.jsonl"), Not(HasSubstr("dup")));
  EXPECT_THAT(read_file(dir / "d.jsonl"), HasSubstr("{\"id\":\"dup\""));
  const std::string report = read_file(dir / "report.json");
  EXPECT_THAT(report, HasSubstr("\"dropped\": 1"));
  EXPECT_THAT(report, HasSubstr("\"articles\": 2"));  // the probe's own counter
}

TEST_F(Cli, FailedRunLeavesTheEarlierOutputAsItWas) {
  write_file(dir / "in.jsonl", articles(2));
  config(
      "[pipeline]\non_error = \"fail\"\n[input]\npaths = [\"in.jsonl\"]\n[output]\npath = "
      "\"o.jsonl\"\n");
  ASSERT_EQ(run_newspipe("run p.toml", dir.path()).exit_code, 0);
  const std::string before = read_file(dir / "o.jsonl");
  const std::string report_before = read_file(dir / "report.json");
  write_file(dir / "in.jsonl", articles(5) + "not json\n");
  auto r = run_newspipe("run p.toml", dir.path());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("in.jsonl:6: not a JSON object (on_error = \"fail\""));
  EXPECT_EQ(read_file(dir / "o.jsonl"), before);
  EXPECT_EQ(read_file(dir / "report.json"), report_before);
  for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
    EXPECT_THAT(e.path().filename().string(), Not(HasSubstr(".tmp-"))) << "temporary file left";
  }
}

TEST_F(Cli, StdinToStdout) {
  config("[output]\npath = \"-\"\n");
  auto r = run_newspipe("run p.toml --input -", dir.path(), articles(2));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, articles(2));
}

TEST_F(Cli, TypoedKeyGivesFileLineColumnAllowedKeysAndExit1) {
  config("[output]\npath = \"o.jsonl\"\n  quarantin = \"q.jsonl\"\n");
  auto r = run_newspipe("validate p.toml", dir.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("p.toml:5:3: unknown key 'quarantin' in [output]; allowed "
                               "keys: path, quarantine, report, dropped"));
  auto run = run_newspipe("run p.toml --input nothing.jsonl", dir.path());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_FALSE(std::filesystem::exists(dir / "o.jsonl"));
}

TEST_F(Cli, MissingPluginAndWrongApiVersionAreConfigErrors) {
  write_file(dir / "in.jsonl", articles(1));
  config(
      "[input]\npaths = [\"in.jsonl\"]\n[output]\npath = \"o.jsonl\"\n[[stages]]\nplugin = "
      "\"nowhere\"\n[[stages]]\nplugin = \"wrong_api\"\n");
  auto r = run_newspipe("validate p.toml", dir.path());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("plugin 'nowhere' not found; searched:\n    " +
                               std::string(TEST_PLUGIN_DIR) + "/nowhere.so"));
  EXPECT_THAT(r.err, HasSubstr("lib/newspipe/plugins/nowhere.so"));  // the built-in folder
  EXPECT_THAT(r.err, HasSubstr("this newspipe supports API version 1"));
}

TEST_F(Cli, ValidateReportsTheStagesAndRunsNothing) {
  write_file(dir / "in.jsonl", articles(1));
  config(
      "[input]\npaths = [\"in.jsonl\"]\n[output]\npath = \"o.jsonl\"\n[[stages]]\nplugin = "
      "\"probe\"\n");
  auto r = run_newspipe("validate p.toml", dir.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("valid; 1 stage(s): probe (probe 1.2.3); 1 input file(s)"));
  EXPECT_FALSE(std::filesystem::exists(dir / "o.jsonl"));
}

TEST_F(Cli, PluginsAndDescribe) {
  config("[output]\npath = \"o.jsonl\"\n");
  auto list = run_newspipe("plugins --config p.toml", dir.path());
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_THAT(list.out, HasSubstr("probe        1.2.3    records its options in each article"));
  EXPECT_THAT(list.out, Not(HasSubstr("no_entry")));
  auto d = run_newspipe("describe probe --config p.toml", dir.path());
  EXPECT_EQ(d.exit_code, 0) << d.err;
  EXPECT_THAT(d.out, HasSubstr("access: reads text, drops articles"));
  EXPECT_THAT(d.out,
              HasSubstr("count (int, default 3; range 1 to 10)\n      an integer from 1 to 10"));
  EXPECT_THAT(d.out, HasSubstr("mode (string, default \"drop\"; one of: drop mark)"));
  EXPECT_THAT(d.out, HasSubstr("words (list of strings, default [])"));
  auto missing = run_newspipe("describe nowhere", dir.path());
  EXPECT_EQ(missing.exit_code, 1);
  write_file(dir / "bad.toml", "[pipeline]\nplugin_path = 3\n");
  auto bad = run_newspipe("plugins --config bad.toml", dir.path());
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_THAT(bad.err, HasSubstr("bad.toml:2:15: pipeline.plugin_path must be a list of strings"));
}

TEST_F(Cli, HelpListsExitCodesAndUsageErrorsExit1) {
  auto h = run_newspipe("--help", dir.path());
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_THAT(h.out, HasSubstr("3  the run completed, but some records were quarantined"));
  auto v = run_newspipe("--version", dir.path());
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_THAT(v.out, HasSubstr("plugin API version 1"));
  // The allocator the host runs on, plugins included (docs/dependencies.md).
  EXPECT_THAT(v.out, HasSubstr("allocator " NEWSPIPE_EXPECTED_ALLOCATOR));
  EXPECT_EQ(run_newspipe("run", dir.path()).exit_code, 1);
  EXPECT_EQ(run_newspipe("frobnicate", dir.path()).exit_code, 1);
}

}  // namespace
}  // namespace newspipe::host
