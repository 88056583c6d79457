/* The page `course score --report` writes: the cohort's answers are embedded (#dx-cohort), each
   as a result code with its role, and scored here exactly as on the team page. */
function reportPage(ctx) {
  var cohort = JSON.parse(document.getElementById("dx-cohort").textContent);
  var people = [];
  cohort.respondents.forEach(function (r) {
    var reading = readCode(ctx.inst, r.code);
    // The builder wrote these codes from answers it had validated: anything else is a bug.
    if (!reading.answers || ROLES.indexOf(r.role) < 0) throw new Error("report data: unreadable respondent " + r.label);
    people.push({ label: r.label, role: r.role, result: score(ctx.inst, reading.answers) });
  });
  showReport(ctx, document.getElementById("dx-team-result"), document.getElementById("dx-team-body"),
             teamOf(ctx, people), people);
}

var PAGE = { kind: "report", run: reportPage };
