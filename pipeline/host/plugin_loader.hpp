// Finds plugin libraries, checks their API version before running any of their code, and creates
// stages whose objects keep their library loaded.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "newspipe/plugin.hpp"
#include "result.hpp"

namespace newspipe::host {

/// A plugin library that passed the API check, with its self-description.
struct LoadedPlugin {
  std::filesystem::path file;
  PluginInfo info;
  /// Creates a stage; the returned object keeps the library loaded for as long as it lives.
  std::shared_ptr<Stage> create(const Options& options, StageContext& ctx) const;

  const PluginEntry* entry = nullptr;
  std::shared_ptr<void> library;  // a boost::dll::shared_library, type-erased for this header
};

/// "reads text, reports offsets into text": a stage's Access flags in words.
std::string describe_access(Access access);

class PluginLoader {
 public:
  /// `search_dirs` are tried in order (plugin_path first, then the built-in folder).
  explicit PluginLoader(std::vector<std::filesystem::path> search_dirs);

  /// The built-in plugin folder of this executable: <bin>/../lib/newspipe/plugins.
  static std::filesystem::path builtin_dir();

  /// Loads a plugin by name (looked up as <dir>/<name>.so in the search folders) or by path (any
  /// argument with a '/' or ending in .so). A library is loaded once and shared.
  Result<std::shared_ptr<const LoadedPlugin>> load(const std::string& name_or_path);

  /// Every file in the search folders that exports a newspipe plugin entry, first folder first;
  /// a name found twice is listed once (the first shadows the rest).
  std::vector<std::filesystem::path> discover() const;

  const std::vector<std::filesystem::path>& search_dirs() const { return dirs_; }

 private:
  Result<std::shared_ptr<const LoadedPlugin>> load_file(const std::filesystem::path& file);

  std::vector<std::filesystem::path> dirs_;
  std::map<std::filesystem::path, std::shared_ptr<const LoadedPlugin>> loaded_;
};

}  // namespace newspipe::host
