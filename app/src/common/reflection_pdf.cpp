// pdfRecord: the reflection record as an A4 PDF, laid out with Pango on a
// Cairo PDF surface: the same blocks as the HTML page (recordOutline),
// text wrapped to the column, a moment kept on one page when it fits, long
// answers broken between lines, and "page N of M" under every page (so the
// document is laid out twice: once to count the pages).
#include "common/i18n.hpp"
#include "common/reflection_outline.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace spiegel::app {
namespace {

// A4 in PostScript points; margins of 20 mm, the footer in the bottom one.
constexpr double kPageW = 595.276, kPageH = 841.89, kMargin = 56.7;
constexpr double kTop = kMargin, kBottom = kPageH - kMargin, kWidth = kPageW - 2 * kMargin;
constexpr double kLabelW = 150;                // the facts' label column
constexpr double kPauseLabelW = 112;           // a pause's label column: "Voorbereide vraag" on one line
constexpr double kStillW = 128, kPad = 9;      // a moment's still and its band's padding
constexpr const char *kFont = "DejaVu Sans";   // fonts-dejavu-core, a dependency (scripts/deps.sh)

struct Rgb {
  double r, g, b;
};
constexpr Rgb kInk{0.13, 0.13, 0.13}, kGrey{0.40, 0.40, 0.40}, kQuiet{0.60, 0.60, 0.60};
constexpr Rgb kAccent{0.18, 0.29, 0.40}, kRule{0.80, 0.80, 0.80}, kBand{0.965, 0.969, 0.976};
constexpr Rgb kNoteInk{0.42, 0.31, 0.0}, kNoteBand{0.984, 0.965, 0.914}, kNoteBar{0.85, 0.71, 0.31};

struct Style {
  double size = 9.5;
  bool bold = false, italic = false;
  Rgb colour = kInk;
};
const Style kBody{}, kLabel{.colour = kGrey}, kMuted{.italic = true, .colour = kQuiet};
const Style kTitle{.size = 20, .bold = true}, kMeta{.size = 8.5, .colour = kGrey};
// No letter spacing on the small capitals: pdftotext and copying would
// read "LESSONS LEA R NED".
const Style kHeading{.size = 14, .bold = true}, kSub{.size = 8.5, .bold = true, .colour = kAccent};
const Style kMomentHead{.size = 10, .bold = true}, kWhen{.size = 9, .italic = true, .colour = kGrey};
const Style kNote{.size = 9, .colour = kNoteInk}, kFooter{.size = 7.5, .colour = kQuiet};

struct LayoutFree {
  void operator()(PangoLayout *l) const { g_object_unref(l); }
};
// A laid-out piece of text and its colour.
struct Text {
  std::unique_ptr<PangoLayout, LayoutFree> layout;
  Rgb colour;
  [[nodiscard]] double height() const {
    int w = 0, h = 0;
    pango_layout_get_size(layout.get(), &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }
};

void paint(cairo_t *cr, Rgb c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

// Upper case for the small section labels (their words are ASCII in both
// languages; other bytes are left as they are).
std::string upper(std::string s) {
  for (char &c : s)
    if (c >= 'a' && c <= 'z')
      c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// The pages being written: the current y, page breaks, the footer.
class Pages {
public:
  Pages(cairo_t *cr, std::string footer, int total)
      : m_cr(cr), m_context(pango_cairo_create_context(cr)), m_footer(std::move(footer)), m_total(total) {
    pango_cairo_context_set_resolution(m_context, 72); // font sizes in points, as the page
  }
  ~Pages() { g_object_unref(m_context); }
  Pages(const Pages &) = delete;
  Pages &operator=(const Pages &) = delete;

  [[nodiscard]] Text text(const std::string &s, const Style &st, double width) const {
    Text t{std::unique_ptr<PangoLayout, LayoutFree>(pango_layout_new(m_context)), st.colour};
    PangoLayout *l = t.layout.get();
    PangoFontDescription *font = pango_font_description_from_string(kFont);
    pango_font_description_set_absolute_size(font, st.size * PANGO_SCALE);
    pango_font_description_set_weight(font, st.bold ? PANGO_WEIGHT_SEMIBOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(font, st.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(l, font);
    pango_font_description_free(font);
    pango_layout_set_width(l, static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_spacing(l, static_cast<int>(st.size * 0.25 * PANGO_SCALE));
    pango_layout_set_text(l, s.c_str(), -1);
    return t;
  }
  [[nodiscard]] double y() const { return m_y; }
  void skip(double dy) { m_y += dy; }
  [[nodiscard]] int page() const { return m_page; }
  // Starts a new page when `h` does not fit below; a block taller than a
  // page starts where it is (it is broken between lines).
  void ensure(double h) {
    if (m_y + h > kBottom && m_y > kTop)
      newPage();
  }
  void newPage() {
    footer();
    cairo_show_page(m_cr);
    ++m_page;
    m_y = kTop;
  }
  void finish() { footer(); }
  // Draws `t` at (x, y) without breaking it.
  void draw(const Text &t, double x, double y) {
    paint(m_cr, t.colour);
    cairo_move_to(m_cr, x, y);
    pango_cairo_show_layout(m_cr, t.layout.get());
  }
  // Draws `t` at x from the current y, line by line, on as many pages as it
  // takes; the current y ends below it.
  void flow(const Text &t, double x) {
    PangoLayoutIter *it = pango_layout_get_iter(t.layout.get());
    double top = m_y; // where the layout's y = 0 lies on this page
    do {
      PangoRectangle line;
      pango_layout_iter_get_line_extents(it, nullptr, &line);
      const double lineTop = top + static_cast<double>(line.y) / PANGO_SCALE;
      if (lineTop + static_cast<double>(line.height) / PANGO_SCALE > kBottom && lineTop > kTop) {
        newPage();
        top = kTop - static_cast<double>(line.y) / PANGO_SCALE;
      }
      paint(m_cr, t.colour);
      cairo_move_to(m_cr, x, top + static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE);
      pango_cairo_show_layout_line(m_cr, pango_layout_iter_get_line_readonly(it));
      m_y = top + static_cast<double>(line.y + line.height) / PANGO_SCALE;
    } while (pango_layout_iter_next_line(it) != 0);
    pango_layout_iter_free(it);
  }
  void rect(double x, double y, double w, double h, Rgb c) {
    paint(m_cr, c);
    cairo_rectangle(m_cr, x, y, w, h);
    cairo_fill(m_cr);
  }
  void rule(double y, Rgb c, double x = kMargin, double w = kWidth) { rect(x, y, w, 0.6, c); }
  [[nodiscard]] cairo_t *cairo() const { return m_cr; }

private:
  void footer() {
    const auto left = text(m_footer, kFooter, kWidth);
    const auto right = text(std::string(tr("page ", "pagina ")) + std::to_string(m_page) +
                                (m_total > 0 ? tr(" of ", " van ") + std::to_string(m_total) : std::string()),
                            kFooter, kWidth);
    pango_layout_set_alignment(right.layout.get(), PANGO_ALIGN_RIGHT);
    rule(kBottom + 12, kRule);
    draw(left, kMargin, kBottom + 16);
    draw(right, kMargin, kBottom + 16);
  }

  cairo_t *m_cr;
  PangoContext *m_context;
  std::string m_footer;
  int m_total;
  int m_page = 1;
  double m_y = kTop;
};

// Label and value rows: the label in its column, the value beside it.
struct Row {
  Text label, value;
  [[nodiscard]] double height() const { return std::max(label.height(), value.height()); }
};
constexpr double kRowGap = 5;

std::vector<Row> makeRows(const Pages &pg, const std::vector<Field> &fields, double width, double labelW) {
  std::vector<Row> rows;
  for (const auto &f : fields)
    rows.push_back({pg.text(f.label, kLabel, labelW - 8), pg.text(f.text, f.muted ? kMuted : kBody, width - labelW)});
  return rows;
}

double rowsHeight(const std::vector<Row> &rows) {
  double h = 0;
  for (const auto &r : rows)
    h += r.height() + kRowGap;
  return h;
}

// Each row on one page when it fits; a longer value is broken between lines.
void drawRows(Pages &pg, const std::vector<Row> &rows, double x, double labelW, bool rules) {
  for (const auto &r : rows) {
    pg.ensure(std::min(r.height(), kBottom - kTop));
    const double top = pg.y();
    const int page = pg.page();
    pg.draw(r.label, x, top);
    pg.flow(r.value, x + labelW);
    if (pg.page() == page)
      pg.skip(std::max(0.0, top + r.label.height() - pg.y()));
    if (rules)
      pg.rule(pg.y() + kRowGap / 2, kRule);
    pg.skip(kRowGap);
  }
}

struct PauseBox {
  Text when;
  std::vector<Row> rows;
  [[nodiscard]] double height() const { return 7 + when.height() + 3 + rowsHeight(rows); }
};

void drawStill(cairo_t *cr, const RecordStill &still, double x, double y, double width) {
  const auto &img = still.image;
  cairo_surface_t *surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, img.width, img.height);
  unsigned char *data = cairo_image_surface_get_data(surface);
  const auto stride = static_cast<std::size_t>(cairo_image_surface_get_stride(surface));
  for (std::size_t row = 0; row < static_cast<std::size_t>(img.height); ++row)
    for (std::size_t col = 0; col < static_cast<std::size_t>(img.width); ++col) {
      const std::uint8_t *px = &img.rgb[(row * static_cast<std::size_t>(img.width) + col) * 3];
      const std::uint32_t v = std::uint32_t{px[0]} << 16 | std::uint32_t{px[1]} << 8 | px[2];
      std::memcpy(data + row * stride + col * 4, &v, 4); // CAIRO_FORMAT_RGB24: xRGB in a native uint32
    }
  cairo_surface_mark_dirty(surface);
  // The PDF then carries the JPEG itself instead of the pixels again.
  auto *jpeg = static_cast<unsigned char *>(std::malloc(still.jpeg.size()));
  if (jpeg != nullptr) {
    std::memcpy(jpeg, still.jpeg.data(), still.jpeg.size());
    if (cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, jpeg, still.jpeg.size(), std::free, jpeg) !=
        CAIRO_STATUS_SUCCESS)
      std::free(jpeg);
  }
  const double scale = width / img.width;
  cairo_save(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, scale, scale);
  cairo_set_source_surface(cr, surface, 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
  cairo_surface_destroy(surface);
}

// A moment (or the pauses between moments: no heading, no still) on a
// light band, kept on one page when it fits; else its pauses run on.
void moment(Pages &pg, const OutlineBlock &b, const RecordStill *still) {
  const double textX = kMargin + kPad + (still != nullptr ? kStillW + 12 : 0);
  const double textW = kMargin + kWidth - kPad - textX;
  const auto head = pg.text(b.text, kMomentHead, textW);
  const auto fields = makeRows(pg, b.fields, textW, kPauseLabelW);
  std::vector<PauseBox> pauses;
  for (const auto &p : b.pauses)
    pauses.push_back({pg.text(p.heading, kWhen, textW), makeRows(pg, p.fields, textW, kPauseLabelW)});
  const double stillH = still != nullptr ? kStillW * still->image.height / std::max(1, still->image.width) : 0;
  const double headH = b.text.empty() ? 0 : std::max(stillH, head.height() + 5 + rowsHeight(fields));
  double total = 2 * kPad + headH;
  for (const auto &p : pauses)
    total += p.height();
  const bool whole = total <= kBottom - kTop;
  pg.ensure(whole ? total : 2 * kPad + headH);
  const double top = pg.y();
  pg.rect(kMargin, top, kWidth, whole ? total : 2 * kPad + headH, kBand);
  if (still != nullptr)
    drawStill(pg.cairo(), *still, kMargin + kPad, top + kPad, kStillW);
  pg.skip(kPad);
  if (!b.text.empty()) {
    pg.draw(head, textX, pg.y());
    pg.skip(head.height() + 5);
    drawRows(pg, fields, textX, kPauseLabelW, false);
    pg.skip(std::max(0.0, top + kPad + headH - pg.y()));
  }
  for (std::size_t i = 0; i < pauses.size(); ++i) {
    pg.ensure(std::min(pauses[i].height(), kBottom - kTop));
    if (i > 0 || !b.text.empty())
      pg.rule(pg.y() + 2, kRule, textX, textW);
    pg.skip(i > 0 || !b.text.empty() ? 7 : 0);
    pg.draw(pauses[i].when, textX, pg.y());
    pg.skip(pauses[i].when.height() + 3);
    drawRows(pg, pauses[i].rows, textX, kPauseLabelW, false);
  }
  pg.skip(kPad + 10);
}

void note(Pages &pg, const std::string &text) {
  const auto t = pg.text(text, kNote, kWidth - 22);
  const double h = t.height() + 12;
  pg.ensure(h);
  pg.rect(kMargin, pg.y(), kWidth, h, kNoteBand);
  pg.rect(kMargin, pg.y(), 2.5, h, kNoteBar);
  pg.draw(t, kMargin + 12, pg.y() + 6);
  pg.skip(h + 10);
}

void labelled(Pages &pg, const std::vector<Field> &fields) {
  for (const auto &f : fields) {
    const auto body = pg.text(f.text, f.muted ? kMuted : kBody, kWidth);
    if (!f.label.empty()) {
      const auto label = pg.text(f.label, kMomentHead, kWidth);
      pg.ensure(label.height() + 4 + std::min(body.height(), 40.0)); // a label stays with its text
      pg.draw(label, kMargin, pg.y());
      pg.skip(label.height() + 4);
    }
    pg.flow(body, kMargin);
    pg.skip(12);
  }
}

void block(Pages &pg, const OutlineBlock &b, const RecordStills &stills, int &sessions) {
  switch (b.kind) {
  case BlockKind::Title: {
    const auto t = pg.text(b.text, kTitle, kWidth);
    pg.draw(t, kMargin, pg.y());
    pg.skip(t.height() + 4);
    break;
  }
  case BlockKind::Meta: {
    const auto t = pg.text(b.text, kMeta, kWidth);
    pg.draw(t, kMargin, pg.y());
    pg.skip(t.height() + 8);
    break;
  }
  case BlockKind::Heading: {
    if (sessions++ > 0)
      pg.newPage(); // each session of a series on a page of its own, as the HTML prints
    const auto t = pg.text(b.text, kHeading, kWidth);
    pg.skip(14);
    pg.draw(t, kMargin, pg.y());
    pg.skip(t.height() + 4);
    pg.rule(pg.y(), kRule);
    pg.skip(10);
    break;
  }
  case BlockKind::Subheading: {
    const auto t = pg.text(upper(b.text), kSub, kWidth);
    pg.ensure(t.height() + 60); // never alone at the foot of a page
    pg.skip(12);
    pg.draw(t, kMargin, pg.y());
    pg.skip(t.height() + 7);
    break;
  }
  case BlockKind::Facts: drawRows(pg, makeRows(pg, b.fields, kWidth, kLabelW), kMargin, kLabelW, true); break;
  case BlockKind::Note: note(pg, b.text); break;
  case BlockKind::Moment:
  case BlockKind::Pauses: {
    const auto it = stills.byMoment.find(b.moment);
    moment(pg, b, it == stills.byMoment.end() ? nullptr : &it->second);
    break;
  }
  case BlockKind::Labelled: labelled(pg, b.fields); break;
  }
}

cairo_status_t appendTo(void *closure, const unsigned char *data, unsigned int length) {
  if (closure != nullptr) // the counting pass keeps nothing
    static_cast<std::string *>(closure)->append(reinterpret_cast<const char *>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Lays the blocks out into `out` (nullptr: nowhere) with "of `total`" in
// the footers (0: left out); returns the number of pages.
int layOut(const std::vector<OutlineBlock> &blocks, const RecordStills &stills, const std::string &title, int total,
           std::string *out) {
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream(appendTo, out, kPageW, kPageH);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Spiegel");
  cairo_t *cr = cairo_create(surface);
  int pages = 0;
  {
    Pages pg(cr, title, total);
    int sessions = 0;
    for (const auto &b : blocks)
      block(pg, b, stills, sessions);
    pg.finish();
    pages = pg.page();
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error(std::string("cairo: ") + cairo_status_to_string(status));
  return pages;
}

} // namespace

std::string pdfRecord(const ReflectionRecord &record, const RecordStills &stills) {
  const auto blocks = recordOutline(record, stills);
  const std::string title = recordTitle(record);
  const int pages = layOut(blocks, stills, title, 0, nullptr);
  std::string out;
  layOut(blocks, stills, title, pages, &out);
  return out;
}

} // namespace spiegel::app
