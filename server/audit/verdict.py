"""The verdict rules, documented: the first list rejects, the second asks a person to
review, and a run that fires none may be released."""

from __future__ import annotations

WEAK_EPSILON = 10.0

REJECT_RULES = {
    "dp-off": "the run trained without differential privacy: nothing bounds what the updates reveal",
    "run-failed": "the run did not complete (status failed), for example its privacy cross-check failed",
    "over-budget": "a client's epsilon went above its budget",
    "check-failed": "a consistency check failed",
    "empirical-above-claim": "the empirical lower bound on epsilon is above the epsilon the run claims: the guarantee is false",
}
REVIEW_RULES = {
    "outside-guarantee": "a site shared values the guarantee does not cover (its opt-in share-metrics)",
    "identifier-survived": "an identifier canary survived scrubbing",
    "scrubbing-off": "scrubbing was turned off",
    "weak-guarantee": f"the worst client's epsilon is above {WEAK_EPSILON:g}, a weak guarantee",
    "client-failures": "a client failed in some round (its error is in metrics.json)",
}


def verdict(report: dict) -> tuple[str, list[dict]]:
    """('release' | 'review' | 'reject', the rules that fired)."""
    fired = set()
    private = report["guarantee"]["private"]
    if not private:
        fired.add("dp-off")
    if report["run"]["status"] != "complete":
        fired.add("run-failed")
    if private and any(c["over-budget"] for c in report["clients"].values()):
        fired.add("over-budget")
    if any(check["passed"] is False for check in report["checks"]):
        fired.add("check-failed")
    worst = report["summary"]["worst-epsilon"]
    empirical = report.get("empirical")
    if private and empirical and worst is not None and empirical["one-run"]["lower-bound"] > worst:
        fired.add("empirical-above-claim")
    if any(site["outside-guarantee"] for site in report["released"].values()):
        fired.add("outside-guarantee")
    if empirical and empirical["identifiers"]["survived"] > 0:
        fired.add("identifier-survived")
    if not report["scrubbing"]["enabled"]:
        fired.add("scrubbing-off")
    if worst is not None and worst > WEAK_EPSILON:
        fired.add("weak-guarantee")
    if any(r["failures"] for r in report["server"]["rounds"]):
        fired.add("client-failures")
    rules = [{"rule": name, "outcome": "reject", "meaning": text} for name, text in REJECT_RULES.items() if name in fired]
    rules += [{"rule": name, "outcome": "review", "meaning": text} for name, text in REVIEW_RULES.items() if name in fired]
    outcome = "reject" if any(r["outcome"] == "reject" for r in rules) else "review" if rules else "release"
    return outcome, rules


def documented_rules() -> list[dict]:
    return ([{"rule": k, "outcome": "reject", "meaning": v} for k, v in REJECT_RULES.items()]
            + [{"rule": k, "outcome": "review", "meaning": v} for k, v in REVIEW_RULES.items()])
