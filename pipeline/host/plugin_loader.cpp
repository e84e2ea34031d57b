#include "plugin_loader.hpp"

#include <boost/dll/library_info.hpp>
#include <boost/dll/runtime_symbol_info.hpp>
#include <boost/dll/shared_library.hpp>

#include <set>

namespace newspipe::host {

namespace fs = std::filesystem;
namespace dll = boost::dll;

#ifndef NEWSPIPE_PLUGIN_REL_DIR
#define NEWSPIPE_PLUGIN_REL_DIR "../lib/newspipe/plugins"
#endif

std::shared_ptr<Stage> LoadedPlugin::create(const Options& options, StageContext& ctx) const {
  std::unique_ptr<Stage> stage = entry->create(options, ctx);
  if (!stage) throw std::runtime_error("the factory returned no stage");
  // The deleter owns a reference to the library: it is unloaded only after the last stage is gone.
  return std::shared_ptr<Stage>(stage.release(), [lib = library](Stage* s) { delete s; });
}

std::string describe_access(Access a) {
  std::string out;
  auto add = [&](Access f, const char* w) {
    if (has(a, f)) out += (out.empty() ? "" : ", ") + std::string(w);
  };
  add(Access::ReadsText, "reads text");
  add(Access::RewritesText, "rewrites text");
  add(Access::ReportsOffsets, "reports offsets into text");
  add(Access::DropsArticles, "drops articles");
  add(Access::UsesState, "keeps state across runs");
  return out.empty() ? std::string("nothing declared") : out;
}

PluginLoader::PluginLoader(std::vector<fs::path> search_dirs) : dirs_(std::move(search_dirs)) {}

fs::path PluginLoader::builtin_dir() {
  return (dll::program_location().parent_path() / NEWSPIPE_PLUGIN_REL_DIR).lexically_normal();
}

namespace {
bool has_entry_symbol(const fs::path& file) {
  try {
    dll::library_info info(file);
    for (const auto& s : info.symbols("boostdll")) {
      if (s == kPluginEntrySymbol) return true;
    }
  } catch (const std::exception&) {
    // Not an ELF file we can read: not a plugin.
  }
  return false;
}
}  // namespace

Result<std::shared_ptr<const LoadedPlugin>> PluginLoader::load(const std::string& name_or_path) {
  if (name_or_path.find('/') != std::string::npos || name_or_path.ends_with(".so")) {
    const fs::path file(name_or_path);
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) {
      return Error{"plugin file " + file.string() +
                   " does not exist; check the path in plugin = \"...\""};
    }
    return load_file(file);
  }
  std::string searched;
  for (const fs::path& dir : dirs_) {
    const fs::path file = dir / (name_or_path + ".so");
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) return load_file(file);
    searched += "\n    " + file.string();
  }
  return Error{"plugin '" + name_or_path + "' not found; searched:" + searched + "\n  put " +
               name_or_path +
               ".so in one of these folders, add its folder to "
               "[pipeline] plugin_path, or give the path to the .so in plugin = \"...\"; "
               "`newspipe plugins` lists the plugins found"};
}

Result<std::shared_ptr<const LoadedPlugin>> PluginLoader::load_file(const fs::path& file) {
  std::error_code ec;
  const fs::path key = fs::weakly_canonical(file, ec);
  if (auto it = loaded_.find(key); it != loaded_.end()) return it->second;

  auto lib = std::make_shared<dll::shared_library>();
  boost::dll::fs::error_code load_ec;
  lib->load(file, dll::load_mode::rtld_now | dll::load_mode::rtld_local, load_ec);
  if (load_ec) {
    return Error{"cannot load plugin " + file.string() + ": " + load_ec.message() +
                 " (is it a shared library built for this machine, with all its libraries "
                 "installed?)"};
  }
  if (!lib->has(kPluginEntrySymbol)) {
    return Error{file.string() + " is not a newspipe plugin: it exports no " + kPluginEntrySymbol +
                 "; a plugin declares itself with NEWSPIPE_PLUGIN(info, Stage) from "
                 "<newspipe/plugin.hpp>"};
  }
  // Reading the entry's first member runs no plugin code: it is plain data.
  const PluginEntry& entry = lib->get_alias<const PluginEntry>(kPluginEntrySymbol);
  if (entry.api_version != kApiVersion) {
    return Error{"plugin " + file.string() + " was built for newspipe SDK API version " +
                 std::to_string(entry.api_version) + ", but this newspipe supports API version " +
                 std::to_string(kApiVersion) +
                 "; rebuild the plugin against this newspipe's SDK headers (or run the newspipe "
                 "release that matches it)"};
  }
  auto plugin = std::make_shared<LoadedPlugin>();
  plugin->file = file;
  plugin->entry = &entry;
  plugin->library = lib;
  try {
    plugin->info = entry.info();
  } catch (const std::exception& e) {
    return Error{"plugin " + file.string() + " failed to describe itself: " + e.what()};
  }
  if (plugin->info.name.empty()) {
    return Error{"plugin " + file.string() + " describes itself without a name"};
  }
  loaded_.emplace(key, plugin);
  return std::shared_ptr<const LoadedPlugin>(plugin);
}

std::vector<fs::path> PluginLoader::discover() const {
  std::vector<fs::path> found;
  std::set<std::string> names;
  for (const fs::path& dir : dirs_) {
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      if (e.path().extension() == ".so") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      if (names.insert(f.stem().string()).second && has_entry_symbol(f)) found.push_back(f);
    }
  }
  return found;
}

}  // namespace newspipe::host
