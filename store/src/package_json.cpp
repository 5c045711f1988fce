// The JSON package (docs/formats.md "Project package"): writing, and strict
// parsing with the field at fault in every error.
#include "package_sax.hpp"
#include "project_impl.hpp"
#include "spiegel/store/codebook_json.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>

namespace spiegel::store {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

// Age bands by name; the index is the enum's value.
constexpr std::initializer_list<const char *> kAgeBands = {"unknown", "under_12", "12_15", "16_plus"};
const char *ageBandName(annotate::AgeBand b) { return kAgeBands.begin()[static_cast<int>(b)]; }

const char *valenceName(annotate::Valence v) { return v == annotate::Valence::Negative ? "negative" : "positive"; }

// The merge bookkeeping every entity ends with (after its own fields).
template <class T> ordered_json withSync(ordered_json j, const Synced<T> &s) {
  j["updated_at"] = s.value.updatedAt;
  j["base_at"] = s.baseAt;
  j["deleted"] = s.value.deleted;
  return j;
}
// What a tag and a rating start with: ids, and null for no reviewer.
template <class T> ordered_json tagHead(const T &v) {
  ordered_json j{{"id", v.id}, {"recording", v.recording}};
  j["reviewer"] = v.reviewer.empty() ? json(nullptr) : json(v.reviewer);
  return j;
}

ordered_json toJson(const Synced<Recording> &s) {
  const auto &r = s.value;
  return withSync({{"id", r.id}, {"path", r.path}, {"relative_path", r.relativePath}, {"fingerprint", r.fingerprint},
                   {"duration_us", r.duration}, {"title", r.title}, {"recorded_on", r.recordedOn},
                   {"retain_until", r.retainUntil}, {"deletion_requested_on", r.deletionRequestedOn}},
                  s);
}
ordered_json toJson(const Synced<Participant> &s) {
  const auto &p = s.value;
  return withSync({{"id", p.id}, {"role", p.role}, {"alias", p.alias}, {"colour", p.colour},
                   {"kind", p.kind == annotate::ParticipantKind::Professional ? "professional" : "family_member"},
                   {"birth_year", p.birthYear}, {"age_band", ageBandName(p.ageBand)}, {"custodians", p.custodians},
                   {"custody_source", p.custodySource}, {"custody_checked_on", p.custodyCheckedOn}},
                  s);
}
ordered_json toJson(const Synced<Consent> &s) {
  const auto &c = s.value;
  return withSync({{"id", c.id}, {"recording", c.recording}, {"person", c.person}, {"party", c.party},
                   {"purpose", annotate::purposeKey(c.purpose)}, {"state", annotate::consentStateKey(c.state)},
                   {"given_on", c.givenOn}, {"recorded_by", c.recordedBy}, {"face_visible", c.faceVisible},
                   {"audience", c.audience}, {"expires", c.expires}, {"evidence", c.evidence},
                   {"withdrawn_on", c.withdrawnOn}},
                  s);
}
const char *roleName(annotate::ReviewerRole r) {
  return r == annotate::ReviewerRole::Trainer ? "trainer" : r == annotate::ReviewerRole::Peer ? "peer" : "trainee";
}
ordered_json toJson(const Synced<Reviewer> &s) {
  const auto &r = s.value;
  return withSync({{"id", r.id}, {"name", r.name}, {"profile", r.profile}, {"role", roleName(r.role)},
                   {"colour", r.colour}, {"gold", r.gold}},
                  s);
}
ordered_json toJson(const Synced<Annotation> &s) {
  const auto &a = s.value;
  ordered_json j = tagHead(a);
  j["start_us"] = a.start;
  j["end_us"] = a.end;
  j["element"] = a.element;
  j["indicator"] = a.indicator ? json(*a.indicator) : json(nullptr);
  j["valence"] = valenceName(a.valence);
  j["participants"] = a.participants;
  j["note"] = a.note;
  j["agreed_by"] = a.agreedBy;
  j["created_at"] = a.createdAt;
  return withSync(std::move(j), s);
}
ordered_json toJson(const Synced<Rating> &s) {
  const auto &r = s.value;
  ordered_json j = tagHead(r);
  j["subject"] = r.subject;
  j["element"] = r.element;
  j["value"] = r.value;
  j["rationale"] = r.rationale;
  j["agreed_by"] = r.agreedBy;
  return withSync(std::move(j), s);
}
ordered_json toJson(const Synced<CodingRound> &s) {
  const auto &r = s.value;
  ordered_json members = ordered_json::array();
  for (const auto &m : r.members)
    members.push_back({{"name", m.name}, {"profile", m.profile}});
  return withSync({{"id", r.id}, {"recording", r.recording}, {"blind", r.blind}, {"members", std::move(members)},
                   {"started_by", r.startedBy}, {"started_by_name", r.startedByName}, {"started_at", r.startedAt}},
                  s);
}
ordered_json toJson(const Synced<Thread> &s) {
  const auto &t = s.value;
  ordered_json j{{"id", t.id}, {"recording", t.recording}};
  j["tag"] = t.tag.empty() ? json(nullptr) : json(t.tag);
  j["start_us"] = t.start;
  j["end_us"] = t.end;
  j["resolved"] = t.resolved;
  j["created_by"] = t.createdBy.empty() ? json(nullptr) : json(t.createdBy);
  j["created_at"] = t.createdAt;
  return withSync(std::move(j), s);
}
ordered_json toJson(const Synced<Comment> &s) {
  const auto &c = s.value;
  ordered_json j{{"id", c.id}, {"thread", c.thread}};
  j["parent"] = c.parent.empty() ? json(nullptr) : json(c.parent);
  j["author"] = c.author.empty() ? json(nullptr) : json(c.author);
  j["text"] = c.text;
  j["created_at"] = c.createdAt;
  return withSync(std::move(j), s);
}
ordered_json toJson(const Synced<annotate::RecallSession> &s) {
  const auto &r = s.value;
  ordered_json j{{"id", r.id},           {"recording", r.recording}, {"title", r.title},
                 {"purpose", annotate::purposeKey(r.purpose)}, {"method", r.method}};
  j["created_by"] = r.createdBy.empty() ? json(nullptr) : json(r.createdBy);
  j["held_on"] = r.heldOn;
  j["lessons"] = r.lessons;
  j["technical"] = r.technical;
  j["normative"] = r.normative;
  j["personal"] = r.personal;
  j["minutes"] = r.minutes;
  j["created_at"] = r.createdAt;
  return withSync(std::move(j), s);
}
ordered_json toJson(const Synced<annotate::RecallMoment> &s) {
  const auto &m = s.value;
  ordered_json j{{"id", m.id}, {"session", m.session}, {"rank", m.rank}, {"kind", annotate::momentKindKey(m.kind)}};
  j["tag"] = m.tag.empty() ? json(nullptr) : json(m.tag);
  j["start_us"] = m.start;
  j["end_us"] = m.end;
  j["pre_roll_us"] = m.preRoll;
  j["post_roll_us"] = m.postRoll;
  j["prompt"] = m.prompt;
  j["created_at"] = m.createdAt;
  return withSync(std::move(j), s);
}
ordered_json toJson(const Synced<annotate::RecallPause> &s) {
  const auto &p = s.value;
  ordered_json j{{"id", p.id}, {"session", p.session}};
  j["moment"] = p.moment.empty() ? json(nullptr) : json(p.moment);
  j["at_us"] = p.at;
  j["paused_by"] = annotate::pausedByKey(p.by);
  j["prompt"] = p.prompt;
  j["answer"] = p.answer;
  j["for_later"] = p.forLater;
  j["audio"] = p.audio;
  j["created_at"] = p.createdAt;
  return withSync(std::move(j), s);
}
ordered_json toJson(const Synced<Reveal> &s) {
  const auto &r = s.value;
  ordered_json j{{"id", r.id}, {"round", r.round}, {"profile", r.profile}};
  j["reviewer"] = r.reviewer.empty() ? json(nullptr) : json(r.reviewer);
  j["at"] = r.at;
  return withSync(std::move(j), s);
}

// Strict reader: every access names its JSON path in the error.
struct Reader {
  const std::string &source;

  [[noreturn]] void fail(const std::string &field, const std::string &what) const {
    throw StoreError(ErrorCode::BadPackage, source, what, field);
  }
  const json &get(const json &obj, const std::string &path, const char *name) const {
    const auto it = obj.find(name);
    if (it == obj.end())
      fail(path + name, std::string("missing field '") + name + "'");
    return *it;
  }
  std::string str(const json &obj, const std::string &path, const char *name) const {
    const auto &v = get(obj, path, name);
    if (!v.is_string())
      fail(path + name, "expected text");
    return v.get<std::string>();
  }
  std::string optStr(const json &obj, const std::string &path, const char *name) const {
    const auto it = obj.find(name);
    if (it == obj.end() || it->is_null())
      return {};
    if (!it->is_string())
      fail(path + name, "expected text");
    return it->get<std::string>();
  }
  std::int64_t num(const json &obj, const std::string &path, const char *name) const {
    const auto &v = get(obj, path, name);
    if (!v.is_number_integer())
      fail(path + name, "expected a whole number");
    return v.get<std::int64_t>();
  }
  std::int64_t optNum(const json &obj, const std::string &path, const char *name) const {
    return obj.contains(name) ? num(obj, path, name) : 0;
  }
  bool flag(const json &obj, const std::string &path, const char *name) const {
    const auto it = obj.find(name);
    if (it == obj.end())
      return false;
    if (!it->is_boolean())
      fail(path + name, "expected true or false");
    return it->get<bool>();
  }
  const json &array(const json &obj, const char *name) const {
    static const json kEmpty = json::array();
    const auto it = obj.find(name);
    if (it == obj.end())
      return kEmpty;
    if (!it->is_array())
      fail(name, "expected a list");
    return *it;
  }
  template <class F> void each(const json &obj, const char *name, F f) const {
    const auto &list = array(obj, name);
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string path = std::string(name) + "[" + std::to_string(i) + "].";
      if (!list[i].is_object())
        fail(path.substr(0, path.size() - 1), "expected an object");
      f(list[i], path);
    }
  }
  std::string uuid(const json &obj, const std::string &path, const char *name) const {
    auto s = str(obj, path, name);
    if (s.empty())
      fail(path + name, "empty id");
    return s;
  }
  // An optional text field that must be one of `names`: the index of the one
  // given, 0 (the first, the default) when it is absent or empty.
  int oneOf(const json &obj, const std::string &path, const char *name,
            std::initializer_list<const char *> names) const {
    const auto value = optStr(obj, path, name);
    if (value.empty())
      return 0;
    int index = 0;
    std::string expected;
    for (const char *n : names) {
      if (value == n)
        return index;
      expected += (index == 0 ? "" : index + 1 == static_cast<int>(names.size()) ? " or " : ", ") +
                  ("\"" + std::string(n) + "\"");
      ++index;
    }
    fail(path + name, "expected " + expected);
  }
  // An optional list of ids (absent in packages of schema 2 and before).
  std::vector<std::string> optIds(const json &obj, const std::string &path, const char *name) const {
    std::vector<std::string> out;
    const auto it = obj.find(name);
    if (it == obj.end() || it->is_null())
      return out;
    if (!it->is_array())
      fail(path + name, "expected a list of ids");
    for (const auto &v : *it) {
      if (!v.is_string())
        fail(path + name, "expected a list of ids");
      out.push_back(v.get<std::string>());
    }
    return out;
  }
  // Reads the list `name` of entities: the id first, then `fields` for the
  // entity's own fields, then the merge bookkeeping every entity carries.
  template <class T, class F>
  void entities(const json &obj, const char *name, std::vector<Synced<T>> &out, F fields) const {
    each(obj, name, [&](const json &o, const std::string &at) {
      Synced<T> s;
      s.value.id = uuid(o, at, "id");
      fields(o, at, s.value);
      s.value.updatedAt = num(o, at, "updated_at");
      s.baseAt = optNum(o, at, "base_at");
      s.value.deleted = flag(o, at, "deleted");
      out.push_back(std::move(s));
    });
  }
};

} // namespace

std::string packageToJson(const Package &p) {
  ordered_json j;
  j["format"] = "spiegel-package";
  j["format_version"] = p.formatVersion;
  j["exported_at"] = p.exportedAt;
  j["project"] = {{"id", p.project.id}, {"title", p.project.title}, {"created_at", p.project.createdAt}};
  if (p.codebook) {
    ordered_json cb = ordered_json::parse(codebookToJson(p.codebook->codebook));
    j["codebook"] = {{"updated_at", p.codebook->updatedAt}, {"base_at", p.codebook->baseAt}, {"content", cb}};
  }
  const auto list = [&](const char *name, const auto &items) {
    ordered_json arr = ordered_json::array();
    for (const auto &s : items)
      arr.push_back(toJson(s));
    j[name] = std::move(arr);
  };
  list("recordings", p.recordings);
  list("participants", p.participants);
  list("reviewers", p.reviewers);
  list("annotations", p.annotations);
  list("ratings", p.ratings);
  list("rounds", p.rounds);
  list("reveals", p.reveals);
  list("threads", p.threads);
  list("comments", p.comments);
  list("consents", p.consents);
  list("recall_sessions", p.recallSessions);
  list("recall_moments", p.recallMoments);
  list("recall_pauses", p.recallPauses);
  ordered_json audit = ordered_json::array();
  for (const auto &e : p.audit)
    audit.push_back({{"id", e.id}, {"at", e.at}, {"actor", e.actor}, {"action", e.action}, {"object", e.object},
                     {"detail", e.detail}, {"device", e.device}});
  j["audit"] = std::move(audit);
  return j.dump(2) + "\n";
}

Package parsePackage(const std::string &text, const std::string &sourceName) {
  auto sax = parsePackageSax(text, sourceName);
  json &j = sax.rest;
  const Reader rd{sourceName};
  if (!j.is_object())
    rd.fail("", "expected a JSON object");
  if (rd.optStr(j, "", "format") != "spiegel-package")
    rd.fail("format", "not a Spiegel package (format must be \"spiegel-package\")");
  Package p;
  p.formatVersion = static_cast<int>(rd.num(j, "", "format_version"));
  if (p.formatVersion < 1 || p.formatVersion > kPackageFormatVersion)
    rd.fail("format_version", "unknown format version " + std::to_string(p.formatVersion));
  p.exportedAt = rd.optNum(j, "", "exported_at");
  if (j.contains("project")) {
    const auto &pj = j["project"];
    if (!pj.is_object())
      rd.fail("project", "expected an object");
    p.project.id = rd.optStr(pj, "project.", "id");
    p.project.title = rd.optStr(pj, "project.", "title");
    p.project.createdAt = rd.optNum(pj, "project.", "created_at");
  }
  if (j.contains("codebook") && !j["codebook"].is_null()) {
    const auto &cj = j["codebook"];
    if (!cj.is_object())
      rd.fail("codebook", "expected an object");
    SyncedCodebook cb;
    cb.updatedAt = rd.num(cj, "codebook.", "updated_at");
    cb.baseAt = rd.optNum(cj, "codebook.", "base_at");
    try {
      cb.codebook = parseCodebook(rd.get(cj, "codebook.", "content").dump(), sourceName);
    } catch (const StoreError &e) {
      throw StoreError(ErrorCode::BadPackage, sourceName, e.what(), "codebook.content." + e.field());
    }
    p.codebook = std::move(cb);
  }
  rd.entities(j, "recordings", p.recordings, [&](const json &o, const std::string &at, Recording &r) {
    r.path = rd.optStr(o, at, "path");
    r.relativePath = rd.optStr(o, at, "relative_path");
    r.fingerprint = rd.optStr(o, at, "fingerprint");
    r.duration = rd.optNum(o, at, "duration_us");
    if (r.duration < 0)
      rd.fail(at + "duration_us", "negative duration");
    r.title = rd.optStr(o, at, "title");
    r.recordedOn = rd.optStr(o, at, "recorded_on"); // absent before schema 5
    r.retainUntil = rd.optStr(o, at, "retain_until");
    r.deletionRequestedOn = rd.optStr(o, at, "deletion_requested_on");
  });
  // oneOf() gives the index of the name, which is the enum's value.
  static_assert(static_cast<int>(annotate::ParticipantKind::Professional) == 1);
  static_assert(static_cast<int>(annotate::ReviewerRole::Peer) == 1);
  static_assert(static_cast<int>(annotate::ReviewerRole::Trainer) == 2);
  rd.entities(j, "participants", p.participants, [&](const json &o, const std::string &at, Participant &q) {
    q.role = rd.str(o, at, "role");
    q.alias = rd.optStr(o, at, "alias");
    q.colour = rd.optStr(o, at, "colour");
    q.kind = static_cast<annotate::ParticipantKind>(rd.oneOf(o, at, "kind", {"family_member", "professional"}));
    // Consent facts: absent in packages of before schema 5.
    const auto year = rd.optNum(o, at, "birth_year");
    if (year != 0 && (year < 1900 || year > 2999))
      rd.fail(at + "birth_year", "birth year out of range");
    q.birthYear = static_cast<int>(year);
    q.ageBand = static_cast<annotate::AgeBand>(rd.oneOf(o, at, "age_band", kAgeBands));
    q.custodians = rd.optIds(o, at, "custodians");
    q.custodySource = rd.optStr(o, at, "custody_source");
    q.custodyCheckedOn = rd.optStr(o, at, "custody_checked_on");
  });
  rd.entities(j, "reviewers", p.reviewers, [&](const json &o, const std::string &at, Reviewer &r) {
    r.name = rd.str(o, at, "name");
    r.profile = rd.optStr(o, at, "profile"); // absent in packages of before profiles
    r.role = static_cast<annotate::ReviewerRole>(rd.oneOf(o, at, "role", {"trainee", "peer", "trainer"}));
    r.colour = rd.optStr(o, at, "colour");
    r.gold = rd.flag(o, at, "gold");
  });
  p.annotations = std::move(sax.annotations);
  rd.entities(j, "ratings", p.ratings, [&](const json &o, const std::string &at, Rating &r) {
    r.recording = rd.uuid(o, at, "recording");
    r.reviewer = rd.optStr(o, at, "reviewer");
    r.subject = rd.str(o, at, "subject");
    r.element = rd.str(o, at, "element");
    const auto value = rd.num(o, at, "value");
    if (value < -1000 || value > 1000)
      rd.fail(at + "value", "value out of range");
    r.value = static_cast<int>(value);
    r.rationale = rd.optStr(o, at, "rationale");
    r.agreedBy = rd.optIds(o, at, "agreed_by");
  });
  rd.entities(j, "rounds", p.rounds, [&](const json &o, const std::string &at, CodingRound &r) {
    r.recording = rd.uuid(o, at, "recording");
    r.blind = rd.flag(o, at, "blind");
    rd.each(o, "members", [&](const json &m, const std::string &) {
      r.members.push_back({rd.optStr(m, at + "members.", "name"), rd.optStr(m, at + "members.", "profile")});
    });
    r.startedBy = rd.optStr(o, at, "started_by");
    r.startedByName = rd.optStr(o, at, "started_by_name");
    r.startedAt = rd.num(o, at, "started_at");
  });
  rd.entities(j, "reveals", p.reveals, [&](const json &o, const std::string &at, Reveal &r) {
    r.round = rd.uuid(o, at, "round");
    r.profile = rd.str(o, at, "profile");
    if (r.profile.empty())
      rd.fail(at + "profile", "empty profile");
    r.reviewer = rd.optStr(o, at, "reviewer");
    r.at = rd.num(o, at, "at");
  });
  // Absent in packages of schema 3 and before: no discussion.
  rd.entities(j, "threads", p.threads, [&](const json &o, const std::string &at, Thread &t) {
    t.recording = rd.uuid(o, at, "recording");
    t.tag = rd.optStr(o, at, "tag");
    t.start = rd.num(o, at, "start_us");
    t.end = rd.num(o, at, "end_us");
    if (t.end < t.start)
      rd.fail(at + "end_us", "end before start");
    t.resolved = rd.flag(o, at, "resolved");
    t.createdBy = rd.optStr(o, at, "created_by");
    t.createdAt = rd.num(o, at, "created_at");
  });
  rd.entities(j, "comments", p.comments, [&](const json &o, const std::string &at, Comment &c) {
    c.thread = rd.uuid(o, at, "thread");
    c.parent = rd.optStr(o, at, "parent");
    c.author = rd.optStr(o, at, "author");
    c.text = rd.str(o, at, "text");
    c.createdAt = rd.num(o, at, "created_at");
  });
  rd.entities(j, "consents", p.consents, [&](const json &o, const std::string &at, Consent &c) {
    c.recording = rd.uuid(o, at, "recording");
    c.person = rd.uuid(o, at, "person");
    c.party = rd.uuid(o, at, "party");
    const auto purpose = annotate::parsePurpose(rd.str(o, at, "purpose"));
    if (!purpose)
      rd.fail(at + "purpose", "unknown purpose");
    c.purpose = *purpose;
    const auto state = annotate::parseConsentState(rd.str(o, at, "state"));
    if (!state)
      rd.fail(at + "state", "unknown state (given, refused, withdrawn)");
    c.state = *state;
    c.givenOn = rd.optStr(o, at, "given_on");
    c.recordedBy = rd.optStr(o, at, "recorded_by");
    c.faceVisible = !o.contains("face_visible") || rd.flag(o, at, "face_visible");
    c.audience = rd.optStr(o, at, "audience");
    c.expires = rd.optStr(o, at, "expires");
    c.evidence = rd.optStr(o, at, "evidence");
    c.withdrawnOn = rd.optStr(o, at, "withdrawn_on");
  });
  // Absent in packages of before schema 7: no recall sessions.
  rd.entities(j, "recall_sessions", p.recallSessions,
              [&](const json &o, const std::string &at, annotate::RecallSession &r) {
                r.recording = rd.uuid(o, at, "recording");
                r.title = rd.optStr(o, at, "title");
                const auto purpose = annotate::parsePurpose(rd.str(o, at, "purpose"));
                if (!purpose)
                  rd.fail(at + "purpose", "unknown purpose");
                r.purpose = *purpose;
                r.method = rd.optStr(o, at, "method");
                r.createdBy = rd.optStr(o, at, "created_by");
                r.heldOn = rd.optStr(o, at, "held_on");
                r.lessons = rd.optStr(o, at, "lessons");
                r.technical = rd.optStr(o, at, "technical");
                r.normative = rd.optStr(o, at, "normative");
                r.personal = rd.optStr(o, at, "personal");
                r.minutes = static_cast<int>(rd.optNum(o, at, "minutes"));
                r.createdAt = rd.num(o, at, "created_at");
              });
  rd.entities(j, "recall_moments", p.recallMoments,
              [&](const json &o, const std::string &at, annotate::RecallMoment &m) {
                m.session = rd.uuid(o, at, "session");
                const auto &rank = rd.get(o, at, "rank");
                if (!rank.is_number())
                  rd.fail(at + "rank", "expected a number");
                m.rank = rank.get<double>();
                const auto kind = annotate::parseMomentKind(rd.str(o, at, "kind"));
                if (!kind)
                  rd.fail(at + "kind", "unknown kind (tag, span, micro)");
                m.kind = *kind;
                m.tag = rd.optStr(o, at, "tag");
                m.start = rd.num(o, at, "start_us");
                m.end = rd.num(o, at, "end_us");
                if (m.end < m.start)
                  rd.fail(at + "end_us", "end before start");
                m.preRoll = rd.num(o, at, "pre_roll_us");
                m.postRoll = rd.num(o, at, "post_roll_us");
                m.prompt = rd.optStr(o, at, "prompt");
                m.createdAt = rd.num(o, at, "created_at");
              });
  rd.entities(j, "recall_pauses", p.recallPauses,
              [&](const json &o, const std::string &at, annotate::RecallPause &r) {
                r.session = rd.uuid(o, at, "session");
                r.moment = rd.optStr(o, at, "moment");
                r.at = rd.num(o, at, "at_us");
                const auto by = annotate::parsePausedBy(rd.str(o, at, "paused_by"));
                if (!by)
                  rd.fail(at + "paused_by", "unknown (auto, recaller, inquirer)");
                r.by = *by;
                r.prompt = rd.optStr(o, at, "prompt");
                r.answer = rd.optStr(o, at, "answer");
                r.forLater = rd.optStr(o, at, "for_later");
                r.audio = rd.optStr(o, at, "audio");
                r.createdAt = rd.num(o, at, "created_at");
              });
  rd.each(j, "audit", [&](const json &o, const std::string &at) {
    p.audit.push_back({rd.uuid(o, at, "id"), rd.num(o, at, "at"), rd.optStr(o, at, "actor"),
                       rd.str(o, at, "action"), rd.optStr(o, at, "object"), rd.optStr(o, at, "detail"),
                       rd.optStr(o, at, "device")}); // device: absent before schema 6
  });
  return p;
}

Package readPackage(const std::string &path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec))
    throw StoreError(ErrorCode::NotFound, path, "no such file");
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw StoreError(ErrorCode::Io, path, "cannot read the file");
  char head[16] = {};
  in.read(head, sizeof head);
  if (in.gcount() == 16 && std::string_view(head, 16) == std::string_view("SQLite format 3\0", 16)) {
    in.close();
    return Project::open(path, {.readOnly = true}).exportPackage();
  }
  in.clear();
  in.seekg(0);
  std::ostringstream buf;
  buf << in.rdbuf();
  return parsePackage(buf.str(), path);
}

void writeTextFile(const std::string &path, const std::string &text) {
  const std::string tmp = path + ".tmp";
  std::FILE *f = std::fopen(tmp.c_str(), "wb");
  if (f == nullptr)
    throw StoreError(errno == ENOSPC ? ErrorCode::DiskFull : errno == ENOENT ? ErrorCode::NotFound : ErrorCode::ReadOnly,
                     path, std::strerror(errno));
  const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size() && std::fflush(f) == 0;
  const int err = errno;
  const bool closed = std::fclose(f) == 0;
  if (!ok || !closed) {
    std::remove(tmp.c_str());
    throw StoreError(err == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io, path, std::strerror(err));
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::remove(tmp.c_str());
    throw StoreError(ErrorCode::Io, path, ec.message());
  }
}

} // namespace spiegel::store
