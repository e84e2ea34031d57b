#include "plugin_loader.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fake_context.hpp"
#include "test_files.hpp"

namespace newspipe::host {
namespace {

using ::testing::HasSubstr;
const std::filesystem::path kPlugins = TEST_PLUGIN_DIR;

TEST(PluginLoader, LoadsByNameFromTheSearchFolders) {
  newspipe::testing::TempDir empty;
  PluginLoader loader({empty.path(), kPlugins});
  auto p = loader.load("probe");
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p.value()->info.name, "probe");
  EXPECT_EQ(p.value()->info.version, "1.2.3");
  EXPECT_EQ(p.value()->info.options.size(), 5u);
  EXPECT_EQ(p.value()->file, kPlugins / "probe.so");
  // Loaded once, shared by every stage that names it.
  EXPECT_EQ(loader.load("probe").value().get(), p.value().get());
}

TEST(PluginLoader, LoadsByPath) {
  PluginLoader loader({});
  auto p = loader.load((kPlugins / "upper.so").string());
  ASSERT_TRUE(p) << p.error().message;
  EXPECT_EQ(p.value()->info.name, "upper");
}

TEST(PluginLoader, NotFoundListsTheFoldersSearched) {
  newspipe::testing::TempDir a;
  PluginLoader loader({a.path(), kPlugins});
  auto p = loader.load("geocoder");
  ASSERT_FALSE(p);
  EXPECT_THAT(p.error().message, HasSubstr("plugin 'geocoder' not found; searched:"));
  EXPECT_THAT(p.error().message, HasSubstr((a.path() / "geocoder.so").string()));
  EXPECT_THAT(p.error().message, HasSubstr((kPlugins / "geocoder.so").string()));
  EXPECT_THAT(p.error().message, HasSubstr("plugin_path"));
}

TEST(PluginLoader, WrongApiVersionNamesBothVersionsAndRunsNoPluginCode) {
  PluginLoader loader({kPlugins});
  // The plugin's info() and factory abort(): reaching them would kill this test.
  auto p = loader.load("wrong_api");
  ASSERT_FALSE(p);
  const std::string theirs = std::to_string(kApiVersion + 41);
  EXPECT_THAT(p.error().message,
              HasSubstr("was built for newspipe SDK API version " + theirs +
                        ", but this newspipe supports API version " + std::to_string(kApiVersion)));
  EXPECT_THAT(p.error().message, HasSubstr("rebuild the plugin"));
}

TEST(PluginLoader, LibraryWithoutEntryIsNotAPlugin) {
  PluginLoader loader({kPlugins});
  auto p = loader.load("no_entry");
  ASSERT_FALSE(p);
  EXPECT_THAT(p.error().message, HasSubstr("is not a newspipe plugin"));
  EXPECT_THAT(p.error().message, HasSubstr("NEWSPIPE_PLUGIN"));
}

TEST(PluginLoader, FileThatIsNoLibraryCannotBeLoaded) {
  newspipe::testing::TempDir d;
  newspipe::testing::write_file(d / "fake.so", "this is text, not ELF");
  PluginLoader loader({d.path()});
  auto p = loader.load("fake");
  ASSERT_FALSE(p);
  EXPECT_THAT(p.error().message, HasSubstr("cannot load plugin " + (d / "fake.so").string()));
}

TEST(PluginLoader, DiscoverListsOnlyPluginsAndTheFirstOfAName) {
  newspipe::testing::TempDir d;
  std::filesystem::copy_file(kPlugins / "upper.so", d / "probe.so");  // shadows the real probe
  PluginLoader loader({d.path(), kPlugins});
  const auto found = loader.discover();
  std::vector<std::string> names;
  for (const auto& f : found) names.push_back(f.string());
  EXPECT_NE(std::find(names.begin(), names.end(), (d / "probe.so").string()), names.end());
  EXPECT_EQ(std::find(names.begin(), names.end(), (kPlugins / "probe.so").string()), names.end());
  EXPECT_EQ(std::find(names.begin(), names.end(), (kPlugins / "no_entry.so").string()),
            names.end());
  EXPECT_NE(std::find(names.begin(), names.end(), (kPlugins / "spans.so").string()), names.end());
}

TEST(PluginLoader, StagesKeepTheirLibraryAliveAfterTheLoaderIsGone) {
  newspipe::testing::FakeContext ctx("upper");
  std::shared_ptr<Stage> stage;
  {
    PluginLoader loader({kPlugins});
    auto p = loader.load("upper");
    ASSERT_TRUE(p);
    stage = p.value()->create(Options{}, ctx);
  }
  // The loader and its plugin record are gone; the stage's code must still be mapped.
  Article a;
  a.text = "quiet";
  stage->process_article(a, ctx);
  EXPECT_EQ(a.text, "QUIET");
}

TEST(PluginLoader, DescribesAccessInWords) {
  EXPECT_EQ(describe_access(Access::ReadsText | Access::ReportsOffsets),
            "reads text, reports offsets into text");
}

}  // namespace
}  // namespace newspipe::host
