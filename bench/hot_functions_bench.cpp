// Micro-benchmarks for the functions a build calls on every input: content hashing (every
// source and catalog, every run, including a no-op), PO parsing (a stale language) and reading
// a statement. Inputs are generated neutral text, so the figures need no corpus.
#include <benchmark/benchmark.h>

#include <fmt/format.h>

#include <string>

#include "app/build_cache.hpp"
#include "catalog/po_parser.hpp"
#include "readers/reader.hpp"

namespace {

std::string neutral_paragraph(size_t i) {
  return fmt::format(
      "Paragraph {} of the statement says that every resident is welcome at the "
      "community hall, whatever their language, and that notices appear in {} languages.",
      i, i % 20 + 1);
}

std::string make_catalog(size_t units) {
  std::string po = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n";
  for (size_t i = 0; i < units; ++i)
    po += fmt::format("#: source-docs/doc{:05}.txt:{}\nmsgid \"{}\"\nmsgstr \"{}\"\n\n", i / 10, i % 10 + 1,
                      neutral_paragraph(i), i % 5 == 0 ? std::string() : neutral_paragraph(i + 1));
  return po;
}

std::string make_statement(size_t paragraphs) {
  std::string text = "Title of a neutral statement\n\n";
  for (size_t i = 0; i < paragraphs; ++i) text += neutral_paragraph(i) + "\n\n";
  return text;
}

void content_hash(benchmark::State& state) {
  std::string bytes = make_catalog(static_cast<size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(leafpress::app::content_hash(bytes));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes.size()));
}
BENCHMARK(content_hash)->Arg(200)->Arg(2000)->Arg(11000);

void parse_po(benchmark::State& state) {
  std::string bytes = make_catalog(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    auto parsed = leafpress::catalog::parse_po(bytes, "bench.po");
    benchmark::DoNotOptimize(parsed);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(parse_po)->Arg(200)->Arg(2000);

void read_statement(benchmark::State& state) {
  std::string bytes = make_statement(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    auto document = leafpress::readers::read_document(bytes, "source-docs/bench.txt", "en");
    benchmark::DoNotOptimize(document);
  }
}
BENCHMARK(read_statement)->Arg(10);

}  // namespace
