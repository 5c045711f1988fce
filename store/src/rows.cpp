// Reading and writing one row of each entity table, from one column list per
// table. Enum columns store small integers: valence 1 / -1, participant kind
// 0 family member / 1 professional, reviewer role 0 trainee / 1 peer /
// 2 trainer; purposes, consent states, moment kinds and who paused as
// their keys. A reviewer id is NULL in the table when empty (no reviewer).
#include "project_impl.hpp"

#include "spiegel/annotate/consent.hpp"
#include "spiegel/annotate/recall.hpp"

#include <nlohmann/json.hpp>

namespace spiegel::store {

std::string joinIds(const std::vector<Uuid> &ids) {
  std::string out;
  for (const auto &id : ids) {
    if (!out.empty())
      out += ',';
    out += id;
  }
  return out;
}

std::vector<Uuid> splitIds(std::string_view text) {
  std::vector<Uuid> out;
  while (!text.empty()) {
    const auto comma = text.find(',');
    out.emplace_back(text.substr(0, comma));
    if (comma == std::string_view::npos)
      break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

namespace {

// How a value of type V is stored in one column.
template <class V> struct Codec;
template <> struct Codec<std::string> {
  static std::string read(const sql::Statement &st, int col) { return st.text(col); }
  static void bind(sql::Statement &st, int i, const std::string &v) { st.bind(i, v); }
};
template <> struct Codec<std::optional<std::string>> {
  static std::optional<std::string> read(const sql::Statement &st, int col) { return st.optText(col); }
  static void bind(sql::Statement &st, int i, const std::optional<std::string> &v) { st.bind(i, v); }
};
template <> struct Codec<std::int64_t> {
  static std::int64_t read(const sql::Statement &st, int col) { return st.integer(col); }
  static void bind(sql::Statement &st, int i, std::int64_t v) { st.bind(i, v); }
};
template <> struct Codec<int> {
  static int read(const sql::Statement &st, int col) { return st.int32(col); }
  static void bind(sql::Statement &st, int i, int v) { st.bind(i, v); }
};
template <> struct Codec<bool> {
  static bool read(const sql::Statement &st, int col) { return st.integer(col) != 0; }
  static void bind(sql::Statement &st, int i, bool v) { st.bind(i, v); }
};
template <> struct Codec<std::vector<Uuid>> { // comma-separated
  static std::vector<Uuid> read(const sql::Statement &st, int col) { return splitIds(st.textView(col)); }
  static void bind(sql::Statement &st, int i, const std::vector<Uuid> &v) { st.bind(i, joinIds(v)); }
};
template <> struct Codec<annotate::Valence> {
  static annotate::Valence read(const sql::Statement &st, int col) {
    return st.integer(col) < 0 ? annotate::Valence::Negative : annotate::Valence::Positive;
  }
  static void bind(sql::Statement &st, int i, annotate::Valence v) {
    st.bind(i, v == annotate::Valence::Negative ? -1 : 1);
  }
};
template <> struct Codec<annotate::ParticipantKind> {
  static annotate::ParticipantKind read(const sql::Statement &st, int col) {
    return st.integer(col) == 1 ? annotate::ParticipantKind::Professional : annotate::ParticipantKind::FamilyMember;
  }
  static void bind(sql::Statement &st, int i, annotate::ParticipantKind v) {
    st.bind(i, v == annotate::ParticipantKind::Professional ? 1 : 0);
  }
};
template <> struct Codec<annotate::ReviewerRole> {
  static annotate::ReviewerRole read(const sql::Statement &st, int col) {
    const auto role = st.integer(col);
    return role == 2 ? annotate::ReviewerRole::Trainer
                     : role == 1 ? annotate::ReviewerRole::Peer : annotate::ReviewerRole::Trainee;
  }
  static void bind(sql::Statement &st, int i, annotate::ReviewerRole v) {
    st.bind(i, v == annotate::ReviewerRole::Trainer ? 2 : v == annotate::ReviewerRole::Peer ? 1 : 0);
  }
};
// Round members as a JSON list of {"name", "profile"}.
template <> struct Codec<std::vector<annotate::RoundMember>> {
  static std::vector<annotate::RoundMember> read(const sql::Statement &st, int col) {
    std::vector<annotate::RoundMember> out;
    const auto j = nlohmann::json::parse(st.textView(col), nullptr, false);
    if (j.is_array())
      for (const auto &m : j)
        if (m.is_object())
          out.push_back({m.value("name", ""), m.value("profile", "")});
    return out;
  }
  static void bind(sql::Statement &st, int i, const std::vector<annotate::RoundMember> &v) {
    auto j = nlohmann::json::array();
    for (const auto &m : v)
      j.push_back({{"name", m.name}, {"profile", m.profile}});
    st.bind(i, j.dump());
  }
};
template <> struct Codec<annotate::AgeBand> { // 0 unknown, 1 under 12, 2 12–15, 3 16+
  static annotate::AgeBand read(const sql::Statement &st, int col) {
    const auto v = st.integer(col);
    return v >= 1 && v <= 3 ? static_cast<annotate::AgeBand>(v) : annotate::AgeBand::Unknown;
  }
  static void bind(sql::Statement &st, int i, annotate::AgeBand v) { st.bind(i, static_cast<int>(v)); }
};
static_assert(static_cast<int>(annotate::AgeBand::From16) == 3);
template <> struct Codec<annotate::Purpose> { // its key
  static annotate::Purpose read(const sql::Statement &st, int col) {
    return annotate::parsePurpose(st.textView(col)).value_or(annotate::Purpose::Reflection);
  }
  static void bind(sql::Statement &st, int i, annotate::Purpose v) { st.bind(i, std::string(annotate::purposeKey(v))); }
};
template <> struct Codec<annotate::ConsentState> { // its key; an unknown one reads as refused
  static annotate::ConsentState read(const sql::Statement &st, int col) {
    return annotate::parseConsentState(st.textView(col)).value_or(annotate::ConsentState::Refused);
  }
  static void bind(sql::Statement &st, int i, annotate::ConsentState v) {
    st.bind(i, std::string(annotate::consentStateKey(v)));
  }
};
template <> struct Codec<double> {
  static double read(const sql::Statement &st, int col) { return st.real(col); }
  static void bind(sql::Statement &st, int i, double v) { st.bind(i, v); }
};
template <> struct Codec<annotate::MomentKind> { // its key; an unknown one reads as a tag moment
  static annotate::MomentKind read(const sql::Statement &st, int col) {
    return annotate::parseMomentKind(st.textView(col)).value_or(annotate::MomentKind::Tag);
  }
  static void bind(sql::Statement &st, int i, annotate::MomentKind v) {
    st.bind(i, std::string(annotate::momentKindKey(v)));
  }
};
template <> struct Codec<annotate::PausedBy> { // its key; an unknown one reads as the session's own pause
  static annotate::PausedBy read(const sql::Statement &st, int col) {
    return annotate::parsePausedBy(st.textView(col)).value_or(annotate::PausedBy::Auto);
  }
  static void bind(sql::Statement &st, int i, annotate::PausedBy v) { st.bind(i, std::string(annotate::pausedByKey(v))); }
};

// A reference to a reviewer: NULL when there is none (so the foreign key
// does not point at an empty id); read back as "".
struct OptionalId {
  static Uuid read(const sql::Statement &st, int col) { return st.text(col); }
  static void bind(sql::Statement &st, int i, const Uuid &v) {
    if (v.empty())
      st.bindNull(i);
    else
      st.bind(i, v);
  }
};

// One column of an entity table: its name and how it moves between a row
// and a statement (result column `col` when read, parameter `i` when bound).
template <class T> struct Column {
  const char *name;
  void (*read)(const sql::Statement &st, int col, Synced<T> &row);
  void (*bind)(sql::Statement &st, int i, const Synced<T> &row);
};

template <class> struct MemberPointer;
template <class C, class V> struct MemberPointer<V C::*> {
  using Class = C;
  using Value = V;
};

// The column holding member M of the entity, stored as Codec<its type>
// (or as the codec given).
template <auto M, class C = Codec<typename MemberPointer<decltype(M)>::Value>>
Column<typename MemberPointer<decltype(M)>::Class> column(const char *name) {
  using T = typename MemberPointer<decltype(M)>::Class;
  return {name, [](const sql::Statement &st, int col, Synced<T> &row) { row.value.*M = C::read(st, col); },
          [](sql::Statement &st, int i, const Synced<T> &row) { C::bind(st, i, row.value.*M); }};
}

// The merge bookkeeping column, kept beside the entity in Synced<T>.
template <class T> Column<T> baseAtColumn() {
  return {"base_at", [](const sql::Statement &st, int col, Synced<T> &row) { row.baseAt = st.integer(col); },
          [](sql::Statement &st, int i, const Synced<T> &row) { st.bind(i, row.baseAt); }};
}

template <class T> struct Table {
  const char *name;
  std::vector<Column<T>> columns; // "id" first: the upsert key
};

template <class T> const Table<T> &table();

template <> const Table<Annotation> &table() {
  static const Table<Annotation> t{
      "annotations",
      {column<&Annotation::id>("id"), column<&Annotation::recording>("recording"),
       column<&Annotation::reviewer, OptionalId>("reviewer"), column<&Annotation::start>("start_us"),
       column<&Annotation::end>("end_us"), column<&Annotation::element>("element"),
       column<&Annotation::indicator>("indicator"), column<&Annotation::valence>("valence"),
       column<&Annotation::participants>("participants"), column<&Annotation::note>("note"),
       column<&Annotation::agreedBy>("agreed_by"), column<&Annotation::createdAt>("created_at"), column<&Annotation::updatedAt>("updated_at"),
       baseAtColumn<Annotation>(), column<&Annotation::deleted>("deleted")}};
  return t;
}

template <> const Table<Rating> &table() {
  static const Table<Rating> t{
      "ratings",
      {column<&Rating::id>("id"), column<&Rating::recording>("recording"),
       column<&Rating::reviewer, OptionalId>("reviewer"), column<&Rating::subject>("subject"),
       column<&Rating::element>("element"), column<&Rating::value>("value"), column<&Rating::rationale>("rationale"),
       column<&Rating::agreedBy>("agreed_by"), column<&Rating::updatedAt>("updated_at"), baseAtColumn<Rating>(), column<&Rating::deleted>("deleted")}};
  return t;
}

template <> const Table<Recording> &table() {
  static const Table<Recording> t{
      "recordings",
      {column<&Recording::id>("id"), column<&Recording::path>("path"),
       column<&Recording::relativePath>("relative_path"), column<&Recording::fingerprint>("fingerprint"),
       column<&Recording::duration>("duration_us"), column<&Recording::title>("title"),
       column<&Recording::recordedOn>("recorded_on"), column<&Recording::retainUntil>("retain_until"),
       column<&Recording::deletionRequestedOn>("deletion_requested_on"),
       column<&Recording::updatedAt>("updated_at"), baseAtColumn<Recording>(),
       column<&Recording::deleted>("deleted")}};
  return t;
}

template <> const Table<Participant> &table() {
  static const Table<Participant> t{
      "participants",
      {column<&Participant::id>("id"), column<&Participant::role>("role"), column<&Participant::alias>("alias"),
       column<&Participant::colour>("colour"), column<&Participant::kind>("kind"),
       column<&Participant::birthYear>("birth_year"), column<&Participant::ageBand>("age_band"),
       column<&Participant::custodians>("custodians"), column<&Participant::custodySource>("custody_source"),
       column<&Participant::custodyCheckedOn>("custody_checked_on"),
       column<&Participant::updatedAt>("updated_at"), baseAtColumn<Participant>(),
       column<&Participant::deleted>("deleted")}};
  return t;
}

template <> const Table<Reviewer> &table() {
  static const Table<Reviewer> t{
      "reviewers",
      {column<&Reviewer::id>("id"), column<&Reviewer::name>("name"), column<&Reviewer::profile>("profile"),
       column<&Reviewer::role>("role"),
       column<&Reviewer::colour>("colour"), column<&Reviewer::gold>("gold"),
       column<&Reviewer::updatedAt>("updated_at"), baseAtColumn<Reviewer>(), column<&Reviewer::deleted>("deleted")}};
  return t;
}

template <> const Table<CodingRound> &table() {
  static const Table<CodingRound> t{
      "rounds",
      {column<&CodingRound::id>("id"), column<&CodingRound::recording>("recording"),
       column<&CodingRound::blind>("blind"), column<&CodingRound::members>("members"),
       column<&CodingRound::startedBy>("started_by"), column<&CodingRound::startedByName>("started_by_name"),
       column<&CodingRound::startedAt>("started_at"), column<&CodingRound::updatedAt>("updated_at"),
       baseAtColumn<CodingRound>(), column<&CodingRound::deleted>("deleted")}};
  return t;
}

template <> const Table<Reveal> &table() {
  static const Table<Reveal> t{
      "reveals",
      {column<&Reveal::id>("id"), column<&Reveal::round>("round"), column<&Reveal::profile>("profile"),
       column<&Reveal::reviewer, OptionalId>("reviewer"), column<&Reveal::at>("at"),
       column<&Reveal::updatedAt>("updated_at"), baseAtColumn<Reveal>(), column<&Reveal::deleted>("deleted")}};
  return t;
}

template <> const Table<annotate::Thread> &table() {
  using annotate::Thread;
  static const Table<Thread> t{
      "threads",
      {column<&Thread::id>("id"), column<&Thread::recording>("recording"), column<&Thread::tag>("tag"),
       column<&Thread::start>("start_us"), column<&Thread::end>("end_us"), column<&Thread::resolved>("resolved"),
       column<&Thread::createdBy, OptionalId>("created_by"), column<&Thread::createdAt>("created_at"),
       column<&Thread::updatedAt>("updated_at"), baseAtColumn<Thread>(), column<&Thread::deleted>("deleted")}};
  return t;
}

template <> const Table<annotate::Comment> &table() {
  using annotate::Comment;
  static const Table<Comment> t{
      "comments",
      {column<&Comment::id>("id"), column<&Comment::thread>("thread"), column<&Comment::parent>("parent"),
       column<&Comment::author, OptionalId>("author"), column<&Comment::text>("text"),
       column<&Comment::createdAt>("created_at"), column<&Comment::updatedAt>("updated_at"),
       baseAtColumn<Comment>(), column<&Comment::deleted>("deleted")}};
  return t;
}

template <> const Table<Consent> &table() {
  static const Table<Consent> t{
      "consents",
      {column<&Consent::id>("id"), column<&Consent::recording>("recording"), column<&Consent::person>("person"),
       column<&Consent::party>("party"), column<&Consent::purpose>("purpose"), column<&Consent::state>("state"),
       column<&Consent::givenOn>("given_on"), column<&Consent::recordedBy>("recorded_by"),
       column<&Consent::faceVisible>("face_visible"), column<&Consent::audience>("audience"),
       column<&Consent::expires>("expires"), column<&Consent::evidence>("evidence"),
       column<&Consent::withdrawnOn>("withdrawn_on"), column<&Consent::updatedAt>("updated_at"),
       baseAtColumn<Consent>(), column<&Consent::deleted>("deleted")}};
  return t;
}

template <> const Table<annotate::RecallSession> &table() {
  using S = annotate::RecallSession;
  static const Table<S> t{
      "recall_sessions",
      {column<&S::id>("id"), column<&S::recording>("recording"), column<&S::title>("title"),
       column<&S::purpose>("purpose"), column<&S::method>("method"), column<&S::createdBy, OptionalId>("created_by"),
       column<&S::heldOn>("held_on"), column<&S::lessons>("lessons"), column<&S::technical>("technical"),
       column<&S::normative>("normative"), column<&S::personal>("personal"), column<&S::minutes>("minutes"),
       column<&S::createdAt>("created_at"), column<&S::updatedAt>("updated_at"), baseAtColumn<S>(),
       column<&S::deleted>("deleted")}};
  return t;
}

template <> const Table<annotate::RecallMoment> &table() {
  using M = annotate::RecallMoment;
  static const Table<M> t{
      "recall_moments",
      {column<&M::id>("id"), column<&M::session>("session"), column<&M::rank>("rank"), column<&M::kind>("kind"),
       column<&M::tag>("tag"), column<&M::start>("start_us"), column<&M::end>("end_us"),
       column<&M::preRoll>("pre_roll_us"), column<&M::postRoll>("post_roll_us"), column<&M::prompt>("prompt"),
       column<&M::createdAt>("created_at"), column<&M::updatedAt>("updated_at"), baseAtColumn<M>(),
       column<&M::deleted>("deleted")}};
  return t;
}

template <> const Table<annotate::RecallPause> &table() {
  using P = annotate::RecallPause;
  static const Table<P> t{
      "recall_pauses",
      {column<&P::id>("id"), column<&P::session>("session"), column<&P::moment>("moment"), column<&P::at>("at_us"),
       column<&P::by>("paused_by"), column<&P::prompt>("prompt"), column<&P::answer>("answer"),
       column<&P::forLater>("for_later"), column<&P::audio>("audio"), column<&P::createdAt>("created_at"),
       column<&P::updatedAt>("updated_at"), baseAtColumn<P>(), column<&P::deleted>("deleted")}};
  return t;
}

template <class T> RowSql buildSql() {
  const auto &t = table<T>();
  RowSql s;
  s.table = t.name;
  std::string params, updates;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    const std::string param = "?" + std::to_string(i + 1);
    s.columns += (i > 0 ? ", " : "") + std::string(t.columns[i].name);
    params += (i > 0 ? ", " : "") + param;
    if (i > 0) // column 0 is the key
      updates += (i > 1 ? ", " : "") + std::string(t.columns[i].name) + " = " + param;
  }
  s.upsert = "INSERT INTO " + s.table + " (" + s.columns + ") VALUES (" + params + ") ON CONFLICT(" +
             t.columns.front().name + ") DO UPDATE SET " + updates;
  s.selectById = "SELECT " + s.columns + " FROM " + s.table + " WHERE id = ?1";
  return s;
}

} // namespace

template <class T> const RowSql &rowSql() {
  static const RowSql s = buildSql<T>();
  return s;
}

template <class T> Synced<T> readRow(const sql::Statement &st) {
  Synced<T> row;
  int col = 0;
  for (const auto &c : table<T>().columns)
    c.read(st, col++, row);
  return row;
}

template <class T> void upsert(sql::Database &db, const Synced<T> &row) {
  auto &st = db.cached(rowSql<T>().upsert.c_str()); // a static string: its address is a stable cache key
  int i = 1;
  for (const auto &c : table<T>().columns)
    c.bind(st, i++, row);
  st.run();
}

template <class T> std::vector<Synced<T>> readAll(sql::Database &db) {
  std::vector<Synced<T>> out;
  sql::Statement st(db, "SELECT " + rowSql<T>().columns + " FROM " + rowSql<T>().table + " ORDER BY rowid");
  while (st.step())
    out.push_back(readRow<T>(st));
  return out;
}

template <class T> std::vector<T> entities(sql::Database &db, bool includeDeleted) {
  std::vector<T> out;
  for (auto &row : readAll<T>(db))
    if (includeDeleted || !row.value.deleted)
      out.push_back(std::move(row.value));
  return out;
}

template <class T>
std::vector<T> entitiesWhere(sql::Database &db, const char *column, const std::string &value, bool includeDeleted) {
  std::vector<T> out;
  sql::Statement st(db, "SELECT " + rowSql<T>().columns + " FROM " + rowSql<T>().table + " WHERE " + column +
                            " = ?1 ORDER BY rowid");
  st.bind(1, value);
  while (st.step())
    if (auto row = readRow<T>(st); includeDeleted || !row.value.deleted)
      out.push_back(std::move(row.value));
  return out;
}

#define SPIEGEL_STORE_ROW(T)                                                                                         \
  template const RowSql &rowSql<T>();                                                                                \
  template Synced<T> readRow<T>(const sql::Statement &);                                                             \
  template void upsert<T>(sql::Database &, const Synced<T> &);                                                       \
  template std::vector<Synced<T>> readAll<T>(sql::Database &);                                                       \
  template std::vector<T> entities<T>(sql::Database &, bool);                                                        \
  template std::vector<T> entitiesWhere<T>(sql::Database &, const char *, const std::string &, bool);
SPIEGEL_STORE_ROW(Annotation)
SPIEGEL_STORE_ROW(Rating)
SPIEGEL_STORE_ROW(Recording)
SPIEGEL_STORE_ROW(Participant)
SPIEGEL_STORE_ROW(Reviewer)
SPIEGEL_STORE_ROW(CodingRound)
SPIEGEL_STORE_ROW(Reveal)
SPIEGEL_STORE_ROW(annotate::Thread)
SPIEGEL_STORE_ROW(annotate::Comment)
SPIEGEL_STORE_ROW(Consent)
SPIEGEL_STORE_ROW(annotate::RecallSession)
SPIEGEL_STORE_ROW(annotate::RecallMoment)
SPIEGEL_STORE_ROW(annotate::RecallPause)
#undef SPIEGEL_STORE_ROW

} // namespace spiegel::store
