/* The page context: the course data embedded in the page (#dx-data), its instrument, and how its
 * words and figures are shown. Every course fact comes from there; nothing about the course is
 * written in these scripts. */

function Context(data) {
  this.data = data;
  this.inst = instrument(data);
  this.t = data.strings;
  this.privacy = data.privacy;
  var stages = {}, practices = {};
  data.stages.forEach(function (s) { stages[s.id] = s; });
  data.practices.forEach(function (p) { practices[p.id] = p; });
  this.stages = stages;
  this.practices = practices;
}
Context.prototype.stageName = function (id) {
  return id === INSUFFICIENT ? this.t.not_enough : this.stages[id].name;
};
Context.prototype.scoreText = function (f) { return floorText(f, this.data.score_places, this.t.decimal_mark); };
Context.prototype.meanText = function (f) { return floorText(f, this.data.mean_places, this.t.decimal_mark); };
Context.prototype.roleName = function (role) { return this.t["role_" + role]; };
