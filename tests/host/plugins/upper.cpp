// A test plugin that rewrites the text (upper-cases ASCII), for stage-order checks and for
// determinism across thread counts.
#include <cctype>

#include "newspipe/sdk.hpp"

namespace {

class Upper : public newspipe::Stage {
 public:
  Upper(const newspipe::Options&, newspipe::StageContext&) {}
  void process_article(newspipe::Article& a, newspipe::StageContext&) override {
    for (char& c : a.text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
};

newspipe::PluginInfo upper_info() {
  return {.name = "upper",
          .version = "1.0.0",
          .description = "upper-cases the text (test plugin)",
          .access = newspipe::Access::ReadsText | newspipe::Access::RewritesText};
}

}  // namespace

NEWSPIPE_PLUGIN(upper_info, Upper)
