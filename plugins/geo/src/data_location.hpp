// Where the built-in gazetteer is installed: next to the plugin library, so that no environment
// variable is needed in the build tree or in an install tree.
#pragma once

#include <filesystem>

namespace newspipe::geo {

/// `<folder of the library or executable holding this code>/geo/gazetteer.tsv`, falling back to
/// the plugin folder of a build or install tree when this code is linked into a program in bin/.
std::filesystem::path default_gazetteer_path();

}  // namespace newspipe::geo
