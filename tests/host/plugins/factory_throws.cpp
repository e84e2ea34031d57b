// A test plugin whose factory throws, as a stage that cannot open its resources would.
#include <stdexcept>

#include "newspipe/sdk.hpp"

namespace {

class Broken : public newspipe::Stage {
 public:
  Broken(const newspipe::Options&, newspipe::StageContext&) {
    throw std::runtime_error("cannot open the gazetteer /nowhere/places.tsv");
  }
};

newspipe::PluginInfo broken_info() {
  return {
      .name = "factory_throws", .version = "0.0.1", .description = "never starts (test plugin)"};
}

}  // namespace

NEWSPIPE_PLUGIN(broken_info, Broken)
