// A test plugin that reports offsets into the text (every "e" or "E", by code point), for
// stage-order checks and for offsets with non-ASCII text.
#include "newspipe/sdk.hpp"
#include "newspipe/text/utf8.hpp"

namespace {

class Spans : public newspipe::Stage {
 public:
  Spans(const newspipe::Options&, newspipe::StageContext&) {}
  void process_article(newspipe::Article& a, newspipe::StageContext& ctx) override {
    newspipe::Value list = newspipe::Value::array();
    std::size_t cp = 0;
    for (std::size_t b = 0; b < a.text.size();) {
      const char32_t c = newspipe::text::decode_utf8(a.text, b);
      if (c == U'e' || c == U'E')
        list.push_back(newspipe::Value::Object{{"start", cp}, {"end", cp + 1}});
      ++cp;
    }
    a.result(ctx.stage_name())["spans"] = std::move(list);
  }
};

newspipe::PluginInfo spans_info() {
  return {.name = "spans",
          .version = "1.0.0",
          .description = "reports every e or E (test plugin)",
          .access = newspipe::Access::ReadsText | newspipe::Access::ReportsOffsets};
}

}  // namespace

NEWSPIPE_PLUGIN(spans_info, Spans)
