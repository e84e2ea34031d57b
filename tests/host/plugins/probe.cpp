// A well-formed test plugin that declares one option of each type and records them in its results,
// so tests can see what the host passed. It fails on an article whose text contains "BOOM" and
// drops one whose text contains "DROP".
#include <stdexcept>

#include "newspipe/sdk.hpp"

namespace {

class Probe : public newspipe::Stage {
 public:
  Probe(const newspipe::Options& options, newspipe::StageContext&) : options_(options.values()) {}

  void process_article(newspipe::Article& a, newspipe::StageContext& ctx) override {
    if (a.text.find("BOOM") != std::string::npos) throw std::runtime_error("probe exploded");
    if (a.text.find("DROP") != std::string::npos) a.drop("duplicate");
    newspipe::Value& r = a.result(ctx.stage_name());
    r["options"] = options_;
    r["length"] = a.text.size();
    ctx.count("articles");
  }

 private:
  newspipe::Value options_;
};

newspipe::PluginInfo probe_info() {
  using newspipe::OptionType;
  return {.name = "probe",
          .version = "1.2.3",
          .description = "records its options in each article (test plugin)",
          .options = {{.name = "flag",
                       .type = OptionType::Bool,
                       .default_value = false,
                       .doc = "a boolean"},
                      {.name = "count",
                       .type = OptionType::Int,
                       .default_value = 3,
                       .doc = "an integer from 1 to 10",
                       .min = 1,
                       .max = 10},
                      {.name = "ratio",
                       .type = OptionType::Double,
                       .default_value = 0.5,
                       .doc = "a number from 0 to 1",
                       .min = 0.0,
                       .max = 1.0},
                      {.name = "mode",
                       .type = OptionType::String,
                       .default_value = "drop",
                       .doc = "drop or mark",
                       .choices = {"drop", "mark"}},
                      {.name = "words",
                       .type = OptionType::StringList,
                       .default_value = newspipe::Value::array(),
                       .doc = "a list of words"}},
          .access = newspipe::Access::ReadsText | newspipe::Access::DropsArticles};
}

}  // namespace

NEWSPIPE_PLUGIN(probe_info, Probe)
