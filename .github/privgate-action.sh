#!/usr/bin/env bash
# The scan step of privgate's GitHub Action (action.yml). tests/test_action.py runs it with a fake
# GitHub environment.
#
# One `privgate scan` writes every report: workflow annotations on stdout, SARIF to a file, the
# Markdown step summary and the step's outputs (counts by severity, coverage). The step then adds
# `sarif-file` and `exit-code` to the outputs and exits with privgate's own code: 0 clean,
# 1 findings at or above fail-on, 2 a configuration or input problem. Nothing hides a failure.
#
# Inputs arrive as PRIVGATE_ACTION_* variables (action.yml maps the action's inputs); GitHub
# provides GITHUB_WORKSPACE, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
set -uo pipefail

workspace="${GITHUB_WORKSPACE:-$PWD}"
workdir="${PRIVGATE_ACTION_WORKING_DIRECTORY:-.}"
if ! cd "$workspace" || ! cd "$workdir"; then
  echo "::error title=privgate::working-directory '$workdir' is not a folder of the workspace"
  exit 2
fi

sarif="${PRIVGATE_ACTION_SARIF_FILE:-privgate.sarif}"
[[ "$sarif" == /* ]] || sarif="$PWD/$sarif"
reports="$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/privgate.XXXXXX")"

args=(scan --format github --output "sarif=$sarif" --output "markdown=$reports/summary.md"
      --output "github-output=$reports/outputs")
[[ -n "${PRIVGATE_ACTION_CONFIG:-}" ]] && args+=(--config "$PRIVGATE_ACTION_CONFIG")
[[ -n "${PRIVGATE_ACTION_AS_OF:-}" ]] && args+=(--as-of "$PRIVGATE_ACTION_AS_OF")
[[ -n "${PRIVGATE_ACTION_FAIL_ON:-}" ]] && args+=(--fail-on "$PRIVGATE_ACTION_FAIL_ON")
[[ -n "${PRIVGATE_ACTION_BASELINE:-}" ]] && args+=(--baseline "$PRIVGATE_ACTION_BASELINE")
[[ -n "${PRIVGATE_ACTION_CHANGED_SINCE:-}" ]] && args+=(--changed-since "$PRIVGATE_ACTION_CHANGED_SINCE")
read -r -a extra <<< "${PRIVGATE_ACTION_EXTRA_ARGS:-}"
read -r -a paths <<< "${PRIVGATE_ACTION_PATHS:-.}"

# Rule links in the SARIF and the summary point at the docs of the action's own version.
if [[ -z "${PRIVGATE_RULE_DOCS_URL:-}" && -n "${PRIVGATE_ACTION_REPOSITORY:-}" && -n "${PRIVGATE_ACTION_REF:-}" ]]; then
  export PRIVGATE_RULE_DOCS_URL="${GITHUB_SERVER_URL:-https://github.com}/$PRIVGATE_ACTION_REPOSITORY/blob/$PRIVGATE_ACTION_REF/docs/rules.md"
fi

status=0
privgate "${args[@]}" ${extra[@]+"${extra[@]}"} -- "${paths[@]}" || status=$?  # (bash 3.2 safe)

outputs="${GITHUB_OUTPUT:-/dev/null}"
[[ -f "$reports/outputs" ]] && cat "$reports/outputs" >> "$outputs"
[[ -f "$sarif" ]] && echo "sarif-file=$sarif" >> "$outputs"
echo "exit-code=$status" >> "$outputs"

summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
if [[ -f "$reports/summary.md" ]]; then
  cat "$reports/summary.md" >> "$summary"
else
  echo "### privgate stopped before reporting (exit $status): see the step's log for the reason" >> "$summary"
fi
rm -rf "$reports"
exit "$status"
