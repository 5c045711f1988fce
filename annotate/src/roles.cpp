#include "spiegel/annotate/roles.hpp"

#include <algorithm>
#include <vector>

namespace spiegel::annotate {
namespace {

std::vector<RoleLabel> makeRoles() {
  using G = RoleGroup;
  return {
      {"moeder", {"mother", "moeder"}, G::Family},
      {"vader", {"father", "vader"}, G::Family},
      {"ouder", {"parent", "ouder"}, G::Family},
      {"stiefmoeder", {"stepmother", "stiefmoeder"}, G::Family},
      {"stiefvader", {"stepfather", "stiefvader"}, G::Family},
      {"stiefouder", {"step-parent", "stiefouder"}, G::Family},
      {"pleegmoeder", {"foster mother", "pleegmoeder"}, G::Family},
      {"pleegvader", {"foster father", "pleegvader"}, G::Family},
      {"pleegouder", {"foster parent", "pleegouder"}, G::Family},
      {"gezinshuisouder", {"family-home parent", "gezinshuisouder"}, G::Family},
      {"voogd", {"guardian", "voogd"}, G::Family},
      {"jeugdige", {"young person", "jeugdige"}, G::Family},
      {"kind", {"child", "kind"}, G::Family},
      {"zoon", {"son", "zoon"}, G::Family},
      {"dochter", {"daughter", "dochter"}, G::Family},
      {"broer", {"brother", "broer"}, G::Family},
      {"zus", {"sister", "zus"}, G::Family},
      {"halfbroer", {"half-brother", "halfbroer"}, G::Family},
      {"halfzus", {"half-sister", "halfzus"}, G::Family},
      {"grootouder", {"grandparent", "grootouder"}, G::Family},
      {"opa", {"grandfather", "opa"}, G::Family},
      {"oma", {"grandmother", "oma"}, G::Family},
      {"gezinslid", {"family member", "gezinslid"}, G::Family},
      {"netwerklid", {"network member", "netwerklid"}, G::Network},
      {"hulpverlener", {"professional", "hulpverlener"}, G::Professional},
      {"gezinsbehandelaar", {"family therapist", "gezinsbehandelaar"}, G::Professional},
      {"systeemtherapeut", {"systemic therapist", "systeemtherapeut"}, G::Professional},
      {"jeugdprofessional", {"youth-care professional", "jeugdprofessional"}, G::Professional},
      {"trainee", {"professional in training", "hulpverlener in opleiding"}, G::Professional},
      {"cotherapeut", {"co-therapist", "cotherapeut"}, G::Professional},
      {"tolk", {"interpreter", "tolk"}, G::Professional},
  };
}

} // namespace

std::span<const RoleLabel> roleLabels() {
  static const std::vector<RoleLabel> roles = makeRoles();
  return roles;
}

const RoleLabel *findRole(std::string_view key) {
  const auto roles = roleLabels();
  auto it = std::find_if(roles.begin(), roles.end(), [&](const RoleLabel &r) { return r.key == key; });
  return it == roles.end() ? nullptr : &*it;
}

Text roleText(std::string_view key) {
  if (const RoleLabel *r = findRole(key))
    return r->label;
  return Text{std::string(key), std::string(key)};
}

} // namespace spiegel::annotate
